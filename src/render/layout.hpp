#pragma once
// Where the furniture sits on the canvas, and the part left for the map's extent.
#include "geo/map_view.hpp"
#include "render/style.hpp"

namespace gt {

struct Layout {
    int width = 0;
    int height = 0;
    double unit = 1;        ///< style pixels -> canvas pixels (1 on a 1920x1080 canvas)
    double margin = 24;     ///< canvas pixels
    PixelRect bottom_band;  ///< timeline bar and footer
    PixelRect strip;        ///< the optional schedule strip above the band (height 0: none)
    PixelRect map_area;     ///< the extent is fitted inside this
    double header_height = 0;

    [[nodiscard]] double px(double style_size) const { return style_size * unit; }
};

/// Canvas pixels per style pixel on a `width` x `height` canvas of `scale` pixels per logical
/// pixel: text and symbols scale with the canvas area, so 1280x720 looks like 1920x1080, smaller.
/// For a still at a physical size the logical pixel is the point and `scale` is dpi / 72.
[[nodiscard]] double layout_unit(int width, int height, double scale);

/// @param scale 2 renders the same layout at twice the pixels.
/// @param strip_rows rows of the schedule strip (one per movement plus events); 0 for none.
[[nodiscard]] Layout compute_layout(int width, int height, const Style& style, double scale = 1,
                                    int strip_rows = 0);

}  // namespace gt
