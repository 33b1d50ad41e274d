#pragma once
// Graticule lines (meridians and parallels) and scale-bar arithmetic.
#include <string>
#include <vector>

#include "geo/map_view.hpp"

namespace gt {

struct GraticuleLine {
    double degrees = 0;  ///< the meridian's longitude or the parallel's latitude
    bool meridian = false;
    std::vector<LonLat> points;  ///< densified every 0.25 degrees
};

/// A round spacing (1, 2, 5, 10, 15, 30 degrees...) giving a handful of lines across `span`.
[[nodiscard]] double graticule_step(double span_degrees);

/// Meridians and parallels at multiples of `step` inside the lon/lat boxes.
[[nodiscard]] std::vector<GraticuleLine> graticule(const std::vector<Extent>& boxes, double step);

/// Ground metres per canvas pixel at `pixel`, measured along the canvas's horizontal with
/// geodesics (true at that point whatever the projection). NaN when off the projection.
[[nodiscard]] double metres_per_pixel_at(const Projection& projection, const MapView& view,
                                         XY pixel);

/// Angle in radians from "up" on the canvas to true north at `pixel` (0: north is up).
[[nodiscard]] double north_angle_at(const Projection& projection, const MapView& view, XY pixel);

struct ScaleBar {
    double metres = 0;
    double pixels = 0;
    std::string label;  ///< "100 km", "500 m"
};

/// The longest round length (1, 2 or 5 times a power of ten) no longer than `max_pixels`.
[[nodiscard]] ScaleBar choose_scale_bar(double metres_per_pixel, double max_pixels);

}  // namespace gt
