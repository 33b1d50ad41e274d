#include "scenario/yaml_tokens.hpp"

#include <cctype>

namespace gt::yaml_tokens {

bool is_indicator(std::string_view line, std::size_t at, char indicator) {
    return at < line.size() && line[at] == indicator &&
           (at + 1 == line.size() || is_space(line[at + 1]));
}

bool starts_token(std::string_view line, std::size_t at) {
    std::size_t i = at;
    while (i > 0 && is_space(line[i - 1])) --i;
    if (i == 0) return true;
    const char before = line[i - 1];
    if (before == '[' || before == '{' || before == ',') return true;
    return i < at && (before == ':' || before == '-' || before == '?');
}

namespace {

/// How many hex digits follow `at`, up to `wanted`.
std::size_t hex_digits(std::string_view line, std::size_t at, std::size_t wanted) {
    std::size_t n = 0;
    while (n < wanted && at + n < line.size() &&
           std::isxdigit(static_cast<unsigned char>(line[at + n])) != 0) {
        ++n;
    }
    return n;
}

/// The length of the escape whose backslash is at `at`, or 0 when YAML 1.2 has no such escape
/// (yaml-cpp also takes \' and reads it as a quote). A backslash ending the line escapes the
/// line break.
std::size_t escape_length(std::string_view line, std::size_t at) {
    if (at + 1 >= line.size()) return 1;
    constexpr std::string_view single = "0abt\tnvfre \"/\\N_LP";
    const char c = line[at + 1];
    if (single.find(c) != std::string_view::npos) return 2;
    std::size_t digits = 0;
    if (c == 'x') digits = 2;
    if (c == 'u') digits = 4;
    if (c == 'U') digits = 8;
    if (digits == 0 || hex_digits(line, at + 2, digits) != digits) return 0;
    return 2 + digits;
}

}  // namespace

QuoteEnd closing_quote(std::string_view line, std::size_t from, char quote) {
    QuoteEnd end;
    for (std::size_t i = from; i < line.size(); ++i) {
        if (quote == '"' && line[i] == '\\') {
            const std::size_t length = escape_length(line, i);
            if (length == 0 && end.bad_escape == npos) end.bad_escape = i;
            i += length == 0 ? 1 : length - 1;  // the escaped character is text
        } else if (line[i] == quote) {
            if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
                ++i;  // '' is an escaped single quote
            } else {
                end.close = i;
                return end;
            }
        }
    }
    return end;
}

std::size_t skip_spaces(std::string_view line, std::size_t at) {
    while (at < line.size() && is_space(line[at])) ++at;
    return at;
}

std::size_t skip_properties(std::string_view line, std::size_t at) {
    while (at < line.size() && (line[at] == '&' || line[at] == '!')) {
        while (at < line.size() && !is_space(line[at])) ++at;
        at = skip_spaces(line, at);
    }
    return at;
}

std::size_t mapping_indicator(std::string_view line, std::size_t at) {
    std::size_t i = skip_properties(line, at);
    if (i >= line.size() || line[i] == '[' || line[i] == '{' || line[i] == '#') return npos;
    if (line[i] == '"' || line[i] == '\'') {
        const std::size_t close = closing_quote(line, i + 1, line[i]).close;
        if (close == npos) return npos;
        i = close + 1;
    }
    for (; i < line.size(); ++i) {
        if (line[i] == '#' && i > at && is_space(line[i - 1])) return npos;
        if (is_indicator(line, i, ':')) return i;
    }
    return npos;
}

}  // namespace gt::yaml_tokens
