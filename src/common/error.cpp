#include "common/error.hpp"

namespace gt {

std::string SourcePos::str() const {
    std::string s = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
        s += ':' + std::to_string(line);
        if (column > 0) s += ':' + std::to_string(column);
    }
    return s;
}

namespace {

/// `text` with every control character but a line break written as \xNN, so that a scenario's
/// string (or a file name) quoted in a message cannot move the cursor, clear the terminal or set
/// its title: C0 controls, DEL, and C1 controls (U+0080..U+009F, as UTF-8 or as a lone byte).
std::string for_terminal(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    const auto escape = [&out](unsigned char byte) {
        static const char digits[] = "0123456789abcdef";
        out += "\\x";
        out += digits[byte >> 4U];
        out += digits[byte & 0xFU];
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0U;
        if ((byte < 0x20U && byte != '\n') || byte == 0x7FU) {
            escape(byte);
        } else if (byte == 0xC2U && next >= 0x80U && next <= 0x9FU) {
            escape(next);
            ++i;
        } else if (byte >= 0x80U && byte <= 0x9FU &&
                   (i == 0 || static_cast<unsigned char>(text[i - 1]) < 0x80U)) {
            escape(byte);  // a C1 control on its own, not inside a UTF-8 sequence
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace

std::string Diagnostic::str() const {
    std::string s = for_terminal(pos.str()) +
                    (severity == Severity::error ? ": error: " : ": warning: ") +
                    for_terminal(message);
    if (!hint.empty()) s += "\n  hint: " + for_terminal(hint);
    return s;
}

namespace {
std::string summary(const std::vector<Diagnostic>& diagnostics) {
    return diagnostics.empty() ? std::string("invalid input") : diagnostics.front().str();
}
}  // namespace

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : Error(summary(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(Diagnostic diagnostic)
    : InputError(std::vector<Diagnostic>{std::move(diagnostic)}) {}

}  // namespace gt
