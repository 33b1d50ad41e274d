#include "geo/projection.hpp"

#include <gtest/gtest.h>
#include <proj.h>

#include <cmath>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace gt {

// Expected values from PROJ's own command-line tool:
//   echo "43.115 131.886" | cs2cs -f "%.4f" EPSG:4326 EPSG:3857
TEST(Projection, WebMercatorMatchesCs2cs) {
    const Projection p("EPSG:3857");
    const auto xy = p.forward({131.886, 43.115});
    ASSERT_TRUE(xy);
    EXPECT_NEAR(xy->x, 14681482.3628, 1e-3);
    EXPECT_NEAR(xy->y, 5329492.4329, 1e-3);
    const auto back = p.inverse(*xy);
    ASSERT_TRUE(back);
    EXPECT_NEAR(back->lon, 131.886, 1e-9);
    EXPECT_NEAR(back->lat, 43.115, 1e-9);
}

//   echo "131.886 43.115" | cs2cs -f "%.4f" +proj=longlat +datum=WGS84 +to +proj=lcc
//     +lat_0=43.8 +lon_0=130.9 +lat_1=40.2 +lat_2=47.4 +datum=WGS84 +units=m +no_defs
TEST(Projection, LambertConformalConicMatchesCs2cs) {
    const Projection p(
        "+proj=lcc +lat_0=43.8 +lon_0=130.9 +lat_1=40.2 +lat_2=47.4 +datum=WGS84 +units=m "
        "+no_defs");
    const auto xy = p.forward({131.886, 43.115});
    ASSERT_TRUE(xy);
    EXPECT_NEAR(xy->x, 80095.8373, 1e-3);
    EXPECT_NEAR(xy->y, -75479.6887, 1e-3);
}

TEST(Projection, BatchProjectionEqualsSinglePoints) {
    const Projection p("EPSG:3857");
    std::vector<XY> points{{131.886, 43.115}, {135.072, 48.48}};
    p.forward_in_place(points);
    EXPECT_NEAR(points[0].x, 14681482.3628, 1e-3);
    EXPECT_NEAR(points[1].y, p.forward({135.072, 48.48})->y, 1e-6);
}

TEST(Projection, ClonesProjectTheSameOnTheirOwnThreadsAndOutliveTheOriginal) {
    std::optional<Projection> original(std::in_place, "EPSG:3857");
    // Workers clone one projection at the same time, each for its own thread.
    std::vector<std::optional<Projection>> clones(4);
    std::vector<std::thread> threads;
    for (auto& c : clones) threads.emplace_back([&] { c.emplace(original->clone()); });
    for (auto& t : threads) t.join();
    original.reset();
    std::vector<XY> seen(clones.size());
    threads.clear();
    for (std::size_t i = 0; i < clones.size(); ++i) {
        threads.emplace_back([&, i] { seen[i] = *clones[i]->forward({131.886, 43.115}); });
    }
    for (auto& t : threads) t.join();
    for (std::size_t i = 0; i < clones.size(); ++i) {
        EXPECT_EQ(clones[i]->crs(), "EPSG:3857");
        EXPECT_NEAR(seen[i].x, 14681482.3628, 1e-3);
        EXPECT_NEAR(seen[i].y, 5329492.4329, 1e-3);
    }
}

TEST(Projection, RejectedCrsCarriesProjsMessage) {
    try {
        const Projection p("EPSG:999999");
        FAIL() << "PROJ accepted a bogus CRS";
    } catch (const CrsError& e) {
        EXPECT_NE(std::string(e.what()).find("EPSG:999999"), std::string::npos);
    }
}

TEST(Projection, CrsNamingAFileIsRefusedBeforeProjSeesIt) {
    for (const char* crs :
         {"+proj=longlat +nadgrids=/etc/shadow", "+init=/etc/passwd:root", "+init=epsg:4326",
          "+proj=longlat +geoidgrids=/etc/hostname", "+proj=hgridshift +grids=/etc/passwd",
          "+proj=vgridshift +grids=x.tif", "+proj=tinshift +file=/etc/passwd",
          "+proj=merc +nadgrids=@null +nadgrids=/etc/shadow",
          "+proj=merc +nadgrids=@null,/etc/shadow",
          "BOUNDCRS[SOURCECRS[GEOGCRS[\"x\"]],ABRIDGEDTRANSFORMATION[\"y\",METHOD[\"NTv2\"],"
          "PARAMETERFILE[\"Latitude and longitude difference file\",\"/etc/shadow\"]]]"}) {
        EXPECT_TRUE(crs_file_parameter(crs)) << crs;
        try {
            const Projection p(crs);
            ADD_FAILURE() << crs << " was accepted";
        } catch (const CrsError& e) {
            EXPECT_NE(std::string(e.what()).find("names a file"), std::string::npos) << e.what();
        }
    }
}

TEST(Projection, CrsWithoutFilesPassesTheFileCheck) {
    for (const char* crs : {"EPSG:3857", "+proj=lcc +lat_1=30 +lat_2=60 +lon_0=130 +datum=WGS84",
                            "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 "
                            "+k=1 +units=m +nadgrids=@null +wktext +no_defs"}) {
        EXPECT_FALSE(crs_file_parameter(crs)) << crs;
        EXPECT_NO_THROW(Projection{crs}) << crs;
    }
}

TEST(DefaultCrs, PicksAConformalProjectionCentredOnTheExtent) {
    EXPECT_EQ(default_crs({124, 38, 138, 50}).substr(0, 41),
              "+proj=lcc +lat_0=44 +lon_0=131 +lat_1=40 ");
    EXPECT_EQ(default_crs({-10, -20, 30, 20}).substr(0, 21), "+proj=merc +lon_0=10 ");
    EXPECT_EQ(default_crs({-180, 70, 180, 90}).substr(0, 21), "+proj=stere +lat_0=90");
    // Across the antimeridian (Vladivostok to Anchorage) the centre is in the Pacific.
    EXPECT_NE(default_crs({130, 40, -150, 65}).find("+lon_0=170 "), std::string::npos);
    EXPECT_NO_THROW(Projection(default_crs({130, 40, -150, 65})));
}

/// What Projection did for every CRS before it built the default CRSs' operations itself.
std::vector<XY> through_proj_database(const std::string& crs, const std::vector<XY>& lon_lat) {
    PJ_CONTEXT* ctx = proj_context_create();
    PJ* raw = proj_create_crs_to_crs(ctx, "EPSG:4326", crs.c_str(), nullptr);
    PJ* pj = raw != nullptr ? proj_normalize_for_visualization(ctx, raw) : nullptr;
    if (pj == nullptr) throw std::runtime_error("PROJ's database rejects " + crs);
    std::vector<XY> out;
    for (const XY& p : lon_lat) {
        const PJ_COORD c = proj_trans(pj, PJ_FWD, proj_coord(p.x, p.y, 0, 0));
        out.push_back({c.xy.x, c.xy.y});
    }
    proj_destroy(pj);
    proj_destroy(raw);
    proj_context_destroy(ctx);
    return out;
}

TEST(Projection, DefaultCrsProjectsExactlyAsThroughTheProjDatabase) {
    for (const Extent& e : {Extent{124, 38.4, 137.8, 49.2}, Extent{-10, -20, 30, 20},
                            Extent{-180, 70, 180, 90}, Extent{130, 40, -150, 65}}) {
        const std::string crs = default_crs(e);
        ASSERT_TRUE(lon_lat_operation(crs)) << crs;
        std::vector<XY> lon_lat;
        for (double lon = -180; lon <= 180; lon += 7.5) {
            for (double lat = -80; lat <= 85; lat += 5.5) lon_lat.push_back({lon, lat});
        }
        const std::vector<XY> expected = through_proj_database(crs, lon_lat);
        const Projection p(crs);
        for (std::size_t i = 0; i < lon_lat.size(); ++i) {
            const auto xy = p.forward({lon_lat[i].x, lon_lat[i].y});
            const bool has_image = std::isfinite(expected[i].x) && expected[i].x != HUGE_VAL;
            ASSERT_EQ(xy.has_value(), has_image)
                << crs << " at " << lon_lat[i].x << ", " << lon_lat[i].y;
            if (!xy) continue;
            EXPECT_EQ(xy->x, expected[i].x) << crs;
            EXPECT_EQ(xy->y, expected[i].y) << crs;
            const auto back = p.inverse(*xy);
            ASSERT_TRUE(back);
            EXPECT_NEAR(std::remainder(back->lon - lon_lat[i].x, 360.0), 0, 1e-7) << crs;
            EXPECT_NEAR(back->lat, lon_lat[i].y, 1e-7) << crs;
        }
    }
}

TEST(Projection, OtherProjStringsStillGoThroughTheirUnits) {
    const std::string metres =
        "+proj=lcc +lat_0=43.8 +lon_0=130.9 +lat_1=40.2 +lat_2=47.4 +datum=WGS84 +units=m +no_defs";
    std::string kilometres = metres;
    kilometres.replace(kilometres.find("+units=m"), 8, "+units=km");
    const auto m = Projection(metres).forward({131.886, 43.115});
    const auto km = Projection(kilometres).forward({131.886, 43.115});
    ASSERT_TRUE(m && km);
    EXPECT_NEAR(km->x * 1000, m->x, 1e-6);
    EXPECT_NEAR(km->y * 1000, m->y, 1e-6);
    EXPECT_FALSE(lon_lat_operation(kilometres));
    EXPECT_FALSE(lon_lat_operation("+proj=longlat +datum=WGS84 +units=m +no_defs"));
    // Only default_crs's own forms: each parameter once, all of them, numbers throughout.
    const std::string datum = " +datum=WGS84 +units=m +no_defs";
    for (const std::string& other :
         {"+proj=merc +lat_0=10 +lon_0=130" + datum, "+proj=merc +lon_0=130 +k=1" + datum,
          "+proj=lcc +lat_0=43.8 +lon_0=130.9 +lat_1=40.2" + datum,
          "+proj=lcc +lat_0=43.8 +lon_0=130.9 +lat_1=40.2 +lat_1=41 +lat_2=47.4" + datum,
          "+proj=lcc +lat_0=43.8+lon_0=130.9 +lat_1=40.2 +lat_2=47.4" + datum,
          "+proj=stere +lat_0=60 +lon_0=10 +k=1" + datum,
          "+proj=stere +lat_0=90 +lon_0=10 +k=1" + datum + " +no_defs"}) {
        EXPECT_FALSE(lon_lat_operation(other)) << other;
    }
    // Those PROJ takes still project as through its database.
    for (const std::string& other : {"+proj=lcc +lat_0=43.8 +lon_0=130.9 +lat_1=40.2" + datum,
                                     "+proj=stere +lat_0=60 +lon_0=10 +k=1" + datum}) {
        const auto xy = Projection(other).forward({131.886, 43.115});
        const std::vector<XY> expected = through_proj_database(other, {{131.886, 43.115}});
        ASSERT_TRUE(xy) << other;
        EXPECT_EQ(xy->x, expected[0].x) << other;
        EXPECT_EQ(xy->y, expected[0].y) << other;
    }
    // A datum shift is left to PROJ's database.
    const std::string bessel =
        "+proj=lcc +lat_0=43.8 +lon_0=130.9 +lat_1=40.2 +lat_2=47.4 +ellps=bessel "
        "+towgs84=577,90,463 +units=m +no_defs";
    EXPECT_FALSE(lon_lat_operation(bessel));
    const auto shifted = Projection(bessel).forward({131.886, 43.115});
    ASSERT_TRUE(shifted);
    const std::vector<XY> expected = through_proj_database(bessel, {{131.886, 43.115}});
    EXPECT_EQ(shifted->x, expected[0].x);
    EXPECT_EQ(shifted->y, expected[0].y);
}

}  // namespace gt
