#pragma once
// The texts of an SVG frame as <text> elements, in place of the markers TextPainter drew for
// them (render/vector_text.hpp): a designer can edit them, a reader search and copy them.
#include <string>
#include <vector>

#include "render/vector_text.hpp"

namespace gt {

/// `svg` (as Cairo wrote it) with each text marker replaced by its run's <text> element: in the
/// same place of the drawing order and inside the same clip. The font is named as the style
/// names it, with sans-serif after it; a halo is a <text> of its own, stroked and not filled,
/// just before the filled one (no SVG 2 paint-order needed). A marker Cairo left out (its text
/// clipped away) leaves no text. Run it last, on the SVG the other passes made, so that they never
/// touch the texts' words (it reads a marker's fill as compact_svg_names writes it, "#rrggbb").
/// @throws RuntimeError when texts were drawn and no marker is found at all.
[[nodiscard]] std::string insert_svg_texts(const std::string& svg,
                                           const std::vector<VectorTextRun>& runs);

}  // namespace gt
