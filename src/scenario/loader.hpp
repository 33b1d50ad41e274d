#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "scenario/limits.hpp"
#include "scenario/model.hpp"

namespace gt {

struct LoadedScenario {
    Scenario scenario;
    std::vector<Diagnostic> warnings;
};

/// Reads, checks and resolves a scenario file (place references, sources, dates).
/// Never crashes, hangs or exhausts memory on hostile input: the bytes are checked first
/// (UTF-8, control characters, tab indentation), then the YAML structure against `limits`.
/// @throws InputError listing every error found (at most limits.max_errors, warnings after them).
/// @throws RuntimeError when the file cannot be read.
/// @param gazetteer GeoNames table for places given by name only; empty: such places are errors.
[[nodiscard]] LoadedScenario load_scenario(const std::filesystem::path& file,
                                           const ScenarioLimits& limits = {},
                                           const std::filesystem::path& gazetteer = {});

/// Same, from text; `file` names it in messages and gives the scenario its name.
/// @throws InputError as load_scenario does.
[[nodiscard]] LoadedScenario load_scenario_text(const std::string& yaml, const std::string& file,
                                                const ScenarioLimits& limits = {},
                                                const std::filesystem::path& gazetteer = {});

}  // namespace gt
