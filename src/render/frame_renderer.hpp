#pragma once
// Draws frames of a prepared Scene onto any Cairo surface (image for PNG, SVG, PDF). The static
// layer (sea, land, borders, places) is drawn once into an image and reused by raster frames.
#include <cairo.h>

#include <memory>
#include <vector>

#include "render/draw.hpp"
#include "render/labels.hpp"
#include "render/scene.hpp"
#include "render/text.hpp"

namespace gt {

class FrameRenderer {
public:
    explicit FrameRenderer(const Scene& scene);
    ~FrameRenderer();
    FrameRenderer(const FrameRenderer&) = delete;
    FrameRenderer& operator=(const FrameRenderer&) = delete;

    /// Draws the frame at `t` on a raster target, starting from the cached static layer.
    void draw_raster(cairo_t* cr, Instant t);
    /// Draws the frame at `t` on a vector target (SVG, PDF): every layer as vectors.
    void draw_vector(cairo_t* cr, Instant t);

private:
    void draw_static(cairo_t* cr) const;
    /// Where the furniture's panels are at `t`.
    [[nodiscard]] std::vector<Box> furniture_panels(Instant t) const;
    void draw_dynamic(cairo_t* cr, Instant t) const;
    /// Places the place labels once; returns the placer holding them for the frames to copy.
    [[nodiscard]] LabelPlacer place_static_labels();

    const Scene& scene_;
    TextPainter text_;
    mutable DateFormatter dates_;  // a cache: formatting does not change what a frame shows
    std::vector<Box> place_labels_;  ///< parallel to places; empty box: not shown
    std::vector<CountryLabel> country_labels_;
    LabelPlacer placer_after_places_;
    cairo_surface_t* static_layer_ = nullptr;
};

}  // namespace gt
