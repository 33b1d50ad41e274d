// Basemap detail follows the camera's zoom: each Natural Earth detail the views need is loaded
// once, and each view gets the detail and simplification that suit its scale.
#include "render/view_frame.hpp"

#include <gtest/gtest.h>

#include "cli/app.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace {

/// tests/data/small.yaml (960x600) with a camera from north-east Asia (about 8 km per pixel,
/// Natural Earth 1:50m) in to the crossing (about 1 km per pixel, 1:10m).
const char* kCamera = R"(camera:
  - {at: 2024-10-01, extent: [95.0, 25.0, 170.0, 62.0]}
  - {at: 2024-10-03, extent: [126.0, 36.0, 140.0, 46.0]}
)";

std::size_t points_of(const Basemap& b) {
    std::size_t n = 0;
    for (const Feature& f : b.land) {
        for (const Ring& r : f.rings) n += r.size();
    }
    return n;
}

class ZoomingCamera : public ::testing::Test {
  protected:
    ZoomingCamera()
        : loaded_(load_scenario_text(test::read_file(test::data_dir() / "small.yaml") + kCamera,
                                     "zoom.yaml")),
          scene_(prepare_scene(loaded_.scenario, test::scene_options())) {}

    LoadedScenario loaded_;
    Scene scene_;
};

}  // namespace

TEST_F(ZoomingCamera, LoadsEachDetailItsViewsNeedOnce) {
    EXPECT_EQ(scene_.basemap_details(), "50m,10m");
}

TEST_F(ZoomingCamera, EachViewGetsTheDetailForItsScale) {
    const ViewFramer framer(scene_);
    const auto& keys = scene_.camera.keys();
    const ViewFrame wide = framer.frame(keys.front().pose);
    const ViewFrame close = framer.frame(keys.back().pose);
    EXPECT_EQ(wide.basemap.detail, "50m");
    EXPECT_EQ(close.basemap.detail, "10m");
    EXPECT_GT(wide.furniture.metres_per_pixel, 4 * close.furniture.metres_per_pixel);
}

TEST_F(ZoomingCamera, AWiderViewOfOneDetailIsSimplifiedFurther) {
    // Half a pixel of each view: the same 1:10m coastline has fewer points seen from farther.
    const ViewFramer framer(scene_);
    const ViewPose wider = scene_.camera.keys().back().pose;
    const ViewPose closer{wider.centre, wider.scale * 3};
    ASSERT_EQ(scene_.basemap_for(wider.scale).detail, "10m");
    EXPECT_LT(points_of(framer.frame(wider).basemap), points_of(framer.frame(closer).basemap));
    EXPECT_LT(points_of(framer.frame(closer).basemap), points_of(scene_.basemap_for(closer.scale)));
}

TEST_F(ZoomingCamera, TheInsetOutlineFollowsTheView) {
    const ViewFramer framer(scene_);
    const auto& keys = scene_.camera.keys();
    const auto width_of = [](const std::vector<XY>& outline) {
        double lo = 1e9, hi = -1e9;
        for (const XY& p : outline) {
            lo = std::min(lo, p.x);
            hi = std::max(hi, p.x);
        }
        return hi - lo;
    };
    const double wide = width_of(framer.frame(keys.front().pose).furniture.inset_frame);
    const double close = width_of(framer.frame(keys.back().pose).furniture.inset_frame);
    EXPECT_GT(wide, 3 * close);
}

}  // namespace gt
