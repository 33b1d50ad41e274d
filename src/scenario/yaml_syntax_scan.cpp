#include "scenario/yaml_syntax_scan.hpp"

#include "scenario/yaml_tokens.hpp"

namespace gt {

using namespace yaml_tokens;

namespace {

bool is_document_marker(std::string_view line) {
    return (line.starts_with("---") || line.starts_with("...")) &&
           (line.size() == 3 || is_space(line[3]));
}

/// The leading spaces of a line (tabs are no indentation in YAML).
std::size_t leading_spaces(std::string_view line) {
    const std::size_t spaces = line.find_first_not_of(' ');
    return spaces == npos ? line.size() : spaces;
}

const char* const kTab = "tab character in the indentation";
const char* const kTabHint = "YAML indents with spaces only: replace the tab with spaces";

}  // namespace

std::optional<Diagnostic> YamlSyntaxScanner::scan_line(std::string_view line) {
    ++line_;
    blank_tab_line_ = false;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    line_content_ = line.find_first_not_of(" \t");
    if (open_quote_ != 0) return quote_continuation(line);
    if (block_owner_ != kNoBlockScalar) {
        std::optional<Diagnostic> problem;
        if (block_text(line, problem)) return problem;
    }
    if (flow_depth_ > 0) {
        const std::size_t content = line.find_first_not_of(" \t");
        if (content == npos) {
            blank_tab_line_ = line.find('\t') != npos;
            return std::nullopt;
        }
        if (line[content] == '#') return std::nullopt;
        continuation(line, flow_owner_, "a list or mapping in brackets");
        return follow_tokens(line, content, flow_owner_);
    }
    return block_line(line);
}

std::optional<Diagnostic> YamlSyntaxScanner::finish() const {
    if (open_quote_ != 0) {
        return Diagnostic{
            Diagnostic::Severity::error, quote_pos_,
            std::string("the quote ") + open_quote_ + " opened here is never closed",
            "add the closing quote; inside quotes write \\\" (or '' in single quotes)"};
    }
    if (directive_) return directive_problem();
    return std::nullopt;
}

Diagnostic YamlSyntaxScanner::directive_problem() const {
    return {Diagnostic::Severity::error, *directive_,
            "a directive ('%...') without a document after it",
            "put a line '---' after the directive, then the scenario; or remove the directive"};
}

/// A line outside quotes, brackets and block text: its indentation places it in the block
/// collections above it, which it may end, continue or open.
std::optional<Diagnostic> YamlSyntaxScanner::block_line(std::string_view line) {
    const std::size_t content = line.find_first_not_of(" \t");
    if (content == npos) {
        blank_tab_line_ = line.find('\t') != npos;
        return std::nullopt;
    }
    if (line[content] == '#') return std::nullopt;  // a comment may stand anywhere
    if (is_document_marker(line)) return document_marker(line);
    if (directive_) return directive_problem();
    if (line[0] == '%' && !in_document_) {
        directive_ = SourcePos{file_, line_, 1};
        return std::nullopt;
    }
    if (line[0] == '%' && !document_content_) {
        return problem(0, "a directive ('%...') inside a document",
                       "end the document above with a line '...' before the directive");
    }
    in_document_ = true;
    document_content_ = true;
    const std::size_t spaces = leading_spaces(line);
    while (!blocks_.empty() && blocks_.back().column > static_cast<long>(spaces)) {
        blocks_.pop_back();
    }
    return entries(line, content, spaces);
}

std::optional<Diagnostic> YamlSyntaxScanner::document_marker(std::string_view line) {
    blocks_.clear();
    if (line.starts_with("...")) {
        if (directive_) return directive_problem();
        in_document_ = false;
        return std::nullopt;
    }
    directive_.reset();
    in_document_ = true;
    document_content_ = false;
    const std::size_t at = skip_spaces(line, 3);
    if (at >= line.size() || line[at] == '#') return std::nullopt;
    return node(line, at, -1);
}

/// The entries a line starts ("- ", "? ", ": ", "key: ") and the node after them. A line at the
/// column of an open collection must be one of its entries; a tab may stand after the spaces
/// only before a node that is no entry (a continued value, a flow collection).
std::optional<Diagnostic> YamlSyntaxScanner::entries(std::string_view line, std::size_t content,
                                                     std::size_t spaces) {
    const bool dash = is_indicator(line, content, '-');
    const bool key = dash || is_indicator(line, content, '?') || is_indicator(line, content, ':') ||
                     mapping_indicator(line, content) != npos;
    const bool tab = spaces < content;
    if (tab && key) return problem(spaces, kTab, kTabHint);
    while (!blocks_.empty() && blocks_.back().column == static_cast<long>(spaces)) {
        const Block top = blocks_.back();
        if (top.sequence ? dash : key) break;
        const bool zero_indented =  // a list as a key's value, at the key's column
            blocks_.size() >= 2 && blocks_[blocks_.size() - 2].column == top.column;
        if (!top.sequence || !zero_indented) {
            if (tab) return problem(spaces, kTab, kTabHint);
            return not_an_entry(line, spaces, top.sequence);
        }
        blocks_.pop_back();
    }
    std::size_t at = content;
    for (;;) {
        if (is_indicator(line, at, '-') || is_indicator(line, at, '?')) {
            push(static_cast<long>(at), line[at] == '-');
        } else if (!is_indicator(line, at, ':')) {
            const std::size_t colon = mapping_indicator(line, at);
            if (colon == npos) break;
            push(static_cast<long>(at), false);
            at = skip_spaces(line, colon + 1);
            break;  // the rest of the line is the key's value
        }
        at = skip_spaces(line, at + 1);
    }
    if (at >= line.size() || (line[at] == '#' && at > 0 && is_space(line[at - 1]))) {
        return std::nullopt;
    }
    return node(line, at, owner());
}

Diagnostic YamlSyntaxScanner::not_an_entry(std::string_view line, std::size_t spaces,
                                           bool sequence) const {
    const std::size_t colon = line.find(':', spaces);
    if (!sequence && colon != npos && colon + 1 < line.size() && !is_space(line[colon + 1]) &&
        line.find(' ', spaces) > colon) {
        return problem(spaces, "a line at the column of the keys above that is no 'key: value'",
                       "put a space after the ':' of the key: '" +
                           std::string(line.substr(spaces, colon + 1 - spaces)) + " ...'");
    }
    if (sequence) {
        return problem(spaces, "a line at the column of the list above that is no '- ' item",
                       "start it with '- ', or indent it to continue the item above");
    }
    return problem(spaces, "a line at the column of the keys above that is no 'key: value'",
                   "add the ':' after the key, or indent the line to continue the value above");
}

void YamlSyntaxScanner::push(long column, bool sequence) {
    if (!blocks_.empty() && blocks_.back().column == column &&
        blocks_.back().sequence == sequence) {
        return;
    }
    blocks_.push_back({column, sequence});
}

/// A node starting at `at`: a block scalar header, or tokens to follow for quotes and brackets.
std::optional<Diagnostic> YamlSyntaxScanner::node(std::string_view line, std::size_t at,
                                                  long owner) {
    at = skip_properties(line, at);
    if (at < line.size() && (line[at] == '|' || line[at] == '>')) {
        return block_header(line, at, owner);
    }
    return follow_tokens(line, at, owner);
}

std::optional<Diagnostic> YamlSyntaxScanner::block_header(std::string_view line, std::size_t at,
                                                          long owner) {
    std::size_t i = at + 1;
    bool explicit_indent = false;
    while (i < line.size() &&
           (line[i] == '-' || line[i] == '+' || (line[i] >= '1' && line[i] <= '9'))) {
        explicit_indent = explicit_indent || (line[i] != '-' && line[i] != '+');
        ++i;
    }
    if (i < line.size() && line[i] == '#') {
        return problem(i, "a comment right after '" + std::string(line.substr(at, i - at)) + "'",
                       "put a space before the '#' of a comment");
    }
    if (i < line.size() && !is_space(line[i])) return std::nullopt;  // yaml-cpp reports it
    block_owner_ = owner;
    block_explicit_ = explicit_indent;
    block_indent_ = -1;
    blank_spaces_ = 0;
    return std::nullopt;
}

/// True when `line` is text of the open block scalar (then `problem` tells what is wrong with
/// it); false when the line ends the block scalar.
bool YamlSyntaxScanner::block_text(std::string_view line, std::optional<Diagnostic>& problem) {
    const std::size_t spaces = leading_spaces(line);
    if (line.find_first_not_of(" \t") == npos) {  // blank: text, or nothing, of any indentation
        const bool tab = spaces < line.size();
        if (block_indent_ < 0 && !block_explicit_ && static_cast<long>(spaces) > blank_spaces_) {
            blank_spaces_ = static_cast<long>(spaces);
            blank_spaces_pos_ = {file_, line_, static_cast<int>(spaces)};
        }
        // Before the first text line a tab decides the indentation (YAML refuses it there);
        // past the text's indentation it is text.
        blank_tab_line_ = tab && block_indent_ >= 0 && static_cast<long>(spaces) < block_indent_;
        return true;
    }
    if (static_cast<long>(spaces) <= block_owner_ || (spaces == 0 && is_document_marker(line))) {
        block_owner_ = kNoBlockScalar;
        return false;
    }
    if (block_indent_ < 0) {
        block_indent_ = static_cast<long>(spaces);
        if (blank_spaces_ > block_indent_) {
            problem = Diagnostic{Diagnostic::Severity::error, blank_spaces_pos_,
                                 "a blank line at the start of a block text holds more spaces "
                                 "than its first line is indented",
                                 "remove the spaces of the blank lines before the text"};
        }
    }
    return true;
}

/// Checks that a continued line of a quoted value or flow collection is indented more than the
/// block entry that holds it (a tab does not count). The problem is kept until the value
/// closes: a value never closed is the better report.
void YamlSyntaxScanner::continuation(std::string_view line, long owner, const char* what) {
    const std::size_t spaces = leading_spaces(line);
    if (static_cast<long>(spaces) > owner || unindented_) return;
    // A closing bracket at the key's column, as JSON is laid out, is accepted (as yaml-cpp and
    // most YAML readers do; YAML 1.2 wants it indented too).
    const bool closing = spaces < line.size() && (line[spaces] == ']' || line[spaces] == '}');
    if (closing && static_cast<long>(spaces) == owner) return;
    if (spaces < line.size() && line[spaces] == '\t') {
        unindented_ = problem(spaces, kTab, kTabHint);
        return;
    }
    unindented_ = problem(
        spaces, std::string("this line of ") + what + " is not indented more than its key",
        "indent the lines of a value that goes on over several lines more than its key (or its "
        "'- ')");
}

/// The problem continuation() kept, once the value it was found in is closed.
std::optional<Diagnostic> YamlSyntaxScanner::closed() {
    std::optional<Diagnostic> problem;
    problem.swap(unindented_);
    return problem;
}

std::optional<Diagnostic> YamlSyntaxScanner::quote_continuation(std::string_view line) {
    if (line.find_first_not_of(" \t") == npos) return std::nullopt;  // a line break
    continuation(line, quote_owner_, "a quoted value");
    std::size_t at = 0;
    const char quote = open_quote_;
    open_quote_ = 0;
    if (auto p = quoted(line, 0, quote, quote_owner_, at)) return p;
    if (open_quote_ != 0) return std::nullopt;
    if (flow_depth_ == 0) {
        if (auto p = closed()) return p;
    }
    return follow_tokens(line, at + 1, quote_owner_);
}

/// Follows the quoted scalars and flow brackets of a line from `from`, where a token starts:
/// remembers a quoted scalar or flow collection still open at its end. Outside brackets only a
/// quote or bracket starting a token counts: elsewhere it is plain text.
std::optional<Diagnostic> YamlSyntaxScanner::follow_tokens(std::string_view line, std::size_t from,
                                                           long owner) {
    for (std::size_t i = from; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '#' && (i == 0 || is_space(line[i - 1]))) break;
        if (flow_depth_ == 0) {
            const bool bracket = c == '[' || c == '{';
            if ((!bracket && c != '"' && c != '\'') || (i != from && !starts_token(line, i))) {
                continue;
            }
            if (!bracket) {
                quote_pos_ = {file_, line_, static_cast<int>(i) + 1};
                if (auto p = quoted(line, i + 1, c, owner, i)) return p;
                continue;
            }
            flow_owner_ = owner;
        }
        if (auto p = flow_token(line, i)) return p;
    }
    return std::nullopt;
}

/// One character inside flow brackets (a quoted scalar as a whole), at `at`.
std::optional<Diagnostic> YamlSyntaxScanner::flow_token(std::string_view line, std::size_t& at) {
    const char c = line[at];
    if (is_space(c)) return std::nullopt;
    if (c == '[' || c == '{') {
        flow_expect_entry_ = true;
        flow_brackets_.push_back(c);
        if (++flow_depth_ > max_nesting_) {
            return problem(
                at, "brackets nested deeper than " + std::to_string(max_nesting_) + " levels",
                "a scenario needs only a few levels: check the brackets");
        }
        return std::nullopt;
    }
    if (c == ']' || c == '}' || c == ',') {
        if (c == ',' && flow_expect_entry_) {
            return problem(at, "an empty entry: ',' with no value before it",
                           "remove the extra ','");
        }
        flow_expect_entry_ = c == ',';
        if (c != ',') flow_brackets_.pop_back();
        if (c != ',' && --flow_depth_ == 0) {
            if (auto p = closed()) return p;
        }
        return comment_after(line, at);
    }
    const bool entry_start = flow_expect_entry_;
    flow_expect_entry_ = false;
    if (entry_start) flow_entry_line_ = c == '?' ? 0 : line_;
    if (auto p = flow_limitation(line, at, entry_start)) return p;
    if ((c == '"' || c == '\'') && (starts_token(line, at) || line[at - 1] == ':')) {
        quote_pos_ = {file_, line_, static_cast<int>(at) + 1};
        return quoted(line, at + 1, c, flow_owner_, at);
    }
    const char next = at + 1 < line.size() ? line[at + 1] : ' ';
    if (c == '-' && entry_start && (is_space(next) || next == ',' || next == ']' || next == '}')) {
        return problem(at, "a '-' alone inside brackets",
                       "inside [ ] separate the items with commas, without '- '; quote a value "
                       "that is only '-'");
    }
    return std::nullopt;
}

/// Valid YAML yaml-cpp 0.7 cannot read inside brackets, refused with a clearer message than
/// yaml-cpp's ("end of map flow not found", "unknown token"): a ':' on a later line than its
/// key, a plain value starting with '?'.
std::optional<Diagnostic> YamlSyntaxScanner::flow_limitation(std::string_view line, std::size_t at,
                                                             bool entry_start) const {
    const char c = line[at];
    if (c != '?' && c != ':') return std::nullopt;
    const char next = at + 1 < line.size() ? line[at + 1] : ' ';
    if (c == '?' && entry_start && !is_space(next)) {
        return problem(at, "yaml-cpp cannot read a value starting with '?' inside brackets",
                       "quote the value: \"?...\"");
    }
    const bool first_on_line = line_content_ == at;
    const bool indicator = is_space(next) || next == ',' || next == ']' || next == '}';
    if (c == ':' && !entry_start && flow_entry_line_ != 0 && flow_entry_line_ != line_ &&
        (indicator || first_on_line) && flow_brackets_.back() == '{' && !unindented_) {
        return problem(at, "yaml-cpp cannot read a ':' on a later line than its key",
                       "move the ':' up to the line of its key");
    }
    return std::nullopt;
}

/// Follows a quoted scalar from `from` (past its opening quote) to its closing quote, left in
/// `at`; a quote not closed on this line stays open, with `at` at the line's end.
std::optional<Diagnostic> YamlSyntaxScanner::quoted(std::string_view line, std::size_t from,
                                                    char quote, long owner, std::size_t& at) {
    const QuoteEnd end = closing_quote(line, from, quote);
    if (end.bad_escape != npos) {
        const std::string escape(line.substr(end.bad_escape, 2));
        return problem(end.bad_escape, "'" + escape + "' is not an escape of YAML",
                       "in double quotes write a backslash as \\\\ and ' as it is (escapes are "
                       "\\\" \\\\ \\n \\t \\/ \\xXX \\uXXXX ...); in 'single quotes' a backslash "
                       "is text");
    }
    if (end.close == npos) {
        open_quote_ = quote;
        quote_owner_ = owner;
        at = line.size();
        return std::nullopt;
    }
    at = end.close;
    return comment_after(line, at);
}

/// A '#' right after the token ending at `at` (a quote, a bracket, a comma) is no comment.
std::optional<Diagnostic> YamlSyntaxScanner::comment_after(std::string_view line,
                                                           std::size_t at) const {
    if (at + 1 >= line.size() || line[at + 1] != '#') return std::nullopt;
    return problem(at + 1, std::string("a comment right after '") + line[at] + "'",
                   "put a space before the '#' of a comment");
}

Diagnostic YamlSyntaxScanner::problem(std::size_t column, std::string message,
                                      std::string hint) const {
    return {Diagnostic::Severity::error,
            {file_, line_, static_cast<int>(column) + 1},
            std::move(message),
            std::move(hint)};
}

}  // namespace gt
