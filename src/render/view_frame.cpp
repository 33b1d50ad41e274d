#include "render/view_frame.hpp"

#include <algorithm>

#include "geo/graticule.hpp"

namespace gt {

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

/// The main view's outline on the inset: the map area's border walked back to lon/lat.
std::vector<XY> inset_frame(const Inset& inset, const Projection& inset_projection,
                            const Projection& main, const MapView& main_view, const PixelRect& a) {
    const int n = 24;
    std::vector<XY> border;
    for (int i = 0; i < n; ++i) border.push_back({a.x + a.width * i / n, a.y});
    for (int i = 0; i < n; ++i) border.push_back({a.x + a.width, a.y + a.height * i / n});
    for (int i = n; i > 0; --i) border.push_back({a.x + a.width * i / n, a.y + a.height});
    for (int i = n; i > 0; --i) border.push_back({a.x, a.y + a.height * i / n});
    std::vector<XY> frame;
    for (const XY& px : border) {
        const auto ll = main.inverse(main_view.to_map(px));
        const auto xy = ll ? inset_projection.forward(*ll) : std::nullopt;
        if (!xy) continue;
        const XY q = inset.view->to_pixel(*xy);
        frame.push_back({q.x + inset.rect.x, q.y + inset.rect.y});
    }
    return frame;
}

}  // namespace

ViewFramer::ViewFramer(const Scene& scene) : scene_(scene), projection_(scene.projection.clone()) {
    if (scene.inset.view && scene.inset.projection) {
        inset_projection_.emplace(scene.inset.projection->clone());
    }
}

ViewFrame ViewFramer::frame(const ViewPose& pose) const {
    const Layout& layout = scene_.layout;
    // The map's own view keeps its exact visible boxes (and so its graticule).
    MapView view = pose == scene_.view.pose()
                       ? scene_.view
                       : MapView(projection_, pose, layout.width, layout.height, layout.map_area,
                                 scene_.scenario.map.extent);
    Basemap basemap =
        simplified_basemap(scene_.basemap_for(view.scale()), simplify_tolerance_px / view.scale());
    FurnitureGeometry furniture;
    const PixelRect& a = layout.map_area;
    const XY centre{a.x + a.width / 2, a.y + a.height / 2};
    furniture.metres_per_pixel = metres_per_pixel_at(projection_, view, centre);
    furniture.north_angle = north_angle_at(projection_, view, centre);
    if (scene_.style.show.graticule) furniture.graticule = project_graticule(projection_, view);
    if (inset_projection_) {
        furniture.inset_frame = inset_frame(scene_.inset, *inset_projection_, projection_, view, a);
    }
    return {std::move(view), std::move(basemap), std::move(furniture)};
}

}  // namespace gt
