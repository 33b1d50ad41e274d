// Parallel and sharded renders give the very same files as one sequential run.
#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// tests/data/small.yaml with a frame every 12 hours: 9 frames, more than the threads used.
fs::path nine_frame_scenario(const test::TempDir& dir) {
    const fs::path file = dir.path() / "small.yaml";
    std::ofstream(file) << test::replace_line(test::read_file(test::data_dir() / "small.yaml"),
                                              "  step:", "  step: 12h");
    return file;
}

/// The nine-frame scenario with a camera that holds, zooms in, holds and pans: workers that
/// draw different frames keep different per-view caches.
fs::path moving_camera_scenario(const test::TempDir& dir) {
    const fs::path file = dir.path() / "small.yaml";
    std::ofstream(file) << test::replace_line(test::read_file(test::data_dir() / "small.yaml"),
                                              "  step:", "  step: 12h")
                        << "camera:\n"
                           "  - {at: 2024-10-01T12:00Z, extent: [126.0, 36.0, 140.0, 46.0]}\n"
                           "  - {at: 2024-10-02T12:00Z, extent: [129.0, 36.5, 134.0, 40.0]}\n"
                           "  - {at: 2024-10-03T12:00Z, extent: [129.0, 36.5, 134.0, 40.0]}\n"
                           "  - {at: 2024-10-04T12:00Z, extent: [134.0, 39.5, 139.0, 43.0]}\n";
    return file;
}

test::RunResult render(const fs::path& scenario, const fs::path& out,
                       std::vector<std::string> extra) {
    std::vector<std::string> args{"render",   scenario.string(), "--out",  out.string(),
                                  "--format", "png,svg",         "--quiet"};
    args.insert(args.end(), extra.begin(), extra.end());
    return test::run(args);
}

/// The check both camera cases make: a nine-frame `scenario` rendered into `dir` with one job
/// and with three gives the same files, byte for byte.
void expect_three_jobs_write_what_one_does(const fs::path& scenario, const fs::path& dir) {
    ASSERT_EQ(render(scenario, dir / "one", {"--jobs", "1"}).exit_code, 0);
    ASSERT_EQ(render(scenario, dir / "three", {"--jobs", "3"}).exit_code, 0);
    const auto one = test::file_hashes(dir / "one" / "small");
    EXPECT_EQ(one.size(), 9U * 2 + 1);  // PNG and SVG per frame, the manifest
    EXPECT_EQ(one, test::file_hashes(dir / "three" / "small"));
}

}  // namespace

TEST(ParallelRender, JobsChangeNoByteOfAnyFile) {
    test::TempDir dir;
    expect_three_jobs_write_what_one_does(nine_frame_scenario(dir), dir.path());
}

TEST(ParallelRender, JobsChangeNoByteOfAnyFileUnderAMovingCamera) {
    test::TempDir dir;
    expect_three_jobs_write_what_one_does(moving_camera_scenario(dir), dir.path());
}

TEST(ShardedRender, ShardsMergedGiveTheSameFilesAsOneRun) {
    test::TempDir dir;
    const fs::path scenario = nine_frame_scenario(dir);
    ASSERT_EQ(render(scenario, dir.path() / "whole", {"--jobs", "2"}).exit_code, 0);
    std::vector<std::string> merge{"merge", "--out", (dir.path() / "merged").string(), "--quiet"};
    for (const std::string index : {"3", "1", "2"}) {  // any order
        const fs::path out = dir.path() / ("shard" + index);
        const auto r = render(scenario, out, {"--shard", index + "/3", "--jobs", "1"});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        // A shard holds only its frames and never a manifest.json that looks complete.
        const auto files = test::file_hashes(out / "small");
        EXPECT_EQ(files.size(), 3U * 2 + 1);
        EXPECT_EQ(files.count("manifest.json"), 0U);
        EXPECT_EQ(files.count("manifest.partial.json"), 1U);
        EXPECT_EQ(files.count("frame-0000" + index + ".png"), 1U);
        merge.push_back((out / "small").string());
    }
    const auto r = test::run(merge);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(test::file_hashes(dir.path() / "merged" / "small"),
              test::file_hashes(dir.path() / "whole" / "small"));
}

TEST(ShardedRender, MergeWithAShardMissingIsBadInputAndWritesNothing) {
    test::TempDir dir;
    const fs::path scenario = nine_frame_scenario(dir);
    for (const std::string index : {"1", "2"}) {
        ASSERT_EQ(
            render(scenario, dir.path() / ("shard" + index), {"--shard", index + "/3"}).exit_code,
            0);
    }
    const auto r = test::run({"merge", (dir.path() / "shard1" / "small").string(),
                              (dir.path() / "shard2" / "small").string(), "--out",
                              (dir.path() / "merged").string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("shard 3 of 3 is missing"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.path() / "merged" / "small"));
}

TEST(ShardedRender, BadShardIsBadInput) {
    for (const char* shard : {"0/2", "3/2", "2", "a/b", "1/2x"}) {
        const auto r =
            test::run({"render", (test::data_dir() / "small.yaml").string(), "--shard", shard});
        EXPECT_EQ(r.exit_code, 2) << shard;
        EXPECT_NE(r.err.find("--shard"), std::string::npos) << r.err;
    }
}

}  // namespace gt
