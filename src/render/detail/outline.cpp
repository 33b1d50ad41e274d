#include "render/detail/outline.hpp"

namespace gt::detail {

bool inside_rings(const std::vector<std::vector<XY>>& rings, XY p) {
    bool inside = false;
    for (const auto& ring : rings) {
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const XY& a = ring[i];
            const XY& b = ring[j];
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) {
                inside = !inside;
            }
        }
    }
    return inside;
}

}  // namespace gt::detail
