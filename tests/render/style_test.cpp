#include "render/style.hpp"

#include <gtest/gtest.h>

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
        << "font: Noto Sans\ncolors:\n  sea: blue\n  lnd: \"#ffffff\"\nconfidence: {}\n";
    try {
        (void)load_style(dir.path(), "bad", {});
        FAIL();
    } catch (const InputError& e) {
        ASSERT_GE(e.diagnostics().size(), 2U);
        EXPECT_EQ(e.diagnostics()[0].pos.line, 4);
        EXPECT_EQ(e.diagnostics()[0].message, "unknown key 'lnd' in 'colors'");
        EXPECT_EQ(e.diagnostics()[0].hint, "did you mean 'land'?");
    }
}

}  // namespace gt
