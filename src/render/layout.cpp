#include "render/layout.hpp"

#include <algorithm>
#include <cmath>

namespace gt {

double layout_unit(int width, int height, double scale) {
    const double logical_width = width / scale;
    const double logical_height = height / scale;
    return scale * std::max(0.35, std::sqrt(logical_width * logical_height / (1920.0 * 1080.0)));
}

Layout compute_layout(int width, int height, const Style& style, double scale, int strip_rows) {
    Layout l;
    l.width = width;
    l.height = height;
    l.unit = layout_unit(width, height, scale);
    l.margin = l.px(style.sizes.margin);
    const auto& z = style.sizes;
    l.header_height = l.margin + l.px(z.title * 1.35 + z.subtitle * 1.45) + l.margin * 0.8;
    const double band_height = l.px(z.footer * 3 * 1.4 + 74);  // bar, ticks, three footer lines
    l.bottom_band = {0, height - band_height, static_cast<double>(width), band_height};
    const double strip_height = strip_rows > 0 ? l.px(z.legend * 1.5 * strip_rows + 16) : 0;
    l.strip = {0, l.bottom_band.y - strip_height, static_cast<double>(width), strip_height};
    const double top = l.header_height + l.margin * 0.5;
    const double bottom = l.strip.y - l.margin * 0.5;
    l.map_area = {l.margin, top, width - 2 * l.margin, std::max(10.0, bottom - top)};
    return l;
}

}  // namespace gt
