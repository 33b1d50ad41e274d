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

    /// Projected point at `fraction` of the route's length.
    [[nodiscard]] XY at(double fraction) const;
    /// Projected route from its start to `fraction`.
    [[nodiscard]] std::vector<XY> prefix(double fraction) const;
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
};

struct SceneOptions {
    std::filesystem::path style_dir;
    std::filesystem::path basemap;  ///< the GeoPackage
    double scale = 1;
};

/// @throws InputError for a bad CRS or style (at its line), RuntimeError for unreadable data.
[[nodiscard]] Scene prepare_scene(const Scenario& scenario, const SceneOptions& options);

/// Projection for a scenario: its `crs` or the default for its extent.
/// @throws InputError carrying PROJ's message at the `crs` line.
[[nodiscard]] Projection make_projection(const Scenario& scenario);

}  // namespace gt
