#include "scenario/validate.hpp"

#include <gtest/gtest.h>

#include "scenario/loader.hpp"

namespace gt {

namespace {

const char* kBase = R"(title: Test
map:
  extent: [124, 38, 138, 49]
timeline:
  start: 2024-10-08
  end: 2024-10-13
places:
  vladivostok: {at: [131.9, 43.1]}
  chongjin: {at: [129.7, 41.8]}
sources:
  nis: {title: Statement}
)";

std::vector<Diagnostic> problems(const std::string& extra) {
    try {
        return load_scenario_text(std::string(kBase) + extra, "v.yaml").warnings;
    } catch (const InputError& e) {
        return e.diagnostics();
    }
}

}  // namespace

TEST(Validate, UnknownPlaceSuggestsTheClosestId) {
    const auto d = problems(R"(movements:
  - {id: m, from: chongjin, to: vladivostock, start: 2024-10-08, end: 2024-10-09, source: nis, confidence: reported}
)");
    ASSERT_FALSE(d.empty());
    EXPECT_EQ(d[0].str(),
              "v.yaml:13:33: error: unknown place 'vladivostock'\n"
              "  hint: did you mean 'vladivostok'?");
}

TEST(Validate, MovementWithoutSourceIsAnErrorUnlessItSaysNone) {
    auto d = problems(R"(movements:
  - {id: m, from: chongjin, to: vladivostok, start: 2024-10-08, end: 2024-10-09, confidence: reported}
)");
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].message, "movement 'm' has no source");
    EXPECT_EQ(d[0].pos.line, 13);
    d = problems(R"(movements:
  - {id: m, from: chongjin, to: vladivostok, start: 2024-10-08, end: 2024-10-09, source: none, confidence: reported}
)");
    EXPECT_TRUE(d.empty());
    // Confirmed by nothing: allowed, but worth a second look.
    d = problems(R"(movements:
  - {id: m, from: chongjin, to: vladivostok, start: 2024-10-08, end: 2024-10-09, source: none, confidence: confirmed}
events:
  - {id: e, label: Seen, date: 2024-10-09, place: chongjin, source: none, confidence: confirmed}
)");
    ASSERT_EQ(d.size(), 2U);
    EXPECT_EQ(d[0].str(),
              "v.yaml:13:90: warning: movement 'm' is confirmed but cites no source\n"
              "  hint: name the source that confirms it, or give it the confidence its evidence "
              "supports");
    EXPECT_EQ(d[1].message, "event 'e' is confirmed but cites no source");
}

TEST(Validate, EndBeforeStartIsAnError) {
    const auto d = problems(R"(movements:
  - {id: m, from: chongjin, to: vladivostok, start: 2024-10-10, end: 2024-10-09, source: nis, confidence: reported}
)");
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].message,
              "movement 'm' ends (2024-10-09T00:00:00Z) before it starts (2024-10-10T00:00:00Z)");
    // At the 'end' value, the usual one to correct.
    EXPECT_EQ(d[0].pos.line, 13);
    EXPECT_EQ(d[0].pos.column, 70);
}

TEST(Validate, EventEndingBeforeItStartsIsReportedAtItsEnd) {
    const auto d = problems(R"(events:
  - {id: e, label: Long, start: 2024-10-11, end: 2024-10-09, place: chongjin, source: nis, confidence: claimed}
)");
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].str(),
              "v.yaml:13:50: error: event 'e' ends (2024-10-09T00:00:00Z) before it starts "
              "(2024-10-11T00:00:00Z)\n"
              "  hint: swap 'start' and 'end' or correct one of them");
}

TEST(Validate, ATimelineOfThousandsOfFramesGetsAWarningAtItsStep) {
    const std::string scenario = R"(title: Test
map:
  extent: [124, 38, 138, 49]
timeline:
  start: 2024-10-08
  end: 2024-10-11T12:00
  step: 1m
)";
    auto d = load_scenario_text(scenario, "v.yaml").warnings;
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].str(),
              "v.yaml:7:9: warning: the timeline has 5041 frames: 21 min of animation at 4 fps, "
              "and as many files per format in each render\n"
              "  hint: 'm' in a step is minutes; for a shorter animation write a longer step (6h, "
              "1d, 1w) or 'frames: 240' instead of 'step'");
    // Days of hourly frames are a normal render; a count asked for outright still warns.
    d = load_scenario_text(scenario.substr(0, scenario.find("  step")) + "  step: 1h\n", "v.yaml")
            .warnings;
    EXPECT_TRUE(d.empty());
    d = load_scenario_text(scenario.substr(0, scenario.find("  step")) + "  frames: 4000\n",
                           "v.yaml")
            .warnings;
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].pos.line, 7);
    EXPECT_EQ(d[0].hint, "for a shorter animation write a longer 'step' or fewer 'frames'");
}

TEST(Validate, AKindWithoutASymbolIsAWarningAtTheKind) {
    const std::string scenario = R"(title: Test
map:
  extent: [124, 38, 138, 49]
timeline:
  start: 2024-10-08
  end: 2024-10-13
places:
  a: {at: [131.9, 43.1], kind: harbour}
  b: {at: [129.7, 41.8], kind: town}
)";
    const auto d = load_scenario_text(scenario, "v.yaml").warnings;
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].str(),
              "v.yaml:8:32: warning: place 'a': kind 'harbour' has no symbol of its own and is "
              "drawn as a city\n"
              "  hint: kinds with a symbol: capital, port; city, town and village are dots");
}

TEST(Validate, EventOutsideTheTimelineIsOnlyAWarning) {
    const auto d = problems(R"(events:
  - {id: e, label: Later, date: 2025-01-01, place: chongjin, source: nis, confidence: claimed}
)");
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].severity, Diagnostic::Severity::warning);
    EXPECT_NE(d[0].message.find("outside the timeline"), std::string::npos);
}

TEST(Validate, DuplicateIdsAndUnknownSourcesAreErrors) {
    const auto d = problems(R"(events:
  - {id: e, label: One, date: 2024-10-09, place: chongjin, source: nis, confidence: claimed}
  - {id: e, label: Two, date: 2024-10-09, place: chongjin, source: nsi, confidence: claimed}
)");
    ASSERT_EQ(d.size(), 2U);
    EXPECT_EQ(d[0].message, "duplicate event id 'e'");
    EXPECT_EQ(d[1].str(),
              "v.yaml:14:68: error: event 'e' cites unknown source 'nsi'\n"
              "  hint: did you mean 'nis'?");
}

TEST(Validate, ExtentWithoutAreaAndOversizedCanvasAreErrors) {
    std::string yaml = kBase;
    yaml.replace(yaml.find("[124, 38, 138, 49]"), 18, "[124, 38, 124, 49]\n  size: [20000, 100]");
    try {
        (void)load_scenario_text(yaml, "v.yaml");
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        ASSERT_EQ(e.diagnostics().size(), 2U);
        EXPECT_EQ(e.diagnostics()[0].pos.line, 3);
        EXPECT_NE(e.diagnostics()[0].message.find("has no area"), std::string::npos);
        EXPECT_EQ(e.diagnostics()[1].pos.line, 4);
        EXPECT_EQ(e.diagnostics()[1].message,
                  "map size 20000x100 is outside 64 .. 16384 pixels per side");
    }
}

}  // namespace gt

namespace gt {

TEST(ValidateCamera, KeyframesAreReadWithTheirDatesExtentsAndPositions) {
    const auto loaded = load_scenario_text(std::string(kBase) + R"(camera:
  - {at: 2024-10-09, extent: [124, 38, 138, 49]}
  - at: 2024-10-11T06:00Z
    extent: [130, 41, 133, 44]
)",
                                           "v.yaml");
    const auto& camera = loaded.scenario.camera;
    ASSERT_EQ(camera.size(), 2U);
    EXPECT_EQ(format_iso(camera[0].at), "2024-10-09T00:00:00Z");
    EXPECT_EQ(camera[1].extent.west, 130);
    EXPECT_EQ(camera[1].extent.north, 44);
    EXPECT_EQ(camera[1].pos.line, 14);
    EXPECT_EQ(camera[1].extent_pos.line, 15);
    EXPECT_EQ(camera[1].extent_pos.column, 13);
    EXPECT_TRUE(loaded.warnings.empty());
}

TEST(ValidateCamera, KeyframesOutOfDateOrderAreAnError) {
    const auto d = problems(R"(camera:
  - {at: 2024-10-11, extent: [124, 38, 138, 49]}
  - {at: 2024-10-09, extent: [130, 41, 133, 44]}
)");
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].str(),
              "v.yaml:14:5: error: camera keyframe 2024-10-09T00:00:00Z comes after "
              "a later one (2024-10-11T00:00:00Z)\n"
              "  hint: list the camera keyframes in date order");
}

TEST(ValidateCamera, TwoKeyframesAtOneInstantAreAnError) {
    const auto d = problems(R"(camera:
  - {at: 2024-10-10, extent: [124, 38, 138, 49]}
  - {at: "2024-10-10T00:00Z", extent: [130, 41, 133, 44]}
)");
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].message,
              "duplicate camera keyframe date 2024-10-10T00:00:00Z (also at line 13)");
    EXPECT_EQ(d[0].pos.line, 14);
}

TEST(ValidateCamera, AnExtentWithoutAreaIsAnErrorAtTheExtent) {
    const auto d = problems(R"(camera:
  - {at: 2024-10-10, extent: [130, 41, 130, 44]}
)");
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].message, "camera extent [130, 41, 130, 44] has no area or is out of range");
    EXPECT_EQ(d[0].pos.line, 13);
    EXPECT_EQ(d[0].pos.column, 30);
}

TEST(ValidateCamera, AnExtentThatIsNotFourNumbersIsReportedAsForTheMap) {
    const auto d = problems(R"(camera:
  - {at: 2024-10-10, extent: [130, 41, 133]}
)");
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].message, "'extent' must be four numbers [west, south, east, north]");
}

TEST(ValidateCamera, AKeyframeOutsideTheTimelineIsOnlyAWarning) {
    const auto loaded = load_scenario_text(std::string(kBase) + R"(camera:
  - {at: 2024-10-01, extent: [124, 38, 138, 49]}
  - {at: 2024-10-10, extent: [130, 41, 133, 44]}
)",
                                           "v.yaml");
    ASSERT_EQ(loaded.warnings.size(), 1U);
    EXPECT_EQ(loaded.warnings[0].severity, Diagnostic::Severity::warning);
    EXPECT_EQ(loaded.warnings[0].pos.line, 13);
    EXPECT_NE(loaded.warnings[0].message.find("outside the timeline"), std::string::npos);
}

TEST(ValidateCamera, UnknownKeysAndAMissingExtentAreReported) {
    auto d = problems(R"(camera:
  - {at: 2024-10-10, extnt: [124, 38, 138, 49]}
)");
    ASSERT_GE(d.size(), 1U);
    EXPECT_EQ(d[0].message, "unknown key 'extnt' in a camera keyframe");
    d = problems(R"(camera:
  - {at: 2024-10-10}
)");
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].message, "camera keyframe has no 'extent'");
}

TEST(ValidateOnMap, PointsFarOutsideTheMapAreWarnedOf) {
    // A waypoint with its longitude's sign lost, and an event in Europe.
    const auto d = problems(R"(movements:
  - {id: m, from: [129.0, 35.1], via: [[-130.5, 41.9]], to: vladivostok, start: 2024-10-08, end: 2024-10-09, source: nis, confidence: reported}
events:
  - {id: e, label: Far, date: 2024-10-09, at: [13.4, 52.5], source: nis, confidence: reported}
)");
    ASSERT_EQ(d.size(), 2U);
    EXPECT_EQ(d[0].str(),
              "v.yaml:13:40: warning: a point of movement 'm' at [-130.5, 41.9] lies far outside "
              "the map's extent and will not be seen\n"
              "  hint: correct the coordinates, or widen the map's extent");
    EXPECT_EQ(d[1].message,
              "event 'e' at [13.4, 52.5] lies far outside the map's extent and will not be seen");
}

TEST(ValidateOnMap, APlaceWrittenLatLonGetsTheSwapAsAHint) {
    // Odesa is at [30.73, 46.48]; written the other way round it lies in Iraq.
    const auto d = load_scenario_text(R"(title: Black Sea
map:
  extent: [27, 40, 42, 48]
timeline:
  start: 2024-10-08
  end: 2024-10-13
places:
  odesa: {at: [46.48, 30.73]}
  istanbul: {at: [28.98, 41.01]}
)",
                                      "b.yaml")
                       .warnings;
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].str(),
              "b.yaml:8:3: warning: place 'odesa' at [46.48, 30.73] lies far outside the map's "
              "extent and will not be seen\n"
              "  hint: coordinates are [lon, lat]: did you mean [30.73, 46.48]?");
}

TEST(ValidateOnMap, PointsNearTheExtentOrInACameraExtentAreNotWarnedOf) {
    // 129.0, 35.1 lies south of the extent [124, 38, 138, 49], within half its height of it.
    EXPECT_TRUE(problems(R"(movements:
  - {id: m, from: [129.0, 35.1], to: vladivostok, start: 2024-10-08, end: 2024-10-09, source: nis, confidence: reported}
)")
                    .empty());
    EXPECT_TRUE(problems(R"(movements:
  - {id: m, from: [2.3, 48.9], to: vladivostok, start: 2024-10-08, end: 2024-10-13, source: nis, confidence: reported}
camera:
  - {at: 2024-10-08, extent: [-5, 40, 10, 55]}
  - {at: 2024-10-13, extent: [124, 38, 138, 49]}
)")
                    .empty());
}

TEST(ValidateOnMap, ATallExtentOnAWideMapShowsMoreLongitude) {
    // Chile's extent fitted to a 16:9 map shows some 90 degrees of longitude: Buenos Aires is
    // on the map; Cape Town is not.
    const auto d = load_scenario_text(R"(title: Chile
map:
  extent: [-76, -56, -66, -17]
timeline:
  start: 2024-10-08
  end: 2024-10-13
places:
  santiago: {at: [-70.67, -33.45]}
  buenos-aires: {at: [-58.38, -34.60]}
  cape-town: {at: [18.42, -33.92]}
)",
                                      "c.yaml")
                       .warnings;
    ASSERT_EQ(d.size(), 1U);
    EXPECT_EQ(d[0].message,
              "place 'cape-town' at [18.42, -33.92] lies far outside the map's extent and will not "
              "be seen");
}

}  // namespace gt
