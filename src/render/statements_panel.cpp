#include "render/statements_panel.hpp"

#include <algorithm>
#include <cmath>

#include "timeline/schedule.hpp"

namespace gt {

namespace {

/// "13 Oct · reported · NIS": when, how sure, and who says so.
std::string item_heading(const DrawContext& dc, const Event& e) {
    const Scenario& sc = dc.scene.scenario;
    const Source* src = sc.find_source(e.source_id);
    std::string heading = dc.dates.format(e.start, moment_format(sc.timeline, e.start)) + " · " +
                          sc.words.level(e.confidence);
    if (src != nullptr && !src->publisher.empty()) heading += " · " + src->publisher;
    return heading;
}

/// The statements without a place shown at `dc.time`, newest first.
std::vector<const Event*> visible_statements(const DrawContext& dc) {
    std::vector<const Event*> visible;
    for (const Event& e : dc.scene.scenario.events) {
        if (!e.at && event_phase(e, dc.time) != EventPhase::hidden) visible.push_back(&e);
    }
    std::stable_sort(visible.begin(), visible.end(),
                     [](const Event* a, const Event* b) { return a->start > b->start; });
    return visible;
}

/// The panel's styles and the column it may fill, under the date panel down to above the inset.
struct Column {
    TextStyle head, body;
    double pad = 0;
    PixelRect box;        ///< at its tallest
    double more_row = 0;  ///< the height of the "+N" row
};

Column column_of(const DrawContext& dc, const PixelRect& date_panel) {
    const Style& s = dc.style();
    Column c;
    c.pad = dc.px(12);
    const double width = dc.px(380);
    c.head = {s.font, dc.px(s.sizes.legend), true, s.colors.text};
    c.body = {s.font, dc.px(s.sizes.legend), false, s.colors.text};
    c.body.max_width = width - 2 * c.pad - dc.px(14);
    c.head.max_width = c.body.max_width;
    const double top = date_panel.y + date_panel.height + dc.px(10);
    const double bottom = dc.scene.layout.bottom_band.y - dc.px(s.sizes.inset + 70);
    c.box = {date_panel.x + date_panel.width - width, top, width, std::max(0.0, bottom - top)};
    c.more_row = dc.text.measure("+0", c.body).height + dc.px(4);
    return c;
}

}  // namespace

PixelRect statements_column(const DrawContext& dc, const PixelRect& date_panel) {
    return column_of(dc, date_panel).box;
}

std::optional<StatementsPanel> lay_out_statements(const DrawContext& dc,
                                                  const PixelRect& date_panel,
                                                  const std::vector<const Event*>& numbered) {
    const Style& s = dc.style();
    const Scenario& sc = dc.scene.scenario;
    const std::vector<const Event*> statements =
        s.show.statements ? visible_statements(dc) : std::vector<const Event*>{};
    if (statements.empty() && numbered.empty()) return std::nullopt;
    const Column column = column_of(dc, date_panel);
    StatementsPanel p;
    p.pad = column.pad;
    p.head = column.head;
    p.body = column.body;
    const std::string& title = sc.words[statements.empty() ? "numbered_events" : "statements"];
    double height = 2 * p.pad + dc.text.measure(title, p.head).height + dc.px(4);
    // Whatever does not fit is counted in a last row, "+3": never dropped without a sign.
    const double room = column.box.height, more_row = column.more_row;
    std::vector<std::pair<const Event*, std::string>> rows;
    for (const Event* e : statements) rows.emplace_back(e, item_heading(dc, *e));
    for (std::size_t i = 0; i < numbered.size(); ++i) {
        rows.emplace_back(numbered[i],
                          std::to_string(i + 1) + " · " + item_heading(dc, *numbered[i]));
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& [e, heading] = rows[i];
        const bool is_numbered = i >= statements.size();
        double grows = dc.text.measure(heading, p.head).height +
                       dc.text.measure(e->label, p.body).height + dc.px(8);
        if (is_numbered && i == statements.size() && i > 0) {
            grows += dc.text.measure(sc.words["numbered_events"], p.head).height + dc.px(8);
        }
        const bool last = i + 1 == rows.size();
        if (height + grows + (last ? 0 : more_row) > room) {
            p.more = rows.size() - i;
            height += more_row;
            break;
        }
        height += grows;
        p.items.push_back({e, heading, e->label, is_numbered});
    }
    p.box = {column.box.x, column.box.y, column.box.width, height};
    // The panel shows its items where the date panel leaves room: both name it.
    p.key = "statements";
    for (double v : {p.box.x, p.box.y, p.box.width, p.box.height}) p.key += " " + std::to_string(v);
    for (const auto& item : p.items) {
        p.key += (item.numbered ? " #" : " ") + std::to_string(item.event - sc.events.data());
    }
    p.key += " +" + std::to_string(p.more);
    return p;
}

void draw_statements(const DrawContext& dc, const StatementsPanel& p) {
    draw_panel(dc, p.key, [&](const DrawContext& c) {
        const Style& s = c.style();
        const Words& words = c.scene.scenario.words;
        const PixelRect& panel = p.box;
        fill_panel(c.cr, panel, s.colors.panel, c.px(6));
        double y = panel.y + p.pad;
        const bool only_numbered = !p.items.empty() && p.items.front().numbered;
        const std::string& title = words[only_numbered ? "numbered_events" : "statements"];
        c.text.draw(c.cr, title, p.head, panel.x + p.pad, y);
        y += c.text.measure(title, p.head).height + c.px(4);
        TextStyle item_head = p.head;
        bool numbered_heading_due = !only_numbered;
        for (const auto& item : p.items) {
            if (item.numbered && numbered_heading_due) {
                y += c.px(4);
                c.text.draw(c.cr, words["numbered_events"], p.head, panel.x + p.pad, y);
                y += c.text.measure(words["numbered_events"], p.head).height + c.px(4);
                numbered_heading_due = false;
            }
            const Rgba color = s.color_of(item.event->confidence);
            cairo_new_path(c.cr);
            cairo_arc(c.cr, panel.x + p.pad + c.px(5), y + c.px(10), c.px(5), 0, 2 * M_PI);
            set_source(c.cr, color);
            cairo_fill(c.cr);
            const double x = panel.x + p.pad + c.px(16);
            item_head.color = color;
            c.text.draw(c.cr, item.heading, item_head, x, y);
            y += c.text.measure(item.heading, item_head).height;
            c.text.draw(c.cr, item.text, p.body, x, y);
            y += c.text.measure(item.text, p.body).height + c.px(8);
        }
        if (p.more > 0) {
            TextStyle more = p.body;
            more.color = s.colors.muted_text;
            c.text.draw(c.cr, "+" + std::to_string(p.more), more, panel.x + p.pad + c.px(16), y);
        }
    });
}

}  // namespace gt
