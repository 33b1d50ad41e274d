// `geotimeline still`: one frame for a report at a physical size, opened by real consumers
// (pdfinfo, libpng through Cairo) and measured from its layout and its SVG.
#include "cli/still_command.hpp"

#include <cairo.h>
#include <gtest/gtest.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

#include <algorithm>
#include <cstdint>
#include <regex>

#include "output/still_writer.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

const std::string kDefault = "korea-russia-2024";

/// Runs `still` on the default scenario at 2024-10-13, 160 x 100 mm at 300 dpi, with `more`
/// options added or, for the same option, given instead.
test::RunResult still(const fs::path& file, const std::vector<std::string>& more = {}) {
    const std::vector<std::pair<std::string, std::string>> defaults{{"--at", "2024-10-13"},
                                                                    {"--width", "160mm"},
                                                                    {"--height", "100mm"},
                                                                    {"--dpi", "300"},
                                                                    {"-o", file.string()}};
    std::vector<std::string> args{"still", test::scenario_file(kDefault).string()};
    for (const auto& [option, value] : defaults) {
        if (std::find(more.begin(), more.end(), option) == more.end()) {
            args.insert(args.end(), {option, value});
        }
    }
    args.insert(args.end(), more.begin(), more.end());
    return test::run(args);
}

std::uint32_t u32(const std::string& s, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(s[at + i]);
    return v;
}

/// The data of the first chunk of `type` in a PNG file; empty when there is none.
std::string png_chunk(const std::string& png, const std::string& type) {
    for (std::size_t at = 8; at + 12 <= png.size(); at += 12 + u32(png, at)) {
        if (png.compare(at + 4, 4, type) == 0) return png.substr(at + 8, u32(png, at));
    }
    return {};
}

/// The smallest text of a scene in points at `dpi`.
double smallest_pt(const Scene& scene, double dpi) {
    return smallest_text_size(scene.style.sizes) * scene.layout.unit * 72 / dpi;
}

}  // namespace

TEST(Still, LayoutForA160By100MmFigureKeepsEveryTextAtSixPoints) {
    const LoadedScenario loaded = load_scenario(test::scenario_file(kDefault));
    SceneOptions options = test::scene_options();
    options.scale = 300.0 / 72;
    options.physical = SceneOptions::Physical{1890, 1181, 6};
    const Scene scene = prepare_scene(loaded.scenario, options);
    EXPECT_GE(smallest_pt(scene, 300), 6 - 1e-9);
    // Laid out for the page, in points: the margin is the style's 24 px at 0.35 pt each.
    EXPECT_NEAR(scene.layout.margin * 72 / 300, 24 * 0.35, 1e-9);
    // The 1080p frame shrunk to 160 mm would print its smallest text at under 3 pt.
    const Scene video = prepare_scene(loaded.scenario, test::scene_options());
    const double shrink = 160 / 25.4 * 72 / video.layout.width;
    EXPECT_LT(smallest_text_size(video.style.sizes) * video.layout.unit * shrink, 3);
    // A larger minimum is kept too.
    options.physical->min_text_pt = 8;
    EXPECT_GE(smallest_pt(prepare_scene(loaded.scenario, options), 300), 8 - 1e-9);
}

TEST(Still, PngHasItsPixelsDpiColourSpaceAndWords) {
    test::TempDir dir;
    const fs::path file = dir.path() / "figs" / "kursk.png";
    const auto r = still(file);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("1890 x 1181 px at 300 dpi"), std::string::npos) << r.out;
    const std::string png = test::read_file(file);
    const std::string ihdr = png_chunk(png, "IHDR");
    ASSERT_EQ(ihdr.size(), 13U);
    EXPECT_EQ(u32(ihdr, 0), 1890U);
    EXPECT_EQ(u32(ihdr, 4), 1181U);
    EXPECT_EQ(ihdr[9], 2) << "RGB without alpha";
    const std::string phys = png_chunk(png, "pHYs");
    ASSERT_EQ(phys.size(), 9U);
    EXPECT_EQ(u32(phys, 0), 11811U);  // 300 dpi in pixels per metre
    EXPECT_EQ(u32(phys, 4), 11811U);
    EXPECT_EQ(phys[8], 1);
    EXPECT_EQ(png_chunk(png, "sRGB").size(), 1U);
    const std::string title = png_chunk(png, "tEXt");
    EXPECT_EQ(title.rfind(std::string("Title\0", 6), 0), 0U) << title;
    // The footer's sources line, in tEXt or (beyond ASCII) iTXt.
    const std::size_t source = png.find(std::string("Source\0", 7));
    ASSERT_NE(source, std::string::npos);
    EXPECT_LT(png.find("Sources: ", source), source + 16);
    EXPECT_EQ(test::hidden_entries(file.parent_path()), std::vector<std::string>{});
}

TEST(Still, PdfIsExactlyTheTrimSize) {
    test::TempDir dir;
    const fs::path file = dir.path() / "kursk.pdf";
#if defined(__SANITIZE_ADDRESS__)
    // Cairo 1.16's PDF backend loses a 768-byte array inside cairo_surface_finish while it
    // writes this page out; every Cairo object of ours is destroyed. Allocations made while
    // the still is written are not reported as leaks.
    const __lsan::ScopedDisabler cairo_pdf_finish_leak;
#endif
    const auto r = still(file);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    int status = 0;
    const std::string info = test::capture("pdfinfo '" + file.string() + "'", &status);
    ASSERT_EQ(status, 0) << info;
    // 160 mm x 100 mm = 453.543 x 283.465 pt, no margin added.
    EXPECT_TRUE(std::regex_search(info, std::regex("Page size: +453.543 x 283.465 pts\n"))) << info;
    EXPECT_TRUE(std::regex_search(info, std::regex("Pages: +1\n"))) << info;
}

TEST(Still, SvgIsSizedInMillimetresAndNoTextIsUnderSixPoints) {
    test::TempDir dir;
    const fs::path file = dir.path() / "kursk.svg";
    const auto r = still(file);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string svg = test::read_file(file);
    EXPECT_NE(svg.find("width=\"160mm\" height=\"100mm\""), std::string::npos)
        << svg.substr(0, 300);
    // Each font-size is in canvas pixels: 1890 of them span 160 mm.
    const double pt_per_px = 160 / 25.4 * 72 / 1890;
    const std::regex size(R"(font-size:([0-9.]+)px)");
    int texts = 0;
    double smallest = 1e9;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), size); it != std::sregex_iterator();
         ++it) {
        ++texts;
        smallest = std::min(smallest, std::stod((*it)[1]) * pt_per_px);
    }
    EXPECT_GT(texts, 20);
    EXPECT_GE(smallest, 6 - 0.01);
}

TEST(Still, TransparentLeavesTheSeaClear) {
    test::TempDir dir;
    for (const bool transparent : {false, true}) {
        const fs::path file = dir.path() / (transparent ? "clear.png" : "opaque.png");
        std::vector<std::string> more{"--dpi", "72"};
        if (transparent) more.push_back("--transparent");
        const auto r = still(file, more);
        ASSERT_EQ(r.exit_code, 0) << r.err;
        cairo_surface_t* image = cairo_image_surface_create_from_png(file.c_str());
        ASSERT_EQ(cairo_surface_status(image), CAIRO_STATUS_SUCCESS);
        const int w = cairo_image_surface_get_width(image),
                  h = cairo_image_surface_get_height(image);
        const int stride = cairo_image_surface_get_stride(image);
        const unsigned char* data = cairo_image_surface_get_data(image);
        int clear = 0, solid = 0;
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                const std::uint32_t px =
                    *reinterpret_cast<const std::uint32_t*>(data + y * stride + 4 * x);
                const unsigned alpha =
                    cairo_image_surface_get_format(image) == CAIRO_FORMAT_ARGB32 ? px >> 24 : 255;
                clear += alpha == 0;
                solid += alpha == 255;
            }
        }
        if (transparent) {
            EXPECT_GT(clear, w * h / 10) << "the sea";
            EXPECT_GT(solid, w * h / 10) << "land, panels, text";
        } else {
            EXPECT_EQ(clear, 0);
        }
        cairo_surface_destroy(image);
    }
}

TEST(Still, BadOptionsAreBadInput) {
    test::TempDir dir;
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"-o", (dir.path() / "kursk.gif").string()},
         "cannot tell the format of '" + (dir.path() / "kursk.gif").string() +
             "'\n  hint: end the file name in .png, .svg or .pdf"},
        {{"--width", "16furlongs"}, "'16furlongs' is not a length"},
        {{"--height", "5mm"}, "'5mm' is outside 10 mm .. 2000 mm"},
        {{"--at", "2030-01-01"}, "'2030-01-01' lies after the timeline"},
        {{"--dpi", "1200", "--width", "2000mm"}, "pixels a side"}};
    for (const auto& [more, message] : cases) {
        const auto r = still(dir.path() / "kursk.png", more);
        EXPECT_EQ(r.exit_code, 2) << r.err;
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
    }
    EXPECT_FALSE(fs::exists(dir.path() / "kursk.png"));
}

TEST(Still, LengthsInEveryUnit) {
    EXPECT_DOUBLE_EQ(parse_length_mm("160mm", "--width"), 160);
    EXPECT_DOUBLE_EQ(parse_length_mm("16cm", "--width"), 160);
    EXPECT_DOUBLE_EQ(parse_length_mm("2in", "--width"), 50.8);
    EXPECT_DOUBLE_EQ(parse_length_mm("72pt", "--width"), 25.4);
    EXPECT_THROW((void)parse_length_mm("160", "--width"), InputError);
    EXPECT_EQ(still_format("a/B.PDF"), StillFormat::pdf);
}

}  // namespace gt
