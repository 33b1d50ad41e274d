#include "render/draw.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace gt {

void draw_panel(const DrawContext& dc, const std::string& key,
                const std::function<void(const DrawContext&)>& layer, PanelLifetime lifetime) {
    dc.mark(dc.panels.draw(
        dc.cr, dc.labels, key,
        [&](cairo_t* cr, LabelPlacer& labels) {
            // No time: a panel must not depend on it beyond what its key names.
            layer({cr, dc.scene, dc.frame, dc.text, labels, Instant{}, dc.dates, dc.panels});
        },
        lifetime));
}

std::vector<std::vector<XY>> to_pixel_lines(const MapView& view, const std::vector<XY>& points,
                                            double min_step) {
    std::vector<std::vector<XY>> lines(1);
    const double min_step2 = min_step * min_step;
    for (const XY& p : points) {
        if (std::isnan(p.x)) {
            if (!lines.back().empty()) lines.emplace_back();
            continue;
        }
        const XY q = view.to_pixel(p);
        auto& line = lines.back();
        if (!line.empty()) {
            const double dx = q.x - line.back().x;
            const double dy = q.y - line.back().y;
            if (dx * dx + dy * dy < min_step2 && &p != &points.back()) continue;
        }
        line.push_back(q);
    }
    std::erase_if(lines, [](const auto& l) { return l.size() < 2; });
    return lines;
}

void add_polyline(cairo_t* cr, const std::vector<XY>& pixels) {
    if (pixels.empty()) return;
    cairo_move_to(cr, pixels[0].x, pixels[0].y);
    for (std::size_t i = 1; i < pixels.size(); ++i) cairo_line_to(cr, pixels[i].x, pixels[i].y);
}

void add_polygon(cairo_t* cr, const std::vector<XY>& pixels) {
    add_polyline(cr, pixels);
    if (!pixels.empty()) cairo_close_path(cr);
}

void set_confidence_dash(cairo_t* cr, Confidence c, double unit) {
    switch (c) {
        case Confidence::confirmed:
            cairo_set_dash(cr, nullptr, 0, 0);
            break;
        case Confidence::reported: {
            const double d[] = {12 * unit, 7 * unit};
            cairo_set_dash(cr, d, 2, 0);
            break;
        }
        case Confidence::claimed: {
            const double d[] = {0.1 * unit, 7 * unit};
            cairo_set_dash(cr, d, 2, 0);
            break;
        }
        case Confidence::denied: {
            const double d[] = {4 * unit, 6 * unit};
            cairo_set_dash(cr, d, 2, 0);
            break;
        }
        case Confidence::unknown: {
            const double d[] = {14 * unit, 5 * unit, 2 * unit, 5 * unit};
            cairo_set_dash(cr, d, 4, 0);
            break;
        }
    }
}

void fill_panel(cairo_t* cr, const PixelRect& r, const Rgba& color, double radius) {
    cairo_new_path(cr);
    const double x0 = r.x, y0 = r.y, x1 = r.x + r.width, y1 = r.y + r.height;
    cairo_arc(cr, x1 - radius, y0 + radius, radius, -M_PI / 2, 0);
    cairo_arc(cr, x1 - radius, y1 - radius, radius, 0, M_PI / 2);
    cairo_arc(cr, x0 + radius, y1 - radius, radius, M_PI / 2, M_PI);
    cairo_arc(cr, x0 + radius, y0 + radius, radius, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
    set_source(cr, color);
    cairo_fill(cr);
}

}  // namespace gt
