#pragma once
// A self-contained HTML player for a rendered output set: play/pause, a date scrubber with event
// ticks, keyboard keys, a responsive width, and #frame=N or #t=DATE links to one frame.
#include <filesystem>
#include <string>

#include "scenario/model.hpp"

namespace gt {

/// The player page for `folder`'s manifest.json, showing its `image_format` frames (png/svg)
/// with ticks for the scenario's events.
/// @throws RuntimeError when the manifest is missing or lists no such frames.
[[nodiscard]] std::string player_html(const std::filesystem::path& folder, const Scenario& scenario,
                                      const std::string& image_format);

/// The height in CSS pixels of the player's row of controls under the frame, at every width.
inline constexpr int player_controls_height = 48;

/// An <iframe> snippet that embeds the player at `url`, in a box as tall as the player at any
/// width (the frame's aspect ratio plus the controls), titled (for screen readers) with the
/// scenario's `title`.
[[nodiscard]] std::string embed_snippet(const std::string& url, const std::string& title, int width,
                                        int height);

}  // namespace gt
