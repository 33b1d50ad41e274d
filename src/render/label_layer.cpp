#include "render/label_layer.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "render/draw.hpp"

namespace gt {

namespace {

struct Spot {
    XY at;
    XY anchor;
    bool far;  ///< beyond the spots beside the symbol
};

/// Where `label`'s `text` of `size` goes, and the point it belongs to; nothing without room.
std::optional<Spot> place_label(const DrawContext& dc, const PendingLabel& label,
                                const TextSize& size) {
    if (!label.near.empty()) {
        for (const XY& point : label.near) {
            if (auto at = dc.labels.place_near(point, size.width, size.height, label.gap)) {
                return Spot{*at, point, false};
            }
        }
        return std::nullopt;
    }
    if (label.side) {
        if (auto spot = dc.labels.place_preferring(label.anchor, size.width, size.height, label.gap,
                                                   label.side)) {
            return Spot{spot->at, label.anchor, false};
        }
    } else if (auto at = dc.labels.place(label.anchor, size.width, size.height, label.gap, false)) {
        return Spot{*at, label.anchor, false};
    }
    if (label.reach <= 0) return std::nullopt;
    if (auto at = dc.labels.place_callout(label.anchor, size.width, size.height, label.gap,
                                          label.reach)) {
        return Spot{*at, label.anchor, true};
    }
    return std::nullopt;
}

/// Lines up the text on the side facing the anchor: right-aligned left of it, centred above or
/// below it, so that the label reads as the symbol's.
TextStyle aligned(const PendingLabel& label, const Spot& spot, const TextSize& size) {
    TextStyle style = label.style;
    if (spot.at.x + size.width <= spot.anchor.x) {
        style.align = TextStyle::Align::right;
    } else if (spot.at.x < spot.anchor.x) {
        style.align = TextStyle::Align::center;
    }
    if (style.align != TextStyle::Align::left) {
        // A width one pixel over the widest line: the same line breaks, aligned within the box
        // the placer gave.
        const double fitted = std::ceil(size.width) + 1;
        style.max_width =
            label.style.max_width > 0 ? std::min(label.style.max_width, fitted) : fitted;
    }
    return style;
}

/// True when some other anchor of `labels` lies nearer to `box` than `own` does.
bool nearer_to_another(const Box& box, XY own, const std::vector<PendingLabel>& labels) {
    const double mine = box.distance_to(own.x, own.y);
    return std::any_of(labels.begin(), labels.end(), [&](const PendingLabel& other) {
        const XY a = other.anchor;
        if (a.x == own.x && a.y == own.y) return false;
        return box.distance_to(a.x, a.y) + 0.5 < mine;
    });
}

/// The point of `box` nearest to `p`.
XY nearest_point(const Box& box, XY p) {
    return {std::clamp(p.x, box.x0, box.x1), std::clamp(p.y, box.y0, box.y1)};
}

void draw_leader(const DrawContext& dc, const PlacedLabel& label) {
    const XY end = nearest_point(label.box, label.anchor);
    const double dx = end.x - label.anchor.x, dy = end.y - label.anchor.y;
    const double length = std::hypot(dx, dy);
    const double start = label.symbol + dc.px(2);
    if (length <= start + dc.px(2)) return;
    const XY from{label.anchor.x + dx / length * start, label.anchor.y + dy / length * start};
    cairo_t* cr = dc.cr;
    cairo_new_path(cr);
    cairo_move_to(cr, from.x, from.y);
    cairo_line_to(cr, end.x, end.y);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_dash(cr, nullptr, 0, 0);
    // A halo under the line keeps it readable over borders and routes.
    set_source(cr, label.style.halo);
    cairo_set_line_width(cr, dc.px(3));
    cairo_stroke_preserve(cr);
    set_source(cr, label.style.color);
    cairo_set_line_width(cr, dc.px(1));
    cairo_stroke(cr);
    const double reach = dc.px(2) + 1;
    dc.mark(Box{std::min(from.x, end.x) - reach, std::min(from.y, end.y) - reach,
                std::max(from.x, end.x) + reach, std::max(from.y, end.y) + reach});
}

}  // namespace

std::vector<PlacedLabel> place_pending_labels(const DrawContext& dc,
                                              const std::vector<PendingLabel>& labels) {
    std::vector<PlacedLabel> placed;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const PendingLabel& label = labels[i];
        for (const std::string& text : label.texts) {
            const TextSize size = dc.text.measure(text, label.style);
            const auto spot = place_label(dc, label, size);
            if (!spot) continue;
            const Box box{spot->at.x, spot->at.y, spot->at.x + size.width,
                          spot->at.y + size.height};
            const bool leader =
                label.near.empty() && (spot->far || nearer_to_another(box, spot->anchor, labels));
            placed.push_back(
                {text, aligned(label, *spot, size), box, spot->anchor, label.symbol, leader, i});
            break;
        }
    }
    return placed;
}

void draw_placed_labels(const DrawContext& dc, const std::vector<PlacedLabel>& labels) {
    for (const PlacedLabel& label : labels) {
        if (label.leader) draw_leader(dc, label);
    }
    for (const PlacedLabel& label : labels) {
        const TextStyle& style = label.style;
        double x = label.box.x0;
        const double width = label.box.x1 - label.box.x0;
        if (style.align == TextStyle::Align::right) x -= style.max_width - width;
        if (style.align == TextStyle::Align::center) x -= (style.max_width - width) / 2;
        // Whole pixels: a label moving with its unit draws from one text sprite all the way,
        // not one per quarter-pixel position (each a stroked halo).
        dc.mark(dc.text.draw(dc.cr, label.text, style, std::round(x), std::round(label.box.y0)));
    }
}

void draw_pending_labels(const DrawContext& dc, const std::vector<PendingLabel>& labels) {
    draw_placed_labels(dc, place_pending_labels(dc, labels));
}

}  // namespace gt
