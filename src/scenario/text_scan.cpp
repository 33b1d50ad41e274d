#include "scenario/text_scan.hpp"

#include <cstdio>

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

/// True when the line's content ends with a block scalar indicator (|, >, |-, >+, |2 ...): the
/// lines after it that are indented deeper are text, where tabs are allowed.
bool opens_block_scalar(std::string_view line) {
    const auto comment = line.find(" #");
    if (comment != std::string_view::npos) line = line.substr(0, comment);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    while (!line.empty() && (line.back() == '-' || line.back() == '+' ||
                             (line.back() >= '1' && line.back() <= '9'))) {
        line.remove_suffix(1);
    }
    if (line.empty() || (line.back() != '|' && line.back() != '>')) return false;
    line.remove_suffix(1);
    return line.empty() || line.back() == ' ';
}

/// Index of the quote closing a quoted scalar that opened before `from`, or npos.
std::size_t closing_quote(std::string_view line, std::size_t from, char quote) {
    for (std::size_t i = from; i < line.size(); ++i) {
        if (quote == '"' && line[i] == '\\') {
            ++i;  // an escape: the next character is text
        } else if (line[i] == quote) {
            if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
                ++i;  // '' is an escaped single quote
            } else {
                return i;
            }
        }
    }
    return std::string_view::npos;
}

/// True when the character at `at` starts a token: it starts the line's content or follows an
/// indicator (": ", "- ", "? ", "[", "{", ","). Elsewhere a quote or bracket is part of plain
/// text (O'Brien, "see [3]").
bool starts_token(std::string_view line, std::size_t at) {
    std::size_t i = at;
    while (i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t')) --i;
    if (i == 0) return true;
    const char before = line[i - 1];
    if (before == '[' || before == '{' || before == ',') return true;
    return i < at && (before == ':' || before == '-' || before == '?');
}

class TextScanner {
  public:
    TextScanner(std::string_view text, std::string file, int max_nesting)
        : text_(text), file_(std::move(file)), max_nesting_(max_nesting) {}

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
        if (open_quote_ != 0) {
            return Diagnostic{
                Diagnostic::Severity::error, quote_pos_,
                std::string("the quote ") + open_quote_ + " opened here is never closed",
                "add the closing quote; inside quotes write \\\" (or '' in single quotes)"};
        }
        return std::nullopt;
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
        std::size_t from = 0;
        if (open_quote_ != 0) {  // the text of a quoted scalar that spans lines
            from = closing_quote(line, 0, open_quote_);
            if (from == std::string_view::npos) return std::nullopt;
            open_quote_ = 0;
            ++from;
        } else if (auto problem = check_indentation(line)) {
            return problem;
        }
        if (in_block_scalar_) return std::nullopt;
        return follow_quotes_and_brackets(line, from);
    }

    /// Follows the quoted scalars and flow brackets of a line: remembers a quoted scalar still
    /// open at its end, and reports brackets nested deeper than the limit. The YAML parser
    /// scans ahead over a whole flow collection before it builds anything, so a long line of
    /// '[' would cost it seconds; here it costs one pass.
    std::optional<Diagnostic> follow_quotes_and_brackets(std::string_view line, std::size_t from) {
        for (std::size_t i = from; i < line.size(); ++i) {
            const char c = line[i];
            if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) break;
            if (c == '[' || c == '{') {
                if (flow_depth_ == 0 && !starts_token(line, i)) continue;  // plain text
                if (++flow_depth_ > max_nesting_) {
                    return problem(
                        i,
                        "brackets nested deeper than " + std::to_string(max_nesting_) + " levels",
                        "a scenario needs only a few levels: check the brackets");
                }
            } else if ((c == ']' || c == '}') && flow_depth_ > 0) {
                --flow_depth_;
            } else if ((c == '"' || c == '\'') && starts_token(line, i)) {
                const std::size_t close = closing_quote(line, i + 1, c);
                if (close == std::string_view::npos) {
                    open_quote_ = c;
                    quote_pos_ = {file_, line_, static_cast<int>(i) + 1};
                    break;
                }
                i = close;
            }
        }
        return std::nullopt;
    }

    std::optional<Diagnostic> check_indentation(std::string_view line) {
        const std::size_t content = line.find_first_not_of(" \t\r");
        if (content == std::string_view::npos) {
            return std::nullopt;  // blank lines do not count, nor end a block scalar
        }
        const std::size_t spaces = line.find_first_not_of(' ');
        in_block_scalar_ =
            block_scalar_indent_ >= 0 && static_cast<long>(spaces) > block_scalar_indent_;
        if (in_block_scalar_) return std::nullopt;  // text of a block scalar: tabs are content
        block_scalar_indent_ = -1;
        if (line[content] != '#' && line.substr(0, content).find('\t') != std::string_view::npos) {
            return problem(line.find('\t'), "tab character in the indentation",
                           "YAML indents with spaces only: replace the tab with spaces");
        }
        if (opens_block_scalar(line)) block_scalar_indent_ = static_cast<long>(spaces);
        return std::nullopt;
    }

    Diagnostic problem(std::size_t column, std::string message, std::string hint) const {
        return {Diagnostic::Severity::error,
                {file_, line_, static_cast<int>(column) + 1},
                std::move(message),
                std::move(hint)};
    }

    std::string_view text_;
    std::string file_;
    int max_nesting_;
    int flow_depth_ = 0;  ///< open flow brackets, [ and {
    int line_ = 1;
    long block_scalar_indent_ = -1;  ///< indentation of the line that opened a block scalar
    bool in_block_scalar_ = false;   ///< the current line is text of a block scalar
    char open_quote_ = 0;            ///< the quote of a quoted scalar still open, or 0
    SourcePos quote_pos_;            ///< where that quoted scalar opened
};

}  // namespace

std::optional<Diagnostic> scan_text(std::string_view text, const std::string& file,
                                    int max_nesting) {
    return TextScanner(text, file, max_nesting).run();
}

}  // namespace gt
