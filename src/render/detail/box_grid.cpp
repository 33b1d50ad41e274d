#include "render/detail/box_grid.hpp"

#include <algorithm>
#include <cmath>

namespace gt::detail {

namespace {

int cell_count(double from, double to, double cell) {
    const double span = to - from;
    if (!(span > 0)) return 1;
    return std::clamp(static_cast<int>(std::ceil(span / cell)), 1, 4096);
}

}  // namespace

BoxGrid::BoxGrid(const Box& area, double cell)
    : area_(area),
      cell_(cell),
      columns_(cell_count(area.x0, area.x1, cell)),
      rows_(cell_count(area.y0, area.y1, cell)),
      cells_(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_)) {}

BoxGrid::CellRange BoxGrid::cells_of(const Box& box) const {
    // NaN and far-off coordinates clamp into the grid: such a box is still found.
    const auto column = [&](double x) {
        const double c = std::floor((x - area_.x0) / cell_);
        return c >= columns_ ? columns_ - 1 : (c >= 0 ? static_cast<int>(c) : 0);
    };
    const auto row = [&](double y) {
        const double r = std::floor((y - area_.y0) / cell_);
        return r >= rows_ ? rows_ - 1 : (r >= 0 ? static_cast<int>(r) : 0);
    };
    return {column(box.x0), row(box.y0), column(box.x1), row(box.y1)};
}

std::size_t BoxGrid::add(const Box& box) {
    const auto index = static_cast<std::uint32_t>(boxes_.size());
    boxes_.push_back(box);
    const CellRange r = cells_of(box);
    for (int y = r.y0; y <= r.y1; ++y) {
        for (int x = r.x0; x <= r.x1; ++x) {
            cells_[static_cast<std::size_t>(y * columns_ + x)].push_back(index);
        }
    }
    return index;
}

void BoxGrid::near(const Box& query, std::vector<std::uint32_t>& found) const {
    found.clear();
    const CellRange r = cells_of(query);
    for (int y = r.y0; y <= r.y1; ++y) {
        for (int x = r.x0; x <= r.x1; ++x) {
            const auto& cell = cells_[static_cast<std::size_t>(y * columns_ + x)];
            found.insert(found.end(), cell.begin(), cell.end());
        }
    }
    if (r.x0 != r.x1 || r.y0 != r.y1) {
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
    }
}

bool BoxGrid::any_overlap(const Box& query) const {
    const CellRange r = cells_of(query);
    for (int y = r.y0; y <= r.y1; ++y) {
        for (int x = r.x0; x <= r.x1; ++x) {
            for (const std::uint32_t i : cells_[static_cast<std::size_t>(y * columns_ + x)]) {
                if (boxes_[i].overlap_area(query) > 0) return true;
            }
        }
    }
    return false;
}

}  // namespace gt::detail
