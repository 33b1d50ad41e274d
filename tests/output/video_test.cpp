// Video output opened by a real consumer: ffprobe.
#include <cairo.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "output/video_writer.hpp"
#include "render/style.hpp"
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

TEST(Video, Mp4AndWebmAreTaggedBt709AndKeepTheStylesOrange) {
    // Frames of nothing but the report style's orange (reported), #d9480f.
    const Rgba orange = Style{}.color_of(Confidence::reported);
    test::TempDir dir;
    cairo_surface_t* frame = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 64, 48);
    cairo_t* cr = cairo_create(frame);
    cairo_set_source_rgb(cr, orange.r, orange.g, orange.b);
    cairo_paint(cr);
    cairo_destroy(cr);
    ASSERT_EQ(cairo_surface_write_to_png(frame, (dir.path() / "frame-00001.png").c_str()),
              CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(frame);
    std::ofstream(dir.path() / "manifest.json")
        << R"({"fps": 4, "frames": [{"files": {"png": "frame-00001.png"}}]})";
    const auto r = test::run({"video", dir.path().string(), "--format", "mp4,webm"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* ext : {"mp4", "webm"}) {
        const std::string file = (dir.path() / (std::string("animation.") + ext)).string();
        const std::string tags = test::capture(
            "ffprobe -v error -show_entries "
            "stream=color_space,color_primaries,color_transfer,color_range -of csv=p=0 '" +
            file + "'");
        EXPECT_EQ(tags, "tv,bt709,bt709,bt709\n") << ext;
        // Decoded as a browser decodes tagged HD video: with the BT.709 matrix, limited range.
        const std::string rgb =
            test::capture("ffmpeg -v error -i '" + file +
                          "' -frames:v 1 -vf scale=in_color_matrix=bt709:in_range=tv,format=rgb24 "
                          "-f rawvideo -");
        ASSERT_EQ(rgb.size(), 64U * 48U * 3U) << ext;
        const std::size_t centre = (24 * 64 + 32) * 3;
        const double expected[3] = {orange.r * 255, orange.g * 255, orange.b * 255};
        for (std::size_t c = 0; c < 3; ++c) {
            EXPECT_NEAR(static_cast<unsigned char>(rgb[centre + c]), expected[c], 6)
                << ext << " channel " << c;
        }
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
