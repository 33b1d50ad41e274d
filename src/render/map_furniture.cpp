// Furniture that belongs to the map itself: graticule, scale bar, north arrow and the inset
// locator map.
#include <algorithm>
#include <cmath>

#include "geo/graticule.hpp"
#include "render/draw.hpp"

namespace gt {

void draw_graticule(const DrawContext& dc) {
    const Style& s = dc.style();
    cairo_t* cr = dc.cr;
    cairo_new_path(cr);
    for (const ProjectedGraticule& line : dc.frame.furniture.graticule) {
        for (const auto& px : to_pixel_lines(dc.frame.view, line.points, 1.0)) add_polyline(cr, px);
    }
    set_source(cr, s.colors.graticule);
    cairo_set_line_width(cr, dc.px(0.8));
    cairo_stroke(cr);
    // Degree labels where parallels meet the map area's left edge and meridians its bottom edge.
    TextStyle label{s.font,  dc.px(s.sizes.footer), false, s.colors.muted_text, s.colors.halo,
                    dc.px(2)};
    const PixelRect& a = dc.scene.layout.map_area;
    for (const ProjectedGraticule& line : dc.frame.furniture.graticule) {
        for (const auto& px : to_pixel_lines(dc.frame.view, line.points, 1.0)) {
            for (std::size_t i = 1; i < px.size(); ++i) {
                const XY& p = px[i - 1];
                const XY& q = px[i];
                const double edge = line.meridian ? a.y + a.height : a.x;
                const double u = line.meridian ? p.y : p.x, v = line.meridian ? q.y : q.x;
                if ((u - edge) * (v - edge) > 0 || u == v) continue;
                const double t = (edge - u) / (v - u);
                const XY at{p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t};
                if (at.x < a.x || at.x > a.x + a.width || at.y < a.y || at.y > a.y + a.height)
                    continue;
                const std::string text = dc.scene.scenario.words.degrees(
                    line.degrees, line.meridian, dc.scene.scenario.timeline.locale);
                const TextSize size = dc.text.measure(text, label);
                if (line.meridian)
                    dc.text.draw(cr, text, label, at.x + dc.px(3), at.y - size.height);
                else
                    dc.text.draw(cr, text, label, at.x + dc.px(3), at.y - size.height);
                break;
            }
        }
    }
}

PixelRect draw_scale_bar(const DrawContext& dc, double right, double bottom) {
    const Style& s = dc.style();
    const FurnitureGeometry& f = dc.frame.furniture;
    if (!s.show.scale_bar || !(f.metres_per_pixel > 0)) return {right, bottom, 0, 0};
    const ScaleBar bar = choose_scale_bar(f.metres_per_pixel, dc.px(160));
    const TextStyle label{s.font,        dc.px(s.sizes.legend), false,
                          s.colors.text, s.colors.halo,         dc.px(2)};
    const TextSize size = dc.text.measure(bar.label, label);
    const double pad = dc.px(8);
    const PixelRect panel{right - bar.pixels - 2 * pad, bottom - size.height - dc.px(10) - 2 * pad,
                          bar.pixels + 2 * pad, size.height + dc.px(10) + 2 * pad};
    fill_panel(dc.cr, panel, s.colors.panel, dc.px(4));
    dc.labels.block({panel.x, panel.y, panel.x + panel.width, panel.y + panel.height});
    cairo_t* cr = dc.cr;
    const double x0 = panel.x + pad, y = panel.y + panel.height - pad - dc.px(4);
    // Two-tone bar: half dark, half light, as on printed maps.
    set_source(cr, s.colors.text);
    cairo_rectangle(cr, x0, y, bar.pixels / 2, dc.px(4));
    cairo_fill(cr);
    set_source(cr, s.colors.halo);
    cairo_rectangle(cr, x0 + bar.pixels / 2, y, bar.pixels / 2, dc.px(4));
    cairo_fill(cr);
    set_source(cr, s.colors.text);
    cairo_set_line_width(cr, dc.px(1));
    cairo_rectangle(cr, x0, y, bar.pixels, dc.px(4));
    cairo_stroke(cr);
    dc.text.draw(cr, bar.label, label, x0 + bar.pixels / 2 - size.width / 2, panel.y + pad);
    return panel;
}

void draw_north_arrow(const DrawContext& dc, double right, double bottom) {
    const Style& s = dc.style();
    const double angle = dc.frame.furniture.north_angle;
    // Only where north is not simply up: more than a degree off at the map centre.
    if (!s.show.north_arrow || std::abs(angle) < M_PI / 180) return;
    const double r = dc.px(s.sizes.north_label * 18 / 11);  // 18 for the N's 11
    const XY c{right - r, bottom - r};
    fill_panel(dc.cr, {c.x - r, c.y - r, 2 * r, 2 * r}, s.colors.panel, r);
    dc.labels.block({c.x - r, c.y - r, c.x + r, c.y + r});
    cairo_t* cr = dc.cr;
    cairo_save(cr);
    cairo_translate(cr, c.x, c.y);
    cairo_rotate(cr, angle);
    cairo_new_path(cr);
    cairo_move_to(cr, 0, -r * 0.8);
    cairo_line_to(cr, r * 0.35, r * 0.5);
    cairo_line_to(cr, 0, r * 0.25);
    cairo_line_to(cr, -r * 0.35, r * 0.5);
    cairo_close_path(cr);
    set_source(cr, s.colors.text);
    cairo_fill(cr);
    cairo_restore(cr);
    const TextStyle label{s.font, dc.px(s.sizes.north_label), true, s.colors.halo};
    const TextSize size = dc.text.measure("N", label);
    dc.text.draw(cr, "N", label, c.x - size.width / 2 + std::sin(angle) * r * 0.1,
                 c.y - size.height / 2 - std::cos(angle) * r * 0.1 + dc.px(2));
}

void draw_inset(const DrawContext& dc) {
    const Style& s = dc.style();
    const Inset& inset = dc.scene.inset;
    if (!s.show.inset || inset.rect.width <= 0) return;
    cairo_t* cr = dc.cr;
    const PixelRect& r = inset.rect;
    // The frame's stroke is centred on the box: half of it lies outside, and what the
    // furniture keeps (from labels, and from routes drawn before or after it) covers it.
    const double edge = dc.px(1.2) / 2;
    dc.labels.block({r.x - edge, r.y - edge, r.x + r.width + edge, r.y + r.height + edge});
    cairo_save(cr);
    cairo_rectangle(cr, r.x, r.y, r.width, r.height);
    cairo_clip(cr);
    set_source(cr, s.colors.sea);
    cairo_paint(cr);
    cairo_new_path(cr);
    for (const auto& ring : inset.land) add_polygon(cr, ring);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    set_source(cr, s.colors.land);
    cairo_fill_preserve(cr);
    set_source(cr, s.colors.coast);
    cairo_set_line_width(cr, dc.px(0.6));
    cairo_stroke(cr);
    cairo_new_path(cr);
    add_polygon(cr, dc.frame.furniture.inset_frame);
    Rgba fill = s.color_of(Confidence::confirmed);
    fill.a = 0.18;
    set_source(cr, fill);
    cairo_fill_preserve(cr);
    set_source(cr, s.color_of(Confidence::confirmed));
    cairo_set_line_width(cr, dc.px(1.8));
    cairo_stroke(cr);
    cairo_restore(cr);
    cairo_rectangle(cr, r.x, r.y, r.width, r.height);
    set_source(cr, s.colors.inset_frame);
    cairo_set_line_width(cr, dc.px(1.2));
    cairo_stroke(cr);
}

void draw_map_furniture(const DrawContext& dc) {
    const Layout& l = dc.scene.layout;
    const Inset& inset = dc.scene.inset;
    const bool has_inset = dc.style().show.inset && inset.rect.width > 0;
    draw_inset(dc);
    const double right = has_inset ? inset.rect.x - dc.px(10) : l.width - l.margin;
    const double bottom = l.strip.y - l.margin * 0.5;
    const PixelRect bar = draw_scale_bar(dc, right, bottom);
    draw_north_arrow(dc, bar.width > 0 ? bar.x - dc.px(8) : right, bottom);
}

}  // namespace gt
