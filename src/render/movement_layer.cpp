// Movements: the route travelled so far, the planned route ahead, and the unit at its
// interpolated position with its label and count.
#include <algorithm>
#include <cmath>
#include <utility>

#include "render/draw.hpp"
#include "render/fade_stroke.hpp"
#include "timeline/schedule.hpp"

namespace gt {

namespace {

struct UnitMarker {
    std::size_t movement;
    XY at;
    double heading;  ///< radians, direction of travel on the canvas
};

double heading_of(const std::vector<XY>& line) {
    if (line.size() < 2) return 0;
    const XY& a = line[line.size() - 2];
    const XY& b = line.back();
    return std::atan2(b.y - a.y, b.x - a.x);
}

/// Route width: the style's, or proportional to `count` when the style asks for a flow map.
double route_width(const DrawContext& dc, const Movement& m) {
    const Style& s = dc.style();
    if (!s.show.flow_widths || !m.count) return dc.px(s.sizes.route);
    long largest = 1;
    for (const Movement& other : dc.scene.scenario.movements) {
        if (other.count) largest = std::max(largest, *other.count);
    }
    const double share = static_cast<double>(*m.count) / static_cast<double>(largest);
    return std::max(dc.px(s.sizes.route) * 0.6, dc.px(s.sizes.max_flow_width) * share);
}

void stroke_route(const DrawContext& dc, const std::vector<std::vector<XY>>& lines,
                  const Movement& m, double width) {
    cairo_t* cr = dc.cr;
    const Style& s = dc.style();
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
    set_confidence_dash(cr, m.confidence, dc.px(1) * std::max(1.0, width / dc.px(s.sizes.route)));
    cairo_set_line_width(cr, width);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
    if (m.confidence == Confidence::denied) {
        // Denied: struck through with short cross-ticks as well as greyed.
        const auto& line = lines.back();
        for (std::size_t i = 8; i + 1 < line.size(); i += 16) {
            const double h = std::atan2(line[i + 1].y - line[i].y, line[i + 1].x - line[i].x);
            const double k = width * 1.6;
            cairo_move_to(cr, line[i].x - std::sin(h) * k, line[i].y + std::cos(h) * k);
            cairo_line_to(cr, line[i].x + std::sin(h) * k, line[i].y - std::cos(h) * k);
        }
        cairo_set_line_width(cr, dc.px(1.5));
        cairo_stroke(cr);
    }
}

/// A glow behind a moving unit, fading out over the last part of the route it covered.
void draw_trail(const DrawContext& dc, const ProjectedRoute& route, double progress,
                const Movement& m, double width) {
    const double share = dc.style().sizes.trail;
    if (share <= 0 || progress <= 0 || progress >= 1) return;
    const double from = std::max(0.0, progress - share);
    const std::vector<XY> whole = route.prefix(progress);
    const std::vector<XY> before = route.prefix(from);
    const std::vector<XY> tail(whole.begin() + static_cast<std::ptrdiff_t>(before.size()) - 1,
                               whole.end());
    const auto lines = to_pixel_lines(dc.frame.view, tail, 0.5);
    if (lines.empty()) return;
    const XY a = lines.front().front();
    const XY b = lines.back().back();
    Rgba c = dc.style().color_of(m.confidence);
    c.a = 0.45;
    cairo_new_path(dc.cr);
    for (const auto& line : lines) add_polyline(dc.cr, line);
    cairo_set_line_width(dc.cr, width * 3.2);
    cairo_set_line_cap(dc.cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(dc.cr, CAIRO_LINE_JOIN_ROUND);  // a mitre would spike past its marks
    stroke_fading_in(dc.cr, a, b, c);
}

/// The side a unit's label keeps along its whole route: across the route's general direction
/// (beside a route it would lie on the route itself), above a route running east or west, right
/// of one running north or south.
int label_side(const ProjectedRoute& route) {
    XY from{NAN, NAN}, to{NAN, NAN};
    for (const XY& p : route.points) {
        if (std::isnan(p.x)) continue;
        if (std::isnan(from.x)) from = p;
        to = p;
    }
    if (std::isnan(from.x)) return 0;
    // Map units: y grows northwards, as on the canvas it grows southwards; only sizes matter.
    return std::abs(to.x - from.x) >= std::abs(to.y - from.y) ? 2 : 0;
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

}  // namespace

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

void draw_unit_symbol(cairo_t* cr, Mode mode, XY at, double r, double heading, const Rgba& fill,
                      const Rgba& outline, double outline_width) {
    cairo_new_path(cr);
    switch (mode) {
        case Mode::land:
            cairo_arc(cr, at.x, at.y, r, 0, 2 * M_PI);
            break;
        case Mode::rail:
            cairo_rectangle(cr, at.x - r * 0.9, at.y - r * 0.9, r * 1.8, r * 1.8);
            break;
        case Mode::sea:  // a diamond, like a buoy
            cairo_move_to(cr, at.x, at.y - r * 1.2);
            cairo_line_to(cr, at.x + r * 1.2, at.y);
            cairo_line_to(cr, at.x, at.y + r * 1.2);
            cairo_line_to(cr, at.x - r * 1.2, at.y);
            cairo_close_path(cr);
            break;
        case Mode::air: {  // a triangle pointing where the unit flies
            const double c = std::cos(heading), s = std::sin(heading);
            cairo_move_to(cr, at.x + c * r * 1.4, at.y + s * r * 1.4);
            cairo_line_to(cr, at.x - c * r * 0.9 - s * r, at.y - s * r * 0.9 + c * r);
            cairo_line_to(cr, at.x - c * r * 0.9 + s * r, at.y - s * r * 0.9 - c * r);
            cairo_close_path(cr);
            break;
        }
    }
    set_source(cr, fill);
    cairo_fill_preserve(cr);
    set_source(cr, outline);
    cairo_set_line_width(cr, outline_width);
    cairo_stroke(cr);
    if (mode != Mode::air) {
        draw_arrowhead(cr,
                       {at.x + std::cos(heading) * r * 0.55, at.y + std::sin(heading) * r * 0.55},
                       heading, r * 0.38, outline);
    }
}

std::vector<RouteStage> route_stages(const Scene& scene, Instant t) {
    const auto& movements = scene.scenario.movements;
    std::vector<RouteStage> stages(movements.size(), RouteStage::waiting);
    for (std::size_t i = 0; i < movements.size(); ++i) {
        if (t < movements[i].start) continue;
        stages[i] = scene.routes[i].progress(movements[i], t) >= 1 ? RouteStage::arrived
                                                                   : RouteStage::moving;
    }
    return stages;
}

namespace {

/// Marks the frame drawn within `reach` pixels of `lines`, in boxes at most 32 pixels long, so
/// that a long diagonal does not mark its whole bounding box.
void mark_along(const DrawContext& dc, const std::vector<std::vector<XY>>& lines, double reach) {
    if (dc.damage == nullptr) return;
    for (const auto& line : lines) {
        for (std::size_t k = 0; k + 1 < line.size(); ++k) {
            const XY a = line[k], b = line[k + 1];
            const int pieces =
                std::max(1, static_cast<int>(std::ceil(std::hypot(b.x - a.x, b.y - a.y) / 32)));
            for (int p = 0; p < pieces; ++p) {
                const double t0 = static_cast<double>(p) / pieces;
                const double t1 = static_cast<double>(p + 1) / pieces;
                const XY u{a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0};
                const XY v{a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1};
                dc.mark({std::min(u.x, v.x) - reach, std::min(u.y, v.y) - reach,
                         std::max(u.x, v.x) + reach, std::max(u.y, v.y) + reach});
            }
        }
    }
}

/// The route travelled by `progress` (`travelled`, in pixels) with its trail and, once arrived,
/// its arrowhead.
void draw_travelled(const DrawContext& dc, std::size_t i, double progress,
                    const std::vector<std::vector<XY>>& travelled) {
    if (travelled.empty()) return;
    const Movement& m = dc.scene.scenario.movements[i];
    const double width = route_width(dc, m);
    // The trail (3.2 widths), the casing, the denied cross-ticks: within 1.7 widths and a bit.
    mark_along(dc, travelled, width * 1.7 + dc.px(3) + 2);
    draw_trail(dc, dc.scene.routes[i], progress, m, width);
    stroke_route(dc, travelled, m, width);
    if (progress >= 1) {
        const Style& s = dc.style();
        const double size = std::clamp(width, dc.px(s.sizes.route), dc.px(s.sizes.route) * 2);
        draw_arrowhead(dc.cr, travelled.back().back(), heading_of(travelled.back()), size * 1.8,
                       s.color_of(m.confidence));
    }
}

void draw_planned(const DrawContext& dc, const ProjectedRoute& route) {
    cairo_new_path(dc.cr);
    for (const auto& line : to_pixel_lines(dc.frame.view, route.points, 0.5)) {
        add_polyline(dc.cr, line);
    }
    set_source(dc.cr, dc.style().colors.route_planned);
    cairo_set_line_cap(dc.cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(dc.cr, CAIRO_LINE_JOIN_ROUND);
    const double planned_dash[] = {dc.px(3), dc.px(5)};
    cairo_set_dash(dc.cr, planned_dash, 2, 0);
    cairo_set_line_width(dc.cr, dc.px(1.6));
    cairo_stroke(dc.cr);
    cairo_set_dash(dc.cr, nullptr, 0, 0);
}

}  // namespace

std::vector<SettledPiece> settled_pieces(const Scene& scene,
                                         const std::vector<RouteStage>& stages) {
    const auto& movements = scene.scenario.movements;
    std::vector<SettledPiece> pieces;
    for (std::size_t i = 0; i < stages.size() && i < movements.size(); ++i) {
        if (stages[i] == RouteStage::waiting) continue;
        pieces.push_back({movements[i].start, false, i});
        if (stages[i] == RouteStage::arrived) pieces.push_back({movements[i].end, true, i});
    }
    std::sort(pieces.begin(), pieces.end());
    return pieces;
}

void draw_settled_pieces(const DrawContext& dc, const std::vector<SettledPiece>& pieces) {
    for (const SettledPiece& piece : pieces) {
        const ProjectedRoute& route = dc.scene.routes[piece.movement];
        // Each piece from the same state (line caps, joins, dashes): a piece draws the same
        // whichever was drawn before it, so a layer given pieces later is one drawn whole.
        cairo_save(dc.cr);
        if (piece.arrived) {
            draw_travelled(dc, piece.movement, 1,
                           to_pixel_lines(dc.frame.view, route.prefix(1), 0.5));
        } else {
            draw_planned(dc, route);
        }
        cairo_restore(dc.cr);
    }
}

UnitSymbols draw_movement_symbols(const DrawContext& dc) {
    const Scene& scene = dc.scene;
    const Style& s = dc.style();
    const auto& movements = scene.scenario.movements;
    std::vector<UnitMarker> markers;
    for (std::size_t i = 0; i < movements.size(); ++i) {
        const Movement& m = movements[i];
        if (dc.time < m.start) continue;
        const ProjectedRoute& route = scene.routes[i];
        const double progress = route.progress(m, dc.time);
        // An arrived unit is drawn by the arrival layer, its route with the settled ones.
        if (progress >= 1) continue;
        const auto travelled = to_pixel_lines(dc.frame.view, route.prefix(progress), 0.5);
        draw_travelled(dc, i, progress, travelled);
        if (travelled.empty()) continue;
        markers.push_back({i, travelled.back().back(), heading_of(travelled.back())});
    }
    const double radius = dc.px(s.sizes.unit_symbol);
    spread_overlapping(markers, radius);
    UnitSymbols out;
    for (const UnitMarker& u : markers) {
        const double r = radius;
        out.symbols.push_back({u.at.x - r, u.at.y - r, u.at.x + r, u.at.y + r});
        const Movement& m = movements[u.movement];
        const double reach = r * 1.8 + dc.px(2.5) + 2;  // the air triangle reaches 1.4 r
        dc.mark({u.at.x - reach, u.at.y - reach, u.at.x + reach, u.at.y + reach});
        draw_unit_symbol(dc.cr, m.mode, u.at, r, u.heading, s.color_of(m.confidence), s.colors.halo,
                         dc.px(2.5));
    }
    const TextStyle label{s.font,  dc.px(s.sizes.unit_label), true, s.colors.text, s.colors.halo,
                          dc.px(3)};
    for (const UnitMarker& u : markers) {
        const Movement& m = movements[u.movement];
        // Shorter: the name alone. Never a bare number, which would not say whose it is.
        std::vector<std::string> texts{scene.unit_labels[u.movement]};
        if (m.count && !m.label.empty()) texts.push_back(m.label);
        PendingLabel pending{u.at, radius + dc.px(5), texts, label};
        // Where nothing beside the unit is free, a short way out on a leader line rather than
        // off the map for a few frames.
        pending.reach = dc.px(120);
        pending.symbol = radius;
        pending.side = label_side(dc.scene.routes[u.movement]);
        out.labels.push_back(std::move(pending));
    }
    return out;
}

std::vector<PendingLabel> arrived_route_labels(const DrawContext& dc) {
    const Style& s = dc.style();
    const auto& movements = dc.scene.scenario.movements;
    // The legend's size and weight: in SVG frames these labels reuse its glyphs.
    const TextStyle muted{s.font,  dc.px(s.sizes.legend), false, s.colors.muted_text, s.colors.halo,
                          dc.px(3)};
    std::vector<PendingLabel> labels;
    for (std::size_t i = 0; i < movements.size(); ++i) {
        const Movement& m = movements[i];
        if (dc.time < m.end || m.label.empty()) continue;
        // Beside the route, nearest its middle first, never drifting towards another's.
        std::vector<XY> near;
        for (double fraction : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            const XY at = dc.scene.routes[i].at(fraction);
            if (!std::isnan(at.x)) near.push_back(dc.frame.view.to_pixel(at));
        }
        if (near.empty()) continue;
        labels.push_back(
            {near.front(), dc.px(s.sizes.route) * 2 + dc.px(4), {m.label}, muted, near});
    }
    return labels;
}

}  // namespace gt
