#pragma once
// Checks of option values whose messages read like the program's own ("--scale: 10 is outside
// 0.25 .. 8"), rather than CLI11's ("Value 10 not in range 0.250000 to 8.000000").
#include <CLI/CLI.hpp>

namespace gt {

/// Accepts numbers from `min` to `max` (inclusive).
[[nodiscard]] CLI::Validator within(double min, double max);

}  // namespace gt
