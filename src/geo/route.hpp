#pragma once
// Routes between waypoints along geodesics (great circles on the WGS84 ellipsoid, computed with
// PROJ's geodesic API), densified so they stay true curves after any projection.
#include <vector>

#include "scenario/model.hpp"

namespace gt {

/// Geodesic distance in metres.
[[nodiscard]] double geodesic_distance(LonLat a, LonLat b);

class Route {
  public:
    /// @pre waypoints.size() >= 2
    /// @param max_step_m densify so consecutive points are at most this far apart.
    explicit Route(const std::vector<LonLat>& waypoints, double max_step_m = 10000);

    [[nodiscard]] const std::vector<LonLat>& points() const { return points_; }
    [[nodiscard]] double length() const { return cumulative_.back(); }
    /// Share of the length (0..1) at each waypoint the route was made from, in order (all 0
    /// for a route of no length).
    [[nodiscard]] std::vector<double> waypoint_fractions() const;
    /// Where `fraction` (0..1) of the length falls: between points[segment] and
    /// points[segment + 1], at share `t` of that segment.
    struct Location {
        std::size_t segment = 0;
        double t = 0;
    };
    [[nodiscard]] Location locate(double fraction) const;
    /// The point at `fraction` (0..1) of the route's length.
    [[nodiscard]] LonLat at(double fraction) const;
    /// The route from its start up to `fraction`, ending exactly at at(fraction).
    [[nodiscard]] std::vector<LonLat> prefix(double fraction) const;

  private:
    std::vector<LonLat> points_;
    std::vector<double> cumulative_;           ///< metres from the start to each point
    std::vector<std::size_t> waypoint_index_;  ///< index in points_ of each waypoint
};

}  // namespace gt
