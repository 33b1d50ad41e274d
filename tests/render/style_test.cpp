#include "render/style.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "support/test_support.hpp"

namespace gt {

TEST(Style, ParsesColours) {
    const auto c = parse_color("#ff800080");
    ASSERT_TRUE(c);
    EXPECT_DOUBLE_EQ(c->r, 1.0);
    EXPECT_NEAR(c->g, 128 / 255.0, 1e-12);
    EXPECT_NEAR(c->a, 128 / 255.0, 1e-12);
    EXPECT_FALSE(parse_color("red"));
    EXPECT_FALSE(parse_color("#12345"));
    EXPECT_FALSE(parse_color("#gg0000"));
}

TEST(Style, LoadsTheReportStyle) {
    const Style s = load_style(test::source_dir() / "styles", "report", {});
    EXPECT_EQ(s.font, "Noto Sans");
    EXPECT_NEAR(s.colors.sea.r, 0xc6 / 255.0, 1e-12);
    EXPECT_NEAR(s.color_of(Confidence::confirmed).r, 0xb3 / 255.0, 1e-12);
}

TEST(Style, UnknownStyleSuggestsAnExistingOne) {
    try {
        (void)load_style(test::source_dir() / "styles", "reprot", {"s.yaml", 5, 10});
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.diagnostics()[0].pos.str(), "s.yaml:5:10");
        EXPECT_EQ(e.diagnostics()[0].hint, "did you mean 'report'?");
    }
}

TEST(Style, UnknownKeyAndBadColourNameTheirLine) {
    test::TempDir dir;
    std::ofstream(dir.path() / "bad.yaml")
        << "font: Noto Sans\ncolors:\n  sea: blue\n  lnd: \"#ffffff\"\n";
    try {
        (void)load_style(dir.path(), "bad", {});
        FAIL();
    } catch (const InputError& e) {
        ASSERT_EQ(e.diagnostics().size(), 2U);
        EXPECT_EQ(e.diagnostics()[0].str(),
                  dir.path().string() +
                      "/bad.yaml:3:8: error: 'blue' is not a valid value for "
                      "'colors.sea'\n  hint: write a colour as \"#rrggbb\" (quoted)");
        EXPECT_EQ(e.diagnostics()[1].pos.line, 4);
        EXPECT_EQ(e.diagnostics()[1].message, "unknown style setting 'colors.lnd'");
        EXPECT_EQ(e.diagnostics()[1].hint, "did you mean 'colors.land'?");
    }
}

TEST(Style, ThreeThemesLoadAndDiffer) {
    const Style report = load_style(test::source_dir() / "styles", "report", {});
    const Style dark = load_style(test::source_dir() / "styles", "dark", {});
    const Style print = load_style(test::source_dir() / "styles", "print", {});
    EXPECT_LT(dark.colors.sea.r + dark.colors.sea.g + dark.colors.sea.b,
              report.colors.sea.r + report.colors.sea.g + report.colors.sea.b);
    EXPECT_TRUE(print.show.graticule);
    EXPECT_FALSE(report.show.graticule);
}

TEST(Style, PrintThemeConfidenceLevelsDifferInGrey) {
    // Luminance (Rec. 709) of every pair of confidence colours differs by an eighth of the range
    // at least: a small event star of one level must not pass for another's in a grey copy.
    const Style print = load_style(test::source_dir() / "styles", "print", {});
    auto grey = [](const Rgba& c) { return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b; };
    for (int a = 0; a < 5; ++a) {
        for (int b = a + 1; b < 5; ++b) {
            EXPECT_GT(std::abs(grey(print.confidence[a]) - grey(print.confidence[b])), 0.12)
                << a << " " << b;
        }
    }
}

TEST(Style, ScenarioOverridesSingleValues) {
    const std::vector<Setting> overrides{{"colors.sea", "#000080", {"s.yaml", 9, 8}},
                                         {"show.legend", "false", {"s.yaml", 10, 11}}};
    const Style s = load_style(test::source_dir() / "styles", "report", {}, overrides);
    EXPECT_NEAR(s.colors.sea.b, 128 / 255.0, 1e-12);
    EXPECT_FALSE(s.show.legend);
    EXPECT_NEAR(s.colors.land.r, 0xf3 / 255.0, 1e-12);  // the rest stays as the theme has it
    try {
        (void)load_style(test::source_dir() / "styles", "report", {},
                         {{"show.legnd", "false", {"s.yaml", 10, 3}}});
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.diagnostics()[0].str(),
                  "s.yaml:10:3: error: unknown style setting "
                  "'show.legnd'\n  hint: did you mean 'show.legend'?");
    }
}

}  // namespace gt
