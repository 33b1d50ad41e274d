#pragma once
// Units that have arrived: gathered at their destination into one badge per place and
// confidence level, showing how many units are there, beside the place rather than on it.
#include <cairo.h>

#include <cstddef>
#include <vector>

#include "render/box.hpp"
#include "render/text.hpp"
#include "scenario/model.hpp"

namespace gt {

struct DrawContext;

/// Units that reached one place (their routes' ends within a symbol's width of each other) and
/// share a confidence level.
struct Arrival {
    XY destination;  ///< pixels: where the first of them arrived
    XY from;         ///< pixels: unit vector back along the routes they came by
    std::vector<std::size_t> movements;
    Confidence confidence = Confidence::unknown;
};

/// The arrivals at `dc.time`: movements at the end of their routes, grouped by destination and
/// confidence, in the scenario's order of movements.
[[nodiscard]] std::vector<Arrival> arrivals_at(const DrawContext& dc);

/// Where each arrival's badge goes: back along the routes it came by from its destination, far
/// enough that the place's symbol and an event's star there stay in sight; badges at one place
/// are turned aside so none hides another.
[[nodiscard]] std::vector<XY> badge_centres(const DrawContext& dc,
                                            const std::vector<Arrival>& arrivals);

/// A badge: a rounded tag in the confidence colour with the number of units in it.
/// @returns the box it covers.
Box draw_arrival_badge(cairo_t* cr, const TextPainter& text, const TextStyle& number_style,
                       XY centre, std::size_t count, const Rgba& fill, const Rgba& outline,
                       double outline_width);

/// Draws the badges of the units arrived at `dc.time`, marking them for damage.
/// @returns the boxes they cover, which labels keep off.
std::vector<Box> draw_arrivals(const DrawContext& dc);

}  // namespace gt
