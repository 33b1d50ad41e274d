#include "render/damage.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gt {

namespace {
/// Far beyond any canvas (or infinite) coordinates are kept to this, a range ints hold.
constexpr double limit_px = 1 << 24;
}  // namespace

cairo_rectangle_int_t whole_pixels(const Box& box) {
    const auto whole = [](double v) {
        return static_cast<int>(std::clamp(v, -limit_px, limit_px));
    };
    const int x0 = whole(std::floor(box.x0));
    const int y0 = whole(std::floor(box.y0));
    return {x0, y0, whole(std::ceil(box.x1)) - x0, whole(std::ceil(box.y1)) - y0};
}

void add_region_to_path(cairo_t* cr, const cairo_region_t* region) {
    for (int i = 0; i < cairo_region_num_rectangles(region); ++i) {
        cairo_rectangle_int_t r;
        cairo_region_get_rectangle(region, i, &r);
        cairo_rectangle(cr, r.x, r.y, r.width, r.height);
    }
}

void Damage::add(const Box& box) {
    if (everything_ || !(box.x1 > box.x0 && box.y1 > box.y0)) return;
    const cairo_rectangle_int_t r = whole_pixels(box);
    if (r.width > 0 && r.height > 0) added_.push_back(r);
}

void Damage::merge() const {
    if (added_.empty()) return;
    cairo_region_t* boxes =
        cairo_region_create_rectangles(added_.data(), static_cast<int>(added_.size()));
    cairo_region_union(region_, boxes);
    cairo_region_destroy(boxes);
    added_.clear();
}

const cairo_region_t* Damage::region() const {
    merge();
    return region_;
}

void Damage::add(const Damage& other) {
    if (other.everything_) everything_ = true;
    if (!everything_) cairo_region_union(region_, other.region());
}

void Damage::clear() {
    cairo_region_destroy(region_);
    region_ = cairo_region_create();
    added_.clear();
    everything_ = false;
}

void Damage::take(Damage& other) {
    other.merge();
    std::swap(region_, other.region_);
    std::swap(added_, other.added_);
    std::swap(everything_, other.everything_);
    other.clear();
}

}  // namespace gt
