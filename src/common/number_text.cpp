#include "common/number_text.hpp"

#include <unicode/numberformatter.h>

#include <cstdio>

namespace gt {

std::string number_text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string locale_number(long value, const std::string& locale) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString formatted =
        icu::number::NumberFormatter::withLocale(icu::Locale(locale.c_str()))
            .formatInt(value, status)
            .toString(status);
    if (U_FAILURE(status)) return std::to_string(value);
    std::string out;
    formatted.toUTF8String(out);
    return out;
}

std::string locale_decimal(double value, const std::string& locale, int fraction_digits) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString formatted =
        icu::number::NumberFormatter::withLocale(icu::Locale(locale.c_str()))
            .precision(icu::number::Precision::maxFraction(fraction_digits))
            .grouping(UNUM_GROUPING_OFF)
            .formatDouble(value, status)
            .toString(status);
    if (U_FAILURE(status)) return number_text(value);
    std::string out;
    formatted.toUTF8String(out);
    return out;
}

std::string count_text(std::size_t count, const std::string& singular, const std::string& plural) {
    return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

}  // namespace gt
