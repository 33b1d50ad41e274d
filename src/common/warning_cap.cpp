#include "common/warning_cap.hpp"

#include <algorithm>

namespace gt {

void cap_warnings(std::vector<Diagnostic>& diagnostics, const std::string& file, std::size_t max) {
    std::size_t kept = 0;
    const auto over = std::remove_if(diagnostics.begin(), diagnostics.end(), [&](const auto& d) {
        return d.severity == Diagnostic::Severity::warning && ++kept > max;
    });
    const auto left_out = static_cast<std::size_t>(diagnostics.end() - over);
    diagnostics.erase(over, diagnostics.end());
    if (left_out == 0) return;
    diagnostics.push_back({Diagnostic::Severity::warning,
                           {file, 0, 0},
                           std::to_string(left_out) + " more warnings not shown",
                           "deal with the warnings above and run again"});
}

}  // namespace gt
