#pragma once
// The labels of what moves and happens (units, events, arrived routes): placed in priority
// order around their symbols, then drawn, with a leader line where a label sits away from its
// symbol or nearer another symbol of the same kind.
#include <optional>
#include <string>
#include <vector>

#include "render/box.hpp"
#include "render/text.hpp"

namespace gt {

struct DrawContext;

/// A label waiting for room: the first of `texts` that fits around `anchor` is drawn.
struct PendingLabel {
    XY anchor;
    double gap;                      ///< the symbol's radius plus a margin
    std::vector<std::string> texts;  ///< from the fullest to the shortest
    TextStyle style;
    /// Not empty: the label goes right beside one of these points, in this order (a line's
    /// points, say), or nowhere, and lines up towards the point it went beside.
    std::vector<XY> near = {};
    /// More than zero: where nothing beside the symbol is free, the label may go this many
    /// pixels out, joined to the symbol by a leader line.
    double reach = 0;
    /// The symbol's radius: a leader line stops this far from the anchor.
    double symbol = 0;
    /// The side of the anchor tried first (see LabelPlacer::Spot), nearest first: a label that
    /// moves with its symbol keeps one side while it is free.
    std::optional<int> side = std::nullopt;
};

/// A label given its place.
struct PlacedLabel {
    std::string text;
    TextStyle style;          ///< aligned towards the anchor
    Box box;                  ///< the text's box
    XY anchor;                ///< the point it belongs to
    double symbol;            ///< the symbol's radius at the anchor
    bool leader;              ///< joined to its anchor by a line
    std::size_t pending = 0;  ///< its PendingLabel's index in the list placed
};

/// Places each label in order at the first free spot for its fullest text that fits, taking
/// the spots from `dc.labels`; a label with no room is left out rather than drawn over another.
/// A label nearer to another label's anchor of the same list than to its own, or placed out of
/// reach of its symbol, gets a leader line.
[[nodiscard]] std::vector<PlacedLabel> place_pending_labels(
    const DrawContext& dc, const std::vector<PendingLabel>& labels);

/// Draws placed labels, leader lines first.
void draw_placed_labels(const DrawContext& dc, const std::vector<PlacedLabel>& labels);

/// place_pending_labels, then draw_placed_labels.
void draw_pending_labels(const DrawContext& dc, const std::vector<PendingLabel>& labels);

}  // namespace gt
