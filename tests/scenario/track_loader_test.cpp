// Movements along track files, through the whole loader: dates from the times, errors at the
// scenario's `track` key followed by the file's own lines.
#include "scenario/track_loader.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// A scenario in a fresh folder beside a copy of tests/data/tracks, with `movement` as its
/// only movement (one flow mapping).
class TrackScenario {
  public:
    explicit TrackScenario(const std::string& movement) {
        fs::copy(test::data_dir() / "tracks", dir_.path() / "tracks");
        std::ofstream(file()) << "title: T\nmap: {extent: [125, 33, 131, 37]}\n"
                                 "timeline: {start: 2025-03-01, end: 2025-03-02, step: 3h}\n"
                                 "movements:\n  - "
                              << movement << "\n";
    }
    [[nodiscard]] fs::path file() const { return dir_.path() / "s.yaml"; }
    [[nodiscard]] const fs::path& dir() const { return dir_.path(); }

    /// Every diagnostic as "file:line:column: error: message", the scenario's folder as "DIR".
    [[nodiscard]] std::vector<std::string> errors(const ScenarioLimits& limits = {}) const {
        std::vector<std::string> out;
        try {
            (void)load_scenario(file(), limits);
        } catch (const InputError& e) {
            for (const Diagnostic& d : e.diagnostics()) {
                std::string line = d.str().substr(0, d.str().find('\n'));
                for (auto at = line.find(dir().string()); at != std::string::npos;
                     at = line.find(dir().string())) {
                    line.replace(at, dir().string().size(), "DIR");
                }
                out.push_back(line);
            }
        }
        return out;
    }

  private:
    test::TempDir dir_;
};

const char* kTail = "source: none, confidence: reported}";

}  // namespace

TEST(TrackLoader, TimedTrackGivesTheMovementItsDates) {
    const TrackScenario s(std::string("{id: ship, track: {file: tracks/ais.csv}, ") + kTail);
    const Scenario sc = load_scenario(s.file()).scenario;
    const Movement& m = sc.movements.at(0);
    ASSERT_TRUE(m.track);
    EXPECT_TRUE(m.path.empty());
    EXPECT_EQ(m.track_points.size(), 8U);
    EXPECT_EQ(m.track_times.size(), 8U);
    EXPECT_EQ(format_iso(m.start), "2025-03-01T00:00:00Z");
    EXPECT_EQ(format_iso(m.end), "2025-03-02T00:00:00Z");
    EXPECT_EQ(m.route_points().size(), 8U);
}

TEST(TrackLoader, DatesWrittenBesideTimesMustAgree) {
    const TrackScenario agree(std::string("{id: ship, track: {file: tracks/ais.csv}, start: "
                                          "2025-03-01T00:00Z, end: 2025-03-02, ") +
                              kTail);
    EXPECT_TRUE(agree.errors().empty());
    const TrackScenario differ(std::string("{id: ship, track: {file: tracks/ais.csv}, start: "
                                           "2025-03-01T01:00Z, ") +
                               kTail);
    EXPECT_EQ(differ.errors(),
              (std::vector<std::string>{
                  "DIR/s.yaml:5:54: error: movement 'ship' starts 2025-03-01T01:00:00Z but its "
                  "track's first time is 2025-03-01T00:00:00Z"}));
}

TEST(TrackLoader, LineWithoutTimesUsesTheMovementsDates) {
    const TrackScenario s(std::string("{id: f, track: {file: tracks/route.kml}, start: "
                                      "2025-03-01T06:00Z, end: 2025-03-01T18:00Z, ") +
                          kTail);
    const Movement m = load_scenario(s.file()).scenario.movements.at(0);
    EXPECT_TRUE(m.track_times.empty());
    EXPECT_EQ(m.track_points.size(), 4U);
    EXPECT_EQ(format_iso(m.end), "2025-03-01T18:00:00Z");
    const TrackScenario undated(std::string("{id: f, track: {file: tracks/route.kml}, ") + kTail);
    EXPECT_EQ(undated.errors(),
              (std::vector<std::string>{"DIR/s.yaml:5:13: error: movement 'f' has no 'start', "
                                        "and its track no times to take it from"}));
}

TEST(TrackLoader, FileProblemsAreToldAtTheTrackKey) {
    const TrackScenario s(std::string("{id: f, track: {file: tracks/none.gpx}, start: "
                                      "2025-03-01, end: 2025-03-02, ") +
                          kTail);
    EXPECT_EQ(s.errors(),
              (std::vector<std::string>{
                  "DIR/s.yaml:5:13: error: track file 'tracks/none.gpx': no such file"}));
    const TrackScenario both(std::string("{id: f, from: [1, 1], track: {file: tracks/ais.csv}, ") +
                             kTail);
    EXPECT_EQ(both.errors().at(0),
              "DIR/s.yaml:5:13: error: give either 'track' or 'from', not both");
}

TEST(TrackLoader, TrackWrittenAsAPathAloneIsShownTheMapping) {
    const TrackScenario s(std::string("{id: f, track: tracks/route.kml, ") + kTail);
    EXPECT_EQ(s.errors().at(0),
              "DIR/s.yaml:5:20: error: 'track' must be a mapping, not 'tracks/route.kml'");
}

TEST(TrackLoader, BadRowsFollowAtTheirLineInTheFile) {
    const TrackScenario s(std::string("{id: ship, track: {file: tracks/ais.csv}, ") + kTail);
    std::ofstream(s.dir() / "tracks" / "ais.csv", std::ios::app)
        << "999000001,2025-03-01T23:00:00Z,33.0,129.0,1\n999000001,2025-03-03,33.0,east,1\n";
    EXPECT_EQ(s.errors(),
              (std::vector<std::string>{
                  "DIR/s.yaml:5:16: error: track file 'tracks/ais.csv' has 2 problems",
                  "DIR/tracks/ais.csv:10:11: error: time 2025-03-01T23:00:00Z is not after the "
                  "previous row's (2025-03-02T00:00:00Z, line 9)",
                  "DIR/tracks/ais.csv:11:27: error: longitude 'east' is not a number"}));
}

TEST(TrackLoader, PointsOfAllTracksTogetherAreLimited) {
    const TrackScenario s(std::string("{id: ship, track: {file: tracks/ais.csv}, ") + kTail);
    ScenarioLimits limits;
    limits.max_track_points_total = 5;
    EXPECT_EQ(s.errors(limits),
              (std::vector<std::string>{
                  "DIR/s.yaml:5:16: error: track file 'tracks/ais.csv' has 1 problem",
                  "DIR/tracks/ais.csv:7:1: error: more than 5 positions, what is left of the "
                  "limit for all tracks together (5)"}));
}

}  // namespace gt
