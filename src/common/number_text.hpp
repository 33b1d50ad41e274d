#pragma once
#include <string>

namespace gt {

/// A number as people write it in messages: 0.1 and 126.5 rather than 0.100000 and 126.500000.
[[nodiscard]] std::string number_text(double value);

}  // namespace gt
