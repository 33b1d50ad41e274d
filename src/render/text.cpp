#include "render/text.hpp"

#include <pango/pangocairo.h>

#include <cmath>

#include "render/idle_entries.hpp"
#include "render/vector_text.hpp"

namespace gt {

void set_source(cairo_t* cr, const Rgba& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

TextPainter::TextPainter()
    : font_map_(pango_cairo_font_map_new()), context_(pango_font_map_create_context(font_map_)) {
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
    for (auto& [key, sprite] : sprites_) cairo_surface_destroy(sprite.surface);
    g_object_unref(context_);
    g_object_unref(font_map_);
}

namespace {

/// A halo is a stroke several pixels wide round the glyphs: its outline drawn as straight
/// segments within this distance of the curves looks the same, and in SVG and PDF takes a third
/// of the bytes of the glyphs' Bezier curves (halos were a quarter of an SVG frame). In device
/// units: pixels in SVG, points in PDF.
constexpr double halo_tolerance_px = 0.3;

/// Replaces the current path with straight segments within `tolerance` pixels of it.
void flatten_path(cairo_t* cr, double tolerance) {
    const double kept = cairo_get_tolerance(cr);
    cairo_set_tolerance(cr, tolerance);
    cairo_path_t* flat = cairo_copy_path_flat(cr);
    cairo_set_tolerance(cr, kept);
    cairo_new_path(cr);
    cairo_append_path(cr, flat);
    cairo_path_destroy(flat);
}

/// True when `cr` writes SVG, PDF or PostScript (not pixels, not a recording replayed to pixels).
bool writes_vectors(cairo_t* cr) {
    const cairo_surface_type_t type = cairo_surface_get_type(cairo_get_target(cr));
    return type == CAIRO_SURFACE_TYPE_SVG || type == CAIRO_SURFACE_TYPE_PDF ||
           type == CAIRO_SURFACE_TYPE_PS;
}

}  // namespace

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
        if (style.align != TextStyle::Align::left) {
            pango_layout_set_alignment(layout, style.align == TextStyle::Align::right
                                                   ? PANGO_ALIGN_RIGHT
                                                   : PANGO_ALIGN_CENTER);
        }
    }
    if (style.letter_spacing > 0) {
        PangoAttrList* attributes = pango_attr_list_new();
        pango_attr_list_insert(
            attributes,
            pango_attr_letter_spacing_new(static_cast<int>(style.letter_spacing * PANGO_SCALE)));
        pango_layout_set_attributes(layout, attributes);
        pango_attr_list_unref(attributes);
    }
    pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
    return layout;
}

std::optional<Box> TextPainter::draw(cairo_t* cr, const std::string& text, const TextStyle& style,
                                     double x, double y) const {
    if (auto drawn = draw_sprite(cr, text, style, x, y)) return drawn;
    PangoLayout* l = layout(text, style);
    draw_layout(cr, l, style, x, y);
    g_object_unref(l);
    return std::nullopt;
}

void TextPainter::draw_layout(cairo_t* cr, PangoLayout* l, const TextStyle& style, double x,
                              double y) const {
    if (VectorText* vector_text = VectorText::of(cr);
        vector_text != nullptr && vector_text->add(cr, l, style, x, y)) {
        return;
    }
    cairo_save(cr);
    cairo_new_path(cr);
    if (style.halo.a > 0 && style.halo_width > 0) {
        cairo_move_to(cr, x, y);
        pango_cairo_layout_path(cr, l);
        if (writes_vectors(cr)) flatten_path(cr, halo_tolerance_px);
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
}

namespace {

/// Above this, the cache starts afresh (a frame at 1080p holds a few hundred labels, about
/// 2 MiB): a backstop, since start_frame already drops what recent frames did not use.
constexpr std::size_t sprite_budget_bytes = std::size_t{16} << 20;
/// Sprites are drawn at this many sub-pixel positions per pixel: a moving label (a unit) comes
/// back to positions it had a few frames before, while whole pixels would make it jitter.
constexpr double sprite_steps_per_px = 4;
/// A sprite no frame has drawn for this many frames is dropped: long enough for a moving label
/// to come back to its sprites, short enough that memory holds a few frames' labels.
constexpr std::uint64_t sprite_idle_frames = 16;
/// Measured sizes kept (a frame measures a few hundred texts, most of them the same each frame).
constexpr std::size_t measured_texts_kept = 4096;

void append_bytes(std::string& key, const void* data, std::size_t size) {
    key.append(static_cast<const char*>(data), size);
}

std::size_t bytes_of(cairo_surface_t* image) {
    return static_cast<std::size_t>(cairo_image_surface_get_stride(image)) *
           static_cast<std::size_t>(cairo_image_surface_get_height(image));
}

std::string sprite_key(const std::string& text, const TextStyle& style, double fx, double fy) {
    std::string key = text;
    key += '\0';
    key += style.font;
    key += '\0';
    const double numbers[] = {style.size,
                              style.color.r,
                              style.color.g,
                              style.color.b,
                              style.color.a,
                              style.halo.r,
                              style.halo.g,
                              style.halo.b,
                              style.halo.a,
                              style.halo_width,
                              style.max_width,
                              style.letter_spacing,
                              fx,
                              fy};
    append_bytes(key, numbers, sizeof numbers);
    key += style.bold ? 'b' : 'r';
    key += static_cast<char>('0' + static_cast<int>(style.align));
    return key;
}

}  // namespace

TextSize TextPainter::measure(const std::string& text, const TextStyle& style) const {
    std::string key = sprite_key(text, style, 0, 0);
    if (auto found = sizes_.find(key); found != sizes_.end()) return found->second;
    if (sizes_.size() >= measured_texts_kept) sizes_.clear();
    PangoLayout* l = layout(text, style);
    PangoRectangle logical;
    pango_layout_get_extents(l, nullptr, &logical);
    g_object_unref(l);
    const TextSize size{static_cast<double>(logical.width) / PANGO_SCALE,
                        static_cast<double>(logical.height) / PANGO_SCALE};
    sizes_.emplace(std::move(key), size);
    return size;
}

std::optional<Box> TextPainter::draw_sprite(cairo_t* cr, const std::string& text,
                                            const TextStyle& style, double x, double y) const {
    cairo_surface_t* target = cairo_get_target(cr);
    if (cairo_surface_get_type(target) != CAIRO_SURFACE_TYPE_IMAGE) return std::nullopt;
    cairo_matrix_t m;
    cairo_get_matrix(cr, &m);
    if (m.xx != 1 || m.yy != 1 || m.xy != 0 || m.yx != 0) return std::nullopt;
    const double dx = x + m.x0;
    const double dy = y + m.y0;
    // Off the target or outside its clip: nothing to paint.
    double clip_x1 = 0, clip_y1 = 0, clip_x2 = 0, clip_y2 = 0;
    cairo_clip_extents(cr, &clip_x1, &clip_y1, &clip_x2, &clip_y2);
    // Quarter-pixel positions (as Skia places glyphs): at most 1/8 px off, and a moving label
    // finds its sprite again instead of stroking a new halo each frame.
    const double snapped_x = std::round(dx * sprite_steps_per_px) / sprite_steps_per_px;
    const double snapped_y = std::round(dy * sprite_steps_per_px) / sprite_steps_per_px;
    const double whole_x = std::floor(snapped_x);
    const double whole_y = std::floor(snapped_y);
    const double fx = snapped_x - whole_x;
    const double fy = snapped_y - whole_y;
    const Sprite& s = sprite(text, style, fx, fy);
    const double left = whole_x - m.x0 + s.left;
    const double top = whole_y - m.y0 + s.top;
    const double width = cairo_image_surface_get_width(s.surface);
    const double height = cairo_image_surface_get_height(s.surface);
    if (left > clip_x2 || top > clip_y2 || left + width < clip_x1 || top + height < clip_y1) {
        return Box{};
    }
    cairo_save(cr);
    cairo_set_source_surface(cr, s.surface, left, top);
    cairo_rectangle(cr, left, top, width, height);
    cairo_fill(cr);
    cairo_restore(cr);
    return Box{left, top, left + width, top + height};
}

const TextPainter::Sprite& TextPainter::sprite(const std::string& text, const TextStyle& style,
                                               double x_fraction, double y_fraction) const {
    std::string key = sprite_key(text, style, x_fraction, y_fraction);
    if (auto found = sprites_.find(key); found != sprites_.end()) {
        found->second.used = frame_;
        return found->second;
    }
    if (sprite_bytes_ > sprite_budget_bytes) {
        for (auto& [unused, old] : sprites_) cairo_surface_destroy(old.surface);
        sprites_.clear();
        sprite_bytes_ = 0;
    }
    PangoLayout* l = layout(text, style);
    PangoRectangle ink;
    pango_layout_get_pixel_extents(l, &ink, nullptr);
    const int pad = static_cast<int>(std::ceil(style.halo_width)) + 2;
    Sprite s;
    s.left = ink.x - pad;
    s.top = ink.y - pad;
    const int width = ink.width + 2 * pad + 1;
    const int height = ink.height + 2 * pad + 1;
    s.surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
    cairo_t* cr = cairo_create(s.surface);
    draw_layout(cr, l, style, x_fraction - s.left, y_fraction - s.top);
    cairo_destroy(cr);
    g_object_unref(l);
    sprite_bytes_ += bytes_of(s.surface);
    s.used = frame_;
    return sprites_.emplace(std::move(key), s).first->second;
}

void TextPainter::start_frame() {
    ++frame_;
    erase_idle(sprites_, frame_, sprite_idle_frames, [this](const Sprite& sprite) {
        sprite_bytes_ -= bytes_of(sprite.surface);
        cairo_surface_destroy(sprite.surface);
    });
}

}  // namespace gt
