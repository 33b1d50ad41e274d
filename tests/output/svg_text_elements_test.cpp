// Markers replaced by <text> elements, in the drawing order and clips Cairo gave them.
#include "output/svg_text_elements.hpp"

#include <cairo-svg.h>
#include <gtest/gtest.h>

#include "output/svg_text.hpp"
#include "render/text.hpp"

namespace gt {

namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

/// An SVG drawn by `draw`, its texts as <text>.
template <typename Draw>
std::string svg_with_texts(Draw draw) {
    std::string svg;
    cairo_surface_t* surface = cairo_svg_surface_create_for_stream(append, &svg, 400, 300);
    std::vector<VectorTextRun> runs;
    {
        VectorText texts(surface);
        cairo_t* cr = cairo_create(surface);
        TextPainter painter;
        draw(cr, painter);
        cairo_destroy(cr);
        cairo_surface_finish(surface);
        runs = texts.runs();
    }
    cairo_surface_destroy(surface);
    return insert_svg_texts(compact_svg_names(svg), runs);  // as FrameWriter does
}

const TextStyle label{"Noto Sans", 16, true, {1, 0, 0, 1}, {1, 1, 1, 0.5}, 2};

}  // namespace

TEST(SvgTextElements, EachTextBecomesATextElementWithItsStyle) {
    const std::string svg = svg_with_texts([](cairo_t* cr, TextPainter& painter) {
        (void)painter.draw(cr, "Ships & <ports>", label, 40, 30);
    });
    EXPECT_EQ(occurrences(svg, "<text "), 1U) << svg;
    EXPECT_NE(svg.find(">Ships &amp; &lt;ports&gt;</text>"), std::string::npos) << svg;
    EXPECT_NE(svg.find("style=\"font-family:'Noto Sans',sans-serif;font-size:16px;"
                       "font-weight:bold;fill:#ff0000;stroke:#ffffff;stroke-width:4px;"
                       "stroke-linejoin:round;stroke-opacity:0.5;paint-order:stroke\" x=\"40\""),
              std::string::npos)
        << svg;
    EXPECT_EQ(svg.find(vector_text_marker_opacity), std::string::npos) << "a marker is left";
    EXPECT_EQ(svg.find("<symbol"), std::string::npos) << "glyph outlines are still written";
}

TEST(SvgTextElements, TextsKeepTheirPlaceInTheDrawingOrder) {
    const std::string svg = svg_with_texts([](cairo_t* cr, TextPainter& painter) {
        (void)painter.draw(cr, "Under", label, 10, 10);
        cairo_set_source_rgb(cr, 0, 0, 1);
        cairo_rectangle(cr, 0, 0, 100, 100);
        cairo_fill(cr);
        (void)painter.draw(cr, "Over", label, 10, 10);
    });
    const std::size_t under = svg.find(">Under</text>");
    const std::size_t box = svg.find("fill:#0000ff");
    const std::size_t over = svg.find(">Over</text>");
    ASSERT_NE(under, std::string::npos) << svg;
    ASSERT_NE(over, std::string::npos) << svg;
    EXPECT_LT(under, box);
    EXPECT_LT(box, over);
}

TEST(SvgTextElements, AClipHidesOrCutsTextAsItWouldGlyphs) {
    const std::string svg = svg_with_texts([](cairo_t* cr, TextPainter& painter) {
        cairo_rectangle(cr, 0, 0, 200, 300);
        cairo_clip(cr);
        (void)painter.draw(cr, "Hidden", label, 300, 100);  // wholly outside the clip
        (void)painter.draw(cr, "Cut", label, 190, 200);     // across its edge
    });
    EXPECT_EQ(svg.find("Hidden"), std::string::npos) << svg;
    const std::size_t cut = svg.find(">Cut</text>");
    ASSERT_NE(cut, std::string::npos) << svg;
    const std::size_t group = svg.rfind("<g clip-path=", cut);
    ASSERT_NE(group, std::string::npos) << "the cut text is not inside the clip's group";
    EXPECT_EQ(svg.find("</g>", group), svg.find("</g>", cut)) << "the group closes before it";
}

TEST(SvgTextElements, AWrappedTextIsOneElementWithALinePerTspan) {
    TextStyle wrapped = label;
    wrapped.max_width = 100;
    const std::string svg = svg_with_texts([&](cairo_t* cr, TextPainter& painter) {
        (void)painter.draw(cr, "Statement by the intelligence service", wrapped, 10, 10);
    });
    EXPECT_EQ(occurrences(svg, "<text "), 1U) << svg;
    EXPECT_GE(occurrences(svg, "<tspan x="), 3U) << svg;
    EXPECT_EQ(svg.find("text-anchor"), std::string::npos) << "left-aligned text has no anchor";
    wrapped.align = TextStyle::Align::right;
    const std::string right = svg_with_texts([&](cairo_t* cr, TextPainter& painter) {
        (void)painter.draw(cr, "Statement by the intelligence service", wrapped, 10, 10);
    });
    EXPECT_NE(right.find(";text-anchor:end\"><tspan x=\"110\""), std::string::npos) << right;
}

TEST(SvgTextElements, FillsThatOnlyLookLikeMarkersStay) {
    const std::string marker = "<path style=\"fill:#000000;fill-opacity:0.0123;\" d=\"M 1 1 Z\"/>";
    VectorTextRun run;
    run.family = "Noto Sans";
    run.lines = {{"Real", 1, 2}};
    // Index 255 when only one text was drawn, and a channel that is not a whole byte: not
    // markers of this frame.
    const std::string lookalikes =
        "<path style=\" stroke:none;fill:rgb(0%,0%,100%);fill-opacity:0.0123;\" d=\"M 1 1 Z\"/>"
        "<path style=\"fill:rgb(0%,0%,0.1%);fill-opacity:0.0123;\" d=\"\"/>";
    const std::string out = insert_svg_texts(marker + lookalikes, {run});
    EXPECT_EQ(out.substr(out.find("</text>") + 7), lookalikes);
    EXPECT_NE(out.find(">Real</text>"), std::string::npos) << out;
}

TEST(SvgTextElements, NoMarkerFoundForTextsDrawnIsAnErrorNotASilentLoss) {
    VectorTextRun run;
    run.lines = {{"Lost", 1, 2}};
    EXPECT_THROW((void)insert_svg_texts("<svg><path d=\"M 1 1 Z\"/></svg>", {run}), RuntimeError);
    EXPECT_EQ(insert_svg_texts("<svg/>", {}), "<svg/>");  // nothing drawn, nothing missing
}

TEST(SvgTextElements, ControlCharactersXmlForbidsAreLeftOut) {
    const std::string svg = svg_with_texts([](cairo_t* cr, TextPainter& painter) {
        (void)painter.draw(cr, "Kursk\a\x01 oblast", label, 40, 30);
    });
    EXPECT_NE(svg.find(">Kursk oblast</text>"), std::string::npos) << svg;
}

}  // namespace gt
