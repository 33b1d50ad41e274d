#include "common/number_text.hpp"

#include <cstdio>

namespace gt {

std::string number_text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

}  // namespace gt
