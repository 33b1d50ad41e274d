#pragma once
// One frame at a physical size to one file, for a report or a layout program: PNG with its
// size, colour space and words in chunks, SVG sized in millimetres, or PDF exactly at the trim
// size. The scene is laid out for that size (SceneOptions::physical).
#include <filesystem>
#include <utility>

#include "render/scene.hpp"
#include "timeline/time.hpp"

namespace gt {

enum class StillFormat { png, svg, pdf };

/// The format a file name asks for by its extension (.png, .svg, .pdf, in any case).
/// @throws InputError naming the file and the extensions allowed.
[[nodiscard]] StillFormat still_format(const std::filesystem::path& file);

struct StillPage {
    double width_mm = 0;
    double height_mm = 0;
    double dpi = 300;
};

/// Canvas pixels of `page`: its size at its dpi, rounded.
[[nodiscard]] std::pair<int, int> still_pixels(const StillPage& page);

/// Draws the frame of `scene` at `t` and writes it to `file` (atomically) in `format`.
/// A PNG has an alpha channel when the scene is transparent, and pHYs (the dpi), sRGB, and the
/// title and sources (tEXt/iTXt); an SVG's width and height are in millimetres; a PDF page is
/// exactly the page size.
/// @pre `scene` was prepared for `page` (its canvas is still_pixels(page)).
/// @throws RuntimeError naming the file when it cannot be written.
void write_still(const Scene& scene, Instant t, StillFormat format, const StillPage& page,
                 const std::filesystem::path& file);

}  // namespace gt
