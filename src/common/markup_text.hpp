#pragma once
// Text put into HTML or XML (SVG), in element content or in a quoted attribute.
#include <string>
#include <string_view>

namespace gt {

/// Appends `text` with & < > " ' escaped, and without the control characters XML 1.0 forbids
/// (a label may hold one written as a YAML escape, "\a"; one would make a whole SVG unreadable).
void append_markup_text(std::string& out, std::string_view text);

/// `text` as append_markup_text writes it.
[[nodiscard]] std::string markup_text(std::string_view text);

}  // namespace gt
