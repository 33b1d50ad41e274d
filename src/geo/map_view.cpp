#include "geo/map_view.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gt {

std::vector<LonLat> sample_border(const Extent& extent, int per_side) {
    std::vector<LonLat> points;
    const double w = extent.width_degrees();
    auto lon_at = [&](double t) {
        double lon = extent.west + w * t;
        return lon > 180 ? lon - 360 : lon;
    };
    for (int i = 0; i <= per_side; ++i) {
        const double t = static_cast<double>(i) / per_side;
        const double lat = extent.south + (extent.north - extent.south) * t;
        points.push_back({lon_at(t), extent.south});
        points.push_back({lon_at(t), extent.north});
        points.push_back({lon_at(0), lat});
        points.push_back({lon_at(1), lat});
        points.push_back({lon_at(0.5), lat});  // the middle meridian bulges in conic projections
    }
    return points;
}

MapView::MapView(const Projection& projection, const Extent& extent, int width, int height,
                 PixelRect map_area)
    : width_(width), height_(height) {
    double min_x = std::numeric_limits<double>::max(), min_y = min_x;
    double max_x = std::numeric_limits<double>::lowest(), max_y = max_x;
    for (const LonLat& p : sample_border(extent, 64)) {
        if (auto xy = projection.forward(p)) {
            min_x = std::min(min_x, xy->x);
            max_x = std::max(max_x, xy->x);
            min_y = std::min(min_y, xy->y);
            max_y = std::max(max_y, xy->y);
        }
    }
    if (!(max_x > min_x) || !(max_y > min_y)) {
        throw RuntimeError("the map extent cannot be projected into " + projection.crs());
    }
    scale_ = std::min(map_area.width / (max_x - min_x), map_area.height / (max_y - min_y));
    centre_ = {(min_x + max_x) / 2, (min_y + max_y) / 2};
    origin_x_ = map_area.x + map_area.width / 2;
    origin_y_ = map_area.y + map_area.height / 2;
    compute_visible(projection, extent);
}

MapView::MapView(const Projection& projection, ViewPose pose, int width, int height,
                 PixelRect map_area, const Extent& reference)
    : width_(width), height_(height), centre_(pose.centre), scale_(pose.scale) {
    origin_x_ = map_area.x + map_area.width / 2;
    origin_y_ = map_area.y + map_area.height / 2;
    compute_visible(projection, reference);
}

void MapView::compute_visible(const Projection& projection, const Extent& fallback) {
    // Walk the canvas border back to lon/lat; unwrap longitudes around the centre so a view
    // across the antimeridian gives one continuous range, split afterwards.
    const LonLat centre = fallback.centre();
    double west = 1e9, east = -1e9, south = 90, north = -90;
    const int n = 64;
    int found = 0;
    for (int i = 0; i <= n; ++i) {
        const double t = static_cast<double>(i) / n;
        for (XY pixel : {XY{t * width_, 0}, XY{t * width_, static_cast<double>(height_)},
                         XY{0, t * height_}, XY{static_cast<double>(width_), t * height_},
                         XY{t * width_, height_ / 2.0}, XY{width_ / 2.0, t * height_}}) {
            auto ll = projection.inverse(to_map(pixel));
            if (!ll) continue;
            ++found;
            double dlon = ll->lon - centre.lon;
            while (dlon > 180) dlon -= 360;
            while (dlon < -180) dlon += 360;
            west = std::min(west, centre.lon + dlon);
            east = std::max(east, centre.lon + dlon);
            south = std::min(south, ll->lat);
            north = std::max(north, ll->lat);
        }
    }
    if (found == 0) {
        visible_ = {fallback};
        return;
    }
    // A pole inside the canvas: every longitude is visible.
    for (double pole : {90.0, -90.0}) {
        if (auto xy = projection.forward({centre.lon, pole})) {
            const XY px = to_pixel(*xy);
            if (px.x >= 0 && px.x <= width_ && px.y >= 0 && px.y <= height_) {
                west = -180;
                east = 180;
                (pole > 0 ? north : south) = pole;
            }
        }
    }
    const double margin = 0.5;
    south = std::max(-90.0, south - margin);
    north = std::min(90.0, north + margin);
    west -= margin;
    east += margin;
    if (east - west >= 360) {
        visible_ = {{-180, south, 180, north}};
    } else if (west < -180) {
        visible_ = {{west + 360, south, 180, north}, {-180, south, east, north}};
    } else if (east > 180) {
        visible_ = {{west, south, 180, north}, {-180, south, east - 360, north}};
    } else {
        visible_ = {{west, south, east, north}};
    }
}

}  // namespace gt
