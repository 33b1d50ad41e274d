// Routes checked against the geography and the canvas: a ferry across the Korean peninsula, a
// column that marches from Busan to Fukuoka, and a leg whose waypoint lies far off the map are
// warned about at their movement's line; a sea route that stays at sea is not.
#include "render/route_checks.hpp"

#include <gtest/gtest.h>

#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace {

std::vector<Diagnostic> warnings_for(const std::string& movements) {
    const std::string yaml = R"(title: Routes
map:
  extent: [123.0, 33.0, 133.0, 40.0]
  size: [1280, 720]
timeline:
  start: 2024-10-01
  end: 2024-10-05
  step: 1d
movements:
)" + movements;
    const LoadedScenario loaded = load_scenario_text(yaml, "routes.yaml");
    const Scene scene = prepare_scene(loaded.scenario, test::scene_options());
    return route_warnings(scene);
}

const char* kAtSea =
    "  - {id: coast, from: [124.6, 34.6], to: [124.8, 37.2], start: 2024-10-01, end: "
    "2024-10-03, mode: sea, source: none, confidence: reported}\n";

}  // namespace

TEST(RouteChecks, ASeaRouteThatStaysAtSeaIsNotWarnedAbout) {
    EXPECT_TRUE(warnings_for(kAtSea).empty());
}

TEST(RouteChecks, ASeaRouteAcrossAPeninsulaIsWarnedAboutAtItsLine) {
    const auto w = warnings_for(
        std::string(kAtSea) +
        "  - {id: ferry, from: [125.6, 36.6], to: [130.0, 36.6], start: "
        "2024-10-01, end: 2024-10-03, mode: sea, source: none, confidence: reported}\n");
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w[0].severity, Diagnostic::Severity::warning);
    EXPECT_EQ(w[0].pos.line, 11);
    EXPECT_EQ(w[0].pos.file, "routes.yaml");
    EXPECT_EQ(w[0].message.rfind("movement 'ferry' is by sea but its route crosses ", 0), 0u)
        << w[0].message;
    EXPECT_NE(w[0].message.find(" km of land around ["), std::string::npos) << w[0].message;
    EXPECT_EQ(w[0].hint.rfind("add a waypoint under 'via:' near [", 0), 0u) << w[0].hint;
    EXPECT_NE(w[0].hint.find("to keep it at sea"), std::string::npos) << w[0].hint;
}

TEST(RouteChecks, ALandRouteAcrossTheSeaIsWarnedAbout) {
    const auto w = warnings_for(
        "  - {id: march, from: [129.0, 35.2], to: [130.5, 33.55], start: 2024-10-01, end: "
        "2024-10-03, mode: land, source: none, confidence: reported}\n");
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w[0].message.rfind("movement 'march' is by land but its route crosses ", 0), 0u)
        << w[0].message;
    EXPECT_NE(w[0].message.find(" km of open sea around ["), std::string::npos) << w[0].message;
    EXPECT_NE(w[0].hint.find("to keep it on land"), std::string::npos) << w[0].hint;
}

TEST(RouteChecks, ARouteLeavingTheMapIsWarnedAbout) {
    const auto w = warnings_for(
        "  - {id: flight, from: [126.9, 37.5], to: [129.0, 35.1], via: [[128.0, 44.0]], start: "
        "2024-10-01, end: 2024-10-03, mode: air, source: none, confidence: reported}\n");
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w[0].pos.line, 10);
    EXPECT_EQ(w[0].message.rfind("movement 'flight' leaves the map at [", 0), 0u) << w[0].message;
    EXPECT_EQ(w[0].hint.rfind("add a waypoint under 'via:' near [", 0), 0u) << w[0].hint;
    EXPECT_NE(w[0].hint.find("or widen the map's extent"), std::string::npos) << w[0].hint;
}

}  // namespace gt
