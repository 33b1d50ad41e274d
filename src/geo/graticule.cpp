#include "geo/graticule.hpp"

#include <cmath>
#include <sstream>

#include "geo/route.hpp"

namespace gt {

double graticule_step(double span_degrees) {
    for (double step : {0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0}) {
        if (span_degrees / step <= 8) return step;
    }
    return 60;
}

std::vector<GraticuleLine> graticule(const std::vector<Extent>& boxes, double step) {
    std::vector<GraticuleLine> lines;
    for (const Extent& box : boxes) {
        for (double lon = std::ceil(box.west / step) * step; lon <= box.east; lon += step) {
            GraticuleLine line{lon, true, {}};
            for (double lat = box.south; lat < box.north; lat += 0.25)
                line.points.push_back({lon, lat});
            line.points.push_back({lon, box.north});
            lines.push_back(std::move(line));
        }
        for (double lat = std::ceil(box.south / step) * step; lat <= box.north; lat += step) {
            GraticuleLine line{lat, false, {}};
            for (double lon = box.west; lon < box.east; lon += 0.25)
                line.points.push_back({lon, lat});
            line.points.push_back({box.east, lat});
            lines.push_back(std::move(line));
        }
    }
    return lines;
}

double metres_per_pixel_at(const Projection& projection, const MapView& view, XY pixel) {
    const double half = 50;
    const auto a = projection.inverse(view.to_map({pixel.x - half, pixel.y}));
    const auto b = projection.inverse(view.to_map({pixel.x + half, pixel.y}));
    if (!a || !b) return NAN;
    return geodesic_distance(*a, *b) / (2 * half);
}

double north_angle_at(const Projection& projection, const MapView& view, XY pixel) {
    const auto here = projection.inverse(view.to_map(pixel));
    if (!here) return 0;
    const auto north = projection.forward({here->lon, std::min(90.0, here->lat + 0.05)});
    if (!north) return 0;
    const XY up = view.to_pixel(*north);
    return std::atan2(up.x - pixel.x, pixel.y - up.y);
}

ScaleBar choose_scale_bar(double metres_per_pixel, double max_pixels) {
    const double max_metres = metres_per_pixel * max_pixels;
    double best = 0;
    for (double power = std::pow(10.0, std::floor(std::log10(max_metres))); power >= 1e-3;
         power /= 10) {
        for (double m : {5.0, 2.0, 1.0}) {
            if (m * power <= max_metres) {
                best = m * power;
                break;
            }
        }
        if (best > 0) break;
    }
    std::ostringstream label;
    if (best >= 1000)
        label << best / 1000 << " km";
    else
        label << best << " m";
    return {best, best / metres_per_pixel, label.str()};
}

}  // namespace gt
