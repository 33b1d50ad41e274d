#include "geo/camera.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "common/number_text.hpp"
#include "timeline/schedule.hpp"

namespace gt {

Camera::Camera(std::vector<CameraKey> keys) : keys_(std::move(keys)) {
    if (keys_.empty()) throw std::invalid_argument("a camera needs at least one key");
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        if (!(keys_[i].pose.scale > 0)) throw std::invalid_argument("camera key without a scale");
        if (i > 0 && !(keys_[i - 1].at < keys_[i].at)) {
            throw std::invalid_argument("camera keys out of date order");
        }
    }
}

ViewPose blend_poses(const ViewPose& a, const ViewPose& b, double u) {
    if (a == b) return a;
    return {
        {a.centre.x + (b.centre.x - a.centre.x) * u, a.centre.y + (b.centre.y - a.centre.y) * u},
        a.scale * std::pow(b.scale / a.scale, u)};
}

ViewPose Camera::pose_at(Instant t) const {
    const auto next = std::upper_bound(keys_.begin(), keys_.end(), t,
                                       [](Instant x, const CameraKey& k) { return x < k.at; });
    if (next == keys_.begin()) return keys_.front().pose;
    if (next == keys_.end()) return keys_.back().pose;
    const CameraKey& from = *(next - 1);
    if (t == from.at) return from.pose;
    return blend_poses(from.pose, next->pose, ease_in_out(linear_progress(from.at, next->at, t)));
}

std::optional<std::string> camera_extent_problem(const Projection& projection,
                                                 const Extent& extent) {
    for (const LonLat& p : sample_border(extent, 16)) {
        const auto xy = projection.forward(p);
        const auto back = xy ? projection.inverse(*xy) : std::nullopt;
        const double dlon = back ? std::remainder(back->lon - p.lon, 360.0) : 0;
        if (!back || std::abs(dlon) > 1e-6 || std::abs(back->lat - p.lat) > 1e-6) {
            return "the point " + number_text(p.lon) + ", " + number_text(p.lat) +
                   " has no image in the map's projection";
        }
    }
    if (const auto area = projection.area_of_use()) {
        const double slack = 1e-6;
        const bool lon_ok =
            (area->west <= -180 + slack && area->east >= 180 - slack) ||
            (extent.west <= extent.east && area->west <= area->east &&
             extent.west >= area->west - slack && extent.east <= area->east + slack);
        if (!lon_ok || extent.south < area->south - slack || extent.north > area->north + slack) {
            return "it leaves the projection's area of use [" + number_text(area->west) + ", " +
                   number_text(area->south) + ", " + number_text(area->east) + ", " +
                   number_text(area->north) + "]";
        }
    }
    return std::nullopt;
}

}  // namespace gt
