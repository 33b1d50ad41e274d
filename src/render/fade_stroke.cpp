#include "render/fade_stroke.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "render/pixel_grid.hpp"

namespace gt {

namespace {

using SurfacePtr = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

void check(cairo_status_t status) {
    if (status != CAIRO_STATUS_SUCCESS) {
        throw RuntimeError(std::string("trail: cannot draw: ") + cairo_status_to_string(status));
    }
}

void stroke_with_cairo_gradient(cairo_t* cr, XY from, XY to, const Rgba& c) {
    cairo_pattern_t* fade = cairo_pattern_create_linear(from.x, from.y, to.x, to.y);
    cairo_pattern_add_color_stop_rgba(fade, 0, c.r, c.g, c.b, 0);
    cairo_pattern_add_color_stop_rgba(fade, 1, c.r, c.g, c.b, c.a);
    cairo_save(cr);
    cairo_set_source(cr, fade);
    cairo_stroke(cr);
    cairo_restore(cr);
    cairo_pattern_destroy(fade);
}

/// Where the stroke of the current path can draw, in whole pixels inside the clip; empty when
/// nowhere.
cairo_rectangle_int_t stroke_bounds(cairo_t* cr) {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    cairo_path_extents(cr, &x0, &y0, &x1, &y1);
    const double miter = cairo_get_line_join(cr) == CAIRO_LINE_JOIN_MITER
                             ? std::max(1.0, cairo_get_miter_limit(cr))
                             : 1.0;
    const double reach = cairo_get_line_width(cr) / 2 * miter + 1;
    double cx0 = 0, cy0 = 0, cx1 = 0, cy1 = 0;
    cairo_clip_extents(cr, &cx0, &cy0, &cx1, &cy1);
    const auto left = static_cast<int>(std::floor(std::max(x0 - reach, cx0)));
    const auto top = static_cast<int>(std::floor(std::max(y0 - reach, cy0)));
    const auto right = static_cast<int>(std::ceil(std::min(x1 + reach, cx1)));
    const auto bottom = static_cast<int>(std::ceil(std::min(y1 + reach, cy1)));
    return {left, top, std::max(0, right - left), std::max(0, bottom - top)};
}

/// The stroke's coverage of each pixel of `box`, as Cairo would draw it on `cr`.
SurfacePtr stroke_coverage(cairo_t* cr, const cairo_rectangle_int_t& box) {
    SurfacePtr mask(cairo_image_surface_create(CAIRO_FORMAT_A8, box.width, box.height),
                    cairo_surface_destroy);
    cairo_path_t* path = cairo_copy_path(cr);
    cairo_t* m = cairo_create(mask.get());
    cairo_translate(m, -box.x, -box.y);
    cairo_append_path(m, path);
    cairo_path_destroy(path);
    cairo_set_line_width(m, cairo_get_line_width(cr));
    cairo_set_line_cap(m, cairo_get_line_cap(cr));
    cairo_set_line_join(m, cairo_get_line_join(cr));
    cairo_set_miter_limit(m, cairo_get_miter_limit(cr));
    cairo_set_tolerance(m, cairo_get_tolerance(cr));
    cairo_set_antialias(m, cairo_get_antialias(cr));
    const int dashes = cairo_get_dash_count(cr);
    if (dashes > 0) {
        std::vector<double> dash(static_cast<std::size_t>(dashes));
        double offset = 0;
        cairo_get_dash(cr, dash.data(), &offset);
        cairo_set_dash(m, dash.data(), dashes, offset);
    }
    cairo_stroke(m);
    const cairo_status_t status = cairo_status(m);
    cairo_destroy(m);
    check(status);
    cairo_surface_flush(mask.get());
    return mask;
}

}  // namespace

void stroke_fading_in(cairo_t* cr, XY from, XY to, const Rgba& color) {
    if (!paints_whole_pixels(cr)) {
        stroke_with_cairo_gradient(cr, from, to, color);
        return;
    }
    const cairo_rectangle_int_t box = stroke_bounds(cr);
    if (box.width == 0 || box.height == 0) {
        cairo_new_path(cr);
        return;
    }
    const SurfacePtr mask = stroke_coverage(cr, box);
    cairo_new_path(cr);
    SurfacePtr paint(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, box.width, box.height),
                     cairo_surface_destroy);
    check(cairo_surface_status(paint.get()));
    // Alpha along the gradient's axis at each pixel's centre, padded to [0, 1], times coverage.
    const double dx = to.x - from.x, dy = to.y - from.y;
    const double length2 = dx * dx + dy * dy;
    const double ux = length2 > 0 ? dx / length2 : 0, uy = length2 > 0 ? dy / length2 : 0;
    const unsigned char* cover = cairo_image_surface_get_data(mask.get());
    const int cover_stride = cairo_image_surface_get_stride(mask.get());
    unsigned char* out = cairo_image_surface_get_data(paint.get());
    const int out_stride = cairo_image_surface_get_stride(paint.get());
    for (int y = 0; y < box.height; ++y) {
        const double py = box.y + y + 0.5 - from.y;
        auto* row = reinterpret_cast<std::uint32_t*>(out + y * out_stride);
        for (int x = 0; x < box.width; ++x) {
            const unsigned coverage = cover[y * cover_stride + x];
            if (coverage == 0) {
                row[x] = 0;
                continue;
            }
            const double t = std::clamp((box.x + x + 0.5 - from.x) * ux + py * uy, 0.0, 1.0);
            const double a = color.a * t * coverage / 255.0;
            const auto channel = [a](double v) {
                return static_cast<std::uint32_t>(std::lround(v * a * 255));
            };
            row[x] = channel(1) << 24 | channel(color.r) << 16 | channel(color.g) << 8 |
                     channel(color.b);
        }
    }
    cairo_surface_mark_dirty(paint.get());
    cairo_save(cr);
    cairo_set_source_surface(cr, paint.get(), box.x, box.y);
    cairo_rectangle(cr, box.x, box.y, box.width, box.height);
    cairo_fill(cr);
    cairo_restore(cr);
}

}  // namespace gt
