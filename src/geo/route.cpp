#include "geo/route.hpp"

#include <geodesic.h>

#include <algorithm>
#include <cmath>

namespace gt {

namespace {
geod_geodesic wgs84() {
    geod_geodesic g{};
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    return g;
}

/// Linear interpolation that takes the short way across the antimeridian.
LonLat lerp(LonLat a, LonLat b, double t) {
    double dlon = b.lon - a.lon;
    if (dlon > 180) dlon -= 360;
    if (dlon < -180) dlon += 360;
    double lon = a.lon + dlon * t;
    if (lon > 180) lon -= 360;
    if (lon < -180) lon += 360;
    return {lon, a.lat + (b.lat - a.lat) * t};
}
}  // namespace

double geodesic_distance(LonLat a, LonLat b) {
    double s12 = 0;
    const geod_geodesic g = wgs84();
    geod_inverse(&g, a.lat, a.lon, b.lat, b.lon, &s12, nullptr, nullptr);
    return s12;
}

Route::Route(const std::vector<LonLat>& waypoints, double max_step_m) {
    const geod_geodesic g = wgs84();
    points_.push_back(waypoints.front());
    cumulative_.push_back(0);
    waypoint_index_.push_back(0);
    for (std::size_t i = 1; i < waypoints.size(); ++i) {
        const LonLat a = waypoints[i - 1];
        const LonLat b = waypoints[i];
        geod_geodesicline line{};
        geod_inverseline(&line, &g, a.lat, a.lon, b.lat, b.lon, 0);
        const double length = line.s13;
        const int steps = std::max(1, static_cast<int>(std::ceil(length / max_step_m)));
        for (int k = 1; k <= steps; ++k) {
            LonLat p = b;
            if (k < steps) geod_position(&line, length * k / steps, &p.lat, &p.lon, nullptr);
            points_.push_back(p);
            cumulative_.push_back(cumulative_.back() + length / steps);
        }
        waypoint_index_.push_back(points_.size() - 1);
    }
}

std::vector<double> Route::waypoint_fractions() const {
    std::vector<double> out;
    out.reserve(waypoint_index_.size());
    for (const std::size_t i : waypoint_index_) {
        out.push_back(length() > 0 ? cumulative_[i] / length() : 0.0);
    }
    return out;
}

Route::Location Route::locate(double fraction) const {
    const double target = std::clamp(fraction, 0.0, 1.0) * length();
    const auto it = std::lower_bound(cumulative_.begin(), cumulative_.end(), target);
    if (it == cumulative_.begin()) return {0, 0};
    if (it == cumulative_.end()) return {points_.size() - 2, 1};
    const auto i = static_cast<std::size_t>(it - cumulative_.begin());
    const double span = cumulative_[i] - cumulative_[i - 1];
    return {i - 1, span > 0 ? (target - cumulative_[i - 1]) / span : 1.0};
}

LonLat Route::at(double fraction) const {
    const Location where = locate(fraction);
    return lerp(points_[where.segment], points_[where.segment + 1], where.t);
}

std::vector<LonLat> Route::prefix(double fraction) const {
    const double target = std::clamp(fraction, 0.0, 1.0) * length();
    std::vector<LonLat> out;
    for (std::size_t i = 0; i < points_.size() && cumulative_[i] < target; ++i) {
        out.push_back(points_[i]);
    }
    if (out.empty()) out.push_back(points_.front());
    out.push_back(at(fraction));
    return out;
}

}  // namespace gt
