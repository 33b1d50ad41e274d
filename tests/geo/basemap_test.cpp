#include "geo/basemap.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "cli/app.hpp"
#include "geo/layer_cache.hpp"

namespace gt {

TEST(Basemap, DetailFollowsTheScale) {
    EXPECT_EQ(detail_for_scale(600), "10m");
    EXPECT_EQ(detail_for_scale(5000), "50m");
    EXPECT_EQ(detail_for_scale(40000), "110m");
}

TEST(Basemap, ClipRingKeepsTheInsideAndCutsAtTheBox) {
    const std::vector<LonLat> square{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    const auto clipped = clip_ring(square, {5, -5, 20, 5});
    ASSERT_EQ(clipped.size(), 4U);
    for (const LonLat& p : clipped) {
        EXPECT_GE(p.lon, 5);
        EXPECT_LE(p.lat, 5);
    }
    EXPECT_TRUE(clip_ring(square, {20, 20, 30, 30}).empty());
}

TEST(Basemap, ReadsLandAroundTheSeaOfJapanAtTheRightDetail) {
    const Projection projection("EPSG:3857");
    const MapView view(projection, {124, 38, 138, 49}, 1920, 1080, {0, 0, 1920, 1080});
    const Basemap b = load_basemap(default_paths().basemap, projection, view);
    EXPECT_EQ(b.detail, "10m");
    std::size_t rings = 0;
    for (const Feature& f : b.land) rings += f.rings.size();
    EXPECT_GT(rings, 10U);  // the coasts and islands of the Sea of Japan
    std::vector<std::string> names;
    for (const Feature& f : b.countries) names.push_back(f.name);
    for (const char* expected : {"Russia", "China", "North Korea", "Japan"}) {
        EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end()) << expected;
    }
    // Every ring lies near the visible area: the spatial filter and clipping worked.
    const auto corner = projection.forward({100, 20});
    for (const Feature& f : b.land) {
        for (const Ring& ring : f.rings) {
            for (const XY& p : ring) EXPECT_GT(p.x, corner->x);
        }
    }
}

namespace {

/// The names of the features with a ring round `p` (even-odd), in the map CRS of their rings.
std::vector<std::string> features_at(const std::vector<Feature>& features, XY p) {
    std::vector<std::string> names;
    for (const Feature& f : features) {
        bool in = false;
        for (const Ring& r : f.rings) {
            for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
                if ((r[i].y > p.y) != (r[j].y > p.y) &&
                    p.x < (r[j].x - r[i].x) * (p.y - r[i].y) / (r[j].y - r[i].y) + r[i].x) {
                    in = !in;
                }
            }
        }
        if (in) names.push_back(f.name);
    }
    return names;
}

}  // namespace

TEST(Basemap, EachWorldviewPutsCrimeaWhereItsPartyDoes) {
    const Projection projection("EPSG:4326");
    const std::vector<Extent> boxes{{32.0, 44.0, 37.0, 46.6}};
    const XY simferopol = *projection.forward({34.1, 44.95});
    const std::vector<std::pair<std::string, std::string>> expected{
        {"un", "Ukraine"}, {"ukraine", "Ukraine"}, {"russia", "Russia"}};
    ASSERT_EQ(worldviews().size(), expected.size());
    for (const auto& [view, owner] : expected) {
        EXPECT_NE(std::find(worldviews().begin(), worldviews().end(), view), worldviews().end());
        for (const char* detail : {"10m", "50m", "110m"}) {
            const Basemap b = load_basemap_detail(default_paths().basemap, projection, boxes,
                                                  detail, LayerCache(), {true, view});
            EXPECT_EQ(features_at(b.countries, simferopol), std::vector<std::string>{owner})
                << view << " " << detail;
            ASSERT_EQ(b.disputed.size(), 1U) << view << " " << detail;
            EXPECT_EQ(b.disputed[0].name, "Crimea");
            EXPECT_EQ(b.disputed[0].code, view == "un" ? "dashed" : "") << view;
        }
    }
    const Basemap none = load_basemap_detail(default_paths().basemap, projection, boxes, "10m",
                                             LayerCache(), {false, "un"});
    EXPECT_TRUE(none.countries.empty());
    EXPECT_TRUE(none.disputed.empty());
    EXPECT_FALSE(none.land.empty());
}

TEST(Basemap, UnwrapRemovesJumpsAcrossTheAntimeridian) {
    // Natural Earth's merged land goes 179.8 -> -180 -> ... -> -180 -> 179.9 inside one ring.
    const std::vector<LonLat> ring{{179, 65}, {-179, 66}, {-178, 68}, {179.5, 69}, {179, 65}};
    const auto unwrapped = unwrap_longitudes(ring);
    ASSERT_EQ(unwrapped.size(), ring.size());
    EXPECT_DOUBLE_EQ(unwrapped[1].lon, 181);
    EXPECT_DOUBLE_EQ(unwrapped[2].lon, 182);
    EXPECT_DOUBLE_EQ(unwrapped[3].lon, 179.5);
    for (std::size_t i = 1; i < unwrapped.size(); ++i) {
        EXPECT_LT(std::abs(unwrapped[i].lon - unwrapped[i - 1].lon), 180);
    }
    // Round the south pole: it cannot be made continuous, so it stays as it was.
    const std::vector<LonLat> polar{{-180, -80}, {-60, -75}, {60, -75},
                                    {180, -80},  {180, -90}, {-180, -90}};
    const auto kept = unwrap_longitudes(polar);
    for (std::size_t i = 0; i < polar.size(); ++i) EXPECT_EQ(kept[i].lon, polar[i].lon);
}

TEST(Basemap, DensifyLimitsEverySegmentIncludingTheClosingOne) {
    const std::vector<LonLat> square{{0, 0}, {10, 0}, {10, 3}, {0, 3}};
    for (bool closed : {true, false}) {
        const auto dense = densify(square, 0.5, closed);
        const std::size_t n = dense.size();
        for (std::size_t i = 0; i + (closed ? 0 : 1) < n; ++i) {
            const LonLat& a = dense[i];
            const LonLat& b = dense[(i + 1) % n];
            EXPECT_LE(std::max(std::abs(b.lon - a.lon), std::abs(b.lat - a.lat)), 0.5 + 1e-12);
        }
        EXPECT_EQ(n, closed ? 20U + 6 + 20 + 6 : 20U + 6 + 20 + 1);
    }
}

TEST(Basemap, OutlinesLeaveOutTheEdgesMadeByCutting) {
    const std::vector<LonLat> square{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    const Extent box{5, -5, 20, 5};
    const auto runs = outline_runs(clip_ring(square, box), box);
    // What is left of the square's own edges: (5,0)-(10,0)-(10,5). The cut along x=5 and y=5 is
    // not a coast.
    ASSERT_EQ(runs.size(), 1U);
    ASSERT_EQ(runs[0].size(), 3U);
    EXPECT_EQ(runs[0][0].lon, 5);
    EXPECT_EQ(runs[0][0].lat, 0);
    EXPECT_EQ(runs[0][2].lon, 10);
    EXPECT_EQ(runs[0][2].lat, 5);
    // Natural Earth cuts countries at the antimeridian: that edge is not a border either.
    const std::vector<LonLat> east_of_chukotka{{170, 65}, {180, 64}, {180, 68}, {172, 69}};
    for (const auto& run : outline_runs(east_of_chukotka, {160, 60, 180, 70})) {
        for (std::size_t i = 1; i < run.size(); ++i) {
            EXPECT_FALSE(run[i].lon == 180 && run[i - 1].lon == 180);
        }
    }
    // A ring the box did not cut is one closed line.
    const auto whole = outline_runs(square, {-1, -1, 11, 11});
    ASSERT_EQ(whole.size(), 1U);
    EXPECT_EQ(whole[0].size(), square.size() + 1);
}

/// Even-odd: is `p` inside the land? (The renderer fills land with the even-odd rule.)
bool on_land(const std::vector<Feature>& land, XY p) {
    int crossings = 0;
    for (const Feature& f : land) {
        for (const Ring& r : f.rings) {
            for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
                if ((r[i].y > p.y) != (r[j].y > p.y) &&
                    p.x < (r[j].x - r[i].x) * (p.y - r[i].y) / (r[j].y - r[i].y) + r[i].x) {
                    ++crossings;
                }
            }
        }
    }
    return crossings % 2 == 1;
}

TEST(Basemap, AMapAcrossTheAntimeridianHasWholeLandAndNoChords) {
    // Vladivostok to Anchorage: the view is split into two lon/lat boxes at 180 degrees.
    const Extent pacific{128, 38, -145, 66};
    const Projection projection(default_crs(pacific));
    const MapView view(projection, pacific, 1920, 1080, {0, 150, 1920, 800});
    ASSERT_EQ(view.visible_boxes().size(), 2U);
    const Basemap b = load_basemap(default_paths().basemap, projection, view);
    auto at = [&](double lon, double lat) { return *projection.forward({lon, lat}); };
    // Chukotka on both sides of 180, Magadan, Alaska: land. Bering and Okhotsk seas: sea.
    EXPECT_TRUE(on_land(b.land, at(170, 67)));
    EXPECT_TRUE(on_land(b.land, at(-175, 66.5)));
    EXPECT_TRUE(on_land(b.land, at(150, 64)));
    EXPECT_TRUE(on_land(b.land, at(-155, 64)));
    EXPECT_FALSE(on_land(b.land, at(180, 58)));
    EXPECT_FALSE(on_land(b.land, at(150, 55)));
    // No chord: each edge, drawn straight on the map, passes within a pixel of the middle of the
    // lon/lat line between its ends (a box edge along a parallel is an arc once projected; a jump
    // from 180 to -180 would be a line across the whole map).
    const double pixel = 1 / view.scale();
    double worst = 0;
    auto check_edge = [&](const XY& p, const XY& q) {
        const auto a = projection.inverse(p);
        const auto c = projection.inverse(q);
        ASSERT_TRUE(a && c);
        const double dlon = std::remainder(c->lon - a->lon, 360.0);
        const XY mid = at(a->lon + dlon / 2, (a->lat + c->lat) / 2);
        // Distance from the segment p-q (along a meridian the lon/lat middle is on the line but
        // not half-way, since latitude is not linear in projected distance).
        const double dx = q.x - p.x, dy = q.y - p.y;
        const double t =
            std::clamp(((mid.x - p.x) * dx + (mid.y - p.y) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
        worst = std::max(worst, std::hypot(mid.x - (p.x + t * dx), mid.y - (p.y + t * dy)));
    };
    for (const Feature& f : b.land) {
        for (const Ring& r : f.rings) {
            for (std::size_t i = 0; i < r.size(); ++i) check_edge(r[i], r[(i + 1) % r.size()]);
        }
        for (const auto& line : f.outlines) {
            for (std::size_t i = 1; i < line.size(); ++i) check_edge(line[i - 1], line[i]);
        }
    }
    EXPECT_LT(worst, 1.5 * pixel);
}

TEST(Basemap, APolarMapHasNoRingsDrawnRoundThePole) {
    // The whole Arctic: every feature lies inside the one visible box, so nothing is clipped, yet
    // the jumps at 180 degrees must still not become circles along a parallel.
    const Extent arctic{-180, 62, 180, 90};
    const Projection projection(default_crs(arctic));
    const MapView view(projection, arctic, 1920, 1080, {0, 150, 1920, 800});
    const Basemap b = load_basemap(default_paths().basemap, projection, view);
    double longest_parallel_run = 0;
    for (const auto* layer : {&b.land, &b.countries}) {
        for (const Feature& f : *layer) {
            for (const auto& line : f.outlines) {
                double run = 0;
                for (std::size_t i = 1; i < line.size(); ++i) {
                    const auto a = projection.inverse(line[i - 1]);
                    const auto c = projection.inverse(line[i]);
                    ASSERT_TRUE(a && c);
                    const bool along_parallel = std::abs(a->lat - c->lat) < 0.01;
                    run =
                        along_parallel ? run + std::abs(std::remainder(c->lon - a->lon, 360.0)) : 0;
                    longest_parallel_run = std::max(longest_parallel_run, run);
                }
            }
        }
    }
    // Real borders follow parallels for at most a few tens of degrees (49N: about 28).
    EXPECT_LT(longest_parallel_run, 90);
}

TEST(Basemap, MissingFileNamesThePath) {
    const Projection projection("EPSG:3857");
    const MapView view(projection, {124, 38, 138, 49}, 800, 600, {0, 0, 800, 600});
    try {
        (void)load_basemap("/nonexistent/basemap.gpkg", projection, view);
        FAIL();
    } catch (const RuntimeError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/basemap.gpkg"), std::string::npos);
    }
}

}  // namespace gt
