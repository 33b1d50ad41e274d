// The program run in-process: exit codes, messages, and that bad input writes nothing.
#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

TEST(Cli, HelpAndVersionExitZero) {
    auto r = test::run({"--help"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("render"), std::string::npos);
    EXPECT_NE(r.out.find("validate"), std::string::npos);
    r = test::run({"--version"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.out.rfind("geotimeline ", 0), 0U);
}

TEST(Cli, UnknownCommandSuggestsTheRightOne) {
    auto r = test::run({"rendr", "x.yaml"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err,
              "geotimeline: error: unknown command 'rendr'\n  hint: did you mean 'render'?; "
              "'geotimeline help' lists them\n");
    r = test::run({"help", "bogus"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("unknown command 'bogus'"), std::string::npos);
}

TEST(Cli, UnknownOptionIsBadInput) {
    auto r = test::run({"render", "x.yaml", "--frobnicate"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--frobnicate"), std::string::npos);
    // A typo: the option it is closest to, whatever comes after it, and --name=value too.
    r = test::run({"render", "--frmaes", "1:2", "x.yaml"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err,
              "geotimeline: error: 'render' has no option '--frmaes'\n"
              "  hint: did you mean '--frames'? ('geotimeline help render' lists its options)\n");
    r = test::run({"pdf", "x.yaml", "--storybaord=3"});
    EXPECT_NE(
        r.err.find("'pdf' has no option '--storybaord'\n  hint: did you mean '--storyboard'?"),
        std::string::npos)
        << r.err;
    // After "--" everything is positional.
    r = test::run({"validate", "--", "--not-an-option.yaml"});
    EXPECT_EQ(r.err.find("has no option"), std::string::npos) << r.err;
}

TEST(Cli, NumbersOutOfRangeSayTheRange) {
    auto r = test::run({"render", "x.yaml", "--scale", "10"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err,
              "geotimeline: error: --scale: 10 is outside 0.25 .. 8\n"
              "  hint: run 'geotimeline help render'\n");
    r = test::run({"render", "x.yaml", "--scale", "nan"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--scale: nan is outside 0.25 .. 8"), std::string::npos) << r.err;
    r = test::run({"render", "x.yaml", "--jobs", "many"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--jobs: 'many' is not a number"), std::string::npos) << r.err;
}

TEST(Cli, ValidateAcceptsTheShippedScenarios) {
    for (const auto& entry : fs::directory_iterator(test::source_dir() / "scenarios")) {
        if (entry.path().extension() != ".yaml") continue;  // scenarios/tracks/ holds their files
        const auto r = test::run({"validate", entry.path().string()});
        EXPECT_EQ(r.exit_code, 0) << entry.path() << "\n" << r.err;
    }
}

TEST(Cli, BadScenarioExitsTwoWithPositionAndWritesNothing) {
    test::TempDir dir;
    const fs::path scenario = dir.path() / "broken.yaml";
    std::ofstream(scenario) << "title: Broken\nmap:\n  extent: [124, 38, 138, 49]\ntimeline:\n"
                               "  start: 2024-10-08\n  end: 2024-10-13\nmovements:\n"
                               "  - {id: m, from: nowhere, to: nowhere, start: 2024-10-08,"
                               " end: 2024-10-09, source: none, confidence: reported}\n";
    const fs::path out = dir.path() / "out";
    const auto r = test::run({"render", scenario.string(), "--out", out.string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
              scenario.string() + ":8:19: error: unknown place 'nowhere'");
    EXPECT_NE(r.err.find("hint: define it under 'places:'"), std::string::npos);
    EXPECT_FALSE(fs::exists(out));
}

TEST(Cli, WarningsDoNotStopARender) {
    test::TempDir dir;
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    yaml.replace(yaml.find("date: 2024-10-05"), 16, "date: 2025-10-05");  // outside the timeline
    std::ofstream(dir.path() / "late.yaml") << yaml;
    const auto r = test::run({"render", (dir.path() / "late.yaml").string(), "--out",
                              (dir.path() / "out").string(), "--at", "2024-10-03"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("late.yaml:37:5: warning: event 'landing' lies outside the timeline"),
              std::string::npos)
        << r.err;
    EXPECT_TRUE(fs::exists(test::chosen_folder(dir.path() / "out", "late") / "manifest.json"));
}

TEST(Cli, ValidateAndRenderReportACountryWordTheBasemapLacks) {
    test::TempDir dir;
    const std::string yaml = test::read_file(test::data_dir() / "small.yaml") +
                             "words:\n  countries: {Japan: Nihon, Jpan: x}\n";
    std::ofstream(dir.path() / "c.yaml") << yaml;
    const std::string warning = ":49:29: warning: the basemap has no country called 'Jpan'";
    const auto v = test::run({"validate", (dir.path() / "c.yaml").string()});
    EXPECT_EQ(v.exit_code, 0) << v.err;
    EXPECT_NE(v.err.find(warning), std::string::npos) << v.err;
    EXPECT_NE(v.out.find("1 warning)"), std::string::npos) << v.out;
    const auto json = test::run({"validate", "--json", (dir.path() / "c.yaml").string()});
    EXPECT_NE(json.out.find("no country called 'Jpan'"), std::string::npos) << json.out;
    const auto r = test::run({"render", (dir.path() / "c.yaml").string(), "--out",
                              (dir.path() / "out").string(), "--frames", "1:1", "--quiet"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find(warning), std::string::npos) << r.err;
}

TEST(Cli, ValidateListsEveryErrorAndWarningOfAFile) {
    test::TempDir dir;
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    yaml.replace(yaml.find("date: 2024-10-05"), 16, "date: 2025-10-05");  // a warning
    yaml.replace(yaml.find("mode: sea"), 9, "mode: boat");                // an error
    yaml.replace(yaml.find("to: end-point"), 13, "to: end-pont");         // another
    std::ofstream(dir.path() / "many.yaml") << yaml;
    const auto r = test::run({"validate", (dir.path() / "many.yaml").string()});
    EXPECT_EQ(r.exit_code, 2);
    const auto error = r.err.find("error: unknown mode 'boat'");
    const auto place = r.err.find("error: unknown place 'end-pont'");
    const auto warning = r.err.find("warning: event 'landing' lies outside the timeline");
    ASSERT_NE(error, std::string::npos) << r.err;
    ASSERT_NE(place, std::string::npos) << r.err;
    ASSERT_NE(warning, std::string::npos) << r.err;
    EXPECT_LT(place, warning);  // errors first, then warnings
}

TEST(Cli, FailedRenderKeepsThePreviousOutput) {
    test::TempDir dir;
    const auto good = test::run({"render", (test::data_dir() / "small.yaml").string(), "--out",
                                 dir.path().string(), "--quiet"});
    ASSERT_EQ(good.exit_code, 0) << good.err;
    const std::string before = test::read_file(dir.path() / "small" / "frame-00002.png");
    // Same scenario name, but the basemap is missing: a runtime failure after loading.
    const auto bad = test::run({"render", (test::data_dir() / "small.yaml").string(), "--out",
                                dir.path().string(), "--basemap", "/nonexistent.gpkg"});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.err.find("/nonexistent.gpkg"), std::string::npos);
    EXPECT_EQ(test::read_file(dir.path() / "small" / "frame-00002.png"), before);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(Cli, BadCrsPassesProjsMessageOnWithItsLine) {
    test::TempDir dir;
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    yaml.replace(yaml.find("  size:"), 0, "  crs: EPSG:999999\n");
    std::ofstream(dir.path() / "crs.yaml") << yaml;
    const auto r = test::run({"validate", (dir.path() / "crs.yaml").string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("crs.yaml:7:8: error: PROJ cannot use CRS 'EPSG:999999'"),
              std::string::npos)
        << r.err;
}

}  // namespace gt
