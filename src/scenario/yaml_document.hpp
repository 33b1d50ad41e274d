#pragma once
// The YAML layer of a scenario: the text scan, the structure guard and yaml-cpp, in that order,
// so that every file is refused or read as YAML 1.2 says wherever yaml-cpp 0.7 would not (the
// differences left are listed in docs/scenario.md, "YAML conformance").
#include <yaml-cpp/yaml.h>

#include <string>

#include "scenario/limits.hpp"

namespace gt {

/// The first YAML document of `yaml` as a tree (a file of one document, or one followed by
/// empty documents).
/// @throws InputError with the first problem of the text at its line and column.
[[nodiscard]] YAML::Node load_yaml_document(const std::string& yaml, const std::string& file,
                                            const ScenarioLimits& limits);

}  // namespace gt
