#pragma once
// Checks on the raw bytes of a scenario before any YAML parser sees them: a parser given binary
// data, broken UTF-8 or tab indentation reports something confusing (or nothing at all).
#include <optional>
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace gt {

/// The first problem in `text` as a Diagnostic at its line and column (columns count bytes, as
/// the YAML parser's do), or nullopt when the text is clean. Reports, in file order: bytes that
/// are not UTF-8, control characters (binary data), and tabs used for indentation.
/// A UTF-8 byte order mark at the start is accepted.
[[nodiscard]] std::optional<Diagnostic> scan_text(std::string_view text, const std::string& file);

}  // namespace gt
