// A fading stroke drawn pixel for pixel looks as Cairo's own gradient stroke does.
#include "render/fade_stroke.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <functional>

namespace gt {

namespace {

constexpr int kSize = 200;
const Rgba kRed{0.8, 0.2, 0.1, 0.45};

/// A sea-coloured canvas with a bent, wide, round-capped stroke drawn on it by `stroke`.
cairo_surface_t* canvas_with(const std::function<void(cairo_t*)>& stroke) {
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, kSize, kSize);
    cairo_t* cr = cairo_create(s);
    cairo_set_source_rgb(cr, 0.75, 0.84, 0.9);
    cairo_paint(cr);
    cairo_move_to(cr, 20.3, 170.6);
    cairo_line_to(cr, 90.2, 120.9);
    cairo_line_to(cr, 175.5, 30.25);
    cairo_set_line_width(cr, 11.2);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    stroke(cr);
    cairo_destroy(cr);
    cairo_surface_flush(s);
    return s;
}

int channel(cairo_surface_t* s, int x, int y, int shift) {
    std::uint32_t v = 0;
    std::memcpy(&v, cairo_image_surface_get_data(s) + y * cairo_image_surface_get_stride(s) + 4 * x,
                4);
    return static_cast<int>((v >> shift) & 0xff);
}

}  // namespace

TEST(FadeStroke, MatchesCairosGradientStroke) {
    const XY from{20.3, 170.6}, to{175.5, 30.25};
    cairo_surface_t* ours = canvas_with([&](cairo_t* cr) { stroke_fading_in(cr, from, to, kRed); });
    cairo_surface_t* cairos = canvas_with([&](cairo_t* cr) {
        cairo_pattern_t* fade = cairo_pattern_create_linear(from.x, from.y, to.x, to.y);
        cairo_pattern_add_color_stop_rgba(fade, 0, kRed.r, kRed.g, kRed.b, 0);
        cairo_pattern_add_color_stop_rgba(fade, 1, kRed.r, kRed.g, kRed.b, kRed.a);
        cairo_set_source(cr, fade);
        cairo_stroke(cr);
        cairo_pattern_destroy(fade);
    });
    cairo_surface_t* sea = canvas_with([](cairo_t* cr) { cairo_new_path(cr); });
    int worst = 0;
    long drawn = 0;
    for (int y = 0; y < kSize; ++y) {
        for (int x = 0; x < kSize; ++x) {
            for (int shift : {0, 8, 16}) {
                worst = std::max(
                    worst, std::abs(channel(ours, x, y, shift) - channel(cairos, x, y, shift)));
            }
            if (channel(ours, x, y, 0) != channel(sea, x, y, 0)) ++drawn;
        }
    }
    EXPECT_LE(worst, 3) << "per channel, 0-255";
    EXPECT_GT(drawn, 1000) << "the stroke shows";
    // Faded out at the start, strongest at the end (the red stroke takes blue away).
    EXPECT_NEAR(channel(ours, 21, 170, 0), channel(sea, 21, 170, 0), 2);
    EXPECT_LT(channel(ours, 174, 31, 0), channel(sea, 174, 31, 0) - 60);
    for (cairo_surface_t* s : {ours, cairos, sea}) cairo_surface_destroy(s);
}

TEST(FadeStroke, StaysInsideTheClipAndClearsThePath) {
    cairo_surface_t* clipped = canvas_with([](cairo_t* cr) {
        cairo_path_t* path = cairo_copy_path(cr);
        cairo_new_path(cr);
        cairo_rectangle(cr, 100, 0, 100, 100);
        cairo_clip(cr);
        cairo_append_path(cr, path);
        cairo_path_destroy(path);
        stroke_fading_in(cr, {20.3, 170.6}, {175.5, 30.25}, kRed);
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        cairo_path_extents(cr, &x0, &y0, &x1, &y1);
        EXPECT_EQ(x1 - x0, 0) << "the path is used up, as by cairo_stroke";
    });
    cairo_surface_t* sea = canvas_with([](cairo_t* cr) { cairo_new_path(cr); });
    long inside = 0;
    for (int y = 0; y < kSize; ++y) {
        for (int x = 0; x < kSize; ++x) {
            const bool differs = channel(clipped, x, y, 0) != channel(sea, x, y, 0);
            if (x < 100 || y >= 100) {
                ASSERT_FALSE(differs) << x << ", " << y;
            } else if (differs) {
                ++inside;
            }
        }
    }
    EXPECT_GT(inside, 300);
    cairo_surface_destroy(clipped);
    cairo_surface_destroy(sea);
}

}  // namespace gt
