#include "render/labels.hpp"

#include <algorithm>
#include <limits>

namespace gt {

double Box::overlap_area(const Box& o) const {
    const double w = std::min(x1, o.x1) - std::max(x0, o.x0);
    const double h = std::min(y1, o.y1) - std::max(y0, o.y0);
    return w > 0 && h > 0 ? w * h : 0;
}

double LabelPlacer::collision(const Box& b) const {
    double area = 0;
    for (const Box& t : taken_) area += b.overlap_area(t);
    return area;
}

bool LabelPlacer::try_box(const Box& box) {
    if (!inside(box) || collision(box) > 0) return false;
    taken_.push_back(box);
    return true;
}

std::optional<XY> LabelPlacer::place(XY anchor, double width, double height, double gap,
                                     bool required) {
    std::vector<XY> candidates;
    for (double ring : {1.0, 2.2, 3.6}) {
        const double g = gap * ring;
        candidates.push_back({anchor.x + g, anchor.y - height / 2});          // right
        candidates.push_back({anchor.x - g - width, anchor.y - height / 2});  // left
        candidates.push_back({anchor.x - width / 2, anchor.y - g - height});  // above
        candidates.push_back({anchor.x - width / 2, anchor.y + g});           // below
        candidates.push_back({anchor.x + g * 0.7, anchor.y - g * 0.7 - height});
        candidates.push_back({anchor.x + g * 0.7, anchor.y + g * 0.7});
        candidates.push_back({anchor.x - g * 0.7 - width, anchor.y - g * 0.7 - height});
        candidates.push_back({anchor.x - g * 0.7 - width, anchor.y + g * 0.7});
    }
    std::optional<XY> best;
    double best_cost = std::numeric_limits<double>::max();
    for (const XY& c : candidates) {
        const Box box{c.x, c.y, c.x + width, c.y + height};
        if (!inside(box)) continue;
        const double cost = collision(box);
        if (cost == 0) {
            taken_.push_back(box);
            return c;
        }
        if (cost < best_cost) {
            best_cost = cost;
            best = c;
        }
    }
    if (!required || !best) return std::nullopt;
    taken_.push_back({best->x, best->y, best->x + width, best->y + height});
    return best;
}

}  // namespace gt
