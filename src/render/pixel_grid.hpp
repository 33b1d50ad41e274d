#pragma once
// Whether drawing on a Cairo context lands on an image pixel for pixel.
#include <cairo.h>

#include <cmath>

namespace gt {

/// True when `cr` draws on an image with user space moved by whole pixels from device space:
/// an image painted there lands on the same pixels as drawing the same thing directly.
[[nodiscard]] inline bool paints_whole_pixels(cairo_t* cr) {
    if (cairo_surface_get_type(cairo_get_target(cr)) != CAIRO_SURFACE_TYPE_IMAGE) return false;
    cairo_matrix_t m;
    cairo_get_matrix(cr, &m);
    return m.xx == 1 && m.yy == 1 && m.xy == 0 && m.yx == 0 && m.x0 == std::floor(m.x0) &&
           m.y0 == std::floor(m.y0);
}

}  // namespace gt
