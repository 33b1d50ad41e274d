#pragma once
// Text with Pango (HarfBuzz shaping, fontconfig fallback for Hangul, Cyrillic...). A TextPainter
// owns its own font map and context: Pango's are not thread-safe, so each renderer makes one.
#include <cairo.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

#include "render/labels.hpp"
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
    double max_width = 0;       ///< wrap beyond this many pixels; 0: no wrapping
    double letter_spacing = 0;  ///< extra pixels between letters
    /// How lines of different lengths line up within max_width. Without one, the caller places
    /// the text, and this says which end of it stays put: where an SVG <text> is anchored, so
    /// that it keeps its place in a reader's font of another width.
    enum class Align { left, center, right } align = Align::left;
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
    /// Starts a raster frame: sprites the last 16 frames did not use are dropped (a moving label
    /// leaves some behind), so memory holds a few frames' labels however long the timeline is.
    void start_frame();
    /// Bytes of sprite images held.
    [[nodiscard]] std::size_t sprite_bytes() const { return sprite_bytes_; }
    /// Draws `text` with its top-left corner at (x, y): halo first, then the glyphs.
    /// @returns where it drew in user space when drawn from a sprite (empty when off the target);
    ///          nullopt when drawn as paths, whose bounds are not worked out.
    std::optional<Box> draw(cairo_t* cr, const std::string& text, const TextStyle& style, double x,
                            double y) const;

  private:
    /// A text drawn once, halo and all, into a small image reused by later raster frames.
    struct Sprite {
        cairo_surface_t* surface = nullptr;
        int left = 0;  ///< the image's offset from the text's top-left, whole pixels
        int top = 0;
        std::uint64_t used = 0;  ///< the last frame that drew it
    };

    [[nodiscard]] PangoLayout* layout(const std::string& text, const TextStyle& style) const;
    void draw_layout(cairo_t* cr, PangoLayout* layout, const TextStyle& style, double x,
                     double y) const;
    /// Draws from a sprite when `cr` is an unrotated, unscaled image: a label drawn on every frame
    /// (places, legend, moving units) would otherwise stroke its halo each time, which was a third
    /// of a frame's time. Returns where it drew (empty when off the target), or nullopt when the
    /// target does not allow it.
    std::optional<Box> draw_sprite(cairo_t* cr, const std::string& text, const TextStyle& style,
                                   double x, double y) const;
    [[nodiscard]] const Sprite& sprite(const std::string& text, const TextStyle& style,
                                       double x_fraction, double y_fraction) const;

    PangoFontMap* font_map_;
    PangoContext* context_;
    // Caches are per painter, and each worker thread has its own: no locking. Output does not
    // depend on what is cached, since a sprite is always made the same way from its key.
    mutable std::unordered_map<std::string, Sprite> sprites_;
    mutable std::unordered_map<std::string, TextSize> sizes_;  ///< measured texts
    mutable std::size_t sprite_bytes_ = 0;
    std::uint64_t frame_ = 0;
};

void set_source(cairo_t* cr, const Rgba& c);

}  // namespace gt
