// PDF output opened by a real consumer: poppler's pdfinfo and pdftoppm.
#include <cairo.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "output/pdf_writer.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

TEST(Pdf, PaperSizes) {
    EXPECT_NEAR(parse_paper("a4").width_pt, 841.89, 0.01);
    EXPECT_NEAR(parse_paper("letter").height_pt, 612, 1e-9);
    EXPECT_NEAR(parse_paper("300x200mm").width_pt, 850.39, 0.01);
    EXPECT_THROW((void)parse_paper("a5x"), InputError);
}

TEST(Pdf, KeyFramesIncludeFirstAndLast) {
    std::vector<Instant> all;
    for (int i = 0; i < 10; ++i) all.push_back(Instant{Seconds{i}});
    const auto keys = key_frames(all, 4);
    ASSERT_EQ(keys.size(), 4U);
    EXPECT_EQ(keys.front(), all.front());
    EXPECT_EQ(keys.back(), all.back());
    EXPECT_EQ(keys[1], all[3]);
}

TEST(Pdf, KeyFramesGoFirstWhereThingsHappen) {
    std::vector<Instant> all;  // a frame every 10 s, 0 to 200
    for (int i = 0; i <= 20; ++i) all.push_back(Instant{Seconds{i * 10}});
    // Moments between frames count from the first frame that shows them; those outside the
    // timeline do not count.
    const std::vector<Instant> moments{Instant{Seconds{65}}, Instant{Seconds{130}},
                                       Instant{Seconds{-50}}, Instant{Seconds{900}}};
    EXPECT_EQ(key_frames(all, 4, moments),
              (std::vector<Instant>{all[0], all[7], all[13], all[20]}));
    // Fewer slots than moments: those farthest from the frames already chosen.
    EXPECT_EQ(key_frames(all, 3, moments), (std::vector<Instant>{all[0], all[7], all[20]}));
    // More slots: the longest stretches left are halved.
    const auto six = key_frames(all, 6, moments);
    ASSERT_EQ(six.size(), 6U);
    for (Instant t : {all[0], all[7], all[13], all[20]}) {
        EXPECT_NE(std::find(six.begin(), six.end(), t), six.end());
    }
    EXPECT_TRUE(std::is_sorted(six.begin(), six.end()));
    EXPECT_EQ(key_frames(all, 1, moments), std::vector<Instant>{all[0]});
}

TEST(Pdf, KeyFramesSpreadEvenlyOverWhatTheMomentsLeave) {
    std::vector<Instant> all;
    for (int i = 0; i < 10; ++i) all.push_back(Instant{Seconds{i}});
    // Moments only at the ends (a movement over the whole timeline): evenly spread.
    const std::vector<Instant> ends{all.front(), all.back()};
    EXPECT_EQ(key_frames(all, 4, ends), (std::vector<Instant>{all[0], all[3], all[6], all[9]}));
    // Frames given out of order and twice (--frames with --at) count once, in order.
    const std::vector<Instant> shuffled{all[9], all[2], all[0], all[2], all[5]};
    EXPECT_EQ(key_frames(shuffled, 3), (std::vector<Instant>{all[0], all[2], all[9]}));
    EXPECT_EQ(key_frames(shuffled, 9), (std::vector<Instant>{all[0], all[2], all[5], all[9]}));
}

TEST(Pdf, StoryboardCaptionsGiveTheTimeOnlyWhenTwoKeyFramesShareADay) {
    test::TempDir dir;
    // The small scenario every 6 hours: 17 frames over 1-5 October. (Not the seed scenario:
    // cairo 1.16 leaks 768 bytes finishing a PDF with Hangul in it, which the sanitizer run
    // would report as this test's.)
    const fs::path scenario = dir.path() / "six-hourly.yaml";
    std::ofstream(scenario) << test::replace_line(test::read_file(test::data_dir() / "small.yaml"),
                                                  "  step:", "  step: 6h");
    const auto captions = [&](const char* count) {
        const fs::path file = dir.path() / (std::string(count) + ".pdf");
        const auto r =
            test::run({"pdf", scenario.string(), "--storyboard", count, "-o", file.string()});
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return test::capture("pdftotext " + file.string() + " -");
    };
    // 4 key frames fall on 4 days: dates say it all.
    const std::string four = captions("4");
    EXPECT_NE(four.find("\n5 October 2024\n"), std::string::npos) << four;
    EXPECT_EQ(four.find("October 2024, "), std::string::npos) << four;
    // 8 do not: each caption gets its time.
    const std::string eight = captions("8");
    EXPECT_NE(eight.find("1 October 2024, 00:00 UTC"), std::string::npos) << eight;
    EXPECT_NE(eight.find("5 October 2024, 00:00 UTC"), std::string::npos) << eight;
}

TEST(Pdf, FramesBecomePagesThatPopplerRendersWithTheMapOnThem) {
    test::TempDir dir;
    const fs::path pdf = dir.path() / "frames.pdf";
    const auto r = test::run({"pdf", (test::data_dir() / "small.yaml").string(), "--frames", "2:4",
                              "--paper", "a4", "-o", pdf.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    int code = -1;
    const std::string info = test::capture("pdfinfo " + pdf.string(), &code);
    ASSERT_EQ(code, 0) << info;
    EXPECT_NE(info.find("Pages:           3"), std::string::npos) << info;
    EXPECT_NE(info.find("841.89 x 595.276 pts (A4)"), std::string::npos) << info;
    EXPECT_NE(info.find("Title:           Test crossing"), std::string::npos) << info;
    // Poppler draws page 1; its centre is open sea in the small scenario: the sea colour.
    test::capture(
        "pdftoppm -r 50 -f 1 -l 1 -png " + pdf.string() + " " + (dir.path() / "page").string(),
        &code);
    ASSERT_EQ(code, 0);
    cairo_surface_t* page =
        cairo_image_surface_create_from_png((dir.path() / "page-1.png").c_str());
    ASSERT_EQ(cairo_surface_status(page), CAIRO_STATUS_SUCCESS);
    const int w = cairo_image_surface_get_width(page), h = cairo_image_surface_get_height(page);
    EXPECT_EQ(w, 585);  // 297 mm at 50 dpi, rounded up by poppler
    int sea = 0;
    const unsigned char* data = cairo_image_surface_get_data(page);
    for (int y = h / 3; y < 2 * h / 3; y += 4) {
        for (int x = w / 2; x < 3 * w / 4; x += 4) {
            const auto p = reinterpret_cast<const uint32_t*>(
                data + y * cairo_image_surface_get_stride(page))[x];
            sea += std::abs(static_cast<int>((p >> 16) & 0xff) - 0xc6) < 6 &&
                   std::abs(static_cast<int>((p >> 8) & 0xff) - 0xdb) < 6 &&
                   std::abs(static_cast<int>(p & 0xff) - 0xe8) < 6;
        }
    }
    EXPECT_GT(sea, 50);
    cairo_surface_destroy(page);
}

TEST(Pdf, StoryboardIsOnePageAndDeterministic) {
    test::TempDir dir;
    for (const char* name : {"a.pdf", "b.pdf"}) {
        const auto r = test::run({"pdf", (test::data_dir() / "small.yaml").string(), "--storyboard",
                                  "4", "-o", (dir.path() / name).string()});
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    const std::string info = test::capture("pdfinfo " + (dir.path() / "a.pdf").string());
    EXPECT_NE(info.find("Pages:           1"), std::string::npos) << info;
    EXPECT_EQ(test::read_file(dir.path() / "a.pdf"), test::read_file(dir.path() / "b.pdf"));
    // The storyboard's text is real text: its dates can be extracted.
    const std::string text = test::capture("pdftotext " + (dir.path() / "a.pdf").string() + " -");
    EXPECT_NE(text.find("1 October 2024"), std::string::npos) << text;
    EXPECT_NE(text.find("5 October 2024"), std::string::npos) << text;
    // The page's subtitle and sources besides each frame's: at the foot, the sources of what
    // the last frame shows, legible where the frames' footers are not.
    const auto count = [&](const std::string& part) {
        std::size_t n = 0;
        for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
        return n;
    };
    EXPECT_EQ(count("End-to-end test scenario"), 4U + 1U) << text;
    EXPECT_EQ(count("Sources: Test, Test log (2024) [confirmed]"), 4U + 1U) << text;
    EXPECT_EQ(count("Basemap: Natural Earth"), 4U + 1U) << text;
}

TEST(Pdf, AStoryboardWithNoRoomForItsFramesIsBadInput) {
    test::TempDir dir;
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    const std::size_t at = yaml.find("subtitle: End-to-end test scenario");
    ASSERT_NE(at, std::string::npos);
    std::string words;
    for (int i = 0; i < 4000; ++i) words += "xxxx ";  // words: one of 20000 would be refused
    yaml.replace(at, 34, "subtitle: " + words);
    const fs::path scenario = dir.path() / "long.yaml";
    std::ofstream(scenario) << yaml;
    const auto r = test::run(
        {"pdf", scenario.string(), "--storyboard", "4", "-o", (dir.path() / "s.pdf").string()});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("4 key frames do not fit on this paper"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.path() / "s.pdf"));
}

TEST(Pdf, BadPaperIsBadInputAndWritesNothing) {
    test::TempDir dir;
    const auto r = test::run({"pdf", (test::data_dir() / "small.yaml").string(), "--paper", "a44",
                              "-o", (dir.path() / "x.pdf").string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--paper: error: unknown paper size 'a44'"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.path() / "x.pdf"));
}

}  // namespace gt

namespace gt {

TEST(Pdf, OutNamesTheOutputRootAsForRender) {
    test::TempDir dir;
    const std::string scenario = (test::data_dir() / "small.yaml").string();
    auto r = test::run({"pdf", scenario, "--at", "2024-10-02", "--out", dir.path().string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(dir.path() / "small.pdf"));
    r = test::run({"pdf", scenario, "--out", dir.path().string(), "-o", "x.pdf"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--output excludes --out"), std::string::npos) << r.err;
}

}  // namespace gt
