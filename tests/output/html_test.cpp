// The HTML player loaded by a real browser: headless Chromium (Debian's chromium package).
#include <cairo.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "output/html_player.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

std::string chromium(const std::string& flags, const std::string& url, const fs::path& profile) {
    int code = -1;
    const std::string out = test::capture(
        "timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync "
        "--hide-scrollbars --user-data-dir=" +
            profile.string() + " " + flags + " '" + url + "' 2>/dev/null",
        &code);
    EXPECT_EQ(code, 0) << out;
    return out;
}

class HtmlPlayer : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto r = test::run({"render", (test::data_dir() / "small.yaml").string(), "--out",
                                  dir_.path().string(), "--quiet"});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        const auto h = test::run(
            {"html", (test::data_dir() / "small.yaml").string(), "--out", dir_.path().string()});
        ASSERT_EQ(h.exit_code, 0) << h.err;
        EXPECT_NE(h.out.find("<iframe src=\"index.html\" title=\"Test crossing\""),
                  std::string::npos)
            << h.out;
    }
    fs::path folder() const { return dir_.path() / "small"; }
    std::string url(const std::string& hash) const {
        return "file://" + (folder() / "index.html").string() + "#" + hash;
    }
    test::TempDir dir_;
    test::TempDir profile_;
};

}  // namespace

TEST_F(HtmlPlayer, ScrubberMovesToTheLinkedDate) {
    const std::string dom = chromium("--dump-dom", url("t=2024-10-03T02:00Z"), profile_.path());
    EXPECT_NE(dom.find("src=\"frame-00003.png\""), std::string::npos) << dom.substr(0, 2000);
    EXPECT_NE(dom.find("3 October 2024"), std::string::npos);
    EXPECT_EQ(dom.find("00:00 UTC"), std::string::npos) << "a daily timeline shows no time";
    EXPECT_NE(dom.find("class=\"tick\""), std::string::npos);  // the landing event's tick
}

TEST(HtmlPlayerLink, ADateWithoutAnOffsetIsOnTheMapsClock) {
    // West of Greenwich, 6-hourly: 3 October is frame 9 (local midnight) and 12:00 frame 11,
    // as 'render --at' picks them; 05:00Z is local midnight too.
    test::TempDir dir, profile;
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    yaml = test::replace_line(yaml, "  step: 1d", "  step: 6h\n  utc_offset: \"-05:00\"");
    std::ofstream(dir.path() / "west.yaml") << yaml;
    ASSERT_EQ(test::run({"render", (dir.path() / "west.yaml").string(), "--out",
                         dir.path().string(), "--quiet"})
                  .exit_code,
              0);
    ASSERT_EQ(test::run({"html", (dir.path() / "west.yaml").string(), "--out", dir.path().string()})
                  .exit_code,
              0);
    const std::string page = "file://" + (dir.path() / "west" / "index.html").string() + "#t=";
    for (const auto& [when, file] : {std::pair{"2024-10-03", "frame-00009.png"},
                                     std::pair{"2024-10-03T12:00", "frame-00011.png"},
                                     std::pair{"2024-10-03T05:00Z", "frame-00009.png"},
                                     std::pair{"2024-10-03T14:00+09:00", "frame-00009.png"}}) {
        const std::string dom = chromium("--dump-dom", page + when, profile.path());
        EXPECT_NE(dom.find(std::string("src=\"") + file + "\""), std::string::npos) << when;
    }
}

TEST_F(HtmlPlayer, ScreenshotShowsThatFrame) {
    const fs::path shot = dir_.path() / "shot.png";
    chromium("--window-size=960,700 --screenshot=" + shot.string(), url("frame=3"),
             profile_.path());
    cairo_surface_t* page = cairo_image_surface_create_from_png(shot.c_str());
    cairo_surface_t* frame =
        cairo_image_surface_create_from_png((folder() / "frame-00003.png").c_str());
    ASSERT_EQ(cairo_surface_status(page), CAIRO_STATUS_SUCCESS);
    ASSERT_EQ(cairo_image_surface_get_width(page), 960);
    // The frame is shown at its own size at the top of the page: pixels match the PNG.
    auto pixel = [](cairo_surface_t* s, int x, int y) {
        return reinterpret_cast<const uint32_t*>(cairo_image_surface_get_data(s) +
                                                 y * cairo_image_surface_get_stride(s))[x];
    };
    long differing = 0, total = 0;
    for (int y = 0; y < 600; y += 3) {
        for (int x = 0; x < 960; x += 3) {
            const uint32_t a = pixel(page, x, y), b = pixel(frame, x, y);
            int delta = 0;
            for (int shift : {0, 8, 16}) {
                delta = std::max(delta, std::abs(static_cast<int>((a >> shift) & 0xff) -
                                                 static_cast<int>((b >> shift) & 0xff)));
            }
            differing += delta > 24;
            ++total;
        }
    }
    EXPECT_LT(differing, total / 100) << differing << " of " << total;
    cairo_surface_destroy(page);
    cairo_surface_destroy(frame);
}

TEST_F(HtmlPlayer, OnAPhoneTheEmbeddedPlayerFitsTheBoxTheSnippetGives) {
    // A page embedding the player with the snippet, 375 px wide: the 960x600 frame is 234.4 px
    // tall and the snippet adds the controls' 48 px. The box must end there (the page's dark
    // background after it, none before) with the controls in it: the Play button (white).
    std::ofstream(folder() / "host.html")
        << "<!doctype html><html><head><meta name=\"viewport\" content=\"width=device-width, "
           "initial-scale=1\"></head><body style=\"margin:0;background:#333333\">"
        << embed_snippet("index.html", "Test", 960, 600) << "</body></html>";
    const fs::path shot = dir_.path() / "phone.png";
    chromium("--window-size=375,400 --screenshot=" + shot.string(),
             "file://" + (folder() / "host.html").string(), profile_.path());
    cairo_surface_t* page = cairo_image_surface_create_from_png(shot.c_str());
    ASSERT_EQ(cairo_surface_status(page), CAIRO_STATUS_SUCCESS);
    ASSERT_EQ(cairo_image_surface_get_width(page), 375);
    const auto rgb = [&](int x, int y) {
        return reinterpret_cast<const uint32_t*>(cairo_image_surface_get_data(page) +
                                                 y * cairo_image_surface_get_stride(page))[x] &
               0xffffffU;
    };
    const int bottom = static_cast<int>(std::ceil(375.0 * 600 / 960)) + player_controls_height;
    int white_in_controls = 0, host_inside = 0, not_host_below = 0;
    for (int y = 0; y < 400; ++y) {
        for (int x = 0; x < 375; ++x) {
            const bool host = rgb(x, y) == 0x333333U;
            if (y < bottom - 1) host_inside += host;
            if (y > bottom) not_host_below += !host;
            if (y > 236 && y < bottom - 1) white_in_controls += rgb(x, y) == 0xffffffU;
        }
    }
    EXPECT_EQ(host_inside, 0) << "the box ends above the player's bottom";
    EXPECT_EQ(not_host_below, 0) << "the box reaches below the player's bottom";
    EXPECT_GT(white_in_controls, 200) << "the Play button is not in the box";
    cairo_surface_destroy(page);
}

TEST(HtmlPlayerPage, EscapesTheTitleAndRefusesAMissingManifest) {
    test::TempDir dir;
    Scenario s;
    s.title = "A </script> title";
    EXPECT_THROW((void)player_html(dir.path(), s, "png"), InputError);
    const std::string snippet = embed_snippet("a\"b.html", "Ships & <ports>", 1920, 1080);
    EXPECT_NE(snippet.find("src=\"a&quot;b.html\""), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("title=\"Ships &amp; &lt;ports&gt;\""), std::string::npos) << snippet;
}

TEST(HtmlPlayerPage, EveryLessThanSignInTheDataIsEscaped) {
    test::TempDir dir;
    std::ofstream(dir.path() / "manifest.json")
        << R"({"width": 1920, "height": 1080, "fps": 4, "frames": [)"
           R"({"time": "2024-10-08T00:00:00Z", "files": {"png": "frame-00001.png"}}]})";
    Scenario s;
    s.title = "a <!-- <script x";
    const std::string page = player_html(dir.path(), s, "png");
    const std::size_t data = page.find("const DATA = ");
    ASSERT_NE(data, std::string::npos);
    const std::string line = page.substr(data, page.find('\n', data) - data);
    EXPECT_EQ(line.find('<'), std::string::npos) << line;
    EXPECT_NE(line.find(R"("title":"a \u003c!-- \u003cscript x")"), std::string::npos) << line;
    // The data script ends where the page means it to: one <script>, one </script>.
    EXPECT_EQ(page.find("<script", page.find("<script>") + 1), std::string::npos);
}

TEST(HtmlPlayerPage, ATitleNamingThePlaceholdersStaysAsWritten) {
    test::TempDir dir;
    std::ofstream(dir.path() / "manifest.json")
        << R"({"width": 1920, "height": 1080, "fps": 4, "frames": [)"
           R"({"time": "2024-10-08T00:00:00Z", "files": {"png": "frame-00001.png"}}]})";
    Scenario s;
    s.title = "TITLE & ASPECT of DATA_JSON {{CONTROLS_HEIGHT}}";
    const std::string page = player_html(dir.path(), s, "png");
    EXPECT_NE(page.find("<title>TITLE &amp; ASPECT of DATA_JSON {{CONTROLS_HEIGHT}}</title>"),
              std::string::npos)
        << page.substr(0, 400);
    EXPECT_NE(page.find(R"("title":"TITLE & ASPECT of DATA_JSON {{CONTROLS_HEIGHT}}")"),
              std::string::npos);
    EXPECT_NE(page.find("aspect-ratio: 1920 / 1080;"), std::string::npos);
    EXPECT_NE(page.find("height: 48px;"), std::string::npos);
    EXPECT_EQ(page.find("{{DATA_JSON}}"), std::string::npos);
}

TEST(HtmlPlayerPage, SpeaksTheScenariosLanguage) {
    test::TempDir dir;
    std::ofstream(dir.path() / "manifest.json")
        << R"({"width": 1920, "height": 1080, "fps": 4, "frames": [)"
           R"({"time": "2024-10-08T00:00:00Z", "files": {"png": "frame-00001.png"}}]})";
    Scenario s;
    s.timeline.locale = "ko_KR";
    s.words = *words_for("ko");
    const std::string page = player_html(dir.path(), s, "png");
    EXPECT_NE(page.find(R"(<html lang="ko-KR">)"), std::string::npos);
    EXPECT_NE(page.find(R"x(aria-label="재생 / 일시정지 (스페이스)">재생</button>)x"),
              std::string::npos);
    EXPECT_NE(page.find(R"(aria-label="날짜">)"), std::string::npos);
    EXPECT_NE(page.find(R"("words":{"pause":"일시정지","play":"재생"})"), std::string::npos);
    EXPECT_EQ(page.find("'Pause'"), std::string::npos);
}

}  // namespace gt
