#include "render/legend.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace gt {

std::vector<LegendEntry> legend_entries(const Scenario& sc) {
    using Kind = LegendEntry::Kind;
    std::set<Confidence> route_levels, event_levels;
    std::set<Mode> modes;
    for (const Movement& m : sc.movements) {
        route_levels.insert(m.confidence);
        modes.insert(m.mode);
    }
    for (const Event& e : sc.events) {
        if (e.at) event_levels.insert(e.confidence);
    }
    const Words& w = sc.words;
    std::vector<LegendEntry> entries;
    for (Confidence c : route_levels) {
        entries.push_back({w["route_taken"] + ", " + w.meaning(c), Kind::route, c, "", Mode::land});
    }
    if (!sc.movements.empty()) {
        entries.push_back({w["route_ahead"], Kind::planned, Confidence::unknown, "", Mode::land});
    }
    for (Mode m : modes) {
        const char* what = m == Mode::sea    ? "unit_at_sea"
                           : m == Mode::air  ? "unit_in_the_air"
                           : m == Mode::rail ? "unit_by_rail"
                                             : "unit_on_land";
        entries.push_back({w[what], Kind::unit, Confidence::unknown, "", m});
    }
    const bool some_arrive =
        std::any_of(sc.movements.begin(), sc.movements.end(),
                    [&](const Movement& m) { return m.end <= sc.timeline.end; });
    if (some_arrive) {
        entries.push_back({w["units_arrived"], Kind::arrived, Confidence::unknown, "", Mode::land});
    }
    for (Confidence c : event_levels) {
        entries.push_back({w["event"] + ", " + w.meaning(c), Kind::event, c, "", Mode::land});
    }
    // One row per symbol: kinds drawn alike share it ("City, fort, town"), so that no two rows
    // show the same symbol as if it meant two things.
    std::map<std::string, std::set<std::string>> kinds_by_symbol;
    for (const Place& p : sc.places) kinds_by_symbol[symbol_kind(p.kind)].insert(p.kind);
    for (const auto& [symbol, kinds] : kinds_by_symbol) {
        std::string label;
        for (const std::string& k : kinds) label += (label.empty() ? "" : ", ") + w.kind(k);
        label = capitalize_first(label);
        entries.push_back({label, Kind::place, Confidence::unknown, symbol, Mode::land});
    }
    return entries;
}

}  // namespace gt
