#include "geo/simplify.hpp"

#include <cmath>
#include <utility>

namespace gt {

std::vector<XY> simplify_line(const std::vector<XY>& line, double tolerance) {
    if (line.size() < 3) return line;
    std::vector<bool> keep(line.size(), false);
    keep.front() = keep.back() = true;
    // An explicit stack, not recursion: coastlines have tens of thousands of points.
    std::vector<std::pair<std::size_t, std::size_t>> spans{{0, line.size() - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        const XY& a = line[first];
        const XY& b = line[last];
        const double dx = b.x - a.x;
        const double dy = b.y - a.y;
        const double length = std::hypot(dx, dy);
        double farthest = -1;
        std::size_t at = first;
        if (length == 0) {  // a closed ring: the distance to its first point
            double largest = -1;
            for (std::size_t i = first + 1; i < last; ++i) {
                const double ex = line[i].x - a.x;
                const double ey = line[i].y - a.y;
                const double squared = ex * ex + ey * ey;
                if (squared > largest) {
                    largest = squared;
                    at = i;
                }
            }
            if (at != first) farthest = std::hypot(line[at].x - a.x, line[at].y - a.y);
        } else {
            // The distance to the line is |cross| / length: the farthest point is the one with
            // the largest |cross|, and only its distance needs the division (a render spent a
            // twentieth of its set-up here, in hypot for every point).
            double largest = -1;
            for (std::size_t i = first + 1; i < last; ++i) {
                const double cross = std::abs(dx * (line[i].y - a.y) - dy * (line[i].x - a.x));
                if (cross > largest) {
                    largest = cross;
                    at = i;
                }
            }
            farthest = largest / length;
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
