#include "scenario/loader.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace gt {

namespace {

const char* kMinimal = R"(title: Test
map:
  extent: [124, 38, 138, 49]
timeline:
  start: 2024-10-08
  end: 2024-10-13
  step: 1d
places:
  a: {name: Alpha, at: [129.7, 41.8], kind: port}
  b: {name: Beta, at: [131.9, 43.1]}
movements:
  - id: m1
    from: a
    to: b
    start: 2024-10-08
    end: 2024-10-12
    source: s1
    confidence: reported
sources:
  s1: {title: A statement}
)";

/// The first error line for `yaml`, or "" when it loads.
std::string first_error(const std::string& yaml) {
    try {
        (void)load_scenario_text(yaml, "test.yaml");
    } catch (const InputError& e) {
        return e.diagnostics().front().str();
    }
    return "";
}

std::string replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST(Loader, LoadsTheSeedScenarioWithEveryFact) {
    const LoadedScenario loaded = load_scenario(test::scenario_file("korea-russia-2024"));
    const Scenario& s = loaded.scenario;
    EXPECT_EQ(s.name, "korea-russia-2024");
    EXPECT_TRUE(loaded.warnings.empty());
    EXPECT_EQ(s.movements.size(), 3U);
    ASSERT_NE(s.find_place("vladivostok"), nullptr);
    EXPECT_EQ(s.find_place("vladivostok")->local_names.at("ru"), "Владивосток");
    EXPECT_EQ(s.find_place("chongjin")->local_names.at("ko"), "청진");
    // Waypoints resolve to their places' coordinates.
    EXPECT_DOUBLE_EQ(s.movements[0].path.back().position.lon, 131.886);
    EXPECT_DOUBLE_EQ(s.movements[0].path.back().position.lat, 43.115);
    EXPECT_EQ(s.movements[0].path.size(), 5U);  // from, three via points, to
    EXPECT_NE(s.find_source("nis-2024-10-18"), nullptr);
}

TEST(Loader, MinimalScenarioLoadsWithDefaults) {
    const Scenario s = load_scenario_text(kMinimal, "dir/minimal.yaml").scenario;
    EXPECT_EQ(s.name, "minimal");
    EXPECT_EQ(s.map.width, 1920);
    EXPECT_EQ(s.map.style, "report");
    EXPECT_EQ(s.movements[0].mode, Mode::land);
    EXPECT_EQ(s.movements[0].confidence, Confidence::reported);
    EXPECT_EQ(s.places[1].kind, "city");
    // A frame a day: no time of day under the date unless asked for.
    EXPECT_EQ(s.timeline.time_format, "");
    std::string hourly = kMinimal;
    hourly.replace(hourly.find("step: 1d"), 8, "step: 6h");
    EXPECT_EQ(load_scenario_text(hourly, "h.yaml").scenario.timeline.time_format, "%H:%M UTC");
    std::string asked = kMinimal;
    asked.replace(asked.find("step: 1d"), 8, "step: 1d\n  time_format: \"%H:%M GMT\"");
    EXPECT_EQ(load_scenario_text(asked, "a.yaml").scenario.timeline.time_format, "%H:%M GMT");
    // The clock shows the offset's time: it says so.
    std::string offset = hourly;
    offset.replace(offset.find("step: 6h"), 8, "step: 6h\n  utc_offset: \"+10:00\"");
    EXPECT_EQ(load_scenario_text(offset, "o.yaml").scenario.timeline.time_format, "%H:%M UTC+10");
}

TEST(Loader, DatesAndTimesThatNameNoOffsetAreTheTimelinesClock) {
    // utc_offset comes after the dates it governs: it is read first all the same.
    std::string yaml = replace(kMinimal, "  step: 1d", "  step: 1d\n  utc_offset: \"-05:00\"");
    yaml = replace(yaml, "    end: 2024-10-12\n", "    end: 2024-10-12T18:30\n");
    const Scenario s = load_scenario_text(yaml, "west.yaml").scenario;
    EXPECT_EQ(format_iso(s.timeline.start), "2024-10-08T05:00:00Z");
    EXPECT_EQ(format_iso(s.movements.at(0).start), "2024-10-08T05:00:00Z");
    EXPECT_EQ(format_iso(s.movements.at(0).end), "2024-10-12T23:30:00Z");
    // What names its own offset keeps it.
    const Scenario z =
        load_scenario_text(replace(yaml, "end: 2024-10-12T18:30", "end: 2024-10-12T18:30Z"),
                           "z.yaml")
            .scenario;
    EXPECT_EQ(format_iso(z.movements.at(0).end), "2024-10-12T18:30:00Z");
    // Messages give the dates as written: on the scenario's clock.
    const std::string backwards = replace(yaml, "  end: 2024-10-13\n", "  end: 2024-10-07T12:00\n");
    EXPECT_EQ(first_error(backwards).substr(0, 86),
              "test.yaml:6:8: error: timeline ends (2024-10-07T12:00:00-05:00) before it starts "
              "(2024");
}

TEST(Loader, TheMapsWordsFollowTheLocaleAndTheScenariosOwn) {
    const std::string indonesian = replace(kMinimal, "  step: 1d", "  step: 1d\n  locale: id");
    const LoadedScenario id = load_scenario_text(indonesian, "id.yaml");
    EXPECT_TRUE(id.warnings.empty());
    EXPECT_EQ(id.scenario.words["statements"], "Pernyataan");
    const LoadedScenario own = load_scenario_text(indonesian + R"(words:
  reported: menurut laporan
  kinds: {port: bandar}
  countries: {China: Tiongkok, Japan: ""}
)",
                                                  "own.yaml");
    EXPECT_EQ(own.scenario.words.level(Confidence::reported), "menurut laporan");
    EXPECT_EQ(own.scenario.words["statements"], "Pernyataan");  // the rest stay the locale's
    EXPECT_EQ(own.scenario.words.kind("port"), "bandar");
    EXPECT_EQ(own.scenario.words.country("China"), "Tiongkok");
    EXPECT_EQ(own.scenario.words.country("Japan"), "");
}

TEST(Loader, SaysWhenTheMapsWordsStayEnglish) {
    const std::string japanese = replace(kMinimal, "  step: 1d", "  step: 1d\n  locale: ja");
    const LoadedScenario ja = load_scenario_text(japanese, "ja.yaml");
    ASSERT_EQ(ja.warnings.size(), 1U);
    EXPECT_NE(ja.warnings[0].str().find("ja.yaml:8:11: warning: the map's own words"),
              std::string::npos)
        << ja.warnings[0].str();
    EXPECT_EQ(ja.scenario.words["statements"], "Statements");
    // Some words given: the others stay English, and the warning says which.
    const auto some = load_scenario_text(japanese + "words: {statements: 声明}\n", "w.yaml");
    ASSERT_EQ(some.warnings.size(), 1U);
    EXPECT_NE(some.warnings[0].str().find("w.yaml:22:8: warning: 34 of the map's 35 words stay "
                                          "English: geotimeline has none in 'ja' and 'words:' "
                                          "does not give confirmed, reported,"),
              std::string::npos)
        << some.warnings[0].str();
    EXPECT_EQ(some.scenario.words["statements"], "声明");
    // All of them given: nothing to say.
    std::string all = "words:\n";
    for (const WordKey& k : word_keys()) all += "  " + k.key + ": x\n";
    EXPECT_TRUE(load_scenario_text(japanese + all, "all.yaml").warnings.empty());
    EXPECT_EQ(first_error(kMinimal + std::string("words: {reportd: x}\n")),
              "test.yaml:21:9: error: unknown key 'reportd' in 'words'\n"
              "  hint: did you mean 'reported'?");
}

TEST(Loader, AnUnreadablePositionIsReportedOnce) {
    // Not also as a place at [0, 0] far off the map: that position was never written.
    try {
        (void)load_scenario_text(replace(kMinimal, "at: [129.7, 41.8]", "at: [41.8, -129.7]"),
                                 "test.yaml");
        FAIL();
    } catch (const InputError& e) {
        ASSERT_FALSE(e.diagnostics().empty());
        EXPECT_NE(e.diagnostics()[0].message.find("latitude -129.7"), std::string::npos)
            << e.diagnostics()[0].str();
        for (const Diagnostic& d : e.diagnostics()) {
            EXPECT_EQ(d.message.find("[0, 0]"), std::string::npos) << d.str();
        }
    }
}

TEST(Loader, AWordForAKindNoPlaceIsOfIsReported) {
    const auto typo =
        load_scenario_text(kMinimal + std::string("words: {kinds: {prot: bandar}}\n"), "k.yaml");
    ASSERT_EQ(typo.warnings.size(), 1U);
    EXPECT_EQ(typo.warnings[0].str(),
              "k.yaml:21:17: warning: no place is of kind 'prot': its word is never shown\n"
              "  hint: did you mean 'port'?");
    EXPECT_TRUE(
        load_scenario_text(kMinimal + std::string("words: {kinds: {port: bandar}}\n"), "ok.yaml")
            .warnings.empty());
}

TEST(Loader, YamlSyntaxErrorNamesLineAndColumn) {
    EXPECT_EQ(first_error("title: [unclosed\nmap: {}\n"),
              "test.yaml:2:4: error: YAML syntax: end of sequence flow not found\n"
              "  hint: a list opened with '[' is not closed with ']' (it may be on an earlier "
              "line)");
    // A colon in a title, the most common slip in a newsroom: the hint says to quote it.
    EXPECT_EQ(first_error("title: Dunkirk: the evacuation\n"),
              "test.yaml:1:15: error: YAML syntax: illegal map value\n"
              "  hint: a value holding ': ' must be quoted, e.g. title: \"Dunkirk: the "
              "evacuation\"");
}

TEST(Loader, EmptyFileIsAnError) {
    EXPECT_EQ(first_error(""),
              "test.yaml:1:1: error: the scenario file is empty\n"
              "  hint: start from scenarios/korea-russia-2024.yaml");
}

TEST(Loader, UnknownKeySuggestsTheRightOne) {
    EXPECT_EQ(
        first_error(replace(kMinimal, "    confidence: reported", "    confidense: reported")),
        "test.yaml:18:5: error: unknown key 'confidense' in a movement\n"
        "  hint: did you mean 'confidence'?");
}

TEST(Loader, BadDateSaysWhichFormToUse) {
    const std::string error =
        first_error(replace(kMinimal, "  end: 2024-10-13", "  end: 13/10/2024"));
    EXPECT_EQ(error.substr(0, error.find('\n')),
              "test.yaml:6:8: error: '13/10/2024' is not a date");
    EXPECT_NE(error.find("2024-10-08T06:00Z"), std::string::npos);
}

TEST(Loader, UnknownConfidenceListsTheLevels) {
    EXPECT_EQ(first_error(replace(kMinimal, "confidence: reported", "confidence: rumoured")),
              "test.yaml:18:17: error: unknown confidence 'rumoured'\n"
              "  hint: expected one of: confirmed, reported, claimed, denied, unknown");
}

TEST(Loader, SwappedCoordinatesAreCaught) {
    EXPECT_EQ(first_error(replace(kMinimal, "at: [129.7, 41.8]", "at: [41.8, 129.7]")),
              "test.yaml:9:31: error: latitude 129.7 is outside -90 .. 90\n"
              "  hint: coordinates are [lon, lat]: are they swapped?");
}

TEST(Loader, DuplicateKeysAreReported) {
    EXPECT_EQ(first_error(replace(kMinimal, "title: Test\n", "title: Test\ntitle: Again\n")),
              "test.yaml:2:1: error: duplicate key 'title' in the scenario\n"
              "  hint: remove one of them: YAML keeps only the first");
}

TEST(Loader, WrongTypeIsNamed) {
    EXPECT_EQ(first_error(replace(kMinimal, "movements:\n", "movements: 42\nx:\n")).substr(0, 56),
              "test.yaml:12:1: error: unknown key 'x' in the scenario\n ");
    EXPECT_EQ(first_error(replace(kMinimal, "  step: 1d", "  step: [1d]")),
              "test.yaml:7:9: error: 'step' must be a single value, not a list\n"
              "  hint: write one value after the colon; quote it if it contains ': ' or starts "
              "with [ or {");
}

TEST(Loader, ReportsEveryProblemInOneRun) {
    std::string yaml = replace(kMinimal, "confidence: reported", "confidence: rumoured");
    yaml = replace(yaml, "    to: b", "    to: bb");
    yaml = replace(yaml, "  step: 1d", "  step: 1y");
    try {
        (void)load_scenario_text(yaml, "test.yaml");
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        ASSERT_EQ(e.diagnostics().size(), 3U);
        EXPECT_NE(e.diagnostics()[0].message.find("'1y' is not a duration"), std::string::npos);
        EXPECT_NE(e.diagnostics()[1].message.find("rumoured"), std::string::npos);
        EXPECT_NE(e.diagnostics()[2].message.find("unknown place 'bb'"), std::string::npos);
    }
}

TEST(Loader, MissingFileAndDirectoryAreInputErrors) {
    EXPECT_THROW((void)load_scenario("/nonexistent/scenario.yaml"), InputError);
    EXPECT_THROW((void)load_scenario(test::data_dir()), InputError);
}

TEST(Loader, WarningsStopAtTheErrorLimitAndCountTheRest) {
    std::string yaml = std::string(kMinimal) + "events:\n";
    for (int i = 0; i < 300; ++i) {
        yaml += "  - {id: e" + std::to_string(i) +
                ", label: E, date: 2024-10-09, place: a, source: none, confidence: confirmed}\n";
    }
    const LoadedScenario loaded = load_scenario_text(yaml, "w.yaml");
    ASSERT_EQ(loaded.warnings.size(), 101U);
    EXPECT_EQ(loaded.warnings.back().str().rfind("w.yaml: warning: 200 more warnings not shown", 0),
              0U)
        << loaded.warnings.back().str();
}

}  // namespace gt
