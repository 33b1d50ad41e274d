// SVG text passes: compact path data keeps every point within 0.05 px; shared paths; stable ids.
#include "output/svg_text.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <vector>

namespace gt {

namespace {

/// The absolute points of a path's data (M, L, C absolute; l, c relative), in order.
std::vector<double> absolute_numbers(const std::string& d) {
    std::vector<double> out;
    double x = 0, y = 0, sx = 0, sy = 0;
    char command = 0;
    const char* p = d.c_str();
    while (*p != 0) {
        if (*p == ' ') {
            ++p;
            continue;
        }
        if (std::isalpha(static_cast<unsigned char>(*p)) != 0) {
            command = *p++;
            if (command == 'Z') {
                x = sx;
                y = sy;
            }
            continue;
        }
        const int count = command == 'C' || command == 'c' ? 6 : 2;
        double v[6];
        for (int k = 0; k < count; ++k) {
            while (*p == ' ') ++p;
            char* end = nullptr;
            v[k] = std::strtod(p, &end);
            p = end;
        }
        const bool relative = command == 'l' || command == 'c';
        for (int k = 0; k < count; k += 2) {
            out.push_back(relative ? x + v[k] : v[k]);
            out.push_back(relative ? y + v[k + 1] : v[k + 1]);
        }
        x = out[out.size() - 2];
        y = out.back();
        if (command == 'M') {
            sx = x;
            sy = y;
            command = 'L';
        }
    }
    return out;
}

std::string path_data(const std::string& svg) {
    const std::size_t at = svg.find(" d=\"") + 4;
    return svg.substr(at, svg.find('"', at) - at);
}

}  // namespace

TEST(CompactSvgPaths, WritesShortRelativeData) {
    const std::string svg =
        "<path style=\"stroke:none;\" d=\"M 10.04 20 L 10.5 20.25 L 11 21 C 1 2 3 4 5 6 Z M 1 "
        "1\"/>";
    EXPECT_EQ(compact_svg_paths(svg),
              "<path style=\"stroke:none;\" d=\"M10 20l.5.3.5.7c-10-19-8-17-6-15ZM1 1\"/>");
}

TEST(CompactSvgPaths, KeepsEveryPointWithinAHalfTenthOfAPixel) {
    std::string d = "M 1423.09375 -65.277344";
    double value = 0.123456;
    for (int i = 0; i < 500; ++i) {
        value = std::fmod(value * 7919.31 + 0.377, 1900.0);
        d += (i % 7 == 0 ? " C " : " L ") + std::to_string(value - 950) + " " +
             std::to_string(value / 3 - 100.004);
        if (i % 7 == 0) {
            for (int k = 0; k < 2; ++k)
                d += " " + std::to_string(value / (k + 2)) + " " + std::to_string(-value / (k + 5));
        }
        if (i % 50 == 49) d += " Z M " + std::to_string(value) + " 3.25";
    }
    const std::string compact = path_data(compact_svg_paths("<path d=\"" + d + "\"/>"));
    EXPECT_LT(compact.size(), d.size() / 2);
    const std::vector<double> before = absolute_numbers(d);
    const std::vector<double> after = absolute_numbers(compact);
    ASSERT_EQ(before.size(), after.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        EXPECT_NEAR(after[i], before[i], 0.05 + 1e-9) << "number " << i;
    }
}

TEST(CompactSvgPaths, LeavesUnknownCommandsAndOtherAttributesAlone) {
    const std::string arc =
        "<path d=\"M 1.25 1 A 5 5 0 0 1 10 10\" style=\"stroke-width:0.123456\"/>";
    EXPECT_EQ(compact_svg_paths(arc), arc);
}

TEST(CompactSvgPaths, RoundsGlyphPositions) {
    EXPECT_EQ(compact_svg_paths("<use xlink:href=\"#glyph0-1\" x=\"12.34\" y=\"-5.66\"/>"),
              "<use xlink:href=\"#glyph0-1\" x=\"12.3\" y=\"-5.7\"/>");
}

TEST(CompactSvgNames, ShortensGlyphIdsAndExactColours) {
    EXPECT_EQ(compact_svg_names("<symbol id=\"glyph0-1\"/><use xlink:href=\"#glyph0-1\" "
                                "style=\"fill:rgb(100%,50.196078%,0%);stroke:rgb(33.3%,0%,0%)\"/>"),
              "<symbol id=\"g0-1\"/><use xlink:href=\"#g0-1\" "
              "style=\"fill:#ff8000;stroke:rgb(33.3%,0%,0%)\"/>");
}

TEST(ShareRepeatedPaths, DefinesRepeatedLongPathsOnce) {
    const std::string land = "M1 2 l3 4 5 6Z";
    const std::string svg = "<g><path style=\"fill:red;\" d=\"" + land +
                            "\"/><path style=\"stroke:blue;\" d=\"" + land +
                            "\"/><path style=\"fill:red;\" d=\"M0 0 l1 1Z\"/></g>";
    EXPECT_EQ(share_repeated_paths(svg, 10),
              "<g><defs><path id=\"shared-path1\" d=\"" + land +
                  "\"/></defs><use xlink:href=\"#shared-path1\" style=\"fill:red;\"/>"
                  "<use xlink:href=\"#shared-path1\" style=\"stroke:blue;\"/>"
                  "<path style=\"fill:red;\" d=\"M0 0 l1 1Z\"/></g>");
}

TEST(NormalizeSvgIds, RenumbersSurfacesInOrderOfAppearance) {
    EXPECT_EQ(
        normalize_svg_ids("<g id=\"surface42\"><use xlink:href=\"#surface7\"/>#surface42 surface"),
        "<g id=\"surface1\"><use xlink:href=\"#surface2\"/>#surface1 surface");
}

}  // namespace gt
