// Map furniture: title, the frame's date, the timeline bar, the legend and the footer naming
// the sources of what is visible.
#include "render/furniture.hpp"

#include <algorithm>
#include <cmath>

#include "render/arrival_layer.hpp"
#include "render/legend.hpp"
#include "render/source_credits.hpp"
#include "timeline/schedule.hpp"

namespace gt {

namespace {

void draw_header(const DrawContext& dc) {
    const Style& s = dc.style();
    const Layout& l = dc.scene.layout;
    const Scenario& sc = dc.scene.scenario;
    TextStyle title{s.font, dc.px(s.sizes.title), true, s.colors.text};
    title.max_width = l.width * 0.58;
    TextStyle subtitle{s.font, dc.px(s.sizes.subtitle), false, s.colors.muted_text};
    subtitle.max_width = title.max_width;
    const TextSize t = dc.text.measure(sc.title, title);
    const TextSize st = sc.subtitle.empty() ? TextSize{} : dc.text.measure(sc.subtitle, subtitle);
    const double pad = dc.px(14);
    const PixelRect panel{l.margin, l.margin, std::max(t.width, st.width) + 2 * pad,
                          t.height + st.height + 2 * pad};
    fill_panel(dc.cr, panel, s.colors.panel, dc.px(6));
    dc.text.draw(dc.cr, sc.title, title, panel.x + pad, panel.y + pad);
    dc.text.draw(dc.cr, sc.subtitle, subtitle, panel.x + pad, panel.y + pad + t.height);
    dc.labels.block({panel.x, panel.y, panel.x + panel.width, panel.y + panel.height});
}

DatePanel lay_out_date(const DrawContext& dc) {
    const Style& s = dc.style();
    const Layout& l = dc.scene.layout;
    const TimelineSpec& tl = dc.scene.scenario.timeline;
    DatePanel p;
    p.date = dc.dates.format(dc.time, tl.date_format);
    p.time = dc.dates.format(dc.time, tl.time_format);
    p.date_style = {s.font, dc.px(s.sizes.date), true, s.colors.text};
    p.time_style = {s.font, dc.px(s.sizes.time), false, s.colors.muted_text};
    // Placed by their right ends (draw_date): anchored there in SVG too.
    p.date_style.align = p.time_style.align = TextStyle::Align::right;
    p.date_size = dc.text.measure(p.date, p.date_style);
    p.time_size = p.time.empty() ? TextSize{} : dc.text.measure(p.time, p.time_style);
    p.pad = dc.px(14);
    const double width = std::max(p.date_size.width, p.time_size.width) + 2 * p.pad;
    p.box = {l.width - l.margin - width, l.margin, width,
             p.date_size.height + p.time_size.height + 2 * p.pad};
    return p;
}

void draw_date(const DrawContext& dc, const DatePanel& p) {
    // Drawn, not taken from the panel cache: its time changes with nearly every frame, and an
    // image made for one frame costs more than the panel's fill and two texts.
    const PixelRect& panel = p.box;
    const double right = panel.x + panel.width - p.pad;
    cairo_save(dc.cr);
    fill_panel(dc.cr, panel, dc.style().colors.panel, dc.px(6));
    dc.text.draw(dc.cr, p.date, p.date_style, right - p.date_size.width, panel.y + p.pad);
    dc.text.draw(dc.cr, p.time, p.time_style, right - p.time_size.width,
                 panel.y + p.pad + p.date_size.height);
    cairo_restore(dc.cr);
    dc.mark({panel.x - 1, panel.y - 1, panel.x + panel.width + 1, panel.y + panel.height + 1});
}

/// Tick spacing for the timeline bar: whole days, weeks, months (30 d) or years (365 d).
Seconds tick_step(Seconds span) {
    for (long days : {1L, 2L, 7L, 14L, 30L, 91L, 365L, 3650L}) {
        if (span.count() / (days * 86400) <= 24) return Seconds{days * 86400};
    }
    return Seconds{36500L * 86400};
}

/// The timeline from `start` to `end` laid out from x0 to x1 (the bar's and the strip's).
struct TimeAxis {
    double x0, x1;
    Instant start, end;
    [[nodiscard]] double x_of(Instant t) const {
        return x0 + (x1 - x0) * linear_progress(start, end, t);
    }
};

/// Where the timeline bar's track runs: the axis at height y.
struct BarAxis : TimeAxis {
    double y;
};

BarAxis bar_axis(const DrawContext& dc) {
    const Layout& l = dc.scene.layout;
    const TimelineSpec& tl = dc.scene.scenario.timeline;
    return {{l.margin + dc.px(10), l.width - l.margin - dc.px(10), tl.start, tl.end},
            l.bottom_band.y + dc.px(30)};
}

/// The bar's fixed parts: band, movement spans, track, date ticks.
void draw_timeline_bar_axis(const DrawContext& dc) {
    const Style& s = dc.style();
    const Layout& l = dc.scene.layout;
    const Scenario& sc = dc.scene.scenario;
    const TimelineSpec& tl = sc.timeline;
    const BarAxis axis = bar_axis(dc);
    const double y = axis.y;
    cairo_t* cr = dc.cr;
    set_source(cr, s.colors.panel);
    const PixelRect& band = l.bottom_band;
    cairo_rectangle(cr, band.x, band.y, band.width, band.height);
    cairo_fill(cr);
    dc.labels.block({band.x, band.y, band.x + band.width, band.y + band.height});

    // Movement spans as thin bars under the track: the schedule at a glance.
    for (const Movement& m : sc.movements) {
        Rgba c = s.color_of(m.confidence);
        c.a = 0.45;
        set_source(cr, c);
        cairo_rectangle(cr, axis.x_of(m.start), y + dc.px(6), axis.x_of(m.end) - axis.x_of(m.start),
                        dc.px(4));
        cairo_fill(cr);
    }
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_width(cr, dc.px(6));
    set_source(cr, s.colors.timeline_track);
    cairo_move_to(cr, axis.x0, y);
    cairo_line_to(cr, axis.x1, y);
    cairo_stroke(cr);

    TextStyle tick_text{s.font, dc.px(s.sizes.footer), false, s.colors.muted_text};
    tick_text.align = TextStyle::Align::center;  // centred on the tick
    const Seconds step = tick_step(tl.end - tl.start);
    const std::string tick_format = step.count() >= 365 * 86400 ? "%Y" : tl.short_date_format;
    auto day = std::chrono::floor<std::chrono::days>(tl.start + tl.utc_offset);
    for (Instant t = Instant{day} - tl.utc_offset; t <= tl.end; t += step) {
        if (t < tl.start) continue;
        const double x = axis.x_of(t);
        cairo_set_line_width(cr, dc.px(1.2));
        set_source(cr, s.colors.muted_text);
        cairo_move_to(cr, x, y + dc.px(12));
        cairo_line_to(cr, x, y + dc.px(17));
        cairo_stroke(cr);
        const std::string label = dc.dates.format(t, tick_format);
        const TextSize size = dc.text.measure(label, tick_text);
        dc.text.draw(cr, label, tick_text, x - size.width / 2, y + dc.px(18));
    }
}

/// What moves on the bar: the elapsed part of the track, events reached, the playhead.
void draw_timeline_bar_position(const DrawContext& dc) {
    const Style& s = dc.style();
    const BarAxis axis = bar_axis(dc);
    const double y = axis.y;
    dc.mark({axis.x0 - dc.px(14), y - dc.px(20), axis.x1 + dc.px(14), y + dc.px(14)});
    cairo_t* cr = dc.cr;
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_width(cr, dc.px(6));
    set_source(cr, s.colors.timeline_fill);
    cairo_move_to(cr, axis.x0, y);
    cairo_line_to(cr, axis.x_of(dc.time), y);
    cairo_stroke(cr);
    for (const Event& e : dc.scene.scenario.events) {
        const double x = axis.x_of(e.start);
        cairo_new_path(cr);
        cairo_move_to(cr, x, y - dc.px(6));
        cairo_line_to(cr, x - dc.px(6), y - dc.px(16));
        cairo_line_to(cr, x + dc.px(6), y - dc.px(16));
        cairo_close_path(cr);
        Rgba c = s.color_of(e.confidence);
        if (dc.time < e.start) c.a = 0.35;
        set_source(cr, c);
        cairo_fill(cr);
    }
    cairo_new_path(cr);
    cairo_arc(cr, axis.x_of(dc.time), y, dc.px(9), 0, 2 * M_PI);
    set_source(cr, s.colors.timeline_fill);
    cairo_fill_preserve(cr);
    set_source(cr, s.colors.halo);
    cairo_set_line_width(cr, dc.px(2.5));
    cairo_stroke(cr);
}

/// The schedule strip's date axis: movement labels (in `text`) to the left of `x0`.
struct StripAxis : TimeAxis {
    double label_width, row;
    TextStyle text;
};

StripAxis strip_axis(const DrawContext& dc) {
    const Layout& l = dc.scene.layout;
    const Style& s = dc.style();
    const Scenario& sc = dc.scene.scenario;
    const TextStyle text{s.font, dc.px(s.sizes.legend), false, s.colors.text};
    double label_width = 0;
    for (const Movement& m : sc.movements)
        label_width = std::max(label_width, dc.text.measure(m.label, text).width);
    label_width = std::min(label_width, l.width * 0.3);
    return {{l.margin + label_width + dc.px(16), l.width - l.margin - dc.px(10), sc.timeline.start,
             sc.timeline.end},
            label_width,
            dc.px(s.sizes.legend * 1.5),
            text};
}

/// The strip's fixed parts: one bar per movement and a row of event stars.
void draw_timeline_strip_axis(const DrawContext& dc) {
    const Layout& l = dc.scene.layout;
    const Style& s = dc.style();
    const Scenario& sc = dc.scene.scenario;
    cairo_t* cr = dc.cr;
    set_source(cr, s.colors.panel);
    cairo_rectangle(cr, l.strip.x, l.strip.y, l.strip.width, l.strip.height);
    cairo_fill(cr);
    dc.labels.block({l.strip.x, l.strip.y, l.strip.x + l.strip.width, l.strip.y + l.strip.height});
    const StripAxis axis = strip_axis(dc);
    const double row = axis.row;
    double y = l.strip.y + dc.px(8);
    for (const Movement& m : sc.movements) {
        TextStyle label = axis.text;
        label.max_width = axis.label_width;
        const TextSize size = dc.text.measure(m.label, label);
        dc.text.draw(cr, m.label, label, axis.x0 - dc.px(12) - size.width,
                     y + (row - size.height) / 2);
        cairo_new_path(cr);
        cairo_move_to(cr, axis.x_of(m.start), y + row / 2);
        cairo_line_to(cr, axis.x_of(m.end), y + row / 2);
        set_source(cr, s.color_of(m.confidence));
        set_confidence_dash(cr, m.confidence, dc.px(1));
        cairo_set_line_width(cr, row * 0.5);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
        y += row;
    }
    for (const Event& e : sc.events) {
        draw_event_marker(cr, {axis.x_of(e.start), y + row / 2}, row * 0.3,
                          s.color_of(e.confidence), s.colors.halo);
    }
}

/// The schedule strip's playhead at the frame's date (its axis, draw_timeline_strip_axis, holds
/// one bar per movement and a row of event stars).
void draw_timeline_strip_playhead(const DrawContext& dc) {
    const Layout& l = dc.scene.layout;
    if (l.strip.height <= 0) return;
    const Style& s = dc.style();
    const StripAxis axis = strip_axis(dc);
    dc.mark({axis.x_of(dc.time) - dc.px(3), l.strip.y, axis.x_of(dc.time) + dc.px(3),
             l.strip.y + l.strip.height});
    cairo_t* cr = dc.cr;
    cairo_new_path(cr);
    cairo_move_to(cr, axis.x_of(dc.time), l.strip.y + dc.px(4));
    cairo_line_to(cr, axis.x_of(dc.time), l.strip.y + l.strip.height - dc.px(4));
    set_source(cr, s.colors.timeline_fill);
    cairo_set_line_width(cr, dc.px(2));
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    cairo_stroke(cr);
}

void draw_legend(const DrawContext& dc) {
    const Style& s = dc.style();
    const Scenario& sc = dc.scene.scenario;
    const TextStyle text{s.font, dc.px(s.sizes.legend), false, s.colors.text};
    using Kind = LegendEntry::Kind;
    using Entry = LegendEntry;
    const std::vector<Entry> entries = legend_entries(sc);
    const double pad = dc.px(12), row = dc.px(s.sizes.legend * 1.7), sample = dc.px(46);
    double width = 0;
    for (const Entry& e : entries) width = std::max(width, dc.text.measure(e.label, text).width);
    const Layout& l = dc.scene.layout;
    const PixelRect panel{l.margin, l.strip.y - l.margin * 0.5 - (2 * pad + row * entries.size()),
                          width + sample + dc.px(12) + 2 * pad, 2 * pad + row * entries.size()};
    fill_panel(dc.cr, panel, s.colors.panel, dc.px(6));
    dc.labels.block({panel.x, panel.y, panel.x + panel.width, panel.y + panel.height});
    cairo_t* cr = dc.cr;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        const double y = panel.y + pad + row * (i + 0.5);
        const double x = panel.x + pad;
        if (e.kind == Kind::planned) {
            cairo_new_path(cr);
            cairo_move_to(cr, x, y);
            cairo_line_to(cr, x + sample, y);
            set_source(cr, s.colors.route_planned);
            const double dash[] = {dc.px(3), dc.px(5)};
            cairo_set_dash(cr, dash, 2, 0);
            cairo_set_line_width(cr, dc.px(1.6));
            cairo_stroke(cr);
            cairo_set_dash(cr, nullptr, 0, 0);
        } else if (e.kind == Kind::unit) {
            draw_unit_symbol(cr, e.mode, {x + sample / 2, y}, dc.px(s.sizes.unit_symbol * 0.75), 0,
                             s.colors.muted_text, s.colors.halo, dc.px(1.5));
        } else if (e.kind == Kind::arrived) {
            const TextStyle number{s.font, dc.px(s.sizes.legend), true, s.colors.halo};
            draw_arrival_badge(cr, dc.text, number, {x + sample / 2, y}, 2, s.colors.muted_text,
                               s.colors.halo, dc.px(1.5));
        } else if (e.kind == Kind::route) {
            cairo_new_path(cr);
            cairo_move_to(cr, x, y);
            cairo_line_to(cr, x + sample, y);
            set_source(cr, s.color_of(e.confidence));
            set_confidence_dash(cr, e.confidence, dc.px(1));
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
            cairo_set_line_width(cr, dc.px(s.sizes.route));
            cairo_stroke(cr);
            cairo_set_dash(cr, nullptr, 0, 0);
        } else if (e.kind == Kind::event) {
            draw_event_marker(cr, {x + sample / 2, y}, dc.px(s.sizes.event_symbol * 0.8),
                              s.color_of(e.confidence), s.colors.halo);
        } else {
            draw_place_symbol(cr, e.place_kind, {x + sample / 2, y}, dc.px(s.sizes.place_symbol),
                              s);
        }
        const TextSize size = dc.text.measure(e.label, text);
        dc.text.draw(cr, e.label, text, x + sample + dc.px(12), y - size.height / 2);
    }
}

void draw_footer(const DrawContext& dc) {
    const Style& s = dc.style();
    const Layout& l = dc.scene.layout;
    const Scenario& sc = dc.scene.scenario;
    std::string lines = sources_line(sc, dc.time) + "\n" + credits_line(sc);
    if (!dc.frame.basemap.disputed.empty()) lines += " " + worldview_note(sc.map.worldview);
    TextStyle text{s.font, dc.px(s.sizes.footer), false, s.colors.muted_text};
    text.max_width = l.width - 2 * l.margin;
    const double y = l.bottom_band.y + dc.px(64);
    dc.mark(dc.text.draw(dc.cr, lines, text, l.margin, y));
}

}  // namespace

void draw_fixed_furniture(const DrawContext& dc) {
    // Keys name what each panel shows; the map's furniture (inset, scale bar, north arrow)
    // changes with the view, which clears the cache. The fixed panels get no time (draw_panel).
    // They are drawn only when a base layer is made: kept for the view.
    constexpr PanelLifetime view = PanelLifetime::view;
    draw_panel(dc, "header", draw_header, view);
    if (dc.style().show.legend) draw_panel(dc, "legend", draw_legend, view);
    draw_panel(dc, "map", draw_map_furniture, view);
    if (dc.scene.layout.strip.height > 0) draw_panel(dc, "strip", draw_timeline_strip_axis, view);
    draw_panel(dc, "timeline", draw_timeline_bar_axis, view);
}

std::vector<Box> ChangingFurniture::panels() const {
    const auto box_of = [](const PixelRect& r) {
        return Box{r.x, r.y, r.x + r.width, r.y + r.height};
    };
    std::vector<Box> boxes{box_of(date.box)};
    if (statements) boxes.push_back(box_of(statements->box));
    return boxes;
}

ChangingFurniture lay_out_changing_furniture(const DrawContext& dc,
                                             const std::vector<const Event*>& numbered) {
    ChangingFurniture furniture{lay_out_date(dc), std::nullopt};
    furniture.statements = lay_out_statements(dc, furniture.date.box, numbered);
    return furniture;
}

void draw_changing_furniture(const DrawContext& dc, const ChangingFurniture& furniture) {
    draw_date(dc, furniture.date);
    if (furniture.statements) draw_statements(dc, *furniture.statements);
    draw_timeline_strip_playhead(dc);
    draw_timeline_bar_position(dc);
    draw_footer(dc);
}

}  // namespace gt
