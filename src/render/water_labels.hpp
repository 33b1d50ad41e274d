#pragma once
// Names of seas, oceans, gulfs, straits, lakes and rivers on the map (geo/water_names.hpp): in
// italic, blue-grey and letter-spaced, sized by the body's area on the map; a river's name set
// along the river. Placed once per view after the place and country names, in what room they
// leave, and kept off the map's land (a lake's name inside its lake); story labels are not held
// back by them and are drawn over them.
#include <string>
#include <vector>

#include "geo/projection.hpp"
#include "render/box.hpp"
#include "render/labels.hpp"
#include "render/text.hpp"

namespace gt {

struct DrawContext;
struct Scene;
struct ViewFrame;
struct WaterName;

struct WaterLabel {
    std::string text;
    XY centre;         ///< canvas pixels
    double angle = 0;  ///< radians, clockwise from the x axis
    double size = 0;   ///< font size, pixels
    bool river = false;
};

/// The text style of a water name of `size` pixels.
[[nodiscard]] TextStyle water_text_style(const Style& style, double size);

/// Font size in pixels for a body of `area_km2` at `metres_per_pixel` (`unit`: the layout's
/// pixels per style unit), or 0 when it is too small on the map to be named: when a square of
/// its area would be less than `min_side` style units across.
[[nodiscard]] double water_name_size(double area_km2, double metres_per_pixel, double unit,
                                     double min_side = 60);

/// The names of the committed table that fit in the view, each where `placer` has room.
[[nodiscard]] std::vector<WaterLabel> place_water_labels(const Scene& scene, const ViewFrame& frame,
                                                         const TextPainter& text,
                                                         LabelPlacer& placer);
void draw_water_labels(const DrawContext& dc, const std::vector<WaterLabel>& labels);

}  // namespace gt
