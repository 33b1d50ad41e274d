// The YAML test suite's cases a scenario can meet (tests/yaml-test-suite/): every invalid case is
// refused at its line and column, every valid case loads or is refused for a reason listed in
// docs/scenario.md ("YAML conformance"), and each gives exactly what expected.txt says.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "common/error.hpp"
#include "scenario/yaml_document.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

fs::path suite_dir() { return test::source_dir() / "tests" / "yaml-test-suite"; }

/// expected.txt: "<valid|invalid>/<id><TAB><outcome>" by case.
std::map<std::string, std::string> read_expected() {
    std::map<std::string, std::string> expected;
    std::ifstream in(suite_dir() / "expected.txt");
    for (std::string line; std::getline(in, line);) {
        const auto tab = line.find('\t');
        if (tab != std::string::npos) expected[line.substr(0, tab)] = line.substr(tab + 1);
    }
    return expected;
}

/// "loads", or "line:column: message" of the first problem the YAML layer finds.
std::string outcome(const fs::path& file) {
    try {
        (void)load_yaml_document(test::read_file(file), file.string(), ScenarioLimits{});
        return "loads";
    } catch (const InputError& e) {
        const Diagnostic& d = e.diagnostics().front();
        return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message;
    }
}

/// The cases of one folder, as "<kind>/<id>".
std::set<std::string> cases(const std::string& kind) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(suite_dir() / kind)) {
        names.insert(kind + "/" + entry.path().stem().string());
    }
    return names;
}

/// The reasons docs/scenario.md gives for refusing valid YAML.
bool documented_refusal(const std::string& outcome) {
    for (const char* reason :
         {": the file holds more than one YAML document",
          ": yaml-cpp cannot read a ':' on a later line than its key",
          ": yaml-cpp cannot read a value starting with '?' inside brackets", ": a YAML tag ("}) {
        if (outcome.find(reason) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST(YamlTestSuite, EveryCaseGivesWhatExpectedTxtSays) {
    const auto expected = read_expected();
    std::set<std::string> all = cases("valid");
    all.merge(cases("invalid"));
    ASSERT_EQ(all.size(), 238U);
    ASSERT_EQ(expected.size(), all.size())
        << "a case without a line in expected.txt, or the reverse";
    for (const std::string& name : all) {
        ASSERT_TRUE(expected.contains(name)) << name << " is missing from expected.txt";
        EXPECT_EQ(outcome(suite_dir() / (name + ".yaml")), expected.at(name)) << name;
    }
}

TEST(YamlTestSuite, ValidCasesLoadOrAreRefusedForADocumentedReason) {
    int loaded = 0;
    for (const std::string& name : cases("valid")) {
        const std::string result = outcome(suite_dir() / (name + ".yaml"));
        if (result == "loads") {
            ++loaded;
        } else {
            EXPECT_TRUE(documented_refusal(result)) << name << ": " << result;
        }
    }
    EXPECT_EQ(loaded, 116);  // of 144; docs/scenario.md lists the other 28
}

TEST(YamlTestSuite, InvalidCasesAreRefusedAtALineAndColumn) {
    for (const std::string& name : cases("invalid")) {
        try {
            (void)load_yaml_document(test::read_file(suite_dir() / (name + ".yaml")), name,
                                     ScenarioLimits{});
            ADD_FAILURE() << name << " is accepted";
        } catch (const InputError& e) {
            const Diagnostic& d = e.diagnostics().front();
            EXPECT_GT(d.pos.line, 0) << name;
            EXPECT_GT(d.pos.column, 0) << name;
            EXPECT_FALSE(d.hint.empty()) << name;
        }
    }
}

}  // namespace gt
