#include "render/source_credits.hpp"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

namespace gt {

namespace {

/// Sources cited by what is on the map at `t`, in order of first citation, with the confidence
/// levels they support.
std::vector<std::pair<const Source*, std::set<Confidence>>> cited_sources(const Scenario& sc,
                                                                          Instant t) {
    std::vector<std::pair<const Source*, std::set<Confidence>>> out;
    const auto cite = [&](const std::string& id, Confidence c) {
        const Source* src = sc.find_source(id);
        if (src == nullptr) return;
        for (auto& [cited, levels] : out) {
            if (cited == src) {
                levels.insert(c);
                return;
            }
        }
        out.push_back({src, {c}});
    };
    for (const Movement& m : sc.movements) {
        if (t >= m.start) cite(m.source_id, m.confidence);
    }
    for (const Event& e : sc.events) {
        if (t >= e.start) cite(e.source_id, e.confidence);
    }
    return out;
}

std::string cited_text(const Scenario& sc, Instant t) {
    std::string out;
    for (const auto& [src, levels] : cited_sources(sc, t)) {
        std::string levels_text;
        for (Confidence c : levels) {
            levels_text += (levels_text.empty() ? "" : ", ") + sc.words.level(c);
        }
        out += (out.empty() ? "" : "; ") + (src->publisher.empty() ? "" : src->publisher + ", ") +
               src->title + (src->date.empty() ? "" : " (" + src->date + ")") + " [" + levels_text +
               "]";
    }
    return out;
}

/// What is on the map at `t` that says it has no source: "label [confidence]; ...".
std::string unsourced_text(const Scenario& sc, Instant t) {
    std::string out;
    const auto add = [&](const std::string& label, const std::string& id, Confidence c) {
        out += (out.empty() ? "" : "; ") + (label.empty() ? id : label) + " [" + sc.words.level(c) +
               "]";
    };
    for (const Movement& m : sc.movements) {
        if (t >= m.start && m.source_id == "none") add(m.label, m.id, m.confidence);
    }
    for (const Event& e : sc.events) {
        if (t >= e.start && e.source_id == "none") add(e.label, e.id, e.confidence);
    }
    return out;
}

}  // namespace

std::string sources_line(const Scenario& scenario, Instant t) {
    const std::string cited = cited_text(scenario, t);
    const std::string unsourced = unsourced_text(scenario, t);
    const Words& w = scenario.words;
    const std::string head = w["sources"] + " ";
    if (cited.empty() && unsourced.empty()) return head + w["no_sources_yet"];
    if (cited.empty()) return head + w["none_given_for"] + " " + unsourced;
    if (unsourced.empty()) return head + cited;
    return head + cited + ". " + w["no_source_given_for"] + " " + unsourced;
}

std::string credits_line(const Scenario& scenario) {
    std::string credit = scenario.words["basemap_credit"];
    const bool geonames = std::any_of(scenario.places.begin(), scenario.places.end(),
                                      [](const Place& p) { return p.from_gazetteer; });
    if (geonames) credit += " " + scenario.words["place_names_credit"];
    if (!scenario.credits.empty()) credit += " " + scenario.credits;
    return credit;
}

std::string worldview_note(const std::string& worldview) {
    // The areas the UN and Ukraine views move are cut with the Digital Chart of the World.
    const std::string dcw = " (areas: Digital Chart of the World, LGPL)";
    if (worldview == "ukraine") return "Borders: as Ukraine draws them" + dcw + ".";
    if (worldview == "russia") return "Borders: as Russia draws them.";
    return "Borders: as recognised by the UN, disputed areas dashed" + dcw + ".";
}

}  // namespace gt
