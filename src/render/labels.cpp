#include "render/labels.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gt {

double Box::overlap_area(const Box& o) const {
    const double w = std::min(x1, o.x1) - std::max(x0, o.x0);
    const double h = std::min(y1, o.y1) - std::max(y0, o.y0);
    return w > 0 && h > 0 ? w * h : 0;
}

double Box::distance_to(double x, double y) const {
    const double dx = std::max({x0 - x, 0.0, x - x1});
    const double dy = std::max({y0 - y, 0.0, y - y1});
    return std::hypot(dx, dy);
}

double LabelPlacer::collision(const Box& b, double clearance) {
    double area = 0;
    taken_.near(b, near_);
    for (const std::uint32_t i : near_) area += b.overlap_area(taken_.boxes()[i]);
    if (clearance > 0) {
        const Box widened{b.x0 - clearance, b.y0 - clearance, b.x1 + clearance, b.y1 + clearance};
        labels_.near(widened, near_);
        for (const std::uint32_t i : near_) area += widened.overlap_area(labels_.boxes()[i]);
    }
    return area;
}

void LabelPlacer::take_label(const Box& box) {
    taken_.add(box);
    labels_.add(box);
}

bool LabelPlacer::collides(const Box& b, double clearance) const {
    // As collision(b, clearance) > 0, stopping at the first overlap: a box overlaps another
    // exactly when their overlap has an area.
    if (taken_.any_overlap(b)) return true;
    if (clearance <= 0) return false;
    return labels_.any_overlap(
        {b.x0 - clearance, b.y0 - clearance, b.x1 + clearance, b.y1 + clearance});
}

bool LabelPlacer::take_if_free(const Box& box, double clearance) {
    if (!inside(box) || collides(box, clearance)) return false;
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

std::optional<int> LabelPlacer::take_first_free(const std::vector<XY>& spots, double width,
                                                double height,
                                                const std::vector<std::vector<int>>& groups) {
    // Within each group (a ring of spots, or one spot), clear of other labels first, then
    // touching them: a label never goes farther out just to keep clear.
    const int passes = clearance_ > 0 ? 2 : 1;  // clear of labels, then touching them
    for (const std::vector<int>& group : groups) {
        for (int pass = 0; pass < passes; ++pass) {
            const double clearance = pass == 0 ? clearance_ : 0;
            for (const int i : group) {
                const XY& c = spots[static_cast<std::size_t>(i)];
                if (take_if_free({c.x, c.y, c.x + width, c.y + height}, clearance)) return i;
            }
        }
    }
    return std::nullopt;
}

namespace {

constexpr int sides = 8;  // candidates come in rings of eight, nearest first

/// The candidates' rings, nearest first, as groups of spot indices; only the first `rings`.
std::vector<std::vector<int>> ring_groups(std::size_t spots, std::size_t rings) {
    std::vector<std::vector<int>> groups;
    for (std::size_t start = 0; start < spots && groups.size() < rings; start += sides) {
        std::vector<int> ring;
        for (std::size_t i = start; i < std::min(spots, start + sides); ++i) {
            ring.push_back(static_cast<int>(i));
        }
        groups.push_back(std::move(ring));
    }
    return groups;
}

}  // namespace

std::optional<XY> LabelPlacer::place(XY anchor, double width, double height, double gap,
                                     bool required) {
    const std::vector<XY> spots = candidates(anchor, width, height, gap);
    if (const auto i = take_first_free(spots, width, height, ring_groups(spots.size(), 3))) {
        return spots[static_cast<std::size_t>(*i)];
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
    if (const auto i = take_first_free(spots, width, height, ring_groups(spots.size(), 1))) {
        return spots[static_cast<std::size_t>(*i)];
    }
    return std::nullopt;
}

std::optional<LabelPlacer::Spot> LabelPlacer::place_preferring(XY anchor, double width,
                                                               double height, double gap,
                                                               std::optional<int> side) {
    const std::vector<XY> spots = candidates(anchor, width, height, gap);
    const int count = static_cast<int>(spots.size());
    std::vector<std::vector<int>> groups;
    if (side && *side >= 0 && *side < sides) {
        for (int i = *side; i < count; i += sides) groups.push_back({i});
    }
    for (auto& ring : ring_groups(spots.size(), 3)) groups.push_back(std::move(ring));
    if (const auto i = take_first_free(spots, width, height, groups)) {
        return Spot{spots[static_cast<std::size_t>(*i)], *i % sides};
    }
    return std::nullopt;
}

std::optional<XY> LabelPlacer::place_callout(XY anchor, double width, double height, double gap,
                                             double reach) {
    if (auto at = place(anchor, width, height, gap, false)) return at;
    // Rings of sixteen directions, each a little farther out, the label centred on the ring:
    // the nearest free spot wins, so the leader line stays short.
    const double step = std::max(gap, 4.0);
    for (double distance = gap * 3.6 + step; distance <= reach; distance += step) {
        for (int k = 0; k < 16; ++k) {
            const double angle = M_PI * k / 8;
            const double cx = anchor.x + std::cos(angle) * (distance + width / 2);
            const double cy = anchor.y + std::sin(angle) * (distance + height / 2);
            const Box box{cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2};
            if (take_if_free(box, clearance_)) return XY{box.x0, box.y0};
        }
    }
    return std::nullopt;
}

}  // namespace gt
