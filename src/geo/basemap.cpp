#include "geo/basemap.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <future>
#include <memory>

#include "gdal/gdal_reader.hpp"
#include "geo/layer_cache.hpp"
#include "geo/simplify.hpp"

namespace gt {

namespace {

/// One edge of the clip box: which side of it is kept, and where a segment crosses it.
struct ClipEdge {
    std::function<bool(const LonLat&)> inside;
    std::function<LonLat(const LonLat&, const LonLat&)> cross;
};

}  // namespace

std::string detail_for_scale(double metres_per_pixel) {
    if (metres_per_pixel < 3000) return "10m";
    if (metres_per_pixel < 12000) return "50m";
    return "110m";
}

std::vector<LonLat> clip_ring(const std::vector<LonLat>& ring, const Extent& box) {
    auto at_lon = [](double lon) {
        return [lon](const LonLat& a, const LonLat& b) {
            const double t = (lon - a.lon) / (b.lon - a.lon);
            return LonLat{lon, a.lat + (b.lat - a.lat) * t};
        };
    };
    auto at_lat = [](double lat) {
        return [lat](const LonLat& a, const LonLat& b) {
            const double t = (lat - a.lat) / (b.lat - a.lat);
            return LonLat{a.lon + (b.lon - a.lon) * t, lat};
        };
    };
    const ClipEdge edges[] = {
        {[&](const LonLat& p) { return p.lon >= box.west; }, at_lon(box.west)},
        {[&](const LonLat& p) { return p.lon <= box.east; }, at_lon(box.east)},
        {[&](const LonLat& p) { return p.lat >= box.south; }, at_lat(box.south)},
        {[&](const LonLat& p) { return p.lat <= box.north; }, at_lat(box.north)},
    };
    std::vector<LonLat> current = ring;
    for (const ClipEdge& edge : edges) {
        if (current.empty()) break;
        std::vector<LonLat> next;
        next.reserve(current.size());
        for (std::size_t i = 0; i < current.size(); ++i) {
            const LonLat& a = current[i];
            const LonLat& b = current[(i + 1) % current.size()];
            const bool a_in = edge.inside(a);
            const bool b_in = edge.inside(b);
            if (a_in) next.push_back(a);
            if (a_in != b_in) next.push_back(edge.cross(a, b));
        }
        current = std::move(next);
    }
    return current;
}

std::vector<LonLat> unwrap_longitudes(const std::vector<LonLat>& ring) {
    std::vector<LonLat> out = ring;
    double shift = 0;
    for (std::size_t i = 1; i < out.size(); ++i) {
        const double step = ring[i].lon - ring[i - 1].lon;
        if (step > 180) shift -= 360;
        if (step < -180) shift += 360;
        out[i].lon = ring[i].lon + shift;
    }
    // Still a jump between the last point and the first: the ring goes round a pole, and only
    // its cut form can be filled.
    if (!out.empty() && std::abs(out.back().lon - out.front().lon) > 180) return ring;
    return out;
}

std::vector<LonLat> densify(const std::vector<LonLat>& line, double max_step, bool closed) {
    std::vector<LonLat> out;
    out.reserve(line.size());
    const std::size_t segments = closed ? line.size() : line.size() - (line.empty() ? 0 : 1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        out.push_back(line[i]);
        if (i >= segments) continue;
        const LonLat& a = line[i];
        const LonLat& b = line[(i + 1) % line.size()];
        const double span = std::max(std::abs(b.lon - a.lon), std::abs(b.lat - a.lat));
        const int steps = static_cast<int>(std::ceil(span / max_step));
        for (int k = 1; k < steps; ++k) {
            const double t = static_cast<double>(k) / steps;
            out.push_back({a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t});
        }
    }
    return out;
}

namespace {

/// An edge made by cutting, not by the coast: along the clip box, or along the antimeridian.
bool is_cut_edge(const LonLat& a, const LonLat& b, const Extent& box) {
    auto both = [&](auto on) { return on(a) && on(b); };
    return both([&](const LonLat& p) { return p.lon == box.west; }) ||
           both([&](const LonLat& p) { return p.lon == box.east; }) ||
           both([&](const LonLat& p) { return p.lat == box.south; }) ||
           both([&](const LonLat& p) { return p.lat == box.north; }) ||
           both([](const LonLat& p) { return std::abs(std::remainder(p.lon, 360.0)) == 180; });
}

}  // namespace

std::vector<std::vector<LonLat>> outline_runs(const std::vector<LonLat>& ring, const Extent& box) {
    const std::size_t n = ring.size();
    auto cut = [&](std::size_t i) { return is_cut_edge(ring[i % n], ring[(i + 1) % n], box); };
    std::size_t first_cut = n;
    for (std::size_t i = 0; i < n && first_cut == n; ++i) {
        if (cut(i)) first_cut = i;
    }
    if (first_cut == n) {  // nothing was cut: the ring is one closed line
        std::vector<LonLat> closed = ring;
        if (n > 0) closed.push_back(ring.front());
        return {closed};
    }
    std::vector<std::vector<LonLat>> runs;
    std::vector<LonLat> run;
    // Start just after a cut edge, so no run is split where the ring wraps around.
    for (std::size_t k = 1; k <= n; ++k) {
        const std::size_t i = first_cut + k;
        if (run.empty()) run.push_back(ring[i % n]);
        if (cut(i)) {
            if (run.size() >= 2) runs.push_back(std::move(run));
            run.clear();
        } else {
            run.push_back(ring[(i + 1) % n]);
        }
    }
    if (run.size() >= 2) runs.push_back(std::move(run));
    return runs;
}

std::vector<Feature> load_layer(const std::filesystem::path& gpkg, const std::string& layer,
                                const Projection& projection, const std::vector<Extent>& boxes,
                                double tolerance) {
    return gdal_reader().basemap_layer(gpkg, layer, projection, boxes, tolerance);
}

std::vector<std::string> basemap_country_names(const std::filesystem::path& gpkg) {
    return gdal_reader().basemap_country_names(gpkg);
}

Basemap load_basemap(const std::filesystem::path& gpkg, const Projection& projection,
                     const MapView& view) {
    Basemap basemap;
    basemap.detail = detail_for_scale(1.0 / view.scale());
    const double tolerance = simplify_tolerance_px / view.scale();
    basemap.land =
        load_layer(gpkg, "land_" + basemap.detail, projection, view.visible_boxes(), tolerance);
    basemap.countries = load_layer(gpkg, "countries_" + basemap.detail, projection,
                                   view.visible_boxes(), tolerance);
    basemap.lakes =
        load_layer(gpkg, "lakes_" + basemap.detail, projection, view.visible_boxes(), tolerance);
    basemap.rivers =
        load_layer(gpkg, "rivers_" + basemap.detail, projection, view.visible_boxes(), tolerance);
    return basemap;
}

const std::vector<std::string>& worldviews() {
    static const std::vector<std::string> views{"un", "ukraine", "russia"};
    return views;
}

Basemap load_basemap_detail(const std::filesystem::path& gpkg, const Projection& projection,
                            const std::vector<Extent>& boxes, const std::string& detail,
                            const LayerCache& cache, const BorderView& borders) {
    // The layers are read at once, each through its own dataset and projection: neither a GDAL
    // dataset nor a PROJ object may be used by two threads. The lakes and the disputed areas are
    // small: read with the countries, on the same thread.
    const std::string view = borders.worldview + "_" + detail;
    auto countries = std::async(std::launch::async, [&, own = projection.clone()] {
        Basemap b;
        b.lakes = cache.layer(gpkg, "lakes_" + detail, own, boxes);
        if (!borders.drawn) return b;
        b.countries = cache.layer(gpkg, "countries_" + view, own, boxes);
        b.disputed = cache.layer(gpkg, "disputed_" + view, own, boxes);
        return b;
    });
    Basemap basemap;
    basemap.detail = detail;
    basemap.land = cache.layer(gpkg, "land_" + detail, projection, boxes);
    basemap.rivers = cache.layer(gpkg, "rivers_" + detail, projection, boxes);
    Basemap political = countries.get();
    basemap.countries = std::move(political.countries);
    basemap.disputed = std::move(political.disputed);
    basemap.lakes = std::move(political.lakes);
    return basemap;
}

namespace {

std::vector<Feature> simplified_features(const std::vector<Feature>& features, double tolerance) {
    std::vector<Feature> out;
    out.reserve(features.size());
    for (const Feature& f : features) {
        Feature g;
        g.name = f.name;
        g.code = f.code;
        for (const Ring& ring : f.rings) {
            Ring r = simplify_line(ring, tolerance);
            if (r.size() >= 3) g.rings.push_back(std::move(r));
        }
        for (const auto& outline : f.outlines) {
            std::vector<XY> line = simplify_line(outline, tolerance);
            if (line.size() >= 2) g.outlines.push_back(std::move(line));
        }
        // LayerReader keeps a feature only when a ring survives (a line layer's, a line); so
        // does this.
        const bool lines_only = f.rings.empty();
        if (!g.rings.empty() || (lines_only && !g.outlines.empty())) out.push_back(std::move(g));
    }
    return out;
}

}  // namespace

Basemap simplified_basemap(const Basemap& raw, double tolerance) {
    return {raw.detail,
            simplified_features(raw.land, tolerance),
            simplified_features(raw.countries, tolerance),
            simplified_features(raw.lakes, tolerance),
            simplified_features(raw.rivers, tolerance),
            simplified_features(raw.disputed, tolerance)};
}

}  // namespace gt
