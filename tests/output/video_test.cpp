// Video output opened by a real consumer: ffprobe.
#include <gtest/gtest.h>

#include <fstream>

#include "output/video_writer.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

TEST(Video, ConcatListHoldsTheLastFrame) {
    test::TempDir dir;
    std::ofstream(dir.path() / "manifest.json")
        << R"({"fps": 2, "frames": [{"files": {"png": "frame-00001.png"}},)"
        << R"( {"files": {"png": "frame-00002.png"}}]})";
    const std::string list = concat_list(dir.path(), 2, 1.5);
    EXPECT_NE(list.find("frame-00001.png'\nduration 0.500000\n"), std::string::npos) << list;
    EXPECT_NE(list.find("frame-00002.png'\nduration 2.000000\n"), std::string::npos) << list;
}

TEST(Video, EncodesMp4WebmGifAndApngThatFfprobeReads) {
    test::TempDir dir;
    auto r = test::run({"render", (test::data_dir() / "small.yaml").string(), "--out",
                        dir.path().string(), "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const fs::path folder = dir.path() / "small";
    // A relative folder, as a user types it (ffmpeg resolves the list's names against the list).
    const fs::path relative = fs::relative(folder, fs::current_path());
    r = test::run(
        {"video", relative.string(), "--format", "mp4,webm,gif,apng", "--fps", "2", "--hold", "1"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // 5 frames at 2 per second plus a 1-second hold on the last: 3.5 seconds.
    const std::vector<std::pair<std::string, std::string>> expected{
        {"mp4", "h264"}, {"webm", "vp9"}, {"gif", "gif"}};
    for (const auto& [ext, codec] : expected) {
        int code = -1;
        const std::string probe = test::capture(
            "ffprobe -v error -show_entries format=duration:stream=codec_name,width,height "
            "-of default=noprint_wrappers=1 " +
                (folder / ("animation." + ext)).string(),
            &code);
        ASSERT_EQ(code, 0) << probe;
        EXPECT_NE(probe.find("codec_name=" + codec), std::string::npos) << probe;
        EXPECT_NE(probe.find("width=960"), std::string::npos) << probe;
        EXPECT_NE(probe.find("duration=3.5"), std::string::npos) << probe;
    }
    // APNG has no container duration: 7 frames (5, and the last held for 2 more) at 2 per
    // second are the same 3.5 seconds, looping forever (acTL: frame count, then plays, 0).
    const fs::path apng = folder / "animation.apng";
    int code = -1;
    const std::string probe = test::capture(
        "ffprobe -v error -count_frames -show_entries stream=codec_name,width,nb_read_frames,"
        "r_frame_rate -of default=noprint_wrappers=1 " +
            apng.string(),
        &code);
    ASSERT_EQ(code, 0) << probe;
    EXPECT_NE(probe.find("codec_name=apng"), std::string::npos) << probe;
    EXPECT_NE(probe.find("width=960"), std::string::npos) << probe;
    EXPECT_NE(probe.find("r_frame_rate=2/1"), std::string::npos) << probe;
    EXPECT_NE(probe.find("nb_read_frames=7"), std::string::npos) << probe;
    const std::string bytes = test::read_file(apng);
    const auto actl = bytes.find("acTL");
    ASSERT_NE(actl, std::string::npos);
    ASSERT_GE(bytes.size(), actl + 12);
    EXPECT_EQ(bytes.substr(actl + 4, 8), std::string("\0\0\0\x07\0\0\0\0", 8));
    // No temporary files are left beside the frames.
    for (const auto& entry : fs::directory_iterator(folder)) {
        EXPECT_NE(entry.path().filename().string()[0], '.') << entry.path();
    }
}

TEST(Video, FolderWithoutManifestIsBadInputNamingIt) {
    test::TempDir dir;
    const auto r = test::run({"video", dir.path().string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("no manifest: this folder holds no render"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find((dir.path() / "manifest.json").string()), std::string::npos) << r.err;
}

TEST(Video, AFolderOfChosenFramesIsEncodedWithAWarning) {
    test::TempDir dir;
    const std::string scenario = (test::data_dir() / "small.yaml").string();
    ASSERT_EQ(
        test::run({"render", scenario, "--out", dir.path().string(), "--frames", "2:4", "--quiet"})
            .exit_code,
        0);
    const fs::path chosen = dir.path() / "small-frames-2-4";
    auto r = test::run({"video", chosen.string(), "--format", "gif"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(chosen / "animation.gif"));
    EXPECT_NE(r.err.find("holds 3 chosen frames of 5 (render --at/--frames): the animation shows "
                         "only those"),
              std::string::npos)
        << r.err;
    // A whole render: no warning.
    ASSERT_EQ(test::run({"render", scenario, "--out", dir.path().string(), "--quiet"}).exit_code,
              0);
    r = test::run({"video", (dir.path() / "small").string(), "--format", "gif"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
}

}  // namespace gt
