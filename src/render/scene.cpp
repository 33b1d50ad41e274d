#include "render/scene.hpp"

#include <algorithm>
#include <cmath>

#include "geo/graticule.hpp"
#include "timeline/schedule.hpp"

namespace gt {

double ProjectedRoute::progress(const Movement& m, Instant t) const {
    if (sample_fractions.empty()) return movement_progress(m, t);
    return timed_progress(m.track_times, sample_fractions, t);
}

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

namespace {

std::vector<ProjectedGraticule> project_graticule(const Projection& projection,
                                                  const MapView& view) {
    const auto& boxes = view.visible_boxes();
    double span = 0;
    for (const Extent& b : boxes) span = std::max({span, b.north - b.south, b.width_degrees()});
    std::vector<ProjectedGraticule> out;
    for (GraticuleLine& line : graticule(boxes, graticule_step(span))) {
        std::vector<XY> points;
        for (const LonLat& p : line.points) points.push_back({p.lon, p.lat});
        projection.forward_in_place(points);
        out.push_back({line.degrees, line.meridian, std::move(points)});
    }
    return out;
}

/// The locator map: the region around the extent, four times as wide, with the main map's
/// outline on it.
Inset make_inset(const Scenario& scenario, const Projection& main, const MapView& main_view,
                 const Layout& layout, const Style& style, const std::filesystem::path& basemap) {
    Inset inset;
    const double size = layout.px(style.sizes.inset);
    inset.rect = {layout.width - layout.margin - size, layout.strip.y - layout.margin * 0.5 - size,
                  size, size};
    const Extent& e = scenario.map.extent;
    const LonLat c = e.centre();
    // Four times the extent for a regional map; a map already spanning an ocean gets a margin of
    // 40 degrees instead, else its locator would show half the globe with the map lost in it.
    const double span = std::max(e.width_degrees(), e.north - e.south);
    const double half_w = std::min({180.0, span * 2.0, e.width_degrees() / 2 + 40});
    const double half_h = std::min({60.0, span * 1.6, (e.north - e.south) / 2 + 30});
    double west = c.lon - half_w, east = c.lon + half_w;
    if (west < -180) west += 360;
    if (east > 180) east -= 360;
    if (half_w >= 180) {
        west = -180;
        east = 180;
    }
    const Extent region{west, std::max(-85.0, c.lat - half_h), east,
                        std::min(85.0, c.lat + half_h)};
    const Projection projection(default_crs(region));
    const MapView view(projection, region, static_cast<int>(size), static_cast<int>(size),
                       {0, 0, size, size});
    const std::string detail = detail_for_scale(1.0 / view.scale()) == "10m" ? "50m" : "110m";
    for (const Feature& f : load_layer(basemap, "land_" + detail, projection, view.visible_boxes(),
                                       0.5 / view.scale())) {
        for (const Ring& ring : f.rings) {
            std::vector<XY> pixels;
            for (const XY& p : ring) {
                const XY q = view.to_pixel(p);
                pixels.push_back({q.x + inset.rect.x, q.y + inset.rect.y});
            }
            inset.land.push_back(std::move(pixels));
        }
    }
    // The main map's visible outline: walk the map area's border back to lon/lat.
    const PixelRect& a = layout.map_area;
    const int n = 24;
    std::vector<XY> border;
    for (int i = 0; i < n; ++i) border.push_back({a.x + a.width * i / n, a.y});
    for (int i = 0; i < n; ++i) border.push_back({a.x + a.width, a.y + a.height * i / n});
    for (int i = n; i > 0; --i) border.push_back({a.x + a.width * i / n, a.y + a.height});
    for (int i = n; i > 0; --i) border.push_back({a.x, a.y + a.height * i / n});
    for (const XY& px : border) {
        const auto ll = main.inverse(main_view.to_map(px));
        const auto xy = ll ? projection.forward(*ll) : std::nullopt;
        if (!xy) continue;
        const XY q = view.to_pixel(*xy);
        inset.frame.push_back({q.x + inset.rect.x, q.y + inset.rect.y});
    }
    return inset;
}

}  // namespace

Scene prepare_scene(const Scenario& scenario, const SceneOptions& options) {
    const bool themed = !options.theme.empty();
    Style style = load_style(options.style_dir, themed ? options.theme : scenario.map.style,
                             themed ? SourcePos{"--theme", 0, 0} : scenario.map.style_pos,
                             scenario.style_overrides);
    const int width = static_cast<int>(std::lround(scenario.map.width * options.scale));
    const int height = static_cast<int>(std::lround(scenario.map.height * options.scale));
    const int strip_rows =
        style.show.timeline_strip ? static_cast<int>(scenario.movements.size()) + 1 : 0;
    Layout layout = compute_layout(width, height, style, options.scale, strip_rows);
    const Projection projection = make_projection(scenario);
    MapView view(projection, scenario.map.extent, width, height, layout.map_area);
    Basemap basemap = load_basemap(options.basemap, projection, view);

    Scene scene{
        scenario, std::move(style), layout, projection.crs(), view, std::move(basemap), {}, {}, {},
        {}};
    for (const Movement& m : scenario.movements) {
        Route route(m.route_points());
        std::vector<XY> points;
        for (const LonLat& p : route.points()) points.push_back({p.lon, p.lat});
        projection.forward_in_place(points);
        std::vector<double> sample_fractions;
        if (!m.track_times.empty()) sample_fractions = route.waypoint_fractions();
        scene.routes.push_back({std::move(route), std::move(points), std::move(sample_fractions)});
    }
    for (const Place& p : scenario.places) {
        const auto xy = projection.forward(p.position);
        scene.places.push_back(xy.value_or(XY{NAN, NAN}));
    }
    for (const Event& e : scenario.events) {
        const auto xy = e.at ? projection.forward(e.at->position) : std::nullopt;
        scene.events.push_back(xy.value_or(XY{NAN, NAN}));
    }
    const XY centre{layout.map_area.x + layout.map_area.width / 2,
                    layout.map_area.y + layout.map_area.height / 2};
    scene.furniture.metres_per_pixel = metres_per_pixel_at(projection, scene.view, centre);
    scene.furniture.north_angle = north_angle_at(projection, scene.view, centre);
    if (scene.style.show.graticule)
        scene.furniture.graticule = project_graticule(projection, scene.view);
    // A map half the globe wide needs no locator: it is its own context.
    if (scene.style.show.inset && scenario.map.extent.width_degrees() < 180) {
        scene.furniture.inset = make_inset(scenario, projection, scene.view, scene.layout,
                                           scene.style, options.basemap);
    }
    return scene;
}

}  // namespace gt
