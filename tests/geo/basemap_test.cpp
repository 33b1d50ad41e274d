#include "geo/basemap.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "cli/app.hpp"

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
