#include "cli/option_checks.hpp"

#include <string>

#include "common/number_text.hpp"

namespace gt {

CLI::Validator within(double min, double max) {
    const std::string range = number_text(min) + " .. " + number_text(max);
    return CLI::Validator(
        [min, max, range](std::string& text) -> std::string {
            double value = 0;
            if (!CLI::detail::lexical_cast(text, value)) return "'" + text + "' is not a number";
            if (!(value >= min && value <= max)) return text + " is outside " + range;  // NaN too
            return {};
        },
        "in " + range);
}

}  // namespace gt
