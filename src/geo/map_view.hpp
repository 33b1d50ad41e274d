#pragma once
// The camera: which part of the projected plane fills the canvas, and the affine from map CRS
// metres to pixels. The scenario's extent is fitted (never stretched) into the map area; the rest
// of the canvas shows more of the map.
#include <vector>

#include "geo/projection.hpp"

namespace gt {

struct PixelRect {
    double x = 0, y = 0, width = 0, height = 0;
};

/// Where the camera looks: the map CRS point at the map area's centre, and pixels per map unit.
struct ViewPose {
    XY centre;
    double scale = 1;
    [[nodiscard]] bool operator==(const ViewPose& other) const {
        return centre.x == other.centre.x && centre.y == other.centre.y && scale == other.scale;
    }
};

class MapView {
  public:
    /// @param map_area the part of the canvas the extent must fit in (e.g. below the title).
    /// @throws RuntimeError when the extent cannot be projected at all.
    MapView(const Projection& projection, const Extent& extent, int width, int height,
            PixelRect map_area);
    /// A view at `pose`, its centre at the middle of `map_area`.
    /// @param reference the scenario's extent: its centre unwraps longitudes of the visible
    ///        boxes, and it stands for them when no canvas point has an inverse.
    /// @pre pose.scale > 0
    MapView(const Projection& projection, ViewPose pose, int width, int height, PixelRect map_area,
            const Extent& reference);

    [[nodiscard]] XY to_pixel(XY map) const {
        return {origin_x_ + (map.x - centre_.x) * scale_, origin_y_ - (map.y - centre_.y) * scale_};
    }
    [[nodiscard]] XY to_map(XY pixel) const {
        return {centre_.x + (pixel.x - origin_x_) / scale_,
                centre_.y - (pixel.y - origin_y_) / scale_};
    }
    /// Pixels per map unit (metre).
    [[nodiscard]] double scale() const { return scale_; }
    [[nodiscard]] ViewPose pose() const { return {centre_, scale_}; }
    [[nodiscard]] int width() const { return width_; }
    [[nodiscard]] int height() const { return height_; }
    /// Lon/lat boxes covering the whole canvas (two when it crosses the antimeridian).
    [[nodiscard]] const std::vector<Extent>& visible_boxes() const { return visible_; }

  private:
    void compute_visible(const Projection& projection, const Extent& fallback);

    int width_;
    int height_;
    XY centre_;
    double scale_ = 1;
    double origin_x_ = 0;
    double origin_y_ = 0;
    std::vector<Extent> visible_;
};

/// Samples the border of a lon/lat box (for projected bounds); handles antimeridian boxes.
[[nodiscard]] std::vector<LonLat> sample_border(const Extent& extent, int per_side);

}  // namespace gt
