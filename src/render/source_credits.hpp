#pragma once
// The footer's account of sources: which sources support what a frame shows, at which
// confidence, and what it shows that has none (`source: none`), so that a reader never takes an
// unsourced claim for a sourced one.
#include <string>

#include "scenario/model.hpp"

namespace gt {

/// The footer's first line at `t`: "Sources: <publisher>, <title> (<date>) [<confidences>]; ..."
/// for the sources of every movement and event begun by then, in order of first citation, then
/// ". No source given for <label> [<confidence>]; ..." for those begun that cite none.
/// "Sources: none given for ..." when only those are on the map; "Sources: none yet on the map"
/// before anything is.
[[nodiscard]] std::string sources_line(const Scenario& scenario, Instant t);

/// The footer's second line: the basemap's credit, GeoNames' when a place name came from the
/// gazetteer, then the scenario's own `credits`.
[[nodiscard]] std::string credits_line(const Scenario& scenario);

/// What the footer says of the borders where a disputed area is on the map: whose view of it
/// they follow ("Borders: as recognised by the UN; disputed areas dashed.").
[[nodiscard]] std::string worldview_note(const std::string& worldview);

}  // namespace gt
