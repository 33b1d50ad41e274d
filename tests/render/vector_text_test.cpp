// TextPainter on a surface with a VectorText: each text recorded with its lines, and a marker
// drawn in its place; glyphs where a <text> could not show it.
#include "render/vector_text.hpp"

#include <cairo-svg.h>
#include <gtest/gtest.h>

#include "render/text.hpp"

namespace gt {

namespace {

cairo_status_t discard(void*, const unsigned char*, unsigned int) { return CAIRO_STATUS_SUCCESS; }

/// An SVG surface that writes nowhere, and what a VectorText on it collects.
class VectorTextOnSvg : public ::testing::Test {
  protected:
    void TearDown() override {
        cairo_destroy(cr_);
        cairo_surface_destroy(surface_);
    }

    cairo_surface_t* surface_ = cairo_svg_surface_create_for_stream(discard, nullptr, 400, 300);
    cairo_t* cr_ = cairo_create(surface_);
    TextPainter painter_;
    TextStyle style_{"Noto Sans", 20, true, {0.1, 0.2, 0.3, 1}, {1, 1, 1, 0.8}, 3};
};

}  // namespace

TEST_F(VectorTextOnSvg, RecordsEachTextWithItsBaselineInsteadOfGlyphs) {
    VectorText texts(surface_);
    ASSERT_EQ(VectorText::of(cr_), &texts);
    (void)painter_.draw(cr_, "Vladivostok", style_, 100, 50);
    ASSERT_EQ(texts.runs().size(), 1U);
    const VectorTextRun& run = texts.runs()[0];
    EXPECT_EQ(run.family, "Noto Sans");
    EXPECT_EQ(run.size, 20);
    EXPECT_TRUE(run.bold);
    EXPECT_EQ(run.halo_width, 3);
    EXPECT_DOUBLE_EQ(run.halo.a, 0.8);
    ASSERT_EQ(run.lines.size(), 1U);
    EXPECT_EQ(run.lines[0].text, "Vladivostok");
    EXPECT_DOUBLE_EQ(run.lines[0].x, 100);
    // The baseline is below the top by the font's ascent: most of a 20 px size.
    EXPECT_GT(run.lines[0].y, 50 + 14);
    EXPECT_LT(run.lines[0].y, 50 + 24);
}

TEST_F(VectorTextOnSvg, AWrappedTextKeepsItsLinesAndTheirAlignment) {
    VectorText texts(surface_);
    style_.max_width = 120;
    style_.align = TextStyle::Align::right;
    (void)painter_.draw(cr_, "Troops gathered near Ussuriysk", style_, 10, 10);
    ASSERT_EQ(texts.runs().size(), 1U);
    const auto& lines = texts.runs()[0].lines;
    ASSERT_GE(lines.size(), 2U);
    std::string joined;
    for (const auto& line : lines) joined += (joined.empty() ? "" : " ") + line.text;
    EXPECT_EQ(joined, "Troops gathered near Ussuriysk");
    EXPECT_GT(lines[1].y, lines[0].y + 15);  // one line under the other
    // Right-aligned: each line is anchored at its end, on the right edge, so that it stays
    // aligned in a reader's font of other widths.
    EXPECT_EQ(texts.runs()[0].anchor, VectorTextRun::Anchor::end);
    for (const auto& line : lines) EXPECT_NEAR(line.x, 10 + 120, 1.0) << line.text;
}

TEST_F(VectorTextOnSvg, CentredLinesAreAnchoredAtTheirMiddle) {
    VectorText texts(surface_);
    style_.max_width = 200;
    style_.align = TextStyle::Align::center;
    (void)painter_.draw(cr_, "Chongjin", style_, 10, 10);
    ASSERT_EQ(texts.runs().size(), 1U);
    EXPECT_EQ(texts.runs()[0].anchor, VectorTextRun::Anchor::middle);
    EXPECT_NEAR(texts.runs()[0].lines[0].x, 10 + 100, 1.0);
}

TEST_F(VectorTextOnSvg, ALineThatTheCallerAlignsIsAnchoredAtThatEnd) {
    VectorText texts(surface_);
    style_.align = TextStyle::Align::right;  // no max_width: placed by its caller
    const TextSize size = painter_.measure("3 October 2024", style_);
    (void)painter_.draw(cr_, "3 October 2024", style_, 300 - size.width, 10);
    ASSERT_EQ(texts.runs().size(), 1U);
    EXPECT_EQ(texts.runs()[0].anchor, VectorTextRun::Anchor::end);
    EXPECT_NEAR(texts.runs()[0].lines[0].x, 300, 0.01);
}

TEST_F(VectorTextOnSvg, PositionsAndSizesAreInDevicePixels) {
    VectorText texts(surface_);
    cairo_translate(cr_, 5, 7);
    cairo_scale(cr_, 2, 2);
    (void)painter_.draw(cr_, "Khabarovsk", style_, 10, 10);
    ASSERT_EQ(texts.runs().size(), 1U);
    EXPECT_EQ(texts.runs()[0].size, 40);
    EXPECT_EQ(texts.runs()[0].halo_width, 6);
    EXPECT_DOUBLE_EQ(texts.runs()[0].lines[0].x, 25);
}

TEST_F(VectorTextOnSvg, RotatedTextAndSurfacesWithoutOneAreDrawnAsGlyphs) {
    {
        VectorText texts(surface_);
        cairo_rotate(cr_, 0.3);
        (void)painter_.draw(cr_, "Tilted", style_, 10, 10);
        EXPECT_TRUE(texts.runs().empty());
    }
    EXPECT_EQ(VectorText::of(cr_), nullptr);  // gone with its VectorText
}

}  // namespace gt
