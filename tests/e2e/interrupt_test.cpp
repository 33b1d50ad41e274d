// SIGINT and SIGTERM during a render of the real program: the previous output stays byte for
// byte, no staging folder is left behind, and the exit code tells the signal.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// The staging folder's frame count, once the render has begun writing frames.
bool frames_being_written(const fs::path& out_root) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(out_root, ec)) {
        if (!entry.path().filename().string().starts_with(".small.partial-")) continue;
        std::size_t frames = 0;
        for (const auto& f : fs::directory_iterator(entry.path(), ec))
            frames += f.is_regular_file();
        if (frames >= 2) return true;
    }
    return false;
}

class InterruptedRender : public ::testing::TestWithParam<int> {};

}  // namespace

TEST_P(InterruptedRender, KeepsThePreviousOutputAndLeavesNoLitter) {
    const int signal_number = GetParam();
    test::TempDir dir;
    const fs::path out = dir.path() / "out";
    // The previous output set: a short render.
    ASSERT_EQ(test::run({"render", (test::data_dir() / "small.yaml").string(), "--out",
                         out.string(), "--format", "png,svg", "--quiet"})
                  .exit_code,
              0);
    const auto before = test::file_hashes(out / "small");
    ASSERT_FALSE(before.empty());

    // The same scenario with 400 frames: long enough to be caught in the middle.
    const fs::path scenario = dir.path() / "small.yaml";
    std::ofstream(scenario) << test::replace_line(test::read_file(test::data_dir() / "small.yaml"),
                                                  "  step:", "  frames: 400");
    const pid_t child = test::spawn_program(
        {"render", scenario.string(), "--out", out.string(), "--format", "png,svg", "--jobs", "2"});
    ASSERT_GT(child, 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!frames_being_written(out) && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ASSERT_TRUE(frames_being_written(out)) << "the render never started writing frames";
    kill(child, signal_number);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);

    ASSERT_TRUE(WIFEXITED(status)) << "killed by the signal instead of stopping cleanly";
    EXPECT_EQ(WEXITSTATUS(status), 128 + signal_number);
    EXPECT_EQ(test::file_hashes(out / "small"), before);
    EXPECT_EQ(test::hidden_entries(out), std::vector<std::string>{});
}

INSTANTIATE_TEST_SUITE_P(Signals, InterruptedRender, ::testing::Values(SIGINT, SIGTERM));

}  // namespace gt
