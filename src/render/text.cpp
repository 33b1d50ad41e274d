#include "render/text.hpp"

#include <pango/pangocairo.h>

namespace gt {

void set_source(cairo_t* cr, const Rgba& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

TextPainter::TextPainter()
    : font_map_(pango_cairo_font_map_new()),
      context_(pango_font_map_create_context(font_map_)) {
    // Unhinted metrics: the layout is the same on PNG, SVG and at any scale.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context_, FALSE);
}

TextPainter::~TextPainter() {
    g_object_unref(context_);
    g_object_unref(font_map_);
}

PangoLayout* TextPainter::layout(const std::string& text, const TextStyle& style) const {
    PangoLayout* layout = pango_layout_new(context_);
    PangoFontDescription* font = pango_font_description_from_string(style.font.c_str());
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    if (style.max_width > 0) {
        pango_layout_set_width(layout, static_cast<int>(style.max_width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    if (style.letter_spacing > 0) {
        PangoAttrList* attributes = pango_attr_list_new();
        pango_attr_list_insert(attributes, pango_attr_letter_spacing_new(static_cast<int>(
                                               style.letter_spacing * PANGO_SCALE)));
        pango_layout_set_attributes(layout, attributes);
        pango_attr_list_unref(attributes);
    }
    pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
    return layout;
}

TextSize TextPainter::measure(const std::string& text, const TextStyle& style) const {
    PangoLayout* l = layout(text, style);
    PangoRectangle logical;
    pango_layout_get_extents(l, nullptr, &logical);
    g_object_unref(l);
    return {static_cast<double>(logical.width) / PANGO_SCALE,
            static_cast<double>(logical.height) / PANGO_SCALE};
}

void TextPainter::draw(cairo_t* cr, const std::string& text, const TextStyle& style, double x,
                       double y) const {
    PangoLayout* l = layout(text, style);
    cairo_save(cr);
    cairo_new_path(cr);
    if (style.halo.a > 0 && style.halo_width > 0) {
        cairo_move_to(cr, x, y);
        pango_cairo_layout_path(cr, l);
        set_source(cr, style.halo);
        cairo_set_line_width(cr, style.halo_width * 2);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke(cr);
    }
    cairo_move_to(cr, x, y);
    set_source(cr, style.color);
    pango_cairo_show_layout(cr, l);
    cairo_new_path(cr);  // Pango leaves a current point; a later arc would draw a stray line.
    cairo_restore(cr);
    g_object_unref(l);
}

}  // namespace gt
