// The fixed furniture draws nothing outside the region it keeps for itself: the settled routes
// are kept off that region, so that routes drawn after the furniture leave the same pixels as
// routes drawn before it (see FrameRenderer's base layer).
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>

#include "render/frame_renderer.hpp"
#include "render/furniture.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace {

std::uint32_t pixel(cairo_surface_t* s, int x, int y) {
    const unsigned char* row =
        cairo_image_surface_get_data(s) + y * cairo_image_surface_get_stride(s);
    std::uint32_t value = 0;
    std::memcpy(&value, row + 4 * x, 4);
    return value & 0xffffffU;
}

}  // namespace

TEST(FixedFurniture, DrawsNothingOutsideTheRegionItKeeps) {
    for (const char* name : {"korea-russia-2024", "dunkirk-1940", "russia-1812"}) {
        const LoadedScenario loaded = load_scenario(test::scenario_file(name));
        const Scene scene = prepare_scene(loaded.scenario, test::scene_options());
        const Instant t = loaded.scenario.timeline.start;
        FrameRenderer renderer(scene);
        const auto kept = renderer.fixed_furniture_at(t);
        const int w = scene.layout.width, h = scene.layout.height;
        cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
        cairo_t* cr = cairo_create(surface);
        cairo_set_source_rgb(cr, 1, 0, 1);
        cairo_paint(cr);
        const uint32_t blank = 0xff00ffU;
        const ViewFrame frame = ViewFramer(scene).frame(scene.camera.pose_at(t));
        TextPainter text;
        DateFormatter dates{"", Seconds{0}};
        PanelCache panels;
        LabelPlacer unused({0, 0, 0, 0});
        draw_fixed_furniture({cr, scene, frame, text, unused, t, dates, panels});
        cairo_destroy(cr);
        cairo_surface_flush(surface);
        int outside = 0;
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                if (pixel(surface, x, y) == blank) continue;
                bool in_kept = false;
                for (const auto& r : kept) {
                    in_kept = in_kept ||
                              (x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height);
                }
                if (!in_kept && outside++ < 3)
                    ADD_FAILURE() << name << ": ink at " << x << "," << y;
            }
        }
        EXPECT_EQ(outside, 0) << name;
        cairo_surface_destroy(surface);
    }
}

}  // namespace gt
