#include "scenario/yaml_guard.hpp"

#include <gtest/gtest.h>

namespace gt {

namespace {
/// "line:column: message" of the first problem, or "" when the YAML is within the limits.
std::string check(const std::string& yaml, const ScenarioLimits& limits = {}) {
    const auto problem = check_yaml_structure(yaml, "t.yaml", limits);
    if (!problem) return "";
    return std::to_string(problem->pos.line) + ":" + std::to_string(problem->pos.column) + ": " +
           problem->message;
}

std::string repeated(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}
}  // namespace

TEST(YamlGuard, OrdinaryYamlPasses) {
    EXPECT_EQ(check("a: {b: [1, 2, &x {c: d}], e: *x}\n"), "");
    EXPECT_EQ(check(""), "");
    EXPECT_EQ(check("# only a comment\n"), "");
}

TEST(YamlGuard, NestingIsLimited) {
    ScenarioLimits limits;
    limits.max_nesting = 3;
    EXPECT_EQ(check("a: [[1]]\n", limits), "");
    EXPECT_EQ(check("a: [[[1]]]\n", limits), "1:6: lists and mappings nested deeper than 3 levels");
    EXPECT_NE(check("a: " + repeated("[", 100000) + "\n"), "");
}

TEST(YamlGuard, LongScalarsAreRejected) {
    ScenarioLimits limits;
    limits.max_scalar_bytes = 4;
    EXPECT_EQ(check("a: abcd\n", limits), "");
    EXPECT_EQ(check("a: abcde\n", limits), "1:4: a value of 5 bytes, over the limit of 4");
}

TEST(YamlGuard, AliasExpansionIsCountedNotPerformed) {
    ScenarioLimits limits;
    limits.max_values = 100;
    // 1 (root map) + 1 key + 1 list + 10 items = 13 values, then each alias repeats 11.
    EXPECT_EQ(check("a: &a [1,2,3,4,5,6,7,8,9,10]\nb: [*a, *a]\n", limits), "");
    const std::string bomb =
        "a: &a [1,2,3,4,5,6,7,8,9,10]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n";
    EXPECT_EQ(check(bomb, limits).substr(0, 29), "2:35: the document holds over");
}

TEST(YamlGuard, SelfReferenceAndSecondDocumentsAreRejected) {
    EXPECT_EQ(check("a: &a [1, *a]\n"), "1:11: an alias refers to the value that contains it");
    EXPECT_EQ(check("a: 1\n---\nb: 2\n"), "2:1: the file holds more than one YAML document");
}

TEST(YamlGuard, SyntaxErrorsCarryTheirPosition) {
    EXPECT_EQ(check("a: [1, 2\n"), "2:1: YAML syntax: end of sequence flow not found");
    EXPECT_EQ(check("a: *nothing\n"), "1:4: YAML syntax: the referenced anchor is not defined");
}

}  // namespace gt
