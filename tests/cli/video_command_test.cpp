// `video` hands ffmpeg only plain files of the output folder: a manifest listing a link, a path
// or a URL is refused before ffmpeg runs.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

test::RunResult video_of(const fs::path& folder, const nlohmann::json& png) {
    const nlohmann::json manifest{{"fps", 4}, {"frames", {{{"files", {{"png", png}}}}}}};
    std::ofstream(folder / "manifest.json") << manifest.dump();
    return test::run({"video", folder.string(), "--format", "gif"});
}

}  // namespace

TEST(VideoContainment, FramesThatAreLinksPathsOrNotNamesAreRefused) {
    test::TempDir dir;
    std::ofstream(dir.path() / "secret.png") << "secret";
    const fs::path folder = dir.path() / "small";
    fs::create_directory(folder);
    fs::create_symlink(dir.path() / "secret.png", folder / "frame-00001.png");
    const std::vector<std::pair<nlohmann::json, std::string>> cases{
        {"frame-00001.png", "error: the frame 'frame-00001.png' is a symbolic link"},
        {"../secret.png", "lists the frame \"../secret.png\", which is not a file name"},
        {"/etc/passwd", "not a file name"},
        {"a.png'\nfile 'http://127.0.0.1:9/x.png", "not a file name"},
        {42, "not a file name"},
        {"frame-00009.png", "the frame 'frame-00009.png' does not exist"}};
    for (const auto& [png, message] : cases) {
        const auto r = video_of(folder, png);
        EXPECT_EQ(r.exit_code, 2) << png << ": " << r.err;
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
        EXPECT_EQ(r.err.find("ffmpeg"), std::string::npos) << r.err;
    }
}

TEST(VideoContainment, AManifestWithTextForNumbersIsBadInput) {
    test::TempDir dir;
    std::ofstream(dir.path() / "frame-00001.png") << "png";
    for (
        const char* manifest :
        {R"({"fps": "x", "frames": [{"files": {"png": "frame-00001.png"}}]})",
         R"({"width": [], "frames": [{"files": {"png": "frame-00001.png"}}]})",
         R"({"selection": {"frames_total": "x"}, "frames": [{"files": {"png": "frame-00001.png"}}]})"}) {
        std::ofstream(dir.path() / "manifest.json") << manifest;
        const auto r = test::run({"video", dir.path().string(), "--format", "gif"});
        EXPECT_EQ(r.exit_code, 2) << manifest << r.err;
        EXPECT_NE(r.err.find("not a manifest: a number is not one"), std::string::npos) << r.err;
    }
}

TEST(VideoContainment, AManifestThatIsAFifoIsRefusedAtOnce) {
    test::TempDir dir;
    ASSERT_EQ(::mkfifo((dir.path() / "manifest.json").c_str(), 0600), 0);
    const auto r = test::run({"video", dir.path().string(), "--format", "gif"});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("'manifest.json' is not a regular file"), std::string::npos) << r.err;
}

}  // namespace gt
