// Drawing helpers shared by the layers: a label that moves with its unit keeps one text sprite.
#include "render/draw.hpp"

#include <gtest/gtest.h>

#include "cli/app.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt {

TEST(PendingLabels, AMovingLabelIsDrawnFromOneSprite) {
    const LoadedScenario loaded = load_scenario(test::data_dir() / "small.yaml");
    const Scene scene = prepare_scene(
        loaded.scenario, {test::source_dir() / "styles", default_paths().basemap, 1, ""});
    const ViewFrame frame =
        ViewFramer(scene).frame(scene.camera.pose_at(loaded.scenario.timeline.start));
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 400, 300);
    cairo_t* cr = cairo_create(surface);
    TextPainter text;
    DateFormatter dates("", Seconds{0});
    PanelCache panels;
    const TextStyle style{"Noto Sans", 14, true, {0.1, 0.1, 0.1, 1}, {1, 1, 1, 1}, 3};
    std::size_t one_sprite = 0;
    // The unit moves a third of a pixel a frame: twelve quarter-pixel positions.
    for (int step = 0; step < 12; ++step) {
        text.start_frame();
        LabelPlacer labels({0, 0, 400, 300});
        const DrawContext dc{cr, scene, frame, text, labels, Instant{}, dates, panels};
        const XY anchor{100 + step / 3.0, 150 + step / 3.0};
        draw_pending_labels(dc, {{anchor, 10, {"Convoy\n1,200 troops"}, style}});
        ASSERT_EQ(labels.taken().size(), 1u) << "the label found room";
        if (step == 0) one_sprite = text.sprite_bytes();
        EXPECT_EQ(text.sprite_bytes(), one_sprite) << "step " << step;
    }
    EXPECT_GT(one_sprite, 0u);
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
}

}  // namespace gt
