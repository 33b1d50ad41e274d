#pragma once
// Line simplification (Douglas-Peucker): detail finer than the output resolution costs drawing
// time and SVG bytes and shows nothing, so the basemap is simplified once to a fraction of a
// pixel when it is read.
#include <vector>

#include "geo/projection.hpp"

namespace gt {

/// The points of `line` needed to stay within `tolerance` of it (same units as the points):
/// the first and last points are always kept, and so is their order. Works for closed rings
/// (first point repeated at the end, or not).
/// @pre tolerance >= 0 and no point is NaN.
[[nodiscard]] std::vector<XY> simplify_line(const std::vector<XY>& line, double tolerance);

}  // namespace gt
