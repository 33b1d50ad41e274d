#pragma once
// Writes one frame per format: PNG from an image surface, SVG as vectors.
#include <filesystem>
#include <string>
#include <vector>

#include "render/frame_renderer.hpp"

namespace gt {

enum class Format { png, svg };

[[nodiscard]] const char* extension(Format f);
/// "png,svg" -> formats. @throws InputError naming the unknown format.
[[nodiscard]] std::vector<Format> parse_formats(const std::string& list);

/// @throws RuntimeError naming the file when Cairo cannot write it.
void write_png(FrameRenderer& renderer, const Layout& layout, Instant t,
               const std::filesystem::path& file);
/// Renumbers Cairo's process-wide "surfaceN" ids in order of appearance (determinism).
[[nodiscard]] std::string normalize_svg_ids(const std::string& svg);

void write_svg(FrameRenderer& renderer, const Layout& layout, Instant t,
               const std::filesystem::path& file);

}  // namespace gt
