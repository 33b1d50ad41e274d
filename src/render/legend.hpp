#pragma once
// What the legend explains: built from what the scenario actually uses, so it lists every line
// style, symbol and confidence level on the map and nothing else.
#include <string>
#include <vector>

#include "scenario/model.hpp"

namespace gt {

struct LegendEntry {
    enum class Kind { route, planned, unit, arrived, event, place };
    std::string label;
    Kind kind = Kind::route;
    Confidence confidence = Confidence::unknown;
    std::string place_kind;
    Mode mode = Mode::land;
};

/// Routes by confidence, the route still ahead, unit symbols by mode, the arrived units' badge,
/// events by confidence
/// (placed events only: statements are listed beside the map), place kinds; in the scenario's
/// words.
[[nodiscard]] std::vector<LegendEntry> legend_entries(const Scenario& scenario);

}  // namespace gt
