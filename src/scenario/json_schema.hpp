#pragma once
// The JSON Schema (draft 2020-12) of the scenario format, generated from scenario_schema(), for
// editors (the YAML language server) and validators.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace gt {

/// @param style_paths every style setting ("colors.sea"...), for the `style:` block.
[[nodiscard]] nlohmann::json scenario_json_schema(const std::vector<std::string>& style_paths);

}  // namespace gt
