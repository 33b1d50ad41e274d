#pragma once
// Checks on the raw bytes of a scenario before any YAML parser sees them: a parser given binary
// data, broken UTF-8 or tab indentation reports something confusing (or nothing at all).
#include <optional>
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace gt {

/// The first problem in `text` as a Diagnostic at its line and column (columns count bytes, as
/// the YAML parser's do), or nullopt when the text is clean. Reports: UTF-16 text, bytes that
/// are not UTF-8, control characters (binary data), tabs used for indentation, flow brackets
/// nested deeper than `max_nesting`, and a quote that is never closed (which yaml-cpp would
/// silently close at the end of the file). A UTF-8 byte order mark at the start is accepted.
[[nodiscard]] std::optional<Diagnostic> scan_text(std::string_view text, const std::string& file,
                                                  int max_nesting);

}  // namespace gt
