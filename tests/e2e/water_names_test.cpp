// Seas, lakes and rivers named on the committed scenarios' maps, read from the SVG frames' text.
#include <gtest/gtest.h>

#include <string>

#include "support/test_support.hpp"

namespace gt {
namespace {

/// Frame `frame` of scenarios/<name>.yaml rendered as SVG.
std::string scenario_svg_frame(const test::TempDir& dir, const std::string& name, int frame) {
    const std::string f = std::to_string(frame);
    const auto r =
        test::run({"render", test::scenario_file(name).string(), "--out", dir.path().string(),
                   "--format", "svg", "--quiet", "--frames", f + ":" + f});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::string number = "0000" + f;
    number = number.substr(number.size() - 5);
    return test::read_file(test::chosen_folder(dir.path(), name) / ("frame-" + number + ".svg"));
}

bool has_text(const std::string& svg, const std::string& text) {
    return svg.find(">" + text + "</text>") != std::string::npos ||
           svg.find(">" + text + "<") != std::string::npos;
}

TEST(WaterNames, TheDefaultScenarioNamesTheSeaOfJapanAndLakeKhanka) {
    test::TempDir dir;
    const std::string svg = scenario_svg_frame(dir, "korea-russia-2024", 1);
    EXPECT_TRUE(has_text(svg, "Sea of Japan")) << "no Sea of Japan";
    EXPECT_TRUE(has_text(svg, "(East Sea)")) << "no (East Sea)";
    EXPECT_TRUE(has_text(svg, "Lake Khanka")) << "no Lake Khanka";
}

TEST(WaterNames, DunkirkNamesTheEnglishChannelAndTheNorthSea) {
    test::TempDir dir;
    const std::string svg = scenario_svg_frame(dir, "dunkirk-1940", 1);
    EXPECT_TRUE(has_text(svg, "English Channel")) << "no English Channel";
    EXPECT_TRUE(has_text(svg, "North Sea")) << "no North Sea";
}

}  // namespace
}  // namespace gt
