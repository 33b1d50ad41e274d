// render --watch: the real program renders again when the scenario is saved, survives a mistake
// in it, and stops cleanly on Ctrl-C.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// Waits up to 60 s for `condition`.
template <class Condition>
bool eventually(Condition condition) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

std::string manifest_of(const fs::path& folder) {
    std::error_code ec;
    return fs::exists(folder / "manifest.json", ec) ? test::read_file(folder / "manifest.json")
                                                    : "";
}

}  // namespace

TEST(Watch, RendersAgainWhenTheScenarioIsSavedAndStopsOnCtrlC) {
    test::TempDir dir;
    const fs::path scenario = dir.path() / "small.yaml";
    const std::string original = test::read_file(test::data_dir() / "small.yaml");
    std::ofstream(scenario) << original;
    const fs::path out = dir.path() / "out";
    const int child = test::spawn_program(
        {"render", scenario.string(), "--out", out.string(), "--watch", "--jobs", "1", "--quiet"});
    ASSERT_GT(child, 0);
    ASSERT_TRUE(eventually(
        [&] { return manifest_of(out / "small").find("\"Test crossing\"") != std::string::npos; }));

    // A mistake is reported and waited out; the previous frames stay.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // a newer modification time
    std::ofstream(scenario) << test::replace_line(original, "title:", "titel: Typo");
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    EXPECT_NE(manifest_of(out / "small").find("\"Test crossing\""), std::string::npos);

    // Fixed and saved again: rendered again with the new title; what other commands wrote into
    // the folder (a video, the player) stays.
    std::ofstream(out / "small" / "animation.mp4") << "video";
    std::ofstream(out / "small" / "index.html") << "player";
    std::ofstream(scenario) << test::replace_line(original, "title:", "title: Watched crossing");
    EXPECT_TRUE(eventually([&] {
        return manifest_of(out / "small").find("\"Watched crossing\"") != std::string::npos;
    }));
    EXPECT_EQ(test::read_file(out / "small" / "animation.mp4"), "video");
    EXPECT_EQ(test::read_file(out / "small" / "index.html"), "player");

    kill(child, SIGINT);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(Watch, RendersAgainWhenABadTrackFileIsFixed) {
    test::TempDir dir;
    fs::create_directory(dir.path() / "tracks");
    const fs::path track = dir.path() / "tracks" / "ship.csv";
    std::ofstream(track) << "time,lon,lat\n2024-10-01T00:00Z,131,38\n2024-10-05T00:00Z,east,41.5\n";
    const fs::path scenario = dir.path() / "small.yaml";
    std::string text = test::read_file(test::data_dir() / "small.yaml");
    text = test::replace_line(text, "    from: start-point", "    track: {file: tracks/ship.csv}");
    text = test::replace_line(text, "    to: end-point", "");
    std::ofstream(scenario) << text;
    const fs::path out = dir.path() / "out";
    const int child = test::spawn_program(
        {"render", scenario.string(), "--out", out.string(), "--watch", "--jobs", "1", "--quiet"});
    ASSERT_GT(child, 0);
    // The bad row stops the first render; fixing the row (not the scenario) renders again.
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    EXPECT_EQ(manifest_of(out / "small"), "");
    std::ofstream(track)
        << "time,lon,lat\n2024-10-01T00:00Z,131,38\n2024-10-05T00:00Z,137.5,41.5\n";
    EXPECT_TRUE(eventually([&] { return !manifest_of(out / "small").empty(); }));
    kill(child, SIGINT);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

}  // namespace gt
