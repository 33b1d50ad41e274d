#include "scenario/text_scan.hpp"

#include <algorithm>
#include <cstdio>

#include "scenario/yaml_syntax_scan.hpp"

namespace gt {

namespace {

/// Length of the UTF-8 sequence starting at text[at], or 0 when it is not valid UTF-8
/// (stray continuation bytes, overlong forms, surrogates, code points above U+10FFFF).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // overlong
        if (lead == 0xED) high = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;   // overlong
        if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (at + length > text.size()) return 0;
    if (byte(at + 1) < low || byte(at + 1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
    }
    return length;
}

std::string hex_byte(unsigned char c) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(c));
    return buffer;
}

class TextScanner {
  public:
    TextScanner(std::string_view text, std::string file, int max_nesting)
        : text_(text), file_(file), yaml_(std::move(file), max_nesting) {}

    std::optional<Diagnostic> run() {
        if (text_.starts_with("\xFF\xFE") || text_.starts_with("\xFE\xFF")) {
            return problem(0, "the file is UTF-16 text", "save it as UTF-8");
        }
        std::size_t at = text_.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        while (at < text_.size()) {
            const std::size_t end = std::min(text_.find('\n', at), text_.size());
            if (auto problem = scan_line(text_.substr(at, end - at))) return problem;
            at = end + 1;
            ++line_;
        }
        return yaml_.finish();
    }

  private:
    std::optional<Diagnostic> scan_line(std::string_view line) {
        for (std::size_t i = 0; i < line.size();) {
            const auto c = static_cast<unsigned char>(line[i]);
            const std::size_t length = utf8_sequence_length(line, i);
            if (length == 0) {
                return problem(i, "byte " + hex_byte(c) + " is not UTF-8 text",
                               "save the file as UTF-8 (the encoding is probably Latin-1 or "
                               "Windows-1252)");
            }
            if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
                return problem(i, "control character " + hex_byte(c) + " in the text",
                               "a scenario is a text file: is this a binary file?");
            }
            i += length;
        }
        return yaml_.scan_line(line);
    }

    Diagnostic problem(std::size_t column, std::string message, std::string hint) const {
        return {Diagnostic::Severity::error,
                {file_, line_, static_cast<int>(column) + 1},
                std::move(message),
                std::move(hint)};
    }

    std::string_view text_;
    std::string file_;
    int line_ = 1;
    YamlSyntaxScanner yaml_;
};

}  // namespace

std::optional<Diagnostic> scan_text(std::string_view text, const std::string& file,
                                    int max_nesting) {
    return TextScanner(text, file, max_nesting).run();
}

std::string text_for_yaml_cpp(std::string_view text) {
    std::string out(text);
    YamlSyntaxScanner scanner("", 1 << 30);
    std::size_t at = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (at < text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        (void)scanner.scan_line(text.substr(at, end - at));
        if (scanner.blank_tab_line()) {
            std::replace(out.begin() + static_cast<long>(at), out.begin() + static_cast<long>(end),
                         '\t', ' ');
        }
        at = end + 1;
    }
    return out;
}

}  // namespace gt
