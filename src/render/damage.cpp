#include "render/damage.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gt {

void Damage::add(const Box& box) {
    if (everything_ || !(box.x1 > box.x0 && box.y1 > box.y0)) return;
    // Far beyond any canvas (or infinite): kept to a range whole pixels can hold.
    const auto whole = [](double v) {
        return static_cast<int>(std::clamp(v, -limit_px, limit_px));
    };
    const int x0 = whole(std::floor(box.x0));
    const int y0 = whole(std::floor(box.y0));
    const cairo_rectangle_int_t r{x0, y0, whole(std::ceil(box.x1)) - x0,
                                  whole(std::ceil(box.y1)) - y0};
    if (r.width > 0 && r.height > 0) cairo_region_union_rectangle(region_, &r);
}

void Damage::clear() {
    cairo_region_destroy(region_);
    region_ = cairo_region_create();
    everything_ = false;
}

void Damage::take(Damage& other) {
    std::swap(region_, other.region_);
    std::swap(everything_, other.everything_);
    other.clear();
}

}  // namespace gt
