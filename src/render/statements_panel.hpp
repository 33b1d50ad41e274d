#pragma once
// The statements panel, under the date: claims and denials that have no place (newest first),
// then the events on the map whose labels found no room, each under the number beside its star.
// A claim is never shortened to fit: it is on the map whole or listed here whole.
#include <optional>
#include <string>
#include <vector>

#include "render/draw.hpp"

namespace gt {

/// The panel's items and where it goes.
struct StatementsPanel {
    struct Item {
        const Event* event;
        std::string heading;  ///< its number if any, date, confidence, publisher
        std::string text;
        bool numbered = false;  ///< an event on the map, listed under its number
    };
    std::vector<Item> items;  ///< statements newest first, then numbered events; as fit
    std::size_t more = 0;     ///< how many more there are than fit, shown as "+N"
    TextStyle head, body;
    double pad = 0;  ///< between the panel's edge and its texts
    PixelRect box;
    std::string key;  ///< names what the panel shows, for the panel cache
};

/// Lays out the panel at `dc.time` under `date_panel`, with `numbered` (events on the map whose
/// labels are left out) numbered from 1 in their order, as many as fit above the inset, the
/// rest counted; nothing when there is nothing to list.
[[nodiscard]] std::optional<StatementsPanel> lay_out_statements(
    const DrawContext& dc, const PixelRect& date_panel, const std::vector<const Event*>& numbered);

/// The column the panel fills at its tallest, under `date_panel`: labels kept off it are never
/// covered by the panel, whatever it lists.
[[nodiscard]] PixelRect statements_column(const DrawContext& dc, const PixelRect& date_panel);

/// Draws the panel laid out by lay_out_statements.
/// @throws RuntimeError when Cairo cannot draw the panel's image.
void draw_statements(const DrawContext& dc, const StatementsPanel& panel);

}  // namespace gt
