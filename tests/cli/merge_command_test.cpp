// `merge` copies only plain files of each shard's folder: never a linked frame, never a path
// written in a manifest, and a forged manifest is bad input, not an internal error.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// A one-frame shard folder `shard/small` whose manifest lists `frame`.
fs::path write_shard(const fs::path& dir, const std::string& frame, std::int64_t frames_total = 1) {
    const fs::path shard = dir / "shard" / "small";
    fs::create_directories(shard);
    const nlohmann::json manifest{
        {"scenario", "small"},
        {"frames", {{{"index", 1}, {"files", {{"png", frame}}}}}},
        {"shard", {{"index", 1}, {"count", 1}, {"frames_total", frames_total}}}};
    std::ofstream(shard / "manifest.partial.json") << manifest.dump();
    return shard;
}

test::RunResult merge(const fs::path& dir, const fs::path& shard) {
    return test::run({"merge", shard.string(), "--out", (dir / "merged").string(), "--quiet"});
}

}  // namespace

TEST(MergeContainment, APlainShardMerges) {
    test::TempDir dir;
    const fs::path shard = write_shard(dir.path(), "frame-00001.png");
    std::ofstream(shard / "frame-00001.png") << "png";
    const auto r = merge(dir.path(), shard);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(test::read_file(dir.path() / "merged" / "small" / "frame-00001.png"), "png");
}

TEST(MergeContainment, ALinkedFrameIsRefusedAndNotCopied) {
    test::TempDir dir;
    std::ofstream(dir.path() / "secret") << "hunter2";
    const fs::path shard = write_shard(dir.path(), "frame-00001.png");
    fs::create_symlink(dir.path() / "secret", shard / "frame-00001.png");
    const auto r = merge(dir.path(), shard);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("the frame 'frame-00001.png' is a symbolic link"), std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(dir.path() / "merged" / "small"));
}

TEST(MergeContainment, APathInTheManifestIsRefused) {
    test::TempDir dir;
    for (const std::string frame : {"/etc/passwd", "../../secret"}) {
        const auto r = merge(dir.path(), write_shard(dir.path(), frame));
        EXPECT_EQ(r.exit_code, 2) << r.err;
        EXPECT_NE(r.err.find("bad file name"), std::string::npos) << r.err;
    }
}

TEST(MergeContainment, AForgedFrameCountIsBadInput) {
    test::TempDir dir;
    const auto r =
        merge(dir.path(), write_shard(dir.path(), "frame-00001.png", std::int64_t{1} << 60));
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("its manifest gives 1152921504606846976 frames in 1 shards"),
              std::string::npos)
        << r.err;
}

TEST(MergeContainment, AManifestThatIsAFifoIsRefusedAtOnce) {
    test::TempDir dir;
    const fs::path shard = dir.path() / "shard" / "small";
    fs::create_directories(shard);
    ASSERT_EQ(::mkfifo((shard / "manifest.partial.json").c_str(), 0600), 0);
    const auto r = merge(dir.path(), shard);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("'manifest.partial.json' is not a regular file"), std::string::npos)
        << r.err;
}

}  // namespace gt
