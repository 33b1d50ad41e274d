#include "render/labels.hpp"

#include <algorithm>
#include <limits>

namespace gt {

double Box::overlap_area(const Box& o) const {
    const double w = std::min(x1, o.x1) - std::max(x0, o.x0);
    const double h = std::min(y1, o.y1) - std::max(y0, o.y0);
    return w > 0 && h > 0 ? w * h : 0;
}

double LabelPlacer::collision(const Box& b, double clearance) const {
    double area = 0;
    for (const Box& t : taken_) area += b.overlap_area(t);
    if (clearance > 0) {
        const Box widened{b.x0 - clearance, b.y0 - clearance, b.x1 + clearance, b.y1 + clearance};
        for (const Box& label : labels_) area += widened.overlap_area(label);
    }
    return area;
}

void LabelPlacer::take_label(const Box& box) {
    taken_.push_back(box);
    labels_.push_back(box);
}

bool LabelPlacer::take_if_free(const Box& box, double clearance) {
    if (!inside(box) || collision(box, clearance) > 0) return false;
    take_label(box);
    return true;
}

bool LabelPlacer::try_box(const Box& box) { return take_if_free(box, 0); }

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
    const std::vector<XY> spots = candidates(anchor, width, height, gap);
    // Clear of other labels where there is room; touching them rather than left out.
    for (const double clearance : clearances()) {
        for (const XY& c : spots) {
            if (take_if_free({c.x, c.y, c.x + width, c.y + height}, clearance)) return c;
        }
    }
    if (!required) return std::nullopt;
    std::optional<XY> best;
    double best_cost = std::numeric_limits<double>::max();
    for (const XY& c : spots) {
        const Box box{c.x, c.y, c.x + width, c.y + height};
        if (!inside(box)) continue;
        const double cost = collision(box, 0);
        if (cost < best_cost) {
            best_cost = cost;
            best = c;
        }
    }
    if (!best) return std::nullopt;
    take_label({best->x, best->y, best->x + width, best->y + height});
    return best;
}

std::optional<XY> LabelPlacer::place_near(XY anchor, double width, double height, double gap) {
    const std::vector<XY> spots = candidates(anchor, width, height, gap);
    const std::size_t nearest = 8;  // the first ring
    for (const double clearance : clearances()) {
        for (std::size_t i = 0; i < std::min(nearest, spots.size()); ++i) {
            const XY& c = spots[i];
            if (take_if_free({c.x, c.y, c.x + width, c.y + height}, clearance)) return c;
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
    for (const double clearance : clearances()) {
        for (int i : order) {
            const XY& c = spots[static_cast<std::size_t>(i)];
            if (take_if_free({c.x, c.y, c.x + width, c.y + height}, clearance)) {
                return Spot{c, i % sides};
            }
        }
    }
    return std::nullopt;
}

}  // namespace gt
