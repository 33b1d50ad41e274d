#include "render/scene.hpp"

#include <cmath>

namespace gt {

XY ProjectedRoute::at(double fraction) const {
    const Route::Location where = route.locate(fraction);
    const XY& a = points[where.segment];
    const XY& b = points[where.segment + 1];
    return {a.x + (b.x - a.x) * where.t, a.y + (b.y - a.y) * where.t};
}

std::vector<XY> ProjectedRoute::prefix(double fraction) const {
    const Route::Location where = route.locate(fraction);
    std::vector<XY> out(points.begin(),
                        points.begin() + static_cast<std::ptrdiff_t>(where.segment) + 1);
    out.push_back(at(fraction));
    return out;
}

Projection make_projection(const Scenario& scenario) {
    const std::string crs =
        scenario.map.crs.empty() ? default_crs(scenario.map.extent) : scenario.map.crs;
    try {
        return Projection(crs);
    } catch (const CrsError& e) {
        throw InputError(Diagnostic{Diagnostic::Severity::error, scenario.map.crs_pos, e.what(),
                                    "use an EPSG code (EPSG:3857), a PROJ string "
                                    "(+proj=lcc ...) or WKT, or leave 'crs' out"});
    }
}

Scene prepare_scene(const Scenario& scenario, const SceneOptions& options) {
    Style style = load_style(options.style_dir, scenario.map.style, scenario.map.style_pos,
                             scenario.style_overrides);
    const int width = static_cast<int>(std::lround(scenario.map.width * options.scale));
    const int height = static_cast<int>(std::lround(scenario.map.height * options.scale));
    Layout layout = compute_layout(width, height, style, options.scale);
    const Projection projection = make_projection(scenario);
    MapView view(projection, scenario.map.extent, width, height, layout.map_area);
    Basemap basemap = load_basemap(options.basemap, projection, view);

    Scene scene{scenario, std::move(style), layout, projection.crs(), view, std::move(basemap),
                {}, {}, {}};
    for (const Movement& m : scenario.movements) {
        std::vector<LonLat> waypoints;
        for (const Waypoint& w : m.path) waypoints.push_back(w.position);
        Route route(waypoints);
        std::vector<XY> points;
        for (const LonLat& p : route.points()) points.push_back({p.lon, p.lat});
        projection.forward_in_place(points);
        scene.routes.push_back({std::move(route), std::move(points)});
    }
    for (const Place& p : scenario.places) {
        const auto xy = projection.forward(p.position);
        scene.places.push_back(xy.value_or(XY{NAN, NAN}));
    }
    for (const Event& e : scenario.events) {
        const auto xy = e.at ? projection.forward(e.at->position) : std::nullopt;
        scene.events.push_back(xy.value_or(XY{NAN, NAN}));
    }
    return scene;
}

}  // namespace gt
