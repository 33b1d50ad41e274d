// The static layer: sea, land, country borders, coastlines and the scenario's places.
#include <algorithm>
#include <cmath>

#include "render/draw.hpp"
#include "render/water_layer.hpp"

namespace gt {

namespace {

void add_rings(cairo_t* cr, const MapView& view, const std::vector<Feature>& features) {
    for (const Feature& feature : features) {
        for (const Ring& ring : feature.rings) {
            for (const auto& line : to_pixel_lines(view, ring, 0.35)) add_polygon(cr, line);
        }
    }
}

void add_outlines(cairo_t* cr, const MapView& view, const std::vector<Feature>& features) {
    for (const Feature& feature : features) {
        for (const auto& outline : feature.outlines) {
            for (const auto& line : to_pixel_lines(view, outline, 0.35)) add_polyline(cr, line);
        }
    }
}

/// The land boundaries of the disputed areas the worldview draws dashed, in the border colour
/// and a little wider than a border, so the dashes read; never wider than the coastline drawn
/// next, which covers their coastal parts.
void draw_disputed_boundaries(const DrawContext& dc) {
    std::vector<Feature> dashed;
    for (const Feature& area : dc.frame.basemap.disputed) {
        if (area.code == "dashed") dashed.push_back(area);
    }
    if (dashed.empty()) return;
    cairo_t* cr = dc.cr;
    const Style& s = dc.style();
    cairo_new_path(cr);
    add_outlines(cr, dc.frame.view, dashed);
    const double width = dc.px(std::min(s.sizes.border * 1.6, s.sizes.coast));
    const double dashes[] = {width * 4, width * 3};
    cairo_set_dash(cr, dashes, 2, 0);
    set_source(cr, s.colors.border);
    cairo_set_line_width(cr, width);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
}

}  // namespace

void draw_basemap(const DrawContext& dc) {
    cairo_t* cr = dc.cr;
    const Style& s = dc.style();
    const MapView& view = dc.frame.view;
    set_source(cr, s.colors.sea);
    cairo_paint(cr);

    cairo_new_path(cr);
    add_rings(cr, view, dc.frame.basemap.land);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    set_source(cr, s.colors.land);
    cairo_fill(cr);
    draw_water(dc);

    if (s.show.graticule) draw_graticule(dc);

    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_new_path(cr);
    add_outlines(cr, view, dc.frame.basemap.countries);
    set_source(cr, s.colors.border);
    cairo_set_line_width(cr, dc.px(s.sizes.border));
    cairo_stroke(cr);
    draw_disputed_boundaries(dc);

    // Coastlines over the borders, so a border never shows along a shore.
    add_outlines(cr, view, dc.frame.basemap.land);
    set_source(cr, s.colors.coast);
    cairo_set_line_width(cr, dc.px(s.sizes.coast));
    cairo_stroke(cr);
}

std::string local_name_line(const Place& place) {
    std::string line;
    for (const auto& [script, name] : place.local_names) line += (line.empty() ? "" : "  ") + name;
    return line;
}

/// Where each place's symbol is on the canvas (NaN when off the map).
XY place_pixel(const Scene& scene, const MapView& view, std::size_t i) {
    const XY& p = scene.places[i];
    return std::isnan(p.x) ? p : view.to_pixel(p);
}

void draw_place_symbol(cairo_t* cr, const std::string& kind, XY at, double r, const Style& s) {
    cairo_new_path(cr);
    if (kind == "capital") {
        cairo_arc(cr, at.x, at.y, r * 1.5, 0, 2 * M_PI);
        set_source(cr, s.colors.halo);
        cairo_fill_preserve(cr);
        set_source(cr, s.colors.place);
        cairo_set_line_width(cr, r * 0.45);
        cairo_stroke(cr);
        cairo_arc(cr, at.x, at.y, r * 0.7, 0, 2 * M_PI);
        cairo_fill(cr);
    } else if (kind == "port") {
        cairo_rectangle(cr, at.x - r, at.y - r, 2 * r, 2 * r);
        set_source(cr, s.colors.place);
        cairo_fill_preserve(cr);
        set_source(cr, s.colors.halo);
        cairo_set_line_width(cr, r * 0.4);
        cairo_stroke(cr);
    } else {
        cairo_arc(cr, at.x, at.y, r, 0, 2 * M_PI);
        set_source(cr, s.colors.place);
        cairo_fill_preserve(cr);
        set_source(cr, s.colors.halo);
        cairo_set_line_width(cr, r * 0.4);
        cairo_stroke(cr);
    }
}

void draw_place_symbols(const DrawContext& dc) {
    const Style& s = dc.style();
    const auto& places = dc.scene.scenario.places;
    for (std::size_t i = 0; i < places.size(); ++i) {
        const XY at = place_pixel(dc.scene, dc.frame.view, i);
        if (std::isnan(at.x)) continue;
        draw_place_symbol(dc.cr, places[i].kind, at, dc.px(s.sizes.place_symbol), s);
    }
}

void draw_place_labels(const DrawContext& dc, const std::vector<Box>& place_labels) {
    const Style& s = dc.style();
    const auto& places = dc.scene.scenario.places;
    TextStyle name{s.font,    dc.px(s.sizes.place_label), true, s.colors.text, s.colors.halo,
                   dc.px(2.5)};
    TextStyle local = name;
    local.size = dc.px(s.sizes.place_label * kLocalNameShare);
    local.bold = false;
    local.color = s.colors.muted_text;
    for (std::size_t i = 0; i < places.size() && i < place_labels.size(); ++i) {
        const Box& box = place_labels[i];
        if (box.x1 <= box.x0) continue;  // no room for this label
        dc.mark(dc.text.draw(dc.cr, places[i].name, name, box.x0, box.y0));
        if (!places[i].local_names.empty()) {
            const double y = box.y0 + dc.text.measure(places[i].name, name).height * 0.92;
            dc.mark(dc.text.draw(dc.cr, local_name_line(places[i]), local, box.x0, y));
        }
    }
}

}  // namespace gt
