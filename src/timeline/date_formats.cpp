#include "timeline/date_formats.hpp"

#include <unicode/dtptngen.h>
#include <unicode/locid.h>

#include <cctype>
#include <memory>

namespace gt {

namespace {

/// The conversion for `count` repetitions of ICU pattern letter `letter`, or "" for none.
std::string conversion_of(char letter, std::size_t count) {
    switch (letter) {
        case 'y':
        case 'u':
            return count == 2 ? "%y" : "%Y";
        case 'M':
        case 'L':
            return count >= 4 ? "%B" : count == 3 ? "%b" : count == 2 ? "%m" : "%-m";
        case 'd':
            return count == 2 ? "%d" : "%-d";
        case 'E':
        case 'c':
            return count >= 4 ? "%A" : "%a";
        default:
            return "";
    }
}

}  // namespace

std::optional<std::string> conversions_of_icu_pattern(const std::string& pattern) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
        const char c = pattern[i];
        if (c == '\'') {
            // 'literal', with '' for a quote inside or alone.
            const std::size_t close = pattern.find('\'', i + 1);
            if (close == i + 1) {
                out += '\'';
                i += 2;
                continue;
            }
            std::size_t k = i + 1;
            for (; k < pattern.size(); ++k) {
                if (pattern[k] == '\'') {
                    if (k + 1 < pattern.size() && pattern[k + 1] == '\'') {  // '' inside: a quote
                        out += '\'';
                        ++k;
                        continue;
                    }
                    break;
                }
                out += pattern[k] == '%' ? std::string("%%") : std::string(1, pattern[k]);
            }
            i = k + 1;
        } else if (std::isalpha(static_cast<unsigned char>(c)) != 0) {
            std::size_t count = 1;
            while (i + count < pattern.size() && pattern[i + count] == c) ++count;
            const std::string conversion = conversion_of(c, count);
            if (conversion.empty()) return std::nullopt;
            out += conversion;
            i += count;
        } else {
            out += c == '%' ? std::string("%%") : std::string(1, c);
            ++i;
        }
    }
    return out;
}

std::optional<std::string> locale_date_format(const std::string& locale,
                                              const std::string& skeleton) {
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(icu::Locale(locale.c_str()), status));
    if (U_FAILURE(status)) return std::nullopt;
    const icu::UnicodeString best =
        generator->getBestPattern(icu::UnicodeString::fromUTF8(skeleton), status);
    if (U_FAILURE(status)) return std::nullopt;
    std::string pattern;
    best.toUTF8String(pattern);
    return conversions_of_icu_pattern(pattern);
}

}  // namespace gt
