#pragma once
// Text with Pango (HarfBuzz shaping, fontconfig fallback for Hangul, Cyrillic...). A TextPainter
// owns its own font map and context: Pango's are not thread-safe, so each renderer makes one.
#include <cairo.h>

#include <string>

#include "render/style.hpp"

typedef struct _PangoFontMap PangoFontMap;
typedef struct _PangoContext PangoContext;
typedef struct _PangoLayout PangoLayout;

namespace gt {

struct TextStyle {
    std::string font;
    double size = 16;  ///< pixels
    bool bold = false;
    Rgba color;
    Rgba halo{1, 1, 1, 0};  ///< alpha 0: no halo
    double halo_width = 0;
    double max_width = 0;  ///< wrap beyond this many pixels; 0: no wrapping
    double letter_spacing = 0;  ///< extra pixels between letters
};

struct TextSize {
    double width = 0;
    double height = 0;
};

class TextPainter {
public:
    TextPainter();
    ~TextPainter();
    TextPainter(const TextPainter&) = delete;
    TextPainter& operator=(const TextPainter&) = delete;

    [[nodiscard]] TextSize measure(const std::string& text, const TextStyle& style) const;
    /// Draws `text` with its top-left corner at (x, y): halo first, then the glyphs.
    void draw(cairo_t* cr, const std::string& text, const TextStyle& style, double x,
              double y) const;

private:
    [[nodiscard]] PangoLayout* layout(const std::string& text, const TextStyle& style) const;

    PangoFontMap* font_map_;
    PangoContext* context_;
};

void set_source(cairo_t* cr, const Rgba& c);

}  // namespace gt
