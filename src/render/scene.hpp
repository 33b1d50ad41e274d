#pragma once
// Everything a frame needs that does not change from frame to frame, prepared once: the style,
// the layout, the camera, the projected basemap and the projected routes. Frames only read it;
// what depends on the camera's view is made per view by a ViewFramer (render/view_frame.hpp).
#include <filesystem>
#include <optional>
#include <vector>

#include "geo/basemap.hpp"
#include "geo/camera.hpp"
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

/// The small locator map: where the main map lies in a wider region (the region around every
/// view of the camera). The outline of the current view is drawn on it per view.
struct Inset {
    PixelRect rect;                        ///< on the canvas; zero width: no inset
    std::vector<std::vector<XY>> land;     ///< land polygons, canvas pixels
    std::optional<Projection> projection;  ///< the inset's own; threads only clone() it
    std::optional<MapView> view;           ///< inset CRS units to inset pixels (from rect's corner)
};

/// Geometry of the map furniture in one view, measured with PROJ when the view is made so
/// drawing needs no projection.
struct FurnitureGeometry {
    double metres_per_pixel = 0;  ///< ground distance per pixel at the map centre
    double north_angle = 0;       ///< radians from "up" to true north at the map centre
    std::vector<ProjectedGraticule> graticule;
    std::vector<XY> inset_frame;  ///< the view's outline on the inset, canvas pixels
};

struct Scene {
    const Scenario& scenario;
    Style style;
    Layout layout;
    /// The map's. Worker threads only clone() it (a PROJ object is not thread-safe, even to
    /// project with): their ViewFramer holds the clone they project with.
    Projection projection;
    MapView view;   ///< the map's extent fitted to the map area: the view without a camera
    Camera camera;  ///< the scenario's keyframes, or one key holding `view`
    /// Unsimplified, one per Natural Earth detail some view of the camera needs, each covering
    /// every view; coarsest first.
    std::vector<Basemap> basemaps;
    std::vector<ProjectedRoute> routes;  ///< parallel to scenario.movements
    std::vector<XY> places;              ///< projected, parallel to scenario.places
    std::vector<XY> events;              ///< projected, parallel to scenario.events (NaN: no place)
    Inset inset;
    /// Parallel to scenario.movements: each unit's label with its count as the locale writes
    /// numbers ("Convoy\n1.200 Soldaten" in de).
    std::vector<std::string> unit_labels = {};

    /// The loaded basemap whose detail suits `scale` pixels per map unit (detail_for_scale).
    [[nodiscard]] const Basemap& basemap_for(double scale) const;
    /// The details loaded, finest last: "10m", or "50m,10m" for a camera zooming in.
    [[nodiscard]] std::string basemap_details() const;
};

struct SceneOptions {
    std::filesystem::path style_dir;
    std::filesystem::path basemap;  ///< the GeoPackage
    double scale = 1;
    std::string theme;                  ///< replaces the scenario's style when set (--theme)
    std::filesystem::path layer_cache;  ///< projected basemap layers kept between runs; empty: none
    /// A still at a physical size (geotimeline still): a canvas of its own pixels instead of
    /// the map's size times `scale`, where `scale` is the pixels per point (dpi / 72), so the
    /// layout is made for the page, and no text smaller than `min_text_pt` points.
    struct Physical {
        int width = 0;  ///< pixels
        int height = 0;
        double min_text_pt = 6;
    };
    std::optional<Physical> physical = std::nullopt;
    bool transparent = false;  ///< the sea, and the canvas around the map, left transparent
};

/// A unit's label: its movement's label, and under it the count and unit ("1,200 troops") with
/// the digits grouped as `locale` writes them.
[[nodiscard]] std::string unit_label(const Movement& m, const std::string& locale);

/// @throws InputError for a bad CRS or style (at its line), RuntimeError for unreadable data.
[[nodiscard]] Scene prepare_scene(const Scenario& scenario, const SceneOptions& options);

/// Projection for a scenario: its `crs` or the default for its extent.
/// @throws InputError carrying PROJ's message at the `crs` line.
[[nodiscard]] Projection make_projection(const Scenario& scenario);

/// Checks that the map extent and every camera extent can be shown in the map's projection.
/// @throws InputError at the map extent, or the first keyframe extent, that cannot.
void check_camera_extents(const Scenario& scenario, const Projection& projection);

}  // namespace gt
