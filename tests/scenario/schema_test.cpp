// The JSON Schema for editors: generated from the loader's own definitions, committed in docs/,
// and checked with a real validator (python3-jsonschema) against good and bad scenarios.
#include "scenario/schema.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {
std::string validate(const std::vector<fs::path>& files) {
    std::string command = "/usr/bin/python3 " +
                          (test::source_dir() / "tests/tools/validate_schema.py").string() + " " +
                          (test::source_dir() / "docs/scenario.schema.json").string();
    for (const auto& f : files) command += " " + f.string();
    int code = -1;
    const std::string out = test::capture(command + " 2>&1", &code);
    EXPECT_EQ(code, 0) << out;
    return out;
}
}  // namespace

TEST(Schema, CommittedSchemaIsTheGeneratedOne) {
    const auto r = test::run({"schema"});
    ASSERT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.out, test::read_file(test::source_dir() / "docs/scenario.schema.json"))
        << "regenerate it: build/src/geotimeline schema > docs/scenario.schema.json";
    EXPECT_NE(r.out.find("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""),
              std::string::npos);
}

TEST(Schema, EveryShippedScenarioIsValidAndPointsEditorsAtTheSchema) {
    std::vector<fs::path> files{test::data_dir() / "small.yaml"};
    for (const auto& entry : fs::directory_iterator(test::source_dir() / "scenarios")) {
        if (entry.path().extension() != ".yaml") continue;  // scenarios/tracks/ holds their files
        files.push_back(entry.path());
        const std::string text = test::read_file(entry.path());
        EXPECT_EQ(text.rfind("# yaml-language-server: $schema=../docs/scenario.schema.json\n", 0),
                  0U)
            << entry.path();
    }
    const std::string out = validate(files);
    for (const auto& f : files) EXPECT_NE(out.find(f.string() + " ok"), std::string::npos) << out;
}

TEST(Schema, MistakesAreFlaggedByTheValidator) {
    test::TempDir dir;
    const std::string base = test::read_file(test::data_dir() / "small.yaml");
    const std::vector<std::pair<std::string, std::string>> mistakes{
        {"confidence: confirmed", "confidence: sure"},
        {"mode: sea", "mode: boat"},
        {"  step: 1d", "  step: one day"},
        {"  start: 2024-10-01", "  start: 01/10/2024"},
        {"    at: [131.0, 38.0]", "    at: [131.0, 98.0]"},
        {"title: Test crossing", "title: Test crossing\ntitel: typo"},
        {"  size: [960, 600]", "  size: 960"},
        // A track is the whole path: not beside from/to, and only its own keys.
        {"    from: start-point", "    from: start-point\n    track: {file: tracks/ship.gpx}"},
        {"    from: start-point\n    to: end-point",
         "    track: {file: tracks/ship.gpx, layr: tracks}"},
        // Without a track, from and to are required.
        {"    from: start-point\n", ""},
    };
    std::vector<fs::path> files;
    for (std::size_t i = 0; i < mistakes.size(); ++i) {
        std::string text = base;
        const auto at = text.find(mistakes[i].first);
        ASSERT_NE(at, std::string::npos) << mistakes[i].first;
        text.replace(at, mistakes[i].first.size(), mistakes[i].second);
        files.push_back(dir.path() / ("bad" + std::to_string(i) + ".yaml"));
        std::ofstream(files.back()) << text;
        // geotimeline itself rejects each of them too.
        EXPECT_EQ(test::run({"validate", files.back().string()}).exit_code, 2)
            << mistakes[i].second;
    }
    const std::string out = validate(files);
    for (const auto& f : files)
        EXPECT_NE(out.find(f.string() + " INVALID"), std::string::npos) << out;
}

TEST(Schema, KnowsEveryObjectAndItsChoices) {
    EXPECT_EQ(allowed_values("movement", "confidence"),
              (std::vector<std::string>{"confirmed", "reported", "claimed", "denied", "unknown"}));
    EXPECT_EQ(allowed_values("movement", "mode"),
              (std::vector<std::string>{"sea", "land", "rail", "air"}));
    EXPECT_EQ(allowed_keys("source"),
              (std::vector<std::string>{"title", "publisher", "date", "url"}));
    EXPECT_THROW((void)allowed_keys("nothing"), std::logic_error);
}

}  // namespace gt
