#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "scenario/model.hpp"

namespace gt {

struct LoadedScenario {
    Scenario scenario;
    std::vector<Diagnostic> warnings;
};

/// Reads, checks and resolves a scenario file (place references, sources, dates).
/// @throws InputError listing every error found (warnings included after them).
/// @throws RuntimeError when the file cannot be read.
[[nodiscard]] LoadedScenario load_scenario(const std::filesystem::path& file);

/// Same, from text; `file` names it in messages and gives the scenario its name.
[[nodiscard]] LoadedScenario load_scenario_text(const std::string& yaml, const std::string& file);

}  // namespace gt
