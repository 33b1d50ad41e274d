#pragma once
// The map's furniture in two parts. The fixed part (title, legend, inset map with scale bar and
// north arrow, the timeline's axis and band, the schedule strip's axis) looks the same all through
// a view; the changing part (date, statements, playheads, sources) follows the time. Frames draw
// the fixed part under the map's moving content, which is kept off its panels
// (FrameRenderer::fixed_furniture_at), and the changing part on top.
#include <optional>
#include <string>
#include <vector>

#include "render/draw.hpp"
#include "render/statements_panel.hpp"

namespace gt {

/// Draws the fixed part of the furniture.
/// @throws RuntimeError when Cairo cannot draw a panel's image.
void draw_fixed_furniture(const DrawContext& dc);

/// The date panel's texts and where it goes.
struct DatePanel {
    std::string date, time;
    TextStyle date_style, time_style;
    TextSize date_size, time_size;
    double pad = 0;  ///< between the panel's edge and its texts
    PixelRect box;
};

/// The changing part of the furniture at one time, laid out before it is drawn: labels are
/// placed first, keeping off its panels, and it is drawn over them.
struct ChangingFurniture {
    DatePanel date;
    std::optional<StatementsPanel> statements;

    /// The boxes labels must keep off: the date panel's, then the statements panel's.
    [[nodiscard]] std::vector<Box> panels() const;
};

/// Lays out the changing furniture at `dc.time`. Measures text and formats dates; draws nothing
/// (`dc.cr` is not used and may be null) and blocks nothing in `dc.labels`.
/// `numbered` are the events on the map whose labels found no room: the statements panel lists
/// them under their numbers.
[[nodiscard]] ChangingFurniture lay_out_changing_furniture(
    const DrawContext& dc, const std::vector<const Event*>& numbered = {});

/// Draws the changing furniture (panels, playheads, the sources line) at `dc.time`.
/// @pre `furniture` was laid out by lay_out_changing_furniture at `dc.time`.
/// @throws RuntimeError when Cairo cannot draw a panel's image.
void draw_changing_furniture(const DrawContext& dc, const ChangingFurniture& furniture);

}  // namespace gt
