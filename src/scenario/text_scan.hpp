#pragma once
// Checks on the raw bytes of a scenario before any YAML parser sees them: a parser given binary
// data, broken UTF-8 or tab indentation reports something confusing (or nothing at all). The
// YAML rules checked here are those yaml-cpp 0.7 gets wrong (see yaml_syntax_scan.hpp).
#include <optional>
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace gt {

/// The first problem in `text` as a Diagnostic at its line and column (columns count bytes, as
/// the YAML parser's do), or nullopt when the text is clean. Reports: UTF-16 text, bytes that
/// are not UTF-8, control characters (binary data), flow brackets nested deeper than
/// `max_nesting`, a quote that is never closed (which yaml-cpp would silently close at the end
/// of the file), and the YAML 1.2 errors yaml-cpp accepts: tabs used for indentation, lines not
/// indented as their place needs, bad escapes, comments without a space before '#', empty
/// entries and a lone '-' in brackets, a directive without a document. A UTF-8 byte order mark
/// at the start is accepted.
[[nodiscard]] std::optional<Diagnostic> scan_text(std::string_view text, const std::string& file,
                                                  int max_nesting);

/// `text` as yaml-cpp should read it: the tabs of blank lines outside the text of block scalars
/// become spaces. YAML 1.2 reads such a line as blank, yaml-cpp 0.7 refuses a tab at its start
/// ("illegal tab when looking for indentation"). Lines and columns stay where they are.
/// @pre scan_text found no problem in `text`.
[[nodiscard]] std::string text_for_yaml_cpp(std::string_view text);

}  // namespace gt
