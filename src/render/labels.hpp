#pragma once
// Label placement: each label tries candidate positions around its anchor and takes the first
// that overlaps nothing placed before it and stays inside the canvas. Labels are placed in
// priority order, so the same inputs always give the same positions (no jitter). What is taken
// is kept in a grid of cells (detail::BoxGrid), so a test looks at a few cells, not at all.
#include <optional>
#include <vector>

#include "geo/map_view.hpp"
#include "render/box.hpp"
#include "render/detail/box_grid.hpp"

namespace gt {

class LabelPlacer {
  public:
    /// Labels go inside `canvas`, and `clearance` pixels from the labels placed before them
    /// where there is room (two labels that touch read as one: "(confirmed)Calais"); where
    /// there is not, touching them rather than left out. Symbols and panels need no clearance.
    explicit LabelPlacer(Box canvas, double clearance = 0)
        : canvas_(canvas), clearance_(clearance), taken_(canvas), labels_(canvas) {}

    /// Marks an area (a symbol, a panel) that labels must avoid.
    void block(const Box& box) { taken_.add(box); }

    /// Top-left corner for a label of `width` x `height` next to a symbol of radius `gap` at
    /// `anchor`: right, left, above, below, then the diagonals, then farther out. When every
    /// candidate collides and `required`, the least-overlapping one; otherwise nullopt.
    std::optional<XY> place(XY anchor, double width, double height, double gap, bool required);

    /// As place (not required), but only the nearest spots (right, left, above, below and the
    /// diagonals at `gap`): for a label that must not drift towards something else's symbol.
    std::optional<XY> place_near(XY anchor, double width, double height, double gap);

    /// A label's top-left corner and its side of the anchor: 0 right, 1 left, 2 above, 3 below,
    /// 4-7 the diagonals (above right, below right, above left, below left).
    struct Spot {
        XY at;
        int side;
    };
    /// As place (not required), but first tries `side`, nearest first: a label given the side it
    /// took in another view keeps it wherever that is still free.
    std::optional<Spot> place_preferring(XY anchor, double width, double height, double gap,
                                         std::optional<int> side);

    /// As place (not required); where the spots beside the anchor are all taken, the first free
    /// spot farther out, up to `reach` pixels from the anchor, nearest first (a label there
    /// needs a leader line back to its symbol).
    std::optional<XY> place_callout(XY anchor, double width, double height, double gap,
                                    double reach);

    /// Takes exactly `box` when it is inside the canvas and free; false otherwise.
    bool try_box(const Box& box);

    [[nodiscard]] const std::vector<Box>& taken() const { return taken_.boxes(); }

  private:
    [[nodiscard]] bool inside(const Box& b) const {
        return b.x0 >= canvas_.x0 && b.y0 >= canvas_.y0 && b.x1 <= canvas_.x1 && b.y1 <= canvas_.y1;
    }
    /// How much of `b` overlaps what is taken, widened by `clearance` against labels.
    [[nodiscard]] double collision(const Box& b, double clearance);
    /// True when `b` overlaps what is taken, widened by `clearance` against labels.
    [[nodiscard]] bool collides(const Box& b, double clearance) const;
    void take_label(const Box& box);
    /// Takes `box` as a label when it is inside the canvas and `clearance` from everything.
    bool take_if_free(const Box& box, double clearance);
    /// Takes the first free spot of the first group that has one (clear of labels, else
    /// touching them, within each group) and returns its index in `spots`.
    std::optional<int> take_first_free(const std::vector<XY>& spots, double width, double height,
                                       const std::vector<std::vector<int>>& groups);

    /// Right, left, above, below, then the diagonals, at 1, 2.2 and 3.6 times `gap`.
    [[nodiscard]] static std::vector<XY> candidates(XY anchor, double width, double height,
                                                    double gap);

    Box canvas_;
    double clearance_;
    detail::BoxGrid taken_;            ///< symbols, panels and labels
    detail::BoxGrid labels_;           ///< the labels among them, kept `clearance_` from
    std::vector<std::uint32_t> near_;  ///< a buffer for grid queries
};

}  // namespace gt
