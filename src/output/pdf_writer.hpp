#pragma once
// PDF for printed reports: frames as vector pages sized for a paper format, and a storyboard
// (one page, a contact sheet of key frames with their dates).
#include <filesystem>
#include <string>
#include <vector>

#include "render/frame_renderer.hpp"

namespace gt {

struct PaperSize {
    double width_pt = 0;
    double height_pt = 0;
};

/// "a4", "letter", "a3" (landscape, as maps are wide) or "WIDTHxHEIGHTmm".
/// @throws InputError naming the value.
[[nodiscard]] PaperSize parse_paper(const std::string& text);

/// One page per instant, the frame scaled to fit the page's printable area, as vectors.
/// Metadata is fixed (no creation date) so the same input gives the same bytes.
/// @throws RuntimeError naming the file when Cairo cannot write it.
void write_pdf_pages(FrameRenderer& renderer, const Scene& scene, const std::vector<Instant>& times,
                     const PaperSize& paper, const std::filesystem::path& file);

/// One page exactly `page` in size with the frame at `t` filling it, no margin: a figure for
/// LaTeX, Word or a layout program. The scene's canvas is laid out for that page.
/// @throws RuntimeError naming the file when Cairo cannot write it.
void write_pdf_trimmed(FrameRenderer& renderer, const Scene& scene, Instant t,
                       const PaperSize& page, const std::filesystem::path& file);

/// One page: the scenario's title and subtitle, the frames at `times` as large as the page
/// allows in a grid centred under them, each with its date (and its time when two fall on one
/// date), and at the foot the sources and credits of the last of them.
/// @pre `times` is not empty.
/// @throws RuntimeError naming the file when Cairo cannot write it.
void write_storyboard(FrameRenderer& renderer, const Scene& scene,
                      const std::vector<Instant>& times, const PaperSize& paper,
                      const std::filesystem::path& file);

/// `count` of the frame instants `frames` (sorted, each once): the first and the last, then the
/// first frame showing each of `moments` (when something happens; see story_moments), farthest
/// from those chosen first, then frames spread evenly over the longest stretches left. With no
/// moments: evenly spread.
[[nodiscard]] std::vector<Instant> key_frames(const std::vector<Instant>& frames, std::size_t count,
                                              const std::vector<Instant>& moments = {});

}  // namespace gt
