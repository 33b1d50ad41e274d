#pragma once
// A streaming pass over the YAML events of a scenario before the document is built into a tree.
// It bounds what the tree may hold (nesting, scalar sizes, values with aliases expanded, one
// document, no cycles) so a hostile file cannot exhaust the stack, memory or time of any later
// walk over the tree.
#include <yaml-cpp/exceptions.h>

#include <optional>
#include <string>

#include "common/error.hpp"
#include "scenario/limits.hpp"

namespace gt {

/// The first structural problem of `yaml` (syntax errors included, as yaml-cpp reports them),
/// or nullopt when it holds one YAML document within `limits` (documents after it may be empty).
[[nodiscard]] std::optional<Diagnostic> check_yaml_structure(const std::string& yaml,
                                                             const std::string& file,
                                                             const ScenarioLimits& limits);

/// A Diagnostic for an exception thrown by yaml-cpp, at the position it carries.
[[nodiscard]] Diagnostic yaml_syntax_error(const YAML::Exception& e, const std::string& file);

}  // namespace gt
