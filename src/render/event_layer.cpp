// Events at places: a marker that appears at the event's date with a pulse while it is current,
// and a callout with its date, text and confidence.
#include <algorithm>
#include <cmath>
#include <optional>

#include "render/draw.hpp"
#include "timeline/schedule.hpp"

namespace gt {

namespace {

/// When the event happened: its day, and its time when it was given one.
std::string date_span(const Event& e, const TimelineSpec& timeline, DateFormatter& dates) {
    const std::string start = dates.format(e.start, moment_format(timeline, e.start));
    if (e.end <= e.start + Seconds{86400}) return start;
    return start + " – " + dates.format(e.end, moment_format(timeline, e.end));
}

void draw_pulse(cairo_t* cr, XY at, double radius, double phase, const Rgba& color) {
    // Two rings travel outwards and fade; the phase comes from the frame time, so it is the
    // same on every run.
    for (double offset : {0.0, 0.5}) {
        const double f = std::fmod(phase + offset, 1.0);
        cairo_new_path(cr);
        cairo_arc(cr, at.x, at.y, radius * (1.2 + 1.8 * f), 0, 2 * M_PI);
        Rgba c = color;
        c.a = 0.55 * (1 - f);
        set_source(cr, c);
        cairo_set_line_width(cr, radius * 0.3);
        cairo_stroke(cr);
    }
}

/// With `show.events_fade`, a past event fades out over two days.
double past_opacity(const Event& e, Instant t) {
    const Instant ended = std::max(e.end, e.start + Seconds{86400});
    const double days = static_cast<double>((t - ended).count()) / 86400;
    return std::clamp(1 - days / 2, 0.0, 1.0);
}

}  // namespace

void draw_event_marker(cairo_t* cr, XY at, double r, const Rgba& fill, const Rgba& outline) {
    // A five-pointed star: unlike any unit or place symbol.
    cairo_new_path(cr);
    for (int i = 0; i < 10; ++i) {
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const double radius = i % 2 == 0 ? r * 1.35 : r * 0.6;
        const double x = at.x + radius * std::cos(angle), y = at.y + radius * std::sin(angle);
        if (i == 0)
            cairo_move_to(cr, x, y);
        else
            cairo_line_to(cr, x, y);
    }
    cairo_close_path(cr);
    set_source(cr, fill);
    cairo_fill_preserve(cr);
    set_source(cr, outline);
    cairo_set_line_width(cr, r * 0.25);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
}

namespace {

struct Shown {
    const Event* event;
    XY at;
    EventPhase phase;
    double opacity;
};

/// The events shown at `dc.time` in phase `which` (any phase when nullopt), in the scenario's
/// order.
std::vector<Shown> shown_events(const DrawContext& dc, std::optional<EventPhase> which) {
    const Scene& scene = dc.scene;
    const Style& s = dc.style();
    std::vector<Shown> shown;
    const auto& events = scene.scenario.events;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        const EventPhase phase = event_phase(e, dc.time);
        if (phase == EventPhase::hidden || (which && phase != *which)) continue;
        if (std::isnan(scene.events[i].x)) continue;
        const bool fades = phase == EventPhase::past && s.show.events_fade;
        const double opacity = fades ? past_opacity(e, dc.time) : 1;
        if (opacity <= 0) continue;
        shown.push_back({&e, dc.frame.view.to_pixel(scene.events[i]), phase, opacity});
    }
    return shown;
}

Rgba faded(Rgba c, double opacity) {
    c.a *= opacity;
    return c;
}

}  // namespace

void draw_event_symbols(const DrawContext& dc, EventPhase which) {
    const Style& s = dc.style();
    const double r = dc.px(s.sizes.event_symbol);
    std::vector<Shown> shown = shown_events(dc, which);
    // Stars oldest first, so that the latest lies on top where they share a spot. Ties keep the
    // scenario's order.
    std::stable_sort(shown.begin(), shown.end(),
                     [](const Shown& a, const Shown& b) { return a.event->end < b.event->end; });
    for (const Shown& item : shown) {
        // The pulse's outer ring reaches 3.15 r; the star 1.5 r.
        const double reach = r * 3.5 + 2;
        dc.mark({item.at.x - reach, item.at.y - reach, item.at.x + reach, item.at.y + reach});
        const Rgba color = faded(s.color_of(item.event->confidence), item.opacity);
        if (item.phase == EventPhase::active) {
            const double day = static_cast<double>((dc.time - item.event->start).count()) / 86400;
            draw_pulse(dc.cr, item.at, r, day - std::floor(day), color);
        }
        draw_event_marker(dc.cr, item.at, item.phase == EventPhase::active ? r : r * 0.75, color,
                          faded(s.colors.halo, item.opacity));
        dc.labels.block({item.at.x - r, item.at.y - r * 1.3, item.at.x + r, item.at.y + r * 1.3});
    }
}

std::vector<PendingLabel> event_labels(const DrawContext& dc, std::vector<const Event*>* events) {
    const Scene& scene = dc.scene;
    const Style& s = dc.style();
    const double r = dc.px(s.sizes.event_symbol);
    std::vector<Shown> shown = shown_events(dc, std::nullopt);
    // The earliest first: a new event's label never pushes an older one off its spot, so a
    // label stays where it is while its event is on.
    std::stable_sort(shown.begin(), shown.end(), [](const Shown& a, const Shown& b) {
        return a.event->start < b.event->start;
    });
    std::vector<PendingLabel> labels;
    for (const Shown& item : shown) {
        const Event& e = *item.event;
        TextStyle head{s.font,  dc.px(s.sizes.event_label), true, s.colors.text, s.colors.halo,
                       dc.px(3)};
        head.max_width = dc.px(330);
        if (item.phase == EventPhase::past) head.color = s.colors.muted_text;
        head.color = faded(head.color, item.opacity);
        head.halo = faded(head.halo, item.opacity);
        const std::string date = date_span(e, scene.scenario.timeline, dc.dates);
        const std::string level = "(" + scene.scenario.words.level(e.confidence) + ")";
        // One form only: what happened, when, and how sure it is. A shorter form would be
        // another statement (a claim read as fact, an undated event), so where it cannot fit
        // the label goes farther out on a leader line, or is left out.
        if (events != nullptr) events->push_back(&e);
        labels.push_back({item.at,
                          r + dc.px(8),
                          {date + " · " + e.label + "\n" + level},
                          head,
                          {},
                          dc.px(260),
                          r * 1.35});
    }
    return labels;
}

std::vector<PendingLabel> event_numbers(const DrawContext& dc,
                                        const std::vector<const Event*>& numbered) {
    const Scene& scene = dc.scene;
    const Style& s = dc.style();
    const double r = dc.px(s.sizes.event_symbol);
    std::vector<PendingLabel> labels;
    for (std::size_t n = 0; n < numbered.size(); ++n) {
        const auto index = static_cast<std::size_t>(numbered[n] - scene.scenario.events.data());
        TextStyle number{s.font,        dc.px(s.sizes.event_label),
                         true,          s.color_of(numbered[n]->confidence),
                         s.colors.halo, dc.px(3)};
        labels.push_back({dc.frame.view.to_pixel(scene.events[index]),
                          r + dc.px(3),
                          {std::to_string(n + 1)},
                          number,
                          {},
                          dc.px(80),
                          r * 1.35});
    }
    return labels;
}

}  // namespace gt
