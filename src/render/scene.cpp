#include "render/scene.hpp"

#include <algorithm>
#include <cmath>
#include <future>

#include "common/number_text.hpp"
#include "geo/graticule.hpp"
#include "geo/layer_cache.hpp"
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

void check_camera_extents(const Scenario& scenario, const Projection& projection) {
    // The map's own extent first: outside the projection's validity (web Mercator to 89.9°, a
    // hemisphere an orthographic projection does not see) it has no image to draw.
    if (const auto problem = camera_extent_problem(projection, scenario.map.extent)) {
        const Extent& e = scenario.map.extent;
        throw InputError(Diagnostic{
            Diagnostic::Severity::error, scenario.map.extent_pos,
            "the map extent [" + number_text(e.west) + ", " + number_text(e.south) + ", " +
                number_text(e.east) + ", " + number_text(e.north) +
                "] cannot be shown in the map's projection: " + *problem,
            "keep the extent within the projection's area of use, or choose a 'crs' that covers "
            "it"});
    }
    for (const CameraKeyframe& k : scenario.camera) {
        if (!k.read) continue;
        if (const auto problem = camera_extent_problem(projection, k.extent)) {
            const Extent& e = k.extent;
            throw InputError(Diagnostic{
                Diagnostic::Severity::error, k.extent_pos,
                "camera extent [" + number_text(e.west) + ", " + number_text(e.south) + ", " +
                    number_text(e.east) + ", " + number_text(e.north) +
                    "] cannot be shown in the map's projection: " + *problem,
                "keep camera extents near the map's extent, or give the map a 'crs' that "
                "covers them"});
        }
    }
}

const Basemap& Scene::basemap_for(double scale) const {
    static constexpr const char* kCoarseToFine[] = {"110m", "50m", "10m"};
    const auto rank = [](const std::string& detail) {
        return static_cast<int>(
            std::find(std::begin(kCoarseToFine), std::end(kCoarseToFine), detail) -
            std::begin(kCoarseToFine));
    };
    const int wanted = rank(detail_for_scale(1.0 / scale));
    const Basemap* best = &basemaps.front();
    for (const Basemap& b : basemaps) {
        if (std::abs(rank(b.detail) - wanted) < std::abs(rank(best->detail) - wanted)) best = &b;
    }
    return *best;
}

std::string Scene::basemap_details() const {
    std::string out;
    for (const Basemap& b : basemaps) out += (out.empty() ? "" : ",") + b.detail;
    return out;
}

namespace {

/// The lon/lat box around every view of the camera: the map's extent without a camera, and
/// also when a keyframe crosses the antimeridian (the boxes do not simply add up then).
Extent camera_bounds(const Scenario& scenario) {
    if (scenario.camera.empty()) return scenario.map.extent;
    Extent out{180, 90, -180, -90};
    for (const CameraKeyframe& k : scenario.camera) {
        if (k.extent.west > k.extent.east) return scenario.map.extent;
        out = {std::min(out.west, k.extent.west), std::min(out.south, k.extent.south),
               std::max(out.east, k.extent.east), std::max(out.north, k.extent.north)};
    }
    return out;
}

/// The locator map: the region around every camera view, four times as wide. The outline of
/// the current view is added per view.
Inset make_inset(const Scenario& scenario, const Layout& layout, const Style& style,
                 const std::filesystem::path& basemap, const LayerCache& cache) {
    Inset inset;
    const double size = layout.px(style.sizes.inset);
    inset.rect = {layout.width - layout.margin - size, layout.strip.y - layout.margin * 0.5 - size,
                  size, size};
    const Extent e = camera_bounds(scenario);
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
    inset.projection.emplace(default_crs(region));
    const Projection& projection = *inset.projection;
    const MapView view(projection, region, static_cast<int>(size), static_cast<int>(size),
                       {0, 0, size, size});
    const std::string detail = detail_for_scale(1.0 / view.scale()) == "10m" ? "50m" : "110m";
    for (const Feature& f : cache.layer(basemap, "land_" + detail, projection, view.visible_boxes(),
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
    inset.view = view;
    return inset;
}

/// The camera's keys: the scenario's keyframes fitted to the map area, or one key holding the
/// map's own view.
Camera make_camera(const Scenario& scenario, const Projection& projection, const MapView& home,
                   const Layout& layout) {
    std::vector<CameraKey> keys;
    for (const CameraKeyframe& k : scenario.camera) {
        const MapView view(projection, k.extent, layout.width, layout.height, layout.map_area);
        keys.push_back({k.at, view.pose()});
    }
    if (keys.empty()) keys.push_back({scenario.timeline.start, home.pose()});
    return Camera(std::move(keys));
}

/// Lon/lat boxes holding every view of the camera: those of its one view, or those of a view
/// whose canvas covers every key's canvas (views between keys stay inside them: the centre
/// moves linearly and the zoom geometrically, never wider than a linear blend of the two).
std::vector<Extent> camera_boxes(const Camera& camera, const Projection& projection,
                                 const MapView& home, const Layout& layout,
                                 const Extent& reference) {
    const auto& keys = camera.keys();
    const auto canvas_view = [&](const ViewPose& pose) {
        return MapView(projection, pose, layout.width, layout.height, layout.map_area, reference);
    };
    if (keys.size() == 1) {
        return keys.front().pose == home.pose() ? home.visible_boxes()
                                                : canvas_view(keys.front().pose).visible_boxes();
    }
    double min_x = 1e300, min_y = 1e300, max_x = -1e300, max_y = -1e300;
    for (const CameraKey& k : keys) {
        const MapView v = canvas_view(k.pose);
        for (const XY corner : {XY{0, 0}, XY{static_cast<double>(layout.width),
                                             static_cast<double>(layout.height)}}) {
            const XY m = v.to_map(corner);
            min_x = std::min(min_x, m.x);
            max_x = std::max(max_x, m.x);
            min_y = std::min(min_y, m.y);
            max_y = std::max(max_y, m.y);
        }
    }
    const ViewPose all{{(min_x + max_x) / 2, (min_y + max_y) / 2},
                       std::min(layout.width / (max_x - min_x), layout.height / (max_y - min_y))};
    const PixelRect canvas{0, 0, static_cast<double>(layout.width),
                           static_cast<double>(layout.height)};
    return MapView(projection, all, layout.width, layout.height, canvas, reference).visible_boxes();
}

/// Each Natural Earth detail that some view between the widest and the closest key needs,
/// coarsest first.
std::vector<std::string> details_needed(const Camera& camera) {
    double widest = 0, closest = 1e300;  // metres per pixel
    for (const CameraKey& k : camera.keys()) {
        widest = std::max(widest, 1.0 / k.pose.scale);
        closest = std::min(closest, 1.0 / k.pose.scale);
    }
    std::vector<std::string> out;
    for (const char* detail : {"110m", "50m", "10m"}) {
        const bool needed = detail_for_scale(widest) == detail ||
                            detail_for_scale(closest) == detail ||
                            (detail == std::string("50m") && detail_for_scale(widest) == "110m" &&
                             detail_for_scale(closest) == "10m");
        if (needed) out.push_back(detail);
    }
    return out;
}

}  // namespace

std::string unit_label(const Movement& m, const std::string& locale) {
    std::string text = m.label;
    if (m.count) {
        text +=
            "\n" + locale_number(*m.count, locale) + (m.unit_name.empty() ? "" : " " + m.unit_name);
    }
    return text;
}

namespace {

/// A margin wider than a third of the frame leaves the map no width: refused at the scenario's
/// own `sizes.margin` when it sets one, else at the style it names.
void check_room_for_map(const Scenario& scenario, const Layout& layout, bool themed) {
    if (layout.map_area.width >= 10) return;
    SourcePos pos = themed ? SourcePos{"--theme", 0, 0} : scenario.map.style_pos;
    for (const Setting& s : scenario.style_overrides) {
        if (s.path == "sizes.margin") pos = s.pos;
    }
    throw InputError(Diagnostic{
        Diagnostic::Severity::error, pos,
        "the style's margin (" + std::to_string(std::lround(layout.margin)) +
            " px) leaves no room for the map in a frame " + std::to_string(layout.width) +
            " pixels wide",
        "make sizes.margin smaller than a third of the frame's width, or the map wider"});
}

}  // namespace

Scene prepare_scene(const Scenario& scenario, const SceneOptions& options) {
    const bool themed = !options.theme.empty();
    Style style = load_style(options.style_dir, themed ? options.theme : scenario.map.style,
                             themed ? SourcePos{"--theme", 0, 0} : scenario.map.style_pos,
                             scenario.style_overrides);
    const auto& physical = options.physical;
    const int width = physical ? physical->width
                               : static_cast<int>(std::lround(scenario.map.width * options.scale));
    const int height = physical
                           ? physical->height
                           : static_cast<int>(std::lround(scenario.map.height * options.scale));
    if (physical) {
        // points -> canvas pixels -> style pixels
        raise_text_sizes(style.sizes, physical->min_text_pt * options.scale /
                                          layout_unit(width, height, options.scale));
    }
    if (options.transparent) style.colors.sea.a = 0;
    const int strip_rows =
        style.show.timeline_strip ? static_cast<int>(scenario.movements.size()) + 1 : 0;
    Layout layout = compute_layout(width, height, style, options.scale, strip_rows);
    check_room_for_map(scenario, layout, themed);
    const LayerCache cache(options.layer_cache);
    // The locator map is read on a thread of its own while the main map is. A map half the globe
    // wide needs none: it is its own context.
    std::future<Inset> inset;
    if (style.show.inset && scenario.map.extent.width_degrees() < 180) {
        inset = std::async(std::launch::async, [&] {
            return make_inset(scenario, layout, style, options.basemap, cache);
        });
    }
    Projection projection = make_projection(scenario);
    check_camera_extents(scenario, projection);
    MapView view(projection, scenario.map.extent, width, height, layout.map_area);
    Camera camera = make_camera(scenario, projection, view, layout);
    const std::vector<Extent> boxes =
        camera_boxes(camera, projection, view, layout, scenario.map.extent);
    std::vector<Basemap> basemaps;
    for (const std::string& detail : details_needed(camera)) {
        basemaps.push_back(
            load_basemap_detail(options.basemap, projection, boxes, detail, cache,
                                {scenario.map.modern_borders, scenario.map.worldview}));
    }
    Inset inset_made;
    if (inset.valid()) inset_made = inset.get();

    Scene scene{scenario,
                std::move(style),
                layout,
                std::move(projection),
                view,
                std::move(camera),
                std::move(basemaps),
                {},
                {},
                {},
                std::move(inset_made)};
    for (const Movement& m : scenario.movements) {
        Route route(m.route_points());
        std::vector<XY> points;
        for (const LonLat& p : route.points()) points.push_back({p.lon, p.lat});
        scene.projection.forward_in_place(points);
        std::vector<double> sample_fractions;
        if (!m.track_times.empty()) sample_fractions = route.waypoint_fractions();
        scene.routes.push_back({std::move(route), std::move(points), std::move(sample_fractions)});
        scene.unit_labels.push_back(unit_label(m, scenario.timeline.locale));
    }
    for (const Place& p : scenario.places) {
        const auto xy = scene.projection.forward(p.position);
        scene.places.push_back(xy.value_or(XY{NAN, NAN}));
    }
    for (const Event& e : scenario.events) {
        const auto xy = e.at ? scene.projection.forward(e.at->position) : std::nullopt;
        scene.events.push_back(xy.value_or(XY{NAN, NAN}));
    }
    return scene;
}

}  // namespace gt
