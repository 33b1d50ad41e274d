#include "geo/simplify.hpp"

#include <cmath>
#include <utility>

namespace gt {

namespace {

/// Distance from `p` to the line through `a` and `b` (to `a` itself when a == b).
double distance_to_line(const XY& p, const XY& a, const XY& b) {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double length = std::hypot(dx, dy);
    if (length == 0) return std::hypot(p.x - a.x, p.y - a.y);
    return std::abs(dx * (p.y - a.y) - dy * (p.x - a.x)) / length;
}

}  // namespace

std::vector<XY> simplify_line(const std::vector<XY>& line, double tolerance) {
    if (line.size() < 3) return line;
    std::vector<bool> keep(line.size(), false);
    keep.front() = keep.back() = true;
    // An explicit stack, not recursion: coastlines have tens of thousands of points.
    std::vector<std::pair<std::size_t, std::size_t>> spans{{0, line.size() - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        double farthest = -1;
        std::size_t at = first;
        for (std::size_t i = first + 1; i < last; ++i) {
            const double d = distance_to_line(line[i], line[first], line[last]);
            if (d > farthest) {
                farthest = d;
                at = i;
            }
        }
        if (farthest > tolerance) {
            keep[at] = true;
            spans.emplace_back(first, at);
            spans.emplace_back(at, last);
        }
    }
    std::vector<XY> out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (keep[i]) out.push_back(line[i]);
    }
    return out;
}

}  // namespace gt
