#pragma once
// Text of SVG frames kept as text (<text> elements a designer can edit, a reader can search and
// copy) instead of Cairo's glyph outlines. Cairo has no way to write an SVG element of its own,
// so each text is drawn as a marker: a rectangle over the text in a colour that numbers it and an
// opacity nothing else uses. Cairo writes the marker where the text belongs in the drawing order,
// inside the same clip, and leaves it out where the text is clipped away; the SVG writer then
// replaces each marker with its text (output/svg_text.hpp).
#include <cairo.h>

#include <string>
#include <vector>

#include "render/style.hpp"

typedef struct _PangoLayout PangoLayout;

namespace gt {

struct TextStyle;

/// One line of a text, in device pixels: its baseline at its anchor (see VectorTextRun).
struct VectorTextLine {
    std::string text;
    double x = 0;
    double y = 0;
};

/// A text as drawn: its lines and how they look, sizes in device pixels.
struct VectorTextRun {
    std::string family;
    double size = 0;
    bool bold = false;
    Rgba color;
    Rgba halo;  ///< alpha 0: none
    double halo_width = 0;
    double letter_spacing = 0;
    /// Where each line's x is: its start, middle or end. Aligned text keeps its alignment when
    /// the reader's font is wider or narrower than the one it was laid out with.
    enum class Anchor { start, middle, end } anchor = Anchor::start;
    std::vector<VectorTextLine> lines;
};

/// The opacity of a marker (Cairo drops a fill it takes as clear, below 1/255).
inline constexpr double vector_text_marker_alpha = 0.0123;
/// The text as Cairo writes the marker's opacity in its SVG.
inline constexpr const char* vector_text_marker_opacity = "fill-opacity:0.0123;";
/// Texts a frame may hold: the marker's colour numbers them with its 24 bits.
inline constexpr std::size_t vector_text_max_runs = std::size_t{1} << 24;

/// Collects the texts drawn on one SVG surface while it lives: TextPainter finds it through the
/// surface (see `of`) and draws a marker where it would have drawn glyphs.
class VectorText {
  public:
    /// Holds a reference to `surface`. @pre it has no other VectorText.
    explicit VectorText(cairo_surface_t* surface);
    ~VectorText();
    VectorText(const VectorText&) = delete;
    VectorText& operator=(const VectorText&) = delete;

    /// The VectorText of `cr`'s target, or nullptr when its texts are drawn as glyphs.
    [[nodiscard]] static VectorText* of(cairo_t* cr);

    /// Records `layout`, drawn with its top-left corner at (x, y), and draws its marker.
    /// @returns false, having drawn nothing, when the text must be drawn as glyphs instead:
    ///          rotated, skewed or stretched, or a frame with more texts than markers can number.
    bool add(cairo_t* cr, PangoLayout* layout, const TextStyle& style, double x, double y);

    /// The texts in the order drawn; a marker's colour is its index here.
    [[nodiscard]] const std::vector<VectorTextRun>& runs() const { return runs_; }

  private:
    cairo_surface_t* surface_;
    std::vector<VectorTextRun> runs_;
};

}  // namespace gt
