#pragma once
// Everything a frame needs that does not change from frame to frame, prepared once: the style,
// the layout, the camera, the projected basemap and the projected routes. Frames only read it.
#include <filesystem>
#include <vector>

#include "geo/basemap.hpp"
#include "geo/route.hpp"
#include "render/layout.hpp"
#include "render/style.hpp"

namespace gt {

/// A movement's geodesic route, projected once into map CRS units.
struct ProjectedRoute {
    Route route;
    std::vector<XY> points;  ///< route.points() projected (NaN where no image)
    /// Share of the length at each timestamped track point; empty when the movement has no
    /// times (it then moves with ease-in-out between its start and end).
    std::vector<double> sample_fractions;

    /// How far along its route `m` is at `t` (0..1): by its track's times when it has them.
    /// @pre `m` is the movement this route was made for
    [[nodiscard]] double progress(const Movement& m, Instant t) const;

    /// Projected point at `fraction` of the route's length.
    [[nodiscard]] XY at(double fraction) const;
    /// Projected route from its start to `fraction`.
    [[nodiscard]] std::vector<XY> prefix(double fraction) const;
};

/// A graticule line projected into map CRS units.
struct ProjectedGraticule {
    double degrees = 0;
    bool meridian = false;
    std::vector<XY> points;
};

/// The small locator map: where the main map lies in a wider region.
struct Inset {
    PixelRect rect;                     ///< on the canvas
    std::vector<std::vector<XY>> land;  ///< land polygons, canvas pixels
    std::vector<XY> frame;              ///< the main map's outline, canvas pixels
};

/// Geometry of the map furniture, measured once with PROJ so frames need no projection.
struct FurnitureGeometry {
    double metres_per_pixel = 0;  ///< ground distance per pixel at the map centre
    double north_angle = 0;       ///< radians from "up" to true north at the map centre
    std::vector<ProjectedGraticule> graticule;
    Inset inset;
};

struct Scene {
    const Scenario& scenario;
    Style style;
    Layout layout;
    std::string crs;
    MapView view;
    Basemap basemap;
    std::vector<ProjectedRoute> routes;  ///< parallel to scenario.movements
    std::vector<XY> places;              ///< projected, parallel to scenario.places
    std::vector<XY> events;              ///< projected, parallel to scenario.events (NaN: no place)
    FurnitureGeometry furniture;
};

struct SceneOptions {
    std::filesystem::path style_dir;
    std::filesystem::path basemap;  ///< the GeoPackage
    double scale = 1;
    std::string theme;  ///< replaces the scenario's style when set (--theme)
};

/// @throws InputError for a bad CRS or style (at its line), RuntimeError for unreadable data.
[[nodiscard]] Scene prepare_scene(const Scenario& scenario, const SceneOptions& options);

/// Projection for a scenario: its `crs` or the default for its extent.
/// @throws InputError carrying PROJ's message at the `crs` line.
[[nodiscard]] Projection make_projection(const Scenario& scenario);

}  // namespace gt
