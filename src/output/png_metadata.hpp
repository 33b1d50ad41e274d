#pragma once
// Chunks that let other programs place a PNG: its physical size (pHYs), its colour space (sRGB)
// and its words (tEXt, or iTXt for text beyond Latin-1), for a still in a report or a layout.
#include <string>
#include <utility>
#include <vector>

namespace gt {

struct PngMetadata {
    double dpi = 0;  ///< 0: no pHYs
    /// Keyword and text ("Title", "Source"...), each once; an empty text is left out.
    std::vector<std::pair<std::string, std::string>> texts;
};

/// `png` with a pHYs and an sRGB chunk and one text chunk per text inserted after its IHDR:
/// tEXt when the text is ASCII, iTXt (UTF-8) otherwise.
/// @throws RuntimeError when `png` does not start with a PNG signature and IHDR chunk.
[[nodiscard]] std::string with_png_metadata(const std::string& png, const PngMetadata& metadata);

}  // namespace gt
