// Drawing helpers shared by the layers: a label that moves with its unit keeps one text sprite.
#include "render/draw.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <utility>

#include "cli/app.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace {

/// The small test scenario prepared for drawing, with what a DrawContext needs besides a
/// target and a label placer.
class SmallScenarioDrawing : public ::testing::Test {
  protected:
    SmallScenarioDrawing()
        : loaded(load_scenario(test::data_dir() / "small.yaml")),
          scene(prepare_scene(loaded.scenario, test::scene_options())),
          frame(ViewFramer(scene).frame(scene.camera.pose_at(loaded.scenario.timeline.start))) {}
    DrawContext context(cairo_t* cr, LabelPlacer& labels, Instant t = Instant{}) {
        return {cr, scene, frame, text, labels, t, dates, panels};
    }

    const LoadedScenario loaded;
    const Scene scene;
    const ViewFrame frame;
    TextPainter text;
    DateFormatter dates{"", Seconds{0}};
    PanelCache panels;
};

}  // namespace

TEST_F(SmallScenarioDrawing, AMovingLabelIsDrawnFromOneSprite) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 400, 300);
    cairo_t* cr = cairo_create(surface);
    const TextStyle style{"Noto Sans", 14, true, {0.1, 0.1, 0.1, 1}, {1, 1, 1, 1}, 3};
    std::size_t one_sprite = 0;
    // The unit moves a third of a pixel a frame: twelve quarter-pixel positions.
    for (int step = 0; step < 12; ++step) {
        text.start_frame();
        LabelPlacer labels({0, 0, 400, 300});
        const DrawContext dc = context(cr, labels);
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

namespace {

/// The leftmost and rightmost dark columns of rows y0..y1 of an RGB24 surface (white ground).
std::pair<int, int> ink_columns(cairo_surface_t* s, int y0, int y1) {
    cairo_surface_flush(s);
    int left = cairo_image_surface_get_width(s), right = -1;
    for (int y = y0; y < y1; ++y) {
        const auto* row = reinterpret_cast<const uint32_t*>(cairo_image_surface_get_data(s) +
                                                            y * cairo_image_surface_get_stride(s));
        for (int x = 0; x < cairo_image_surface_get_width(s); ++x) {
            if ((row[x] & 0xff) < 128) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    return {left, right};
}

}  // namespace

TEST_F(SmallScenarioDrawing, LabelLinesLineUpOnTheSideFacingTheSymbol) {
    const TextStyle style{"Noto Sans", 20, true, {0, 0, 0, 1}};
    const XY anchor{300, 150};
    // Only one side of the anchor is free: the label goes there. Returns the ink columns of
    // its first and second lines, and the box it took.
    const auto draw_with_only = [&](const Box& free) {
        cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 600, 300);
        cairo_t* cr = cairo_create(surface);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_paint(cr);
        LabelPlacer labels(free);
        draw_pending_labels(context(cr, labels),
                            {{anchor, 10, {"A long first line\nshort"}, style}});
        EXPECT_EQ(labels.taken().size(), 1u);
        const Box box = labels.taken().at(0);
        const double middle = (box.y0 + box.y1) / 2;
        const auto first = ink_columns(surface, static_cast<int>(box.y0), static_cast<int>(middle));
        const auto second =
            ink_columns(surface, static_cast<int>(middle), static_cast<int>(box.y1));
        cairo_destroy(cr);
        cairo_surface_destroy(surface);
        return std::tuple{first, second, box};
    };
    // Right of the symbol: flush left, towards it.
    auto [first, second, box] = draw_with_only({anchor.x, 0, 600, 300});
    EXPECT_NEAR(first.first, second.first, 3);
    EXPECT_GT(first.second - second.second, 60);
    // Left of it: flush right, towards it, and still inside the box the placer gave.
    std::tie(first, second, box) = draw_with_only({0, 0, anchor.x, 300});
    EXPECT_NEAR(first.second, second.second, 3);
    EXPECT_GT(second.first - first.first, 60);
    EXPECT_LE(first.second, box.x1 + 1);
    EXPECT_GE(first.first, box.x0 - 1);
    // Above it: centred on it.
    std::tie(first, second, box) = draw_with_only({0, 0, 600, anchor.y - 5});
    EXPECT_NEAR((first.first + first.second) / 2.0, anchor.x, 3);
    EXPECT_NEAR((second.first + second.second) / 2.0, anchor.x, 3);
}

TEST_F(SmallScenarioDrawing, ARouteIsLabelledOnceItsUnitHasArrivedBesideItsMiddle) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 960, 600);
    cairo_t* cr = cairo_create(surface);
    LabelPlacer labels({0, 0, 960, 600});
    const Movement& crossing = loaded.scenario.movements.at(0);
    const auto at = [&](Instant t) { return arrived_route_labels(context(cr, labels, t)); };
    EXPECT_TRUE(at(crossing.end - Seconds{3600}).empty())
        << "still under way: its unit is labelled";
    const auto arrived = at(crossing.end);
    ASSERT_EQ(arrived.size(), 1u);
    EXPECT_EQ(arrived[0].texts, std::vector<std::string>{"Convoy"});
    // The route is one straight line here: the first point tried is halfway between its ends.
    const auto ends = to_pixel_lines(frame.view, scene.routes[0].prefix(1), 0.5);
    const XY a = ends.front().front(), b = ends.back().back();
    ASSERT_FALSE(arrived[0].near.empty());
    EXPECT_NEAR(arrived[0].near[0].x, (a.x + b.x) / 2, 2);
    EXPECT_NEAR(arrived[0].near[0].y, (a.y + b.y) / 2, 2);
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
}

}  // namespace gt

namespace gt {

TEST(EventLabels, EveryEventsLabelKeepsItsDateAndConfidence) {
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    for (const char* level : {"confirmed", "reported"}) {
        std::string text = yaml;
        const auto event = text.find("confidence: confirmed", text.find("events:"));
        text.replace(event, 21, std::string("confidence: ") + level);
        const LoadedScenario loaded = load_scenario_text(text, "small.yaml");
        const Scene scene = prepare_scene(loaded.scenario, test::scene_options());
        const ViewFrame frame =
            ViewFramer(scene).frame(scene.camera.pose_at(loaded.scenario.timeline.end));
        TextPainter painter;
        DateFormatter dates{"", Seconds{0}};
        PanelCache panels;
        LabelPlacer placer({0, 0, 960, 600});
        const DrawContext dc{nullptr, scene, frame, painter, placer, loaded.scenario.timeline.end,
                             dates,   panels};
        const auto labels = event_labels(dc);
        ASSERT_EQ(labels.size(), 1U);
        // One form: a shorter one would be another statement (an undated event, a claim read
        // as fact); where the label cannot fit it goes out on a leader line instead.
        ASSERT_EQ(labels[0].texts.size(), 1U) << level;
        const std::string& label = labels[0].texts[0];
        EXPECT_NE(label.find("Landing"), std::string::npos) << label;
        EXPECT_NE(label.find(std::string("(") + level + ")"), std::string::npos) << label;
        EXPECT_NE(label.find(" · "), std::string::npos) << "dated: " << label;
        EXPECT_GT(labels[0].reach, 0) << "may go out on a leader line";
    }
}

}  // namespace gt
