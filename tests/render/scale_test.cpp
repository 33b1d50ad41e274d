// --scale N renders the same map at N times the pixels: every position scales exactly.
#include <gtest/gtest.h>

#include "render/scene.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt {

TEST(Scale, DoubleScaleDoublesEveryPositionAndSize) {
    const auto loaded = load_scenario(test::data_dir() / "small.yaml");
    const SceneOptions one = test::scene_options();
    SceneOptions two = one;
    two.scale = 2;
    const Scene a = prepare_scene(loaded.scenario, one);
    const Scene b = prepare_scene(loaded.scenario, two);
    EXPECT_EQ(b.layout.width, 2 * a.layout.width);
    EXPECT_EQ(b.layout.height, 2 * a.layout.height);
    EXPECT_NEAR(b.layout.unit, 2 * a.layout.unit, 1e-12);
    EXPECT_NEAR(b.layout.map_area.y, 2 * a.layout.map_area.y, 1e-9);
    EXPECT_NEAR(b.layout.bottom_band.height, 2 * a.layout.bottom_band.height, 1e-9);
    for (const XY& p : a.places) {
        const XY pa = a.view.to_pixel(p);
        const XY pb = b.view.to_pixel(p);
        EXPECT_NEAR(pb.x, 2 * pa.x, 1e-6);
        EXPECT_NEAR(pb.y, 2 * pa.y, 1e-6);
    }
    EXPECT_EQ(a.basemap_details(), b.basemap_details());  // same map, more pixels
}

}  // namespace gt
