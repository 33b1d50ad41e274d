// Markers replaced by <text> elements, in the drawing order and clips Cairo gave them.
#include "output/svg_text_elements.hpp"

#include <cairo-svg.h>
#include <gtest/gtest.h>

#include <fstream>

#include "output/svg_text.hpp"
#include "render/text.hpp"
#include "support/test_support.hpp"

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
    // The halo, stroked, then the words filled over it: no SVG 2 paint-order.
    EXPECT_EQ(occurrences(svg, "<text "), 2U) << svg;
    EXPECT_EQ(occurrences(svg, ">Ships &amp; &lt;ports&gt;</text>"), 2U) << svg;
    const std::size_t halo = svg.find(
        "style=\"font-family:'Noto Sans',sans-serif;font-size:16px;font-weight:bold;"
        "fill:none;stroke:#ffffff;stroke-width:4px;stroke-linejoin:round;"
        "stroke-opacity:0.5\" aria-hidden=\"true\" x=\"40\"");
    const std::size_t fill = svg.find(
        "style=\"font-family:'Noto Sans',sans-serif;font-size:16px;font-weight:bold;"
        "fill:#ff0000\" x=\"40\"");
    EXPECT_NE(halo, std::string::npos) << svg;
    EXPECT_NE(fill, std::string::npos) << svg;
    EXPECT_LT(halo, fill) << "the halo goes under the words";
    EXPECT_EQ(svg.find("paint-order"), std::string::npos) << svg;
    EXPECT_EQ(svg.find(vector_text_marker_opacity), std::string::npos) << "a marker is left";
    EXPECT_EQ(svg.find("<symbol"), std::string::npos) << "glyph outlines are still written";
}

TEST(SvgTextElements, RsvgDrawsTheHaloUnderTheWords) {
    // Red words in an opaque white halo on blue. A renderer that strokes over the fill (what
    // paint-order exists to avoid) would leave no red inside the letters.
    const TextStyle haloed{"Noto Sans", 48, true, {1, 0, 0, 1}, {1, 1, 1, 1}, 3};
    const std::string svg = svg_with_texts([&](cairo_t* cr, TextPainter& painter) {
        cairo_set_source_rgb(cr, 0, 0, 1);
        cairo_paint(cr);
        (void)painter.draw(cr, "HALO", haloed, 40, 40);
    });
    test::TempDir dir;
    std::ofstream(dir.path() / "halo.svg") << svg;
    int status = 0;
    const std::string log = test::capture("rsvg-convert -o '" + (dir.path() / "halo.png").string() +
                                              "' '" + (dir.path() / "halo.svg").string() + "' 2>&1",
                                          &status);
    ASSERT_EQ(status, 0) << log;
    cairo_surface_t* png = cairo_image_surface_create_from_png((dir.path() / "halo.png").c_str());
    ASSERT_EQ(cairo_surface_status(png), CAIRO_STATUS_SUCCESS);
    const int stride = cairo_image_surface_get_stride(png);
    const unsigned char* data = cairo_image_surface_get_data(png);
    int red = 0, white = 0;
    for (int y = 0; y < cairo_image_surface_get_height(png); ++y) {
        for (int x = 0; x < cairo_image_surface_get_width(png); ++x) {
            const unsigned char* p = data + y * stride + 4 * x;  // B, G, R, A
            red += p[2] > 230 && p[1] < 30 && p[0] < 30;
            white += p[2] > 230 && p[1] > 230 && p[0] > 230;
        }
    }
    cairo_surface_destroy(png);
    EXPECT_GT(red, 1000) << "the words show inside their halo";
    EXPECT_GT(white, 300) << "the halo shows around them";
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
    EXPECT_EQ(occurrences(svg, "<text "), 2U) << "the halo's and the words'" << svg;
    EXPECT_GE(occurrences(svg, "<tspan x="), 6U) << svg;
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
