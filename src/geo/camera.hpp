#pragma once
// The camera over time: keyframed views of the projected map plane, held before the first
// keyframe and after the last, eased between two (centre linearly, zoom geometrically, so a
// zoom by a factor of four takes as long for its first half as for its second).
#include <optional>
#include <string>
#include <vector>

#include "geo/map_view.hpp"
#include "timeline/time.hpp"

namespace gt {

/// The view the camera holds at one instant.
struct CameraKey {
    Instant at;
    ViewPose pose;
};

class Camera {
  public:
    /// @pre `keys` is not empty, its instants strictly increase and every pose.scale > 0.
    /// @throws std::invalid_argument when a precondition does not hold.
    explicit Camera(std::vector<CameraKey> keys);

    /// The view at `t`: the first key's before it, the last key's after it, and between two keys
    /// their blend at the eased share of the time elapsed (src/timeline ease_in_out).
    [[nodiscard]] ViewPose pose_at(Instant t) const;
    [[nodiscard]] const std::vector<CameraKey>& keys() const { return keys_; }

  private:
    std::vector<CameraKey> keys_;
};

/// `a` blended towards `b` by `u` (0..1): centre linearly, scale log-linearly. Exactly `a` at
/// u = 0, and exactly `a` for every u when a == b (so a hold never changes the view).
/// @pre a.scale > 0 and b.scale > 0
[[nodiscard]] ViewPose blend_poses(const ViewPose& a, const ViewPose& b, double u);

/// Why a lon/lat box cannot be a camera view in `projection` (part of it has no image, or it
/// leaves the CRS's declared area of use), or nullopt when it can.
[[nodiscard]] std::optional<std::string> camera_extent_problem(const Projection& projection,
                                                               const Extent& extent);

}  // namespace gt
