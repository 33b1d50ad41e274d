#pragma once
#include <vector>

#include "common/error.hpp"
#include "scenario/model.hpp"

namespace gt {

/// Limits a scenario may not exceed without the user asking (protects memory and disk).
struct ScenarioLimits {
    int max_pixels_per_side = 16384;
    long max_frames = 100000;
};

/// Semantic checks after parsing: references resolve (and waypoints get their coordinates),
/// dates are ordered, the extent has area, sizes are in range. Appends to `out`.
void validate_scenario(Scenario& s, std::vector<Diagnostic>& out, const ScenarioLimits& limits = {});

}  // namespace gt
