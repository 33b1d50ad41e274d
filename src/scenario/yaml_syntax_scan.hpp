#pragma once
// The YAML 1.2 rules that yaml-cpp 0.7 does not check, or checks differently, followed line by
// line over a scenario's text before yaml-cpp reads it: where tabs may stand, how far the lines
// of a value must be indented, what may follow a quote or a bracket, escapes in double quotes,
// directives and block scalar headers. yaml-cpp then checks the rest of the grammar.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace gt {

class YamlSyntaxScanner {
  public:
    YamlSyntaxScanner(std::string file, int max_nesting)
        : file_(std::move(file)), max_nesting_(max_nesting) {}

    /// The first problem of the next line of the text (given without its '\n'), or nullopt.
    /// @pre the line is valid UTF-8 without control characters other than tab and CR.
    std::optional<Diagnostic> scan_line(std::string_view line);

    /// A problem still open at the end of the text: an unclosed quote, a directive that no
    /// document follows.
    [[nodiscard]] std::optional<Diagnostic> finish() const;

    /// True when the line last scanned is blank, holds a tab and is no text of a block scalar.
    /// YAML reads it as an empty line; yaml-cpp refuses the tab, but not the same line with
    /// spaces in its place.
    [[nodiscard]] bool blank_tab_line() const { return blank_tab_line_; }

  private:
    /// A block collection the current line is inside: the column of its entries.
    struct Block {
        long column;
        bool sequence;
    };
    static constexpr long kNoBlockScalar = -2;

    std::optional<Diagnostic> block_line(std::string_view line);
    std::optional<Diagnostic> document_marker(std::string_view line);
    std::optional<Diagnostic> entries(std::string_view line, std::size_t content,
                                      std::size_t spaces);
    std::optional<Diagnostic> node(std::string_view line, std::size_t at, long owner);
    std::optional<Diagnostic> block_header(std::string_view line, std::size_t at, long owner);
    bool block_text(std::string_view line, std::optional<Diagnostic>& problem);
    void continuation(std::string_view line, long owner, const char* what);
    std::optional<Diagnostic> closed();
    std::optional<Diagnostic> quote_continuation(std::string_view line);
    std::optional<Diagnostic> follow_tokens(std::string_view line, std::size_t from, long owner);
    std::optional<Diagnostic> flow_token(std::string_view line, std::size_t& at);
    [[nodiscard]] std::optional<Diagnostic> flow_limitation(std::string_view line, std::size_t at,
                                                            bool entry_start) const;
    std::optional<Diagnostic> quoted(std::string_view line, std::size_t from, char quote,
                                     long owner, std::size_t& at);
    [[nodiscard]] std::optional<Diagnostic> comment_after(std::string_view line,
                                                          std::size_t at) const;
    [[nodiscard]] Diagnostic not_an_entry(std::string_view line, std::size_t spaces,
                                          bool sequence) const;
    [[nodiscard]] Diagnostic directive_problem() const;
    void push(long column, bool sequence);
    [[nodiscard]] long owner() const { return blocks_.empty() ? -1 : blocks_.back().column; }
    [[nodiscard]] Diagnostic problem(std::size_t column, std::string message,
                                     std::string hint) const;

    std::string file_;
    int max_nesting_;
    int line_ = 0;
    bool blank_tab_line_ = false;
    std::size_t line_content_ = 0;   ///< where the current line's content starts
    std::vector<Block> blocks_;      ///< the block collections open, outermost first
    bool in_document_ = false;       ///< content or '---' seen since the start or the last '...'
    bool document_content_ = false;  ///< a line of content seen since the last '---'
    std::optional<SourcePos> directive_;  ///< a directive that still waits for its '---'

    int flow_depth_ = 0;              ///< open flow brackets, [ and {
    std::string flow_brackets_;       ///< those brackets, outermost first
    long flow_owner_ = -1;            ///< column of the block entry holding the flow collection
    bool flow_expect_entry_ = false;  ///< after '[', '{' or ',': an entry or a closing bracket
    int flow_entry_line_ = 0;         ///< where the current entry started (0: an explicit key)

    char open_quote_ = 0;    ///< the quote of a quoted scalar still open, or 0
    SourcePos quote_pos_;    ///< where that quoted scalar opened
    long quote_owner_ = -1;  ///< column of the block entry holding it

    std::optional<Diagnostic> unindented_;  ///< a line of an open value indented too little

    long block_owner_ = kNoBlockScalar;  ///< column of the entry holding an open block scalar
    bool block_explicit_ = false;        ///< its header gives the indentation (|2)
    long block_indent_ = -1;             ///< indentation of its first text line, -1 before it
    long blank_spaces_ = 0;              ///< most spaces of a blank line before that line
    SourcePos blank_spaces_pos_;         ///< where that blank line ends
};

}  // namespace gt
