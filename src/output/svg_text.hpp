#pragma once
// Text passes over the SVG Cairo writes: stable ids (determinism) and compact path data (size).
#include <string>

namespace gt {

/// Renumbers Cairo's process-wide "surfaceN" ids in order of appearance (determinism).
[[nodiscard]] std::string normalize_svg_ids(const std::string& svg);

/// Path data (d="...") with coordinates rounded to 0.1 px, written relative to the previous
/// point (l, c) without repeated command letters, and <use> positions rounded to 0.1 px.
/// Cairo writes up to six decimals of absolute coordinates per number; a tenth of a pixel is
/// below what shows at the frame's size (and still at 2x zoom). Cuts an SVG frame by two thirds.
[[nodiscard]] std::string compact_svg_paths(const std::string& svg);

/// Glyph ids "glyph0-1" as "g0-1" and "rgb(100%,50.196078%,0%)" colours as "#ff8000" (only
/// when every channel is a whole byte, so the colour stays exact).
[[nodiscard]] std::string compact_svg_names(const std::string& svg);

/// Path data Cairo writes twice (the land is filled, then stroked as the coastline) goes once
/// into <defs>; each drawing becomes a <use> carrying the original style. Only plain
/// `<path style d/>` tags whose data has at least `min_length` characters are shared.
[[nodiscard]] std::string share_repeated_paths(const std::string& svg,
                                               std::size_t min_length = 1000);

}  // namespace gt
