#pragma once
// A bound on the warnings one run reports, as there is one on its errors.
#include <cstddef>
#include <string>
#include <vector>

#include "common/error.hpp"

namespace gt {

/// Keeps the first `max` warnings of `diagnostics` (errors all stay, in order) and adds one at
/// `file` counting those left out: thousands of warnings (one for each of 10,000 movements) take
/// time to print and hide the ones that matter.
void cap_warnings(std::vector<Diagnostic>& diagnostics, const std::string& file, std::size_t max);

}  // namespace gt
