// Douglas-Peucker simplification of basemap rings.
#include "geo/simplify.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace gt {

namespace {

double distance_to_segment(const XY& p, const XY& a, const XY& b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t =
        len2 == 0 ? 0 : std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

}  // namespace

TEST(SimplifyLine, DropsPointsWithinTheToleranceOnly) {
    const std::vector<XY> line{{0, 0}, {1, 0.1}, {2, -0.1}, {3, 0}, {3, 5}};
    EXPECT_EQ(simplify_line(line, 0.2).size(), 3U);  // the wiggle goes, the corner stays
    EXPECT_EQ(simplify_line(line, 0.05).size(), 5U);
}

TEST(SimplifyLine, ClosedRingStaysWithinToleranceOfEveryDroppedPoint) {
    std::vector<XY> ring;
    for (int i = 0; i < 720; ++i) {
        const double a = i * M_PI / 360;
        const double r = 100 + 3 * std::sin(7 * a) + 0.2 * std::sin(90 * a);
        ring.push_back({r * std::cos(a), r * std::sin(a)});
    }
    ring.push_back(ring.front());
    const std::vector<XY> simple = simplify_line(ring, 0.5);
    EXPECT_LT(simple.size(), ring.size() / 3);
    EXPECT_EQ(simple.front().x, ring.front().x);
    EXPECT_EQ(simple.back().x, ring.back().x);
    // Every original point is within the tolerance of the simplified outline.
    for (const XY& p : ring) {
        double nearest = 1e9;
        for (std::size_t i = 0; i + 1 < simple.size(); ++i) {
            nearest = std::min(nearest, distance_to_segment(p, simple[i], simple[i + 1]));
        }
        EXPECT_LE(nearest, 0.5 + 1e-9);
    }
}

}  // namespace gt
