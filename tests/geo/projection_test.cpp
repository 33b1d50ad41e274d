#include "geo/projection.hpp"

#include <gtest/gtest.h>

#include <optional>
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
        "+proj=lcc +lat_0=43.8 +lon_0=130.9 +lat_1=40.2 +lat_2=47.4 +datum=WGS84 +units=m +no_defs");
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

TEST(DefaultCrs, PicksAConformalProjectionCentredOnTheExtent) {
    EXPECT_EQ(default_crs({124, 38, 138, 50}).substr(0, 41),
              "+proj=lcc +lat_0=44 +lon_0=131 +lat_1=40 ");
    EXPECT_EQ(default_crs({-10, -20, 30, 20}).substr(0, 21), "+proj=merc +lon_0=10 ");
    EXPECT_EQ(default_crs({-180, 70, 180, 90}).substr(0, 21), "+proj=stere +lat_0=90");
    // Across the antimeridian (Vladivostok to Anchorage) the centre is in the Pacific.
    EXPECT_NE(default_crs({130, 40, -150, 65}).find("+lon_0=170 "), std::string::npos);
    EXPECT_NO_THROW(Projection(default_crs({130, 40, -150, 65})));
}

}  // namespace gt
