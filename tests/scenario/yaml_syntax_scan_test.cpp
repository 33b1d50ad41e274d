// The YAML layer where yaml-cpp 0.7 and YAML 1.2 disagree: what the text scan refuses in front of
// yaml-cpp, and what it lets through to it.
#include <gtest/gtest.h>

#include <fstream>

#include "common/error.hpp"
#include "scenario/text_scan.hpp"
#include "scenario/yaml_document.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace {

/// "loads", or "line:column: message" of the first problem of the YAML layer.
std::string load(const std::string& yaml) {
    try {
        (void)load_yaml_document(yaml, "t.yaml", ScenarioLimits{});
        return "loads";
    } catch (const InputError& e) {
        const Diagnostic& d = e.diagnostics().front();
        return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message;
    }
}

std::string value(const std::string& yaml, const char* key) {
    return load_yaml_document(yaml, "t.yaml", ScenarioLimits{})[key].as<std::string>();
}

}  // namespace

TEST(YamlSyntaxScan, ALineHoldingOnlyATabIsBlank) {
    EXPECT_EQ(load("title: x\n\t\nsubtitle: y\n"), "loads");
    EXPECT_EQ(load("title: x\n \t \nsubtitle: y\n"), "loads");
    EXPECT_EQ(load("map:\n  extent: [1, 2,\n\t\n    3, 4]\n"), "loads");
    EXPECT_EQ(value("a: |\n  x\n\t\nb: y\n", "a"), "x\n");
    // Before the first line of a block text the blank line sets no indentation: YAML refuses it.
    EXPECT_EQ(load("a: |\n\t\nb: 1\n"),
              "2:1: YAML syntax: illegal tab when looking for indentation");
    EXPECT_EQ(text_for_yaml_cpp("a: 1\n\t\nb: |\n  x\n  \ty\n"), "a: 1\n \nb: |\n  x\n  \ty\n");
}

TEST(YamlSyntaxScan, ATabBeforeABlockHeaderIsASpace) {
    const std::string with_space = "credits: |\n  text\n  \tindented by a tab\ntitle: x\n";
    const std::string with_tab = "credits:\t|\n  text\n  \tindented by a tab\ntitle: x\n";
    EXPECT_EQ(load(with_tab), "loads");
    EXPECT_EQ(value(with_tab, "credits"), value(with_space, "credits"));
    EXPECT_EQ(value(with_tab, "credits"), "text\n\tindented by a tab\n");
}

TEST(YamlSyntaxScan, TabsAfterTheIndentationOfAValueAreLegal) {
    EXPECT_EQ(value("foo:\n \tbar\n", "foo"), "bar");
    EXPECT_EQ(load("x:\n - a\n  \tb\n"), "loads");
    EXPECT_EQ(load("\t{}\n"), "loads");
}

TEST(YamlSyntaxScan, TabsThatIndentAreRefused) {
    EXPECT_EQ(load("map:\n\textent: 1\n"), "2:1: tab character in the indentation");
    EXPECT_EQ(load("foo:\n  a: 1\n  \tb: 2\n"), "3:3: tab character in the indentation");
    EXPECT_EQ(load("foo: \"bar\n\tbaz\"\n"), "2:1: tab character in the indentation");
    EXPECT_EQ(load("foo:\n\tbar\n"), "2:1: tab character in the indentation");
}

TEST(YamlSyntaxScan, EscapesYamlDoesNotKnowAreRefused) {
    EXPECT_EQ(load("title: \"Track \\'files\\'\"\n"), "1:15: '\\'' is not an escape of YAML");
    EXPECT_EQ(load("a: \"\\q\"\n"), "1:5: '\\q' is not an escape of YAML");
    EXPECT_EQ(load("a: \"\\x4\"\n"), "1:5: '\\x' is not an escape of YAML");
    EXPECT_EQ(load("a: 'C:\\Users\\x'\nb: \"\\t\\n\\\\ \\\" \\/ \\x41 \\u263A \\U0001F600\"\n"),
              "loads");
}

TEST(YamlSyntaxScan, ACommentNeedsASpaceBeforeIt) {
    EXPECT_EQ(load("title: \"x\"# comment\n"), "1:11: a comment right after '\"'");
    EXPECT_EQ(load("a: [b, c]#x\n"), "1:10: a comment right after ']'");
    EXPECT_EQ(load("a: [b,#x\n  c]\n"), "1:7: a comment right after ','");
    EXPECT_EQ(load("a: >#x\n  b\n"), "1:5: a comment right after '>'");
    EXPECT_EQ(load("a: \"x\" # c\nb: x#y\nc: [1] # c\n"), "loads");
}

TEST(YamlSyntaxScan, LinesMustBeIndentedForTheirPlace) {
    EXPECT_EQ(load("foo:\n  bar\ninvalid\n"),
              "3:1: a line at the column of the keys above that is no 'key: value'");
    EXPECT_EQ(load("a:\n  b: 2\n  step:1d\n"),
              "3:3: a line at the column of the keys above that is no 'key: value'");
    EXPECT_EQ(load("a:\n  - x\n  b: 1\n"),
              "3:3: a line at the column of the list above that is no '- ' item");
    EXPECT_EQ(load("a: [b,\nc]\n"),
              "2:1: this line of a list or mapping in brackets is not indented more than its key");
    EXPECT_EQ(load("a: \"b\nc\"\n"),
              "2:1: this line of a quoted value is not indented more than its key");
    EXPECT_EQ(load("a: \"never closed\nb: 1\n"), "1:4: the quote \" opened here is never closed");
    EXPECT_EQ(load("a:\n- 1\n- 2\nb: [1,\n  2\n]\nc: {d: 1,\n  e: 2}\n"), "loads");
}

TEST(YamlSyntaxScan, FlowCollectionsAsYamlWantsThem) {
    EXPECT_EQ(load("a: [b, , c]\n"), "1:8: an empty entry: ',' with no value before it");
    EXPECT_EQ(load("a: [, b]\n"), "1:5: an empty entry: ',' with no value before it");
    EXPECT_EQ(load("a: [-]\n"), "1:5: a '-' alone inside brackets");
    EXPECT_EQ(load("a: [b, c, ]\nd: [-1, -x]\n"), "loads");
    EXPECT_EQ(load("a: {b\n  : c}\n"),
              "2:3: yaml-cpp cannot read a ':' on a later line than its key");
    EXPECT_EQ(load("a: {?b: c}\n"),
              "1:5: yaml-cpp cannot read a value starting with '?' inside brackets");
}

TEST(YamlSyntaxScan, DirectivesNeedADocument) {
    EXPECT_EQ(load("%YAML 1.2\n"), "1:1: a directive ('%...') without a document after it");
    EXPECT_EQ(load("%YAML 1.2\n...\n"), "1:1: a directive ('%...') without a document after it");
    EXPECT_EQ(load("%YAML 1.2\n---\n%YAML 1.2\n---\n"),
              "3:1: a directive ('%...') inside a document");
    EXPECT_EQ(load("%YAML 1.2\n---\na: 1\n"), "loads");
}

TEST(YamlSyntaxScan, BlankLinesBeforeABlockTextHoldNoMoreSpacesThanIt) {
    EXPECT_EQ(load("a: >\n \n   \n  x\n"),
              "3:3: a blank line at the start of a block text holds more spaces than its first "
              "line is indented");
    EXPECT_EQ(load("a: >\n \n  x\n"), "loads");
    EXPECT_EQ(load("a: >2\n    \n  x\n"), "loads");
}

TEST(YamlSyntaxScan, FurtherDocumentsMayBeEmpty) {
    EXPECT_EQ(value("---\na: b\n---\n", "a"), "b");
    EXPECT_EQ(value("a: b\n...\n---\n# nothing\n...\n", "a"), "b");
    EXPECT_EQ(load("a: b\n---\nc: d\n"), "2:1: the file holds more than one YAML document");
    EXPECT_EQ(load("a: b\n--- x\n"), "2:1: the file holds more than one YAML document");
    // yaml-cpp, stuck on a ',' starting the text, would start empty documents without end.
    EXPECT_EQ(load(", a\n"), "1:1: YAML syntax: the text here cannot be read");
}

TEST(YamlSyntaxScan, ValidateReportsTheFileLineAndColumnWithExitCode2OrLoads) {
    test::TempDir dir;
    const auto scenario = dir.path() / "s.yaml";
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    const std::string title = "title: Test crossing\n";
    ASSERT_NE(yaml.find(title), std::string::npos);
    std::ofstream(scenario, std::ios::binary)
        << std::string(yaml).replace(yaml.find(title), title.size(), "title: \"Track \\'x\\'\"\n");
    auto r = test::run({"validate", scenario.string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
              scenario.string() + ":3:15: error: '\\'' is not an escape of YAML");
    EXPECT_NE(r.err.find("\n  hint: "), std::string::npos);

    std::ofstream(scenario, std::ios::binary)
        << std::string(yaml).replace(yaml.find(title), title.size(), title + "\t\n");
    r = test::run({"validate", scenario.string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;

    std::ofstream(scenario, std::ios::binary) << std::string(yaml).replace(
        yaml.find(title), title.size(), title + "credits:\t|\n  Sources:\n  \tthe log\n");
    r = test::run({"validate", scenario.string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
}

}  // namespace gt
