#include "scenario/text_scan.hpp"

#include <gtest/gtest.h>

namespace gt {

namespace {
/// "line:column: message" of the first problem, or "" for clean text.
std::string scan(std::string_view text) {
    const auto problem = scan_text(text, "t.yaml", 3);
    if (!problem) return "";
    return std::to_string(problem->pos.line) + ":" + std::to_string(problem->pos.column) + ": " +
           problem->message;
}
}  // namespace

TEST(TextScan, CleanUtf8AndBomPass) {
    EXPECT_EQ(scan("title: Владивосток 청진 😀\n"), "");
    EXPECT_EQ(scan("\xEF\xBB\xBFtitle: x\n"), "");
    EXPECT_EQ(scan("a: 1\r\nb: 2\r\n"), "");
}

TEST(TextScan, InvalidUtf8IsFoundAtItsByte) {
    EXPECT_EQ(scan("a: 1\nname: caf\xE9\n"), "2:10: byte 0xE9 is not UTF-8 text");
    EXPECT_EQ(scan("a: \xC0\xAF"), "1:4: byte 0xC0 is not UTF-8 text");          // overlong
    EXPECT_EQ(scan("a: \xED\xA0\x80"), "1:4: byte 0xED is not UTF-8 text");      // surrogate
    EXPECT_EQ(scan("a: \xF4\x90\x80\x80"), "1:4: byte 0xF4 is not UTF-8 text");  // > U+10FFFF
    EXPECT_EQ(scan("a: \xE2\x82"), "1:4: byte 0xE2 is not UTF-8 text");          // truncated
}

TEST(TextScan, ControlCharactersMeanBinary) {
    EXPECT_EQ(scan(std::string("a: b\0c", 6)), "1:5: control character 0x00 in the text");
    EXPECT_EQ(scan("a: \x1B[31m"), "1:4: control character 0x1B in the text");
}

TEST(TextScan, TabsInIndentationButNotInBlockText) {
    EXPECT_EQ(scan("map:\n\textent: 1\n"), "2:1: tab character in the indentation");
    EXPECT_EQ(scan("map:\n  \textent: 1\n"), "2:3: tab character in the indentation");
    EXPECT_EQ(scan("a:\tb\n\t# comment\n"), "");
    EXPECT_EQ(scan("detail: |\n  line\n  \tindented text\nb: 1\n"), "");
    EXPECT_EQ(scan("detail: |\n  line\n\tb: 1\n"), "3:1: tab character in the indentation");
}

TEST(TextScan, UnclosedQuotesAreFoundWhereTheyOpen) {
    EXPECT_EQ(scan("a: \"abc\nb: 1\n"), "1:4: the quote \" opened here is never closed");
    EXPECT_EQ(scan("a: [x, 'abc]\n"), "1:8: the quote ' opened here is never closed");
    EXPECT_EQ(scan("a: \"x \\\" y\n  z\" # \"\nb: 'it''s'\n"), "");  // spans lines, escapes
    EXPECT_EQ(scan("a: O'Brien\nb: x # don't\n"), "");               // not quotes
    EXPECT_EQ(scan("a: |\n  \"text\n"), "");                         // block text
}

TEST(TextScan, FlowBracketsNestedTooDeep) {
    EXPECT_EQ(scan("a: [[{b: [1]}]]\n"), "1:10: brackets nested deeper than 3 levels");
    EXPECT_EQ(scan("a: [[{b: \n  [1]}]]\n"), "2:3: brackets nested deeper than 3 levels");
    EXPECT_EQ(scan("a: [[[x]], [[y]], '[[[[', \"{{{{\"] # [[[[\n"), "");
    EXPECT_EQ(scan("a: see [1 [2 [3 [4\nb: x\n"), "");  // plain text, not flow
}

}  // namespace gt
