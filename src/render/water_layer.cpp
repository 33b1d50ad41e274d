#include "render/water_layer.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "render/draw.hpp"

namespace gt {

int river_level_limit(double metres_per_pixel) {
    if (metres_per_pixel < 150) return 4;
    if (metres_per_pixel < 600) return 3;
    if (metres_per_pixel < 8000) return 2;
    return 1;
}

double river_width(int level, double metres_per_pixel) {
    const double base = level <= 1 ? 1.3 : level == 2 ? 1.0 : level == 3 ? 0.75 : 0.55;
    // A kilometre per pixel and coarser: hairlines; closer, up to three times as wide.
    const double zoom = std::clamp(std::pow(1000 / std::max(metres_per_pixel, 1.0), 0.3), 1.0, 3.0);
    return base * zoom;
}

namespace {

int level_of(const Feature& river) {
    try {
        return std::stoi(river.code);
    } catch (const std::exception&) {
        return 4;
    }
}

void draw_lakes(const DrawContext& dc) {
    cairo_t* cr = dc.cr;
    const Style& s = dc.style();
    cairo_new_path(cr);
    for (const Feature& lake : dc.frame.basemap.lakes) {
        for (const Ring& ring : lake.rings) {
            for (const auto& line : to_pixel_lines(dc.frame.view, ring, 0.35)) {
                add_polygon(cr, line);
            }
        }
    }
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    set_source(cr, s.colors.sea);
    cairo_fill_preserve(cr);
    set_source(cr, s.colors.coast);
    cairo_set_line_width(cr, dc.px(s.sizes.coast * 0.6));
    cairo_stroke(cr);
}

void draw_rivers(const DrawContext& dc) {
    cairo_t* cr = dc.cr;
    const Style& s = dc.style();
    const double mpp = dc.frame.furniture.metres_per_pixel;
    const int limit = river_level_limit(mpp);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    set_source(cr, s.colors.coast);
    // Minor rivers first, so a major one runs over its tributaries.
    for (int level = limit; level >= 1; --level) {
        cairo_new_path(cr);
        for (const Feature& river : dc.frame.basemap.rivers) {
            if (level_of(river) != level) continue;
            for (const auto& outline : river.outlines) {
                for (const auto& line : to_pixel_lines(dc.frame.view, outline, 0.35)) {
                    add_polyline(cr, line);
                }
            }
        }
        cairo_set_line_width(cr, dc.px(river_width(level, mpp)));
        cairo_stroke(cr);
    }
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
}

}  // namespace

void draw_water(const DrawContext& dc) {
    draw_lakes(dc);
    draw_rivers(dc);
}

}  // namespace gt
