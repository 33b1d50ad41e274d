#pragma once
// Small lexical helpers over one line of YAML, for the scans in front of yaml-cpp. Positions are
// byte offsets in the line.
#include <cstddef>
#include <string_view>

namespace gt::yaml_tokens {

constexpr std::size_t npos = std::string_view::npos;

/// True for the whitespace that separates tokens on a line.
constexpr bool is_space(char c) { return c == ' ' || c == '\t'; }

/// True when line[at] is `indicator` standing alone: followed by whitespace or the line's end
/// ("- ", "? ", ": ").
bool is_indicator(std::string_view line, std::size_t at, char indicator);

/// True when the character at `at` starts a token: it starts the line's content or follows an
/// indicator (": ", "- ", "? ", "[", "{", ","). Elsewhere a quote or bracket is part of plain
/// text (O'Brien, "see [3]").
bool starts_token(std::string_view line, std::size_t at);

/// The end of a quoted scalar opened before `from`: where it closes and the first bad escape.
struct QuoteEnd {
    std::size_t close = npos;       ///< the closing quote, or npos
    std::size_t bad_escape = npos;  ///< the backslash of an escape YAML does not know, or npos
};

/// Follows a quoted scalar from `from` to its closing `quote` (' or "), or to the line's end.
QuoteEnd closing_quote(std::string_view line, std::size_t from, char quote);

/// The ':' of an implicit key starting at `at` ("name: value", "\"a b\": c"), or npos when
/// the line holds no key there. Anchors and tags before the key are skipped.
std::size_t mapping_indicator(std::string_view line, std::size_t at);

/// `at` moved past the anchors and tags (&name, !tag) standing there and the spaces after them.
std::size_t skip_properties(std::string_view line, std::size_t at);

/// `at` moved past spaces and tabs.
std::size_t skip_spaces(std::string_view line, std::size_t at);

}  // namespace gt::yaml_tokens
