#include "geo/land_share.hpp"

#include <algorithm>
#include <cmath>

#include "geo/basemap.hpp"
#include "geo/projection.hpp"
#include "geo/route.hpp"

namespace gt {

namespace {

/// Even-odd over every ring: a lake is a ring of its own inside its land.
bool inside(const std::vector<Feature>& land, XY p) {
    bool in = false;
    for (const Feature& f : land) {
        for (const Ring& ring : f.rings) {
            for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const XY& u = ring[i];
                const XY& v = ring[j];
                if ((u.y > p.y) != (v.y > p.y) &&
                    p.x < (v.x - u.x) * (p.y - u.y) / (v.y - u.y) + u.x) {
                    in = !in;
                }
            }
        }
    }
    return in;
}

}  // namespace

double land_share(const std::filesystem::path& basemap, LonLat a, LonLat b) {
    constexpr int samples = 60;
    const Route route({a, b}, 5000);
    std::vector<LonLat> points;
    for (int i = 0; i <= samples; ++i) {
        points.push_back(route.at(0.1 + 0.8 * static_cast<double>(i) / samples));
    }
    Extent box{180, 90, -180, -90};
    for (const LonLat& p : points) {
        box = {std::min(box.west, p.lon), std::min(box.south, p.lat), std::max(box.east, p.lon),
               std::max(box.north, p.lat)};
    }
    // A margin, so that no ring is cut right at a sample.
    box = {std::max(-180.0, box.west - 1), std::max(-90.0, box.south - 1),
           std::min(180.0, box.east + 1), std::min(90.0, box.north + 1)};
    const Projection lonlat("EPSG:4326");
    // In EPSG:4326 PROJ gives x = lon, y = lat only with the traditional GIS order it is made
    // with here; either way a point is tested in the same order its rings were projected.
    const std::vector<Feature> land = load_layer(basemap, "land_10m", lonlat, {box});
    int on_land = 0;
    for (const LonLat& p : points) {
        const auto xy = lonlat.forward(p);
        if (xy && inside(land, *xy)) ++on_land;
    }
    return static_cast<double>(on_land) / static_cast<double>(points.size());
}

}  // namespace gt
