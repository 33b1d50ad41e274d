// Arrived units: one badge per destination and confidence level with the number of units in it.
// A unit that has arrived is no longer "at sea" or "on the way", and three symbols stacked on a
// port with its name and an event's star read as clutter; a count reads as what it is.
#include "render/arrival_layer.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include "render/draw.hpp"

namespace gt {

namespace {

/// The last point of a route on the canvas and the unit vector pointing back along it, taken
/// over at least a few pixels so that a short last step does not turn it.
std::optional<std::pair<XY, XY>> route_end(const MapView& view, const std::vector<XY>& points) {
    std::size_t last = points.size();
    while (last > 0 && std::isnan(points[last - 1].x)) --last;
    if (last == 0) return std::nullopt;
    const XY end = view.to_pixel(points[last - 1]);
    for (std::size_t k = last - 1; k > 0; --k) {
        if (std::isnan(points[k - 1].x)) break;
        const XY p = view.to_pixel(points[k - 1]);
        const double d = std::hypot(p.x - end.x, p.y - end.y);
        if (d > 3) return std::pair{end, XY{(p.x - end.x) / d, (p.y - end.y) / d}};
    }
    return std::pair{end, XY{0, -1}};
}

/// The badge's size for `count`: a circle for one digit, longer for more.
TextSize badge_size(const TextPainter& text, const TextStyle& number_style, std::size_t count) {
    const double height = number_style.size * 1.45;
    const double digits = text.measure(std::to_string(count), number_style).width;
    return {std::max(height, digits + height * 0.55), height};
}

/// What a badge of `size` centred at `centre` covers, its outline included.
Box badge_box(XY centre, TextSize size, double outline_width) {
    const double reach = outline_width / 2 + 1;
    return {centre.x - size.width / 2 - reach, centre.y - size.height / 2 - reach,
            centre.x + size.width / 2 + reach, centre.y + size.height / 2 + reach};
}

TextStyle number_style(const DrawContext& dc) {
    const Style& s = dc.style();
    // A text size, so that a page's smallest text size holds for it too.
    return {s.font, dc.px(s.sizes.legend), true, s.colors.halo};
}

}  // namespace

std::vector<Arrival> arrivals_at(const DrawContext& dc) {
    const auto& movements = dc.scene.scenario.movements;
    const double near = dc.px(dc.style().sizes.unit_symbol) * 2;
    const std::vector<RouteStage> stages = route_stages(dc.scene, dc.time);
    std::vector<Arrival> arrivals;
    for (std::size_t i = 0; i < movements.size(); ++i) {
        const Movement& m = movements[i];
        if (stages[i] != RouteStage::arrived) continue;
        const auto end = route_end(dc.frame.view, dc.scene.routes[i].points);
        if (!end) continue;
        const auto [at, back] = *end;
        Arrival* group = nullptr;
        for (Arrival& a : arrivals) {
            if (a.confidence == m.confidence &&
                std::hypot(a.destination.x - at.x, a.destination.y - at.y) < near) {
                group = &a;
            }
        }
        if (group == nullptr) {
            arrivals.push_back({at, {0, 0}, {}, m.confidence});
            group = &arrivals.back();
        }
        group->movements.push_back(i);
        group->from = {group->from.x + back.x, group->from.y + back.y};
    }
    for (Arrival& a : arrivals) {
        const double length = std::hypot(a.from.x, a.from.y);
        a.from = length > 1e-9 ? XY{a.from.x / length, a.from.y / length} : XY{0, -1};
    }
    return arrivals;
}

std::vector<XY> badge_centres(const DrawContext& dc, const std::vector<Arrival>& arrivals) {
    const Style& s = dc.style();
    const TextStyle number = number_style(dc);
    // Clear of the place's symbol and of an event's star at the destination.
    const double clear =
        std::max(dc.px(s.sizes.event_symbol), dc.px(s.sizes.place_symbol) * 1.6) + dc.px(3);
    std::vector<XY> centres;
    std::vector<Box> taken;
    for (const Arrival& a : arrivals) {
        const TextSize size = badge_size(dc.text, number, a.movements.size());
        // Back along the routes; where another badge is there (another confidence level at the
        // same place), turned a step at a time to either side until it is free.
        std::optional<std::pair<XY, Box>> chosen;
        for (int step = 0; step < 12 && !chosen; ++step) {
            const double turn = (step % 2 == 0 ? 1.0 : -1.0) * ((step + 1) / 2) * 0.35;
            const XY dir{a.from.x * std::cos(turn) - a.from.y * std::sin(turn),
                         a.from.x * std::sin(turn) + a.from.y * std::cos(turn)};
            double distance = std::abs(dir.x) * size.width / 2 + std::abs(dir.y) * size.height / 2;
            XY centre;
            Box box;
            do {
                centre = {a.destination.x + dir.x * distance, a.destination.y + dir.y * distance};
                box = badge_box(centre, size, dc.px(2.5));
                distance += 1;
            } while (box.distance_to(a.destination.x, a.destination.y) < clear);
            const bool free = std::none_of(taken.begin(), taken.end(),
                                           [&](const Box& t) { return t.overlaps(box); });
            if (free || step == 11) chosen = {centre, box};
        }
        centres.push_back(chosen->first);
        taken.push_back(chosen->second);
    }
    return centres;
}

Box draw_arrival_badge(cairo_t* cr, const TextPainter& text, const TextStyle& number_style,
                       XY centre, std::size_t count, const Rgba& fill, const Rgba& outline,
                       double outline_width) {
    const TextSize size = badge_size(text, number_style, count);
    // The outline as a larger pill under the badge: two fills cost a fraction of a stroke, and
    // a crowded map draws hundreds of badges a frame.
    auto add_pill = [&](double grow) {
        const double r = size.height / 2 + grow;
        const double left = centre.x - size.width / 2 + size.height / 2;
        const double right = centre.x + size.width / 2 - size.height / 2;
        cairo_new_path(cr);
        cairo_arc(cr, right, centre.y, r, -M_PI / 2, M_PI / 2);
        cairo_arc(cr, left, centre.y, r, M_PI / 2, 3 * M_PI / 2);
        cairo_close_path(cr);
    };
    add_pill(outline_width / 2);
    set_source(cr, outline);
    cairo_fill(cr);
    add_pill(-outline_width / 2);
    set_source(cr, fill);
    cairo_fill(cr);
    const std::string digits = std::to_string(count);
    const TextSize glyphs = text.measure(digits, number_style);
    text.draw(cr, digits, number_style, centre.x - glyphs.width / 2, centre.y - glyphs.height / 2);
    return badge_box(centre, size, outline_width);
}

std::vector<Box> draw_arrivals(const DrawContext& dc) {
    const Style& s = dc.style();
    const std::vector<Arrival> arrivals = arrivals_at(dc);
    const std::vector<XY> centres = badge_centres(dc, arrivals);
    const TextStyle number = number_style(dc);
    std::vector<Box> boxes;
    for (std::size_t i = 0; i < arrivals.size(); ++i) {
        const Box box =
            draw_arrival_badge(dc.cr, dc.text, number, centres[i], arrivals[i].movements.size(),
                               s.color_of(arrivals[i].confidence), s.colors.halo, dc.px(2.5));
        dc.mark(box);
        boxes.push_back(box);
    }
    return boxes;
}

}  // namespace gt
