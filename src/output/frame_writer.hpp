#pragma once
// Writes one frame per format: PNG from an image surface (fast encoder), SVG as vectors.
#include <filesystem>
#include <string>
#include <vector>

#include "output/png_encoder.hpp"
#include "render/frame_renderer.hpp"

namespace gt {

enum class Format { png, svg };

/// How SVG frames hold their text: as <text> elements (editable, searchable; shown in the
/// reader's copy of the style's font), or as glyph outlines (the same everywhere, not editable).
enum class SvgText { text, paths };

[[nodiscard]] const char* extension(Format f);
/// "png,svg" -> formats. @throws InputError naming the unknown format.
[[nodiscard]] std::vector<Format> parse_formats(const std::string& list);

/// Draws the frames of one scene and writes them as files. Each worker thread owns one: it holds
/// a FrameRenderer (its own Pango context and cached layers), a PNG encoder and a raster surface
/// reused from frame to frame, so a frame costs no large allocation.
class FrameWriter {
  public:
    /// @param shared the views shared by the writers of one render (see FrameRenderer), or null.
    /// @pre `scene` (and `shared`) outlive the writer; `scene` is only read while frames are
    ///      drawn.
    explicit FrameWriter(const Scene& scene, PngSettings png = {}, SvgText svg_text = SvgText::text,
                         SharedViews* shared = nullptr);
    ~FrameWriter();
    FrameWriter(const FrameWriter&) = delete;
    FrameWriter& operator=(const FrameWriter&) = delete;

    /// Draws the frame at `t` into the writer's raster surface (valid until the next call).
    /// The next frame is drawn over it, repainting only what this one drew: read it, never
    /// draw on it.
    /// @throws RuntimeError when Cairo fails.
    [[nodiscard]] cairo_surface_t* draw_raster(Instant t);
    /// The frame at `t` as an SVG document with normalised ids, its texts as set by `svg_text`.
    /// @throws RuntimeError when Cairo fails.
    [[nodiscard]] std::string draw_svg(Instant t);
    /// The PNG file of the frame draw_raster drew last, valid until the next call. The encoder
    /// is told where the frames drawn since it last encoded changed the surface.
    /// @pre draw_raster was called.
    /// @throws RuntimeError when encoding fails.
    [[nodiscard]] const std::vector<unsigned char>& encode_png();
    /// Draws the frame at `t` and writes it to `file` in format `f`.
    /// @throws RuntimeError naming the file when it cannot be written.
    void write(Format f, Instant t, const std::filesystem::path& file);

    /// Bands of the last PNG encoded, and how many were reused from the one before.
    [[nodiscard]] PngEncoder::BandCount last_png_bands() const { return png_.last_bands(); }

  private:
    const Scene& scene_;
    FrameRenderer renderer_;
    PngEncoder png_;
    SvgText svg_text_;
    cairo_surface_t* raster_;
    bool raster_drawn_ = false;  ///< raster_ holds the renderer's last raster frame
    /// Where raster_ changed since png_ last encoded it (everywhere, before it has).
    Damage changed_since_encoded_;
};

}  // namespace gt
