// What a scenario names outside its folder is never opened: the refusals come before any open,
// as an inotify watch on the target shows (no tracer needed). The target is a valid track, so
// that reading it would have succeeded.
#include <gtest/gtest.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <fstream>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

const char* kLine =
    R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},)"
    R"( "geometry": {"type": "LineString", "coordinates": [[131, 38], [137.5, 41.5]]}}]})";

/// A scenario folder `in/` beside `secret.geojson`, a track it must not reach.
class Containment : public ::testing::Test {
  protected:
    void SetUp() override {
        fs::create_directories(in() / "tracks");
        std::ofstream(secret()) << kLine;
        watch_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        ASSERT_GE(watch_, 0);
        ASSERT_GE(inotify_add_watch(watch_, secret().c_str(), IN_OPEN | IN_ACCESS), 0);
    }
    void TearDown() override { ::close(watch_); }

    [[nodiscard]] fs::path in() const { return dir_.path() / "in"; }
    [[nodiscard]] fs::path secret() const { return dir_.path() / "secret.geojson"; }

    /// Validates a scenario with `map_extra` in its map and `track` as its movement's track;
    /// expects exit 2 and no open of secret().
    void expect_refused_unopened(const std::string& track, const std::string& map_extra = "") {
        const fs::path scenario = in() / "s.yaml";
        std::ofstream(scenario) << "title: T\nmap: {extent: [126, 36, 140, 46]" << map_extra
                                << "}\ntimeline: {start: 2024-10-01, end: 2024-10-05, step: 1d}\n"
                                << "movements:\n  - {id: m, track: " << track
                                << ", start: 2024-10-01, end: 2024-10-05, source: none, "
                                   "confidence: claimed}\n";
        const auto r = test::run({"validate", scenario.string()});
        EXPECT_EQ(r.exit_code, 2) << track << map_extra << "\n" << r.err;
        std::array<char, 4096> events{};
        EXPECT_LT(::read(watch_, events.data(), events.size()), 0)
            << track << map_extra << ": the file outside was opened";
    }

    int watch_ = -1;

  private:
    test::TempDir dir_;
};

}  // namespace

TEST_F(Containment, TheWatchSeesTheTrackReadWhenItIsInside) {
    // A hard link is the same file inside the folder: reading it is allowed, and seen.
    fs::create_hard_link(secret(), in() / "tracks" / "line.geojson");
    const fs::path scenario = in() / "s.yaml";
    std::ofstream(scenario) << "title: T\nmap: {extent: [126, 36, 140, 46]}\n"
                               "timeline: {start: 2024-10-01, end: 2024-10-05, step: 1d}\n"
                               "movements:\n  - {id: m, track: {file: tracks/line.geojson}, "
                               "start: 2024-10-01, end: 2024-10-05, source: none, "
                               "confidence: claimed}\n";
    const auto r = test::run({"validate", scenario.string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::array<char, 4096> events{};
    EXPECT_GT(::read(watch_, events.data(), events.size()), 0);
}

TEST_F(Containment, PathsAndLinksOutAreRefusedUnopened) {
    fs::create_symlink(secret(), in() / "tracks" / "link.geojson");
    fs::create_symlink(in().parent_path(), in() / "up");
    expect_refused_unopened("{file: ../secret.geojson}");
    expect_refused_unopened("{file: " + secret().string() + "}");
    expect_refused_unopened("{file: tracks/link.geojson}");
    expect_refused_unopened("{file: up/secret.geojson}");
}

TEST_F(Containment, AVrtPointingOutIsRefusedUnopened) {
    std::ofstream(in() / "tracks" / "out.vrt")
        << "<OGRVRTDataSource><OGRVRTLayer name=\"secret\"><SrcDataSource>" << secret().string()
        << "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>\n";
    expect_refused_unopened("{file: tracks/out.vrt}");
}

TEST_F(Containment, ACrsNamingTheFileIsRefusedUnopened) {
    std::ofstream(in() / "tracks" / "line.geojson") << kLine;
    for (const std::string& crs :
         std::vector<std::string>{"+proj=longlat +datum=WGS84 +nadgrids=" + secret().string(),
                                  "+init=" + secret().string() + ":x",
                                  "+proj=longlat +datum=WGS84 +geoidgrids=" + secret().string()}) {
        expect_refused_unopened("{file: tracks/line.geojson}", ", crs: \"" + crs + "\"");
    }
}

}  // namespace gt
