#pragma once
#include <vector>

#include "common/error.hpp"
#include "scenario/limits.hpp"
#include "scenario/model.hpp"

namespace gt {

/// Semantic checks after parsing: references resolve (and waypoints get their coordinates),
/// dates are ordered, the extent has area, sizes are in range. Appends to `out`.
void validate_scenario(Scenario& s, std::vector<Diagnostic>& out,
                       const ScenarioLimits& limits = {});

}  // namespace gt
