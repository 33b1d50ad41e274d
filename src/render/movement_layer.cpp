// Movements: the route travelled so far, the planned route ahead, and the unit at its
// interpolated position with its label and count.
#include <cmath>

#include "render/draw.hpp"
#include "timeline/schedule.hpp"

namespace gt {

namespace {

struct UnitMarker {
    std::size_t movement;
    XY at;
    double heading;  ///< radians, direction of travel on the canvas
    bool show_label;
};

double heading_of(const std::vector<XY>& line) {
    if (line.size() < 2) return 0;
    const XY& a = line[line.size() - 2];
    const XY& b = line.back();
    return std::atan2(b.y - a.y, b.x - a.x);
}

void stroke_route(const DrawContext& dc, const std::vector<std::vector<XY>>& lines,
                  const Movement& m) {
    cairo_t* cr = dc.cr;
    const Style& s = dc.style();
    const double width = dc.px(s.sizes.route);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_new_path(cr);
    for (const auto& line : lines) add_polyline(cr, line);
    // A light casing keeps the line readable over borders and coasts.
    Rgba casing = s.colors.halo;
    casing.a = 0.75;
    set_source(cr, casing);
    cairo_set_dash(cr, nullptr, 0, 0);
    cairo_set_line_width(cr, width + dc.px(3));
    cairo_stroke_preserve(cr);
    set_source(cr, s.color_of(m.confidence));
    set_confidence_dash(cr, m.confidence, dc.px(1));
    cairo_set_line_width(cr, width);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
}

void draw_arrowhead(cairo_t* cr, XY tip, double heading, double size, const Rgba& color) {
    cairo_new_path(cr);
    const double back = size * 1.6;
    const double c = std::cos(heading), s = std::sin(heading);
    cairo_move_to(cr, tip.x, tip.y);
    cairo_line_to(cr, tip.x - back * c - size * s, tip.y - back * s + size * c);
    cairo_line_to(cr, tip.x - back * c + size * s, tip.y - back * s - size * c);
    cairo_close_path(cr);
    set_source(cr, color);
    cairo_fill(cr);
}

/// Units that sit on the same spot are spread on a small circle so none hides another.
void spread_overlapping(std::vector<UnitMarker>& markers, double radius) {
    std::vector<bool> done(markers.size(), false);
    for (std::size_t i = 0; i < markers.size(); ++i) {
        if (done[i]) continue;
        std::vector<std::size_t> group{i};
        for (std::size_t j = i + 1; j < markers.size(); ++j) {
            if (!done[j] && std::hypot(markers[j].at.x - markers[i].at.x,
                                       markers[j].at.y - markers[i].at.y) < radius * 2) {
                group.push_back(j);
            }
        }
        if (group.size() < 2) continue;
        const XY centre = markers[i].at;
        for (std::size_t k = 0; k < group.size(); ++k) {
            const double angle = -M_PI / 2 + 2 * M_PI * static_cast<double>(k) / group.size();
            markers[group[k]].at = {centre.x + radius * 1.4 * std::cos(angle),
                                    centre.y + radius * 1.4 * std::sin(angle)};
            done[group[k]] = true;
        }
    }
}

std::string unit_label(const Movement& m) {
    std::string text = m.label;
    if (m.count) {
        text += "\n" + group_thousands(*m.count) + (m.unit_name.empty() ? "" : " " + m.unit_name);
    }
    return text;
}

}  // namespace

void draw_movements(const DrawContext& dc) {
    const Scene& scene = dc.scene;
    const Style& s = dc.style();
    const auto& movements = scene.scenario.movements;
    std::vector<UnitMarker> markers;
    for (std::size_t i = 0; i < movements.size(); ++i) {
        const Movement& m = movements[i];
        if (dc.time < m.start) continue;
        const ProjectedRoute& route = scene.routes[i];
        const double progress = movement_progress(m, dc.time);

        cairo_new_path(dc.cr);
        for (const auto& line : to_pixel_lines(scene.view, route.points, 0.5)) {
            add_polyline(dc.cr, line);
        }
        set_source(dc.cr, s.colors.route_planned);
        const double planned_dash[] = {dc.px(3), dc.px(5)};
        cairo_set_dash(dc.cr, planned_dash, 2, 0);
        cairo_set_line_width(dc.cr, dc.px(1.6));
        cairo_stroke(dc.cr);
        cairo_set_dash(dc.cr, nullptr, 0, 0);

        const auto travelled = to_pixel_lines(scene.view, route.prefix(progress), 0.5);
        if (travelled.empty()) continue;
        stroke_route(dc, travelled, m);
        const double heading = heading_of(travelled.back());
        const XY tip = travelled.back().back();
        if (progress >= 1) {
            draw_arrowhead(dc.cr, tip, heading, dc.px(s.sizes.route * 1.8), s.color_of(m.confidence));
        }
        const bool recent = dc.time < m.end + Seconds{12 * 3600};
        markers.push_back({i, tip, heading, recent});
    }
    const double radius = dc.px(s.sizes.unit_symbol);
    spread_overlapping(markers, radius);
    for (const UnitMarker& u : markers) {
        const double r = u.show_label ? radius : radius * 0.7;
        dc.labels.block({u.at.x - r, u.at.y - r, u.at.x + r, u.at.y + r});
        cairo_new_path(dc.cr);
        cairo_arc(dc.cr, u.at.x, u.at.y, r, 0, 2 * M_PI);
        set_source(dc.cr, s.color_of(movements[u.movement].confidence));
        cairo_fill_preserve(dc.cr);
        set_source(dc.cr, s.colors.halo);
        cairo_set_line_width(dc.cr, dc.px(2.5));
        cairo_stroke(dc.cr);
        draw_arrowhead(dc.cr, {u.at.x + std::cos(u.heading) * r * 0.55, u.at.y + std::sin(u.heading) * r * 0.55},
                       u.heading, r * 0.38, s.colors.halo);
    }
    TextStyle label{s.font, dc.px(s.sizes.unit_label), true, s.color_of(Confidence::unknown),
                    s.colors.halo, dc.px(3)};
    for (const UnitMarker& u : markers) {
        if (!u.show_label) continue;
        const Movement& m = movements[u.movement];
        label.color = s.colors.text;
        const std::string text = unit_label(m);
        const TextSize size = dc.text.measure(text, label);
        if (auto at = dc.labels.place(u.at, size.width, size.height, radius + dc.px(5), true)) {
            dc.text.draw(dc.cr, text, label, at->x, at->y);
        }
    }
}

}  // namespace gt
