#pragma once
// A polygon's rings in pixels, for searching the point inside it farthest from its edges (where
// a country's name reads best).
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "geo/map_view.hpp"
#include "render/box.hpp"

namespace gt::detail {

/// True when `p` lies inside `rings` by the even-odd rule (holes are rings of their own).
[[nodiscard]] bool inside_rings(const std::vector<std::vector<XY>>& rings, XY p);

/// A country's rings in pixels, arranged for the label search's thousands of point tests: the
/// inside test is worked out once per grid row, and the distance to the border skips runs of
/// edges whose bounds lie farther than the nearest edge found so far. Both give exactly what
/// testing every edge would.
class Outline {
  public:
    explicit Outline(const std::vector<std::vector<XY>>& rings) {
        for (const auto& ring : rings) {
            for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                segments_.push_back({ring[j], ring[i]});
            }
        }
        for (std::size_t begin = 0; begin < segments_.size(); begin += chunk_size) {
            const std::size_t end = std::min(segments_.size(), begin + chunk_size);
            Box b{INFINITY, INFINITY, -INFINITY, -INFINITY};
            for (std::size_t k = begin; k < end; ++k) {
                for (const XY& p : {segments_[k].from, segments_[k].to}) {
                    b = {std::min(b.x0, p.x), std::min(b.y0, p.y), std::max(b.x1, p.x),
                         std::max(b.y1, p.y)};
                }
            }
            chunks_.push_back({b, begin, end});
        }
    }

    /// Where the row at `y` crosses the rings, sorted: a point on the row is inside when an odd
    /// number of crossings lie to its right (the even-odd rule of inside_rings).
    [[nodiscard]] std::vector<double> crossings(double y) const {
        std::vector<double> xs;
        for (const Segment& s : segments_) {
            const XY& a = s.to;  // inside_rings' orientation: this vertex, then the previous
            const XY& b = s.from;
            if ((a.y > y) != (b.y > y)) xs.push_back((b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x);
        }
        std::sort(xs.begin(), xs.end());
        return xs;
    }
    [[nodiscard]] static bool inside(const std::vector<double>& crossings, double x) {
        const auto right =
            crossings.end() - std::upper_bound(crossings.begin(), crossings.end(), x);
        return right % 2 == 1;
    }

    /// Distance from `p` to the nearest edge; once an edge is found no farther than `enough`
    /// the answer is only known to be at most `enough` (the caller wants the farthest point).
    [[nodiscard]] double distance(XY p, double enough) const {
        // Squared distances, one square root at the end.
        const double enough2 = enough * enough;
        std::vector<std::pair<double, std::size_t>> order;
        order.reserve(chunks_.size());
        for (std::size_t c = 0; c < chunks_.size(); ++c) {
            const Box& b = chunks_[c].bounds;
            const double dx = std::max({b.x0 - p.x, 0.0, p.x - b.x1});
            const double dy = std::max({b.y0 - p.y, 0.0, p.y - b.y1});
            order.emplace_back(dx * dx + dy * dy, c);
        }
        std::sort(order.begin(), order.end());
        double best = 1e36;
        for (const auto& [nearest, c] : order) {
            // No edge of this run (or a later one) can be nearer; a margin for rounding.
            if (nearest > best * (1 + 1e-9)) break;
            for (std::size_t k = chunks_[c].begin; k < chunks_[c].end; ++k) {
                const XY& a = segments_[k].from;
                const XY& b = segments_[k].to;
                const double dx = b.x - a.x, dy = b.y - a.y;
                const double len2 = dx * dx + dy * dy;
                double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
                t = std::clamp(t, 0.0, 1.0);
                const double ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy);
                best = std::min(best, ex * ex + ey * ey);
                if (best <= enough2) return std::sqrt(best);
            }
        }
        return std::sqrt(best);
    }

  private:
    static constexpr std::size_t chunk_size = 32;
    struct Segment {
        XY from, to;
    };
    struct Chunk {
        Box bounds;
        std::size_t begin, end;
    };
    std::vector<Segment> segments_;
    std::vector<Chunk> chunks_;
};

}  // namespace gt::detail
