// End to end: render real scenarios in-process and check pixels and SVG structure.
#include <cairo.h>
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/app.hpp"
#include "e2e/rendered_scenario.hpp"
#include "geo/route.hpp"
#include "output/render_job.hpp"
#include "render/scene.hpp"
#include "scenario/loader.hpp"
#include "support/image_compare.hpp"
#include "support/test_support.hpp"
#include "timeline/schedule.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// A PNG read back with Cairo, for pixel checks.
class Image {
  public:
    explicit Image(const fs::path& file)
        : surface_(cairo_image_surface_create_from_png(file.c_str())) {
        EXPECT_EQ(cairo_surface_status(surface_), CAIRO_STATUS_SUCCESS) << file;
    }
    ~Image() { cairo_surface_destroy(surface_); }
    Image(const Image&) = delete;
    Image& operator=(const Image&) = delete;
    [[nodiscard]] int width() const { return cairo_image_surface_get_width(surface_); }
    [[nodiscard]] int height() const { return cairo_image_surface_get_height(surface_); }
    [[nodiscard]] Rgba at(int x, int y) const {
        const unsigned char* row =
            cairo_image_surface_get_data(surface_) +
            static_cast<std::ptrdiff_t>(y) * cairo_image_surface_get_stride(surface_);
        const auto pixel = reinterpret_cast<const uint32_t*>(row)[x];
        return {((pixel >> 16) & 0xff) / 255.0, ((pixel >> 8) & 0xff) / 255.0,
                (pixel & 0xff) / 255.0, 1};
    }

  private:
    cairo_surface_t* surface_;
};

bool near(const Rgba& a, const Rgba& b, double tolerance = 3 / 255.0) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

std::string hex(const Rgba& c) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", static_cast<int>(std::lround(c.r * 255)),
                  static_cast<int>(std::lround(c.g * 255)),
                  static_cast<int>(std::lround(c.b * 255)));
    return buffer;
}

/// Renders tests/data/small.yaml once for all tests of this suite.
class SmallScenario : public test::RenderedScenarioSuite<SmallScenario> {
  protected:
    static void SetUpTestSuite() {
        render_once(test::data_dir() / "small.yaml", {"--format", "png,svg", "--quiet"});
    }
    static fs::path folder() { return out_->path() / "small"; }
};

}  // namespace

TEST_F(SmallScenario, WritesEveryFrameAndAManifestWithTimestamps) {
    const auto manifest = nlohmann::json::parse(test::read_file(folder() / "manifest.json"));
    ASSERT_EQ(manifest["frames"].size(), 5U);
    EXPECT_EQ(manifest["frames"][2]["time"], "2024-10-03T00:00:00Z");
    EXPECT_EQ(manifest["frames"][2]["files"]["png"], "frame-00003.png");
    EXPECT_EQ(manifest["frames"][2]["files"]["svg"], "frame-00003.svg");
    EXPECT_EQ(manifest["width"], 960);
    for (const auto& frame : manifest["frames"]) {
        EXPECT_TRUE(fs::exists(folder() / frame["files"]["png"].get<std::string>()));
    }
}

TEST_F(SmallScenario, SeaAndLandHaveTheirStyleColours) {
    const Image image(folder() / "frame-00001.png");
    ASSERT_EQ(image.width(), 960);
    ASSERT_EQ(image.height(), 600);
    const XY sea = pixel_of({134.0, 40.0});   // Sea of Japan
    const XY land = pixel_of({127.5, 44.5});  // Manchuria, far from any label
    const Style& style = scene_->style;
    EXPECT_TRUE(near(image.at(static_cast<int>(sea.x), static_cast<int>(sea.y)), style.colors.sea))
        << hex(image.at(static_cast<int>(sea.x), static_cast<int>(sea.y)));
    EXPECT_TRUE(
        near(image.at(static_cast<int>(land.x), static_cast<int>(land.y)), style.colors.land))
        << hex(image.at(static_cast<int>(land.x), static_cast<int>(land.y)));
}

TEST_F(SmallScenario, UnitMarkerIsAtItsInterpolatedPosition) {
    // Frame 3 is 2024-10-03, halfway through the movement: eased progress 0.5.
    const Movement& m = loaded_->scenario.movements[0];
    const double progress = movement_progress(m, *parse_instant("2024-10-03"));
    ASSERT_DOUBLE_EQ(progress, 0.5);
    const Route route({m.path.front().position, m.path.back().position});
    const XY expected = pixel_of(route.at(progress));
    const Image image(folder() / "frame-00003.png");
    const Rgba marker = scene_->style.color_of(Confidence::confirmed);
    // The marker (radius ~5 px here) carries a white arrow pointing ahead; the half of the disc
    // behind its centre has the confirmed colour.
    const XY ahead = pixel_of(route.at(progress + 0.01));
    const double length = std::hypot(ahead.x - expected.x, ahead.y - expected.y);
    const XY back{(expected.x - ahead.x) / length, (expected.y - ahead.y) / length};
    for (double k : {1.0, 2.0}) {
        const int x = static_cast<int>(std::floor(expected.x + back.x * k));
        const int y = static_cast<int>(std::floor(expected.y + back.y * k));
        EXPECT_TRUE(near(image.at(x, y), marker, 0.06))
            << "at " << x << "," << y << ": " << hex(image.at(x, y)) << " centre " << expected.x
            << "," << expected.y;
    }
    // The first frame has no marker there yet: the unit is still at the start.
    const Image first(folder() / "frame-00001.png");
    EXPECT_FALSE(
        near(first.at(static_cast<int>(expected.x), static_cast<int>(expected.y)), marker, 0.06));
}

TEST_F(SmallScenario, SvgParsesAsXmlAndHoldsTheMap) {
    const std::string svg = test::read_file(folder() / "frame-00003.svg");
    xmlDocPtr doc = xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "frame.svg", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_HUGE);
    ASSERT_NE(doc, nullptr);
    const xmlNode* root = xmlDocGetRootElement(doc);
    EXPECT_STREQ(reinterpret_cast<const char*>(root->name), "svg");
    xmlChar* width = xmlGetProp(root, reinterpret_cast<const xmlChar*>("width"));
    EXPECT_STREQ(reinterpret_cast<const char*>(width), "960px");
    xmlFree(width);
    xmlXPathContextPtr xpath = xmlXPathNewContext(doc);
    xmlXPathRegisterNs(xpath, reinterpret_cast<const xmlChar*>("s"),
                       reinterpret_cast<const xmlChar*>("http://www.w3.org/2000/svg"));
    auto count = [&](const char* expr) {
        xmlXPathObjectPtr r = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(expr), xpath);
        const int n = r->nodesetval != nullptr ? r->nodesetval->nodeNr : 0;
        xmlXPathFreeObject(r);
        return n;
    };
    EXPECT_GT(count("//s:path"), 20);  // land, borders, route, symbols
    // The title, date and labels as text, not glyph outlines.
    EXPECT_GT(count("//s:text"), 10);
    EXPECT_EQ(count("//s:text[text()='Test crossing']"), 1);
    // The date is placed by its right end, and anchored there: an edited date stays aligned.
    EXPECT_EQ(count("//s:text[contains(@style,'text-anchor:end')][text()='3 October 2024']"), 1);
    EXPECT_EQ(count("//s:symbol"), 0);
    xmlXPathFreeContext(xpath);
    xmlFreeDoc(doc);
    // The sea colour fills the background (written as #rrggbb).
    const std::string expected = "fill:" + hex(scene_->style.colors.sea);
    EXPECT_NE(svg.find(expected), std::string::npos) << expected;
}

TEST_F(SmallScenario, SvgTextShowsWhereThePngDrawsIt) {
    // librsvg draws the SVG with Pango and the same fonts: its text must land on the PNG's.
    // Measured: 0.13% of the pixels differ by more than 64 (glyph edges: librsvg hints them);
    // without the texts 0.67%, with each moved down 2 px 0.68%.
    test::TempDir dir;
    const fs::path drawn = dir.path() / "svg.png";
    int code = -1;
    const std::string out = test::capture("rsvg-convert -o '" + drawn.string() + "' '" +
                                              (folder() / "frame-00003.svg").string() + "' 2>&1",
                                          &code);
    ASSERT_EQ(code, 0) << out;
    const test::ImageDifference d =
        test::compare_png(drawn, folder() / "frame-00003.png", 64, dir.path() / "diff.png");
    ASSERT_FALSE(d.size_mismatch);
    EXPECT_LT(static_cast<double>(d.differing_pixels) / (d.width * d.height), 0.003);
}

/// tests/data/small.yaml with `edits` applied (each: the text to find, its replacement; an
/// empty find appends), rendered as SVG with `options`; returns frame `frame` of it.
static std::string small_svg_frame(const test::TempDir& dir, const std::string& name,
                                   const std::vector<std::pair<std::string, std::string>>& edits,
                                   const std::vector<std::string>& options,
                                   const std::string& frame) {
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    for (const auto& [find, replacement] : edits) {
        if (find.empty()) {
            yaml += replacement;
            continue;
        }
        const std::size_t at = yaml.find(find);
        EXPECT_NE(at, std::string::npos) << find;
        if (at != std::string::npos) yaml.replace(at, find.size(), replacement);
    }
    const fs::path scenario = dir.path() / (name + ".yaml");
    std::ofstream(scenario) << yaml;
    std::vector<std::string> args{
        "render", scenario.string(), "--out", dir.path().string(), "--format", "svg", "--quiet"};
    args.insert(args.end(), options.begin(), options.end());
    const auto r = test::run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const bool chosen = std::find(options.begin(), options.end(), "--frames") != options.end();
    const fs::path folder = chosen ? test::chosen_folder(dir.path(), name) : dir.path() / name;
    return test::read_file(folder / ("frame-" + frame + ".svg"));
}

TEST(Render, AVideoAPlayerAndAPdfInTheOutputFolderSurviveARender) {
    test::TempDir dir;
    const fs::path scenario = dir.path() / "small.yaml";
    const std::string original = test::read_file(test::data_dir() / "small.yaml");
    std::ofstream(scenario) << test::replace_line(original, "  step:", "  step: 12h");
    const fs::path out = dir.path() / "out", folder = out / "small";
    const std::vector<std::string> render{"render", scenario.string(), "--out", out.string(),
                                          "--quiet"};
    ASSERT_EQ(test::run(render).exit_code, 0);
    ASSERT_EQ(test::file_hashes(folder).size(), 10U);  // 9 frames every 12 h, the manifest
    ASSERT_EQ(test::run({"video", folder.string(), "--format", "gif"}).exit_code, 0);
    ASSERT_EQ(test::run({"html", scenario.string(), "--out", out.string()}).exit_code, 0);
    ASSERT_EQ(test::run({"pdf", scenario.string(), "--frames", "1:1", "-o",
                         (folder / "report.pdf").string()})
                  .exit_code,
              0);
    const auto kept = test::file_hashes(folder);
    for (const char* name : {"animation.gif", "index.html", "report.pdf"}) {
        ASSERT_EQ(kept.count(name), 1U) << name;
    }

    // Fewer frames: the render replaces its frames and manifest, and leaves the rest.
    std::ofstream(scenario) << original;
    ASSERT_EQ(test::run(render).exit_code, 0);
    const auto after = test::file_hashes(folder);
    for (const char* name : {"animation.gif", "index.html", "report.pdf"}) {
        ASSERT_EQ(after.count(name), 1U) << name;
        EXPECT_EQ(after.at(name), kept.at(name)) << name;
    }
    const auto manifest = nlohmann::json::parse(test::read_file(folder / "manifest.json"));
    std::size_t frames = 0;
    for (const auto& [name, hash] : after) frames += name.starts_with("frame-");
    EXPECT_EQ(frames, 5U);  // daily: the four frames of the 12 h steps between are gone
    EXPECT_EQ(manifest["frames"].size(), 5U);
    EXPECT_EQ(test::hidden_entries(out), std::vector<std::string>{});
}

TEST(Render, OnlyFramesAndManifestsAreARendersOwn) {
    for (const char* name : {"frame-00001.png", "frame-00123.svg", "frame-1234567.png",
                             "manifest.json", "manifest.partial.json", ".x.partial-12-3"}) {
        EXPECT_TRUE(is_render_output(name)) << name;
    }
    for (const char* name : {"animation.mp4", "index.html", "frame-.png", "frame-00001.gif",
                             "frame-0001a.png", "report.pdf", "frames"}) {
        EXPECT_FALSE(is_render_output(name)) << name;
    }
}

TEST(Render, SvgTextStaysAsWrittenWhateverItSays) {
    // Words that look like Cairo's ids or colours are not renumbered or compacted.
    test::TempDir dir;
    const std::string svg = small_svg_frame(
        dir, "words", {{"title: Test crossing", "title: \"surface7 at rgb(100%,0%,0%) & <b>\""}},
        {"--frames", "1:1"}, "00001");
    EXPECT_NE(svg.find(">surface7 at rgb(100%,0%,0%) &amp; &lt;b&gt;</text>"), std::string::npos);
}

TEST(Render, EventLabelsGiveTheTimeAnEventHasInTheNamedOffset) {
    // 14:30 UTC is 23:30 in +09:00, still 4 October, as is 23:30 written without an offset (the
    // timeline's clock); the dates are local midnights, and the date panel says whose clock it is.
    for (const char* when : {"2024-10-04T14:30Z", "2024-10-04T23:30"}) {
        test::TempDir dir;
        const std::string last =
            small_svg_frame(dir, "timed",
                            {{"  step: 1d", "  step: 12h\n  utc_offset: \"+09:00\""},
                             {"end: 2024-10-05\n    count", "end: 2024-10-04\n    count"},
                             {"date: 2024-10-05", std::string("date: ") + when}},
                            {}, "00009");
        EXPECT_NE(last.find(">4 Oct 23:30 · Landing</tspan>"), std::string::npos) << when;
        EXPECT_NE(last.find(">00:00 UTC+9</text>"), std::string::npos) << when;
    }
}

TEST(Render, ADateIsTheSameDayInAnyOffsetAndADailyMapNamesATimesOffset) {
    // West of Greenwich a date alone still means that day; a daily map has no clock line, so
    // an event's time carries its offset.
    test::TempDir dir;
    const std::string last = small_svg_frame(
        dir, "west", {{"  step: 1d", "  step: 1d\n  utc_offset: \"-05:00\""}}, {}, "00005");
    EXPECT_NE(last.find(">5 Oct · Landing</tspan>"), std::string::npos);
    EXPECT_EQ(last.find("UTC-5"), std::string::npos) << "no clock line on a daily map";
    const std::string timed =
        small_svg_frame(dir, "west-timed",
                        {{"  step: 1d", "  step: 1d\n  utc_offset: \"-05:00\""},
                         {"date: 2024-10-05", "date: 2024-10-04T09:30"}},
                        {}, "00005");
    EXPECT_NE(timed.find(">4 Oct 09:30 UTC-5 · Landing</tspan>"), std::string::npos);
}

TEST(Render, TheMapsOwnWordsAreTheScenarios) {
    test::TempDir dir;
    const std::string svg =
        small_svg_frame(dir, "words",
                        {{"  step: 1d", "  step: 1d\n  locale: id"},
                         {"",
                          "words:\n  confirmed: pasti\n  confirmed_meaning: pasti benar\n"
                          "  countries: {Japan: Jepang, China: \"\"}\n"}},
                        {"--frames", "5:5"}, "00005");
    EXPECT_NE(svg.find(">JEPANG</text>"), std::string::npos);
    EXPECT_EQ(svg.find(">CHINA</text>"), std::string::npos);
    EXPECT_NE(svg.find(">RUSIA</text>"), std::string::npos)
        << "no word given: CLDR's name in the locale";
    EXPECT_NE(svg.find(">Peristiwa, pasti benar</text>"), std::string::npos);
    EXPECT_NE(svg.find(">(pasti)</tspan>"), std::string::npos);
    EXPECT_NE(svg.find(">Pelabuhan</text>"), std::string::npos);
}

TEST(Render, CountryLabelsAreInTheMapsLanguage) {
    test::TempDir dir;
    const std::string ru = small_svg_frame(dir, "ru", {{"  step: 1d", "  step: 1d\n  locale: ru"}},
                                           {"--frames", "3:3"}, "00003");
    EXPECT_NE(ru.find(">РОССИЯ</text>"), std::string::npos);
    EXPECT_NE(ru.find(">КНДР</text>"), std::string::npos);
    const std::string en = small_svg_frame(dir, "en", {}, {"--frames", "3:3"}, "00003");
    EXPECT_NE(en.find(">RUSSIA</text>"), std::string::npos) << "English: the basemap's names";
    EXPECT_NE(en.find(">NORTH KOREA</text>"), std::string::npos);
}

TEST(Render, AUnitsCountIsWrittenAsTheLocaleWritesNumbers) {
    test::TempDir dir;
    const std::string svg = small_svg_frame(
        dir, "zahlen",
        {{"  step: 1d", "  step: 1d\n  locale: de"}, {"unit: troops", "unit: Soldaten"}},
        {"--frames", "3:3"}, "00003");
    EXPECT_NE(svg.find(">1.200 Soldaten</tspan>"), std::string::npos);
}

TEST(Render, SvgTextAsPathsKeepsGlyphOutlines) {
    test::TempDir dir;
    const auto r = test::run({"render", (test::data_dir() / "small.yaml").string(), "--out",
                              dir.path().string(), "--format", "svg", "--svg-text", "paths",
                              "--frames", "3:3", "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string svg =
        test::read_file(test::chosen_folder(dir.path(), "small") / "frame-00003.svg");
    EXPECT_EQ(svg.find("<text"), std::string::npos);
    EXPECT_NE(svg.find("<symbol"), std::string::npos);
}

TEST(Render, SameScenarioTwiceGivesIdenticalFiles) {
    test::TempDir a, b;
    for (const auto* dir : {&a, &b}) {
        const auto r = test::run({"render", (test::data_dir() / "small.yaml").string(), "--out",
                                  dir->path().string(), "--format", "png,svg", "--quiet"});
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    for (const auto& entry : fs::directory_iterator(a.path() / "small")) {
        const fs::path other = b.path() / "small" / entry.path().filename();
        EXPECT_EQ(test::read_file(entry.path()), test::read_file(other)) << entry.path().filename();
    }
}

TEST(Render, LayersFromTheCacheDrawTheSameFramesAsLayersFromGdal) {
    test::TempDir cache, cold, warm, uncached;
    const fs::path scenario = test::scenario_file("korea-russia-2024");
    const auto render = [&](const fs::path& out, const fs::path& cache_folder) {
        AppPaths paths = default_paths();
        paths.cache = cache_folder;
        std::ostringstream said, err;
        ASSERT_EQ(run_app({"render", scenario.string(), "--out", out.string(), "--frames", "20:21",
                           "--format", "png,svg", "--quiet"},
                          said, err, paths),
                  0)
            << err.str();
    };
    render(cold.path(), cache.path());
    const std::size_t kept = std::distance(fs::directory_iterator(cache.path()), {});
    EXPECT_GE(kept, 3U);  // land, countries and the locator map's land
    render(warm.path(), cache.path());
    EXPECT_EQ(std::distance(fs::directory_iterator(cache.path()), {}), kept);
    render(uncached.path(), {});
    const auto hashes =
        test::file_hashes(test::chosen_folder(uncached.path(), "korea-russia-2024"));
    ASSERT_EQ(hashes.size(), 5U);  // two PNGs, two SVGs, the manifest
    EXPECT_EQ(test::file_hashes(test::chosen_folder(cold.path(), "korea-russia-2024")), hashes);
    EXPECT_EQ(test::file_hashes(test::chosen_folder(warm.path(), "korea-russia-2024")), hashes);
}

TEST(Render, SeedScenarioFrameShowsTheSealiftAndTheDate) {
    test::TempDir out;
    const auto r = test::run({"render", test::scenario_file("korea-russia-2024").string(), "--out",
                              out.path().string(), "--at", "2024-10-13T06:00Z", "--quiet"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // Into a folder of its own, keeping the frame's number in the timeline (6 hours a frame).
    const fs::path folder = out.path() / "korea-russia-2024-frame-30";
    const auto manifest = nlohmann::json::parse(test::read_file(folder / "manifest.json"));
    ASSERT_EQ(manifest["frames"].size(), 1U);
    EXPECT_EQ(manifest["frames"][0]["time"], "2024-10-13T06:00:00Z");
    EXPECT_EQ(manifest["frames"][0]["index"], 30);
    EXPECT_EQ(manifest["selection"]["frames_total"], 57);
    EXPECT_EQ(manifest["basemap_detail"], "10m");
    const Image image(folder / "frame-00030.png");
    EXPECT_EQ(image.width(), 1920);
    // The reported (orange) sealift colour appears on the map.
    const auto loaded = load_scenario(test::scenario_file("korea-russia-2024"));
    const Style style = load_style(test::source_dir() / "styles", "report", {});
    int reported = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            reported += near(image.at(x, y), style.color_of(Confidence::reported), 0.02);
        }
    }
    EXPECT_GT(reported, 300);
}

}  // namespace gt
