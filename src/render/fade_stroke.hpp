#pragma once
// A stroke whose colour fades in along a direction: a unit's trail.
#include <cairo.h>

#include "geo/map_view.hpp"
#include "render/style.hpp"

namespace gt {

/// Strokes the current path (and clears it) as cairo_stroke would with a linear gradient source
/// from `color` at alpha 0 at `from` to `color` at `to`, padded beyond both ends, using `cr`'s
/// line settings. On an image target drawn pixel for pixel the gradient is applied to the
/// stroke's coverage here: Cairo evaluates a gradient source at every pixel of the stroke's
/// bounding box, which made a diagonal trail cost more than everything else a frame moves.
/// Elsewhere (SVG, PDF, scaled targets) it is a Cairo gradient.
/// @throws RuntimeError when Cairo cannot make the stroke's images.
void stroke_fading_in(cairo_t* cr, XY from, XY to, const Rgba& color);

}  // namespace gt
