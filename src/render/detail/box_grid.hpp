#pragma once
// A spatial index of boxes for the label placer: each box is listed in the square cells of a
// fixed grid it overlaps, so that a query looks at the boxes of a few cells rather than at all.
#include <cstdint>
#include <vector>

#include "render/box.hpp"

namespace gt::detail {

class BoxGrid {
  public:
    /// Cells of `cell` pixels over `area`; boxes beyond it fall in the border cells.
    /// @pre cell > 0
    explicit BoxGrid(const Box& area, double cell = 24);

    /// Adds `box` and returns its index (boxes are numbered in the order added).
    std::size_t add(const Box& box);

    [[nodiscard]] const std::vector<Box>& boxes() const { return boxes_; }

    /// Sets `found` to the indices of the boxes that may overlap `query` (those sharing a cell
    /// with it), each once, in ascending order: a caller summing over them adds in the order
    /// the boxes were added, as a scan of all would.
    void near(const Box& query, std::vector<std::uint32_t>& found) const;

    /// True when some box overlaps `query` with an area: a look at the boxes of the cells
    /// `query` covers, stopping at the first.
    [[nodiscard]] bool any_overlap(const Box& query) const;

  private:
    struct CellRange {
        int x0, y0, x1, y1;
    };
    [[nodiscard]] CellRange cells_of(const Box& box) const;

    Box area_;
    double cell_;
    int columns_;
    int rows_;
    std::vector<Box> boxes_;
    std::vector<std::vector<std::uint32_t>> cells_;
};

}  // namespace gt::detail
