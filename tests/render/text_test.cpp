#include "render/text.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdlib>

namespace gt {
namespace {

const TextStyle haloed{"Noto Sans", 22, true, {0.1, 0.1, 0.1, 1}, {1, 1, 1, 0.9}, 3};

cairo_surface_t* blank(int width, int height) {
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    cairo_t* cr = cairo_create(s);
    cairo_set_source_rgb(cr, 0.3, 0.5, 0.7);  // a sea: the halo must show on it
    cairo_paint(cr);
    cairo_destroy(cr);
    return s;
}

/// Largest difference of any channel of any pixel.
int max_difference(cairo_surface_t* a, cairo_surface_t* b) {
    cairo_surface_flush(a);
    cairo_surface_flush(b);
    const int height = cairo_image_surface_get_height(a);
    const int row_bytes = cairo_image_surface_get_width(a) * 4;
    int worst = 0;
    for (int y = 0; y < height; ++y) {
        const unsigned char* pa =
            cairo_image_surface_get_data(a) + y * cairo_image_surface_get_stride(a);
        const unsigned char* pb =
            cairo_image_surface_get_data(b) + y * cairo_image_surface_get_stride(b);
        for (int i = 0; i < row_bytes; ++i) worst = std::max(worst, std::abs(pa[i] - pb[i]));
    }
    return worst;
}

/// The text drawn on a vector surface, then rasterised: the path a sprite must not change.
cairo_surface_t* drawn_directly(const TextPainter& text, const std::string& s, double x, double y) {
    cairo_surface_t* recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
    cairo_t* rc = cairo_create(recording);
    text.draw(rc, s, haloed, x, y);
    cairo_destroy(rc);
    cairo_surface_t* image = blank(400, 80);
    cairo_t* cr = cairo_create(image);
    cairo_set_source_surface(cr, recording, 0, 0);
    cairo_paint(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(recording);
    return image;
}

cairo_surface_t* drawn_on_image(const TextPainter& text, const std::string& s, double x, double y) {
    cairo_surface_t* image = blank(400, 80);
    cairo_t* cr = cairo_create(image);
    text.draw(cr, s, haloed, x, y);
    cairo_destroy(cr);
    return image;
}

}  // namespace

TEST(TextPainter, ImageTargetsLookLikeDirectDrawingAtTheNearestQuarterPixel) {
    const TextPainter text;
    struct Case {
        double x, y, quarter_x, quarter_y;
    };
    for (const Case& c : {Case{10.0, 20.0, 10.0, 20.0}, Case{10.3, 20.7, 10.25, 20.75},
                          Case{11.9, 19.5, 12.0, 19.5}}) {
        cairo_surface_t* direct =
            drawn_directly(text, "Vladivostok Владивосток", c.quarter_x, c.quarter_y);
        // Twice: the first draws into a new sprite, the second reuses it.
        for (int pass = 0; pass < 2; ++pass) {
            cairo_surface_t* image = drawn_on_image(text, "Vladivostok Владивосток", c.x, c.y);
            EXPECT_LE(max_difference(direct, image), 2)
                << "at " << c.x << "," << c.y << " pass " << pass;
            cairo_surface_destroy(image);
        }
        cairo_surface_destroy(direct);
    }
}

TEST(TextPainter, SpritesAFrameDoesNotDrawAreDroppedAfterAWhile) {
    TextPainter text;
    cairo_surface_t* image = blank(400, 80);
    cairo_t* cr = cairo_create(image);
    // A new label in each of 200 frames (as a moving label needs at each new position).
    std::size_t one = 0;
    std::size_t most = 0;
    for (int frame = 0; frame < 200; ++frame) {
        text.start_frame();
        char label[32];
        std::snprintf(label, sizeof label, "Unit %03d", frame);
        text.draw(cr, label, haloed, 10, 20);
        if (frame == 0) one = text.sprite_bytes();
        most = std::max(most, text.sprite_bytes());
    }
    ASSERT_GT(one, 0u);
    EXPECT_GE(most, 10 * one) << "sprites of recent frames are kept for reuse";
    EXPECT_LE(most, 20 * one) << "memory holds a few frames' sprites, not every frame's";
    for (int frame = 0; frame < 17; ++frame) text.start_frame();
    EXPECT_EQ(text.sprite_bytes(), 0u);
    cairo_destroy(cr);
    cairo_surface_destroy(image);
}

TEST(TextPainter, TheSameTextAtAnotherPositionIsDrawnThere) {
    const TextPainter text;
    cairo_surface_t* here = drawn_on_image(text, "Ussuriysk", 10, 10);
    cairo_surface_t* there = drawn_on_image(text, "Ussuriysk", 200.25, 30.5);
    cairo_surface_t* expected = drawn_directly(text, "Ussuriysk", 200.25, 30.5);
    EXPECT_LE(max_difference(there, expected), 2);
    EXPECT_GT(max_difference(here, there), 100);  // not a stale copy at the first position
    for (cairo_surface_t* s : {here, there, expected}) cairo_surface_destroy(s);
}

TEST(TextPainter, ScaledTargetsAreDrawnDirectly) {
    const TextPainter text;
    cairo_surface_t* image = blank(400, 80);
    cairo_t* cr = cairo_create(image);
    cairo_scale(cr, 2, 2);
    text.draw(cr, "Khabarovsk", haloed, 5.5, 3.25);
    cairo_destroy(cr);
    cairo_surface_t* recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
    cairo_t* rc = cairo_create(recording);
    cairo_scale(rc, 2, 2);
    text.draw(rc, "Khabarovsk", haloed, 5.5, 3.25);
    cairo_destroy(rc);
    cairo_surface_t* expected = blank(400, 80);
    cr = cairo_create(expected);
    cairo_set_source_surface(cr, recording, 0, 0);
    cairo_paint(cr);
    cairo_destroy(cr);
    EXPECT_LE(max_difference(image, expected), 2);
    cairo_surface_destroy(recording);
    cairo_surface_destroy(image);
    cairo_surface_destroy(expected);
}

}  // namespace gt
