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

std::vector<XY> LabelPlacer::candidates(XY anchor, double width, double height, double gap) {
    std::vector<XY> out;
    for (double ring : {1.0, 2.2, 3.6}) {
        const double g = gap * ring;
        out.push_back({anchor.x + g, anchor.y - height / 2});          // right
        out.push_back({anchor.x - g - width, anchor.y - height / 2});  // left
        out.push_back({anchor.x - width / 2, anchor.y - g - height});  // above
        out.push_back({anchor.x - width / 2, anchor.y + g});           // below
        out.push_back({anchor.x + g * 0.7, anchor.y - g * 0.7 - height});
        out.push_back({anchor.x + g * 0.7, anchor.y + g * 0.7});
        out.push_back({anchor.x - g * 0.7 - width, anchor.y - g * 0.7 - height});
        out.push_back({anchor.x - g * 0.7 - width, anchor.y + g * 0.7});
    }
    return out;
}

std::optional<XY> LabelPlacer::place(XY anchor, double width, double height, double gap,
                                     bool required) {
    std::optional<XY> best;
    double best_cost = std::numeric_limits<double>::max();
    for (const XY& c : candidates(anchor, width, height, gap)) {
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

std::optional<XY> LabelPlacer::place_near(XY anchor, double width, double height, double gap) {
    const std::vector<XY> spots = candidates(anchor, width, height, gap);
    const std::size_t nearest = 8;  // the first ring
    for (std::size_t i = 0; i < std::min(nearest, spots.size()); ++i) {
        if (try_box({spots[i].x, spots[i].y, spots[i].x + width, spots[i].y + height})) {
            return spots[i];
        }
    }
    return std::nullopt;
}

std::optional<LabelPlacer::Spot> LabelPlacer::place_preferring(XY anchor, double width,
                                                               double height, double gap,
                                                               std::optional<int> side) {
    const std::vector<XY> spots = candidates(anchor, width, height, gap);
    const int sides = 8;  // candidates come in rings of eight, nearest first
    const int count = static_cast<int>(spots.size());
    std::vector<int> order;
    if (side && *side >= 0 && *side < sides) {
        for (int i = *side; i < count; i += sides) order.push_back(i);
    }
    for (int i = 0; i < count; ++i) order.push_back(i);
    for (int i : order) {
        const XY& c = spots[static_cast<std::size_t>(i)];
        if (try_box({c.x, c.y, c.x + width, c.y + height})) return Spot{c, i % sides};
    }
    return std::nullopt;
}

}  // namespace gt
