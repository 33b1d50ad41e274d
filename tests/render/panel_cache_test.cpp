#include "render/panel_cache.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace gt {
namespace {

cairo_surface_t* sea(int width = 200, int height = 120) {
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    cairo_t* cr = cairo_create(s);
    cairo_set_source_rgb(cr, 0.3, 0.5, 0.7);
    cairo_paint(cr);
    cairo_destroy(cr);
    return s;
}

/// A context drawing into a fresh sea() image, both freed when the test ends (the context
/// first): the target of the tests that draw into one image many times.
struct SeaCanvas {
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> image{sea(),
                                                                             cairo_surface_destroy};
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr{cairo_create(image.get()), cairo_destroy};
};

int max_difference(cairo_surface_t* a, cairo_surface_t* b) {
    cairo_surface_flush(a);
    cairo_surface_flush(b);
    int worst = 0;
    for (int y = 0; y < cairo_image_surface_get_height(a); ++y) {
        const unsigned char* pa =
            cairo_image_surface_get_data(a) + y * cairo_image_surface_get_stride(a);
        const unsigned char* pb =
            cairo_image_surface_get_data(b) + y * cairo_image_surface_get_stride(b);
        for (int i = 0; i < cairo_image_surface_get_width(a) * 4; ++i) {
            worst = std::max(worst, std::abs(pa[i] - pb[i]));
        }
    }
    return worst;
}

/// A translucent panel at fractional coordinates with an antialiased outline, blocking its box.
struct CountingPanel {
    int drawn = 0;
    void operator()(cairo_t* cr, LabelPlacer& labels) {
        ++drawn;
        cairo_rectangle(cr, 20.3, 15.6, 90.4, 40.25);
        cairo_set_source_rgba(cr, 1, 1, 1, 0.85);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, 0.8, 0.2, 0.1);
        cairo_set_line_width(cr, 1.5);
        cairo_stroke(cr);
        cairo_arc(cr, 140.7, 70.2, 12.3, 0, 6.3);
        cairo_fill(cr);
        labels.block({20.3, 15.6, 110.7, 55.85});
    }
};

PanelCache::Drawing counted(CountingPanel& panel) {
    return [&panel](cairo_t* cr, LabelPlacer& labels) { panel(cr, labels); };
}

}  // namespace

TEST(PanelCache, APaintedPanelLooksLikeThePanelDrawnDirectly) {
    PanelCache cache;
    CountingPanel panel;
    cairo_surface_t* expected = sea();
    cairo_t* cr = cairo_create(expected);
    LabelPlacer unused({0, 0, 0, 0});
    panel(cr, unused);
    cairo_destroy(cr);
    for (int pass = 0; pass < 2; ++pass) {  // drawn into the cache, then painted from it
        cairo_surface_t* image = sea();
        cr = cairo_create(image);
        LabelPlacer labels({0, 0, 200, 120});
        cache.draw(cr, labels, "panel", counted(panel));
        cairo_destroy(cr);
        EXPECT_LE(max_difference(expected, image), 1) << "pass " << pass;
        ASSERT_EQ(labels.taken().size(), 1u) << "a painted panel still blocks its box";
        EXPECT_DOUBLE_EQ(labels.taken()[0].x1, 110.7);
        cairo_surface_destroy(image);
    }
    EXPECT_EQ(panel.drawn, 2);  // once directly above, once into the cache
    cairo_surface_destroy(expected);
}

TEST(PanelCache, AKeyIsDrawnOnceWhileFramesUseIt) {
    PanelCache cache;
    CountingPanel panel;
    const SeaCanvas canvas;
    for (int frame = 0; frame < 5; ++frame) {
        cache.start_frame();
        LabelPlacer labels({0, 0, 200, 120});
        cache.draw(canvas.cr.get(), labels, "panel", counted(panel));
    }
    EXPECT_EQ(panel.drawn, 1);
    CountingPanel other;
    LabelPlacer labels({0, 0, 200, 120});
    cache.draw(canvas.cr.get(), labels, "another", counted(other));
    EXPECT_EQ(other.drawn, 1) << "another key is another panel";
}

TEST(PanelCache, APanelNoFrameUsedIsDroppedAndDrawnAgain) {
    PanelCache cache;
    CountingPanel panel;
    const SeaCanvas canvas;
    LabelPlacer labels({0, 0, 200, 120});
    cache.start_frame();
    cache.draw(canvas.cr.get(), labels, "panel", counted(panel));
    cache.start_frame();  // a frame that does not show it
    cache.start_frame();
    cache.draw(canvas.cr.get(), labels, "panel", counted(panel));
    EXPECT_EQ(panel.drawn, 2);
    cache.clear();
    cache.draw(canvas.cr.get(), labels, "panel", counted(panel));
    EXPECT_EQ(panel.drawn, 3);
}

TEST(PanelCache, APanelKeptForTheViewOutlivesFramesThatDoNotUseIt) {
    // The fixed furniture is drawn only when a base layer is made, frames apart.
    PanelCache cache;
    CountingPanel fixed;
    const SeaCanvas canvas;
    LabelPlacer labels({0, 0, 200, 120});
    cache.start_frame();
    cache.draw(canvas.cr.get(), labels, "legend", counted(fixed), PanelLifetime::view);
    for (int frame = 0; frame < 20; ++frame) cache.start_frame();
    cache.draw(canvas.cr.get(), labels, "legend", counted(fixed), PanelLifetime::view);
    EXPECT_EQ(fixed.drawn, 1);
    cache.clear();  // the view changed
    cache.draw(canvas.cr.get(), labels, "legend", counted(fixed), PanelLifetime::view);
    EXPECT_EQ(fixed.drawn, 2);
}

TEST(PanelCache, VectorAndScaledTargetsAreDrawnEachTime) {
    PanelCache cache;
    CountingPanel panel;
    cairo_surface_t* recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
    cairo_t* cr = cairo_create(recording);
    LabelPlacer labels({0, 0, 200, 120});
    cache.draw(cr, labels, "panel", counted(panel));
    cache.draw(cr, labels, "panel", counted(panel));
    cairo_destroy(cr);
    cairo_surface_destroy(recording);
    EXPECT_EQ(panel.drawn, 2);

    cairo_surface_t* image = sea(400, 240);
    cr = cairo_create(image);
    cairo_scale(cr, 2, 2);
    cache.draw(cr, labels, "panel", counted(panel));
    cairo_identity_matrix(cr);
    cairo_translate(cr, 0.5, 0);
    cache.draw(cr, labels, "panel", counted(panel));
    cairo_destroy(cr);
    cairo_surface_destroy(image);
    EXPECT_EQ(panel.drawn, 4);
    EXPECT_EQ(labels.taken().size(), 4u);
}

TEST(PanelCache, OffTheTargetAPanelStillBlocksItsBoxesAndIsReadyForTheNextDraw) {
    PanelCache cache;
    CountingPanel panel;
    // The 1x1 surface a frame measures its furniture on: nothing of the panel lands there.
    cairo_surface_t* scratch = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1);
    cairo_t* cr = cairo_create(scratch);
    LabelPlacer measured({0, 0, 0, 0});
    cache.draw(cr, measured, "panel", counted(panel));
    cairo_destroy(cr);
    cairo_surface_destroy(scratch);
    ASSERT_EQ(measured.taken().size(), 1u);
    EXPECT_DOUBLE_EQ(measured.taken()[0].y1, 55.85);
    SeaCanvas canvas;
    LabelPlacer labels({0, 0, 200, 120});
    cache.draw(canvas.cr.get(), labels, "panel", counted(panel));
    EXPECT_EQ(panel.drawn, 1) << "the frame itself paints the panel measured before";
    cairo_surface_flush(canvas.image.get());
    const auto* row = cairo_image_surface_get_data(canvas.image.get()) +
                      30 * cairo_image_surface_get_stride(canvas.image.get());
    EXPECT_GT(row[60 * 4], 200) << "the panel is painted on the frame (blue channel of white)";
}

TEST(PanelCache, TheCallersLineSettingsNeitherReachNorLeaveAPanelDrawnDirectly) {
    PanelCache cache;
    CountingPanel panel;
    SeaCanvas cached;
    LabelPlacer labels({0, 0, 200, 120});
    cache.draw(cached.cr.get(), labels, "panel", counted(panel));
    // A vector target with a frame's leftovers: round caps and joins, a dash, a wide line.
    cairo_surface_t* recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
    cairo_t* cr = cairo_create(recording);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    const double dash[] = {4, 4};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_set_line_width(cr, 9);
    cache.draw(cr, labels, "panel", counted(panel));
    EXPECT_EQ(cairo_get_line_join(cr), CAIRO_LINE_JOIN_ROUND) << "the caller's settings are back";
    EXPECT_EQ(cairo_get_dash_count(cr), 2);
    cairo_destroy(cr);
    SeaCanvas direct;
    cairo_set_source_surface(direct.cr.get(), recording, 0, 0);
    cairo_paint(direct.cr.get());
    cairo_surface_destroy(recording);
    EXPECT_LE(max_difference(cached.image.get(), direct.image.get()), 1);
}

}  // namespace gt
