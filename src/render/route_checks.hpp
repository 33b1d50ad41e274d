#pragma once
// Routes checked against the geography and the canvas: a sea route over land, a land or rail
// route over open sea, a route off the map or under the furniture panels. Each is a warning at
// the movement's line, with a hint naming where a waypoint would fix it.
#include <vector>

#include "common/error.hpp"
#include "render/scene.hpp"

namespace gt {

/// A `mode: sea` route may cross this much land (a cape, a spit, a harbour's breakwater) before
/// it is warned about; a land or rail route this much sea (a river mouth, a bridge) is allowed
/// more, `land_over_sea_km`.
inline constexpr double sea_over_land_km = 5;
inline constexpr double land_over_sea_km = 30;

/// Warnings for every movement of `scene` whose route crosses the wrong surface on the finest
/// basemap loaded, leaves the canvas or runs under the fixed furniture in the camera's view at
/// its start, middle or end.
[[nodiscard]] std::vector<Diagnostic> route_warnings(const Scene& scene);

}  // namespace gt
