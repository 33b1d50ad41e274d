#pragma once
// An axis-aligned box on the canvas, in pixels: what labels, symbols and panels take up.

namespace gt {

struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    [[nodiscard]] bool overlaps(const Box& o) const {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }
    [[nodiscard]] double overlap_area(const Box& o) const;
    /// Distance from the box to `x`, `y` (0 inside).
    [[nodiscard]] double distance_to(double x, double y) const;
};

}  // namespace gt
