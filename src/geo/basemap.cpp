#include "geo/basemap.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <functional>
#include <memory>

#include "geo/simplify.hpp"

namespace gt {

namespace {

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

std::vector<LonLat> ring_points(const OGRLinearRing& ring) {
    std::vector<LonLat> out(static_cast<std::size_t>(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i) {
        out[static_cast<std::size_t>(i)] = {ring.getX(i), ring.getY(i)};
    }
    return out;
}

bool inside_box(const OGREnvelope& e, const Extent& box) {
    return e.MinX >= box.west && e.MaxX <= box.east && e.MinY >= box.south && e.MaxY <= box.north;
}

void for_each_ring(const OGRGeometry& g, const std::function<void(const OGRLinearRing&)>& f) {
    const auto type = wkbFlatten(g.getGeometryType());
    if (type == wkbPolygon) {
        for (const auto* ring : *g.toPolygon()) f(*ring);
    } else if (type == wkbMultiPolygon) {
        for (const auto* polygon : *g.toMultiPolygon()) for_each_ring(*polygon, f);
    } else if (type == wkbGeometryCollection) {
        for (const auto* part : *g.toGeometryCollection()) for_each_ring(*part, f);
    }
}

class LayerReader {
public:
    /// @param tolerance simplification tolerance in map units (0: none)
    LayerReader(const Projection& projection, const std::vector<Extent>& boxes, double tolerance)
        : projection_(projection), boxes_(boxes), tolerance_(tolerance) {}

    std::vector<Feature> read(GDALDataset& dataset, const std::string& name,
                              const std::filesystem::path& path) {
        OGRLayer* layer = dataset.GetLayerByName(name.c_str());
        if (layer == nullptr) {
            throw RuntimeError(path.string() + ": layer '" + name +
                               "' is missing; rebuild the basemap (cmake --build build)");
        }
        std::vector<Feature> features;
        const int name_field = layer->GetLayerDefn()->GetFieldIndex("name");
        for (const Extent& box : boxes_) {
            layer->SetSpatialFilterRect(box.west, box.south, box.east, box.north);
            layer->ResetReading();
            for (auto& feature : *layer) {
                const OGRGeometry* g = feature->GetGeometryRef();
                if (g == nullptr) continue;
                OGREnvelope envelope;
                g->getEnvelope(&envelope);
                const bool whole = inside_box(envelope, box);
                Feature f;
                if (name_field >= 0) f.name = feature->GetFieldAsString(name_field);
                for_each_ring(*g, [&](const OGRLinearRing& r) { add_ring(r, box, whole, f.rings); });
                if (!f.rings.empty()) features.push_back(std::move(f));
            }
        }
        return features;
    }

private:
    void add_ring(const OGRLinearRing& r, const Extent& box, bool whole, std::vector<Ring>& out) {
        std::vector<LonLat> points = ring_points(r);
        if (!whole) points = clip_ring(points, box);
        if (points.size() < 3) return;
        Ring ring(points.size());
        for (std::size_t i = 0; i < points.size(); ++i) ring[i] = {points[i].lon, points[i].lat};
        projection_.forward_in_place(ring);
        std::erase_if(ring, [](const XY& p) { return std::isnan(p.x); });
        if (tolerance_ > 0) ring = simplify_line(ring, tolerance_);
        if (ring.size() >= 3) out.push_back(std::move(ring));
    }

    const Projection& projection_;
    const std::vector<Extent>& boxes_;
    double tolerance_;
};

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

namespace {

DatasetPtr open_basemap(const std::filesystem::path& gpkg) {
    GDALAllRegister();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(gpkg, ec)) {
        throw RuntimeError(gpkg.string() +
                           ": basemap not found; build it with 'cmake --build build' "
                           "or point --basemap at a basemap.gpkg");
    }
    const char* const drivers[] = {"GPKG", nullptr};
    DatasetPtr dataset(GDALDataset::Open(gpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    if (!dataset) {
        throw RuntimeError(gpkg.string() + ": GDAL cannot open it as a GeoPackage (" +
                           CPLGetLastErrorMsg() + ")");
    }
    return dataset;
}

}  // namespace

std::vector<Feature> load_layer(const std::filesystem::path& gpkg, const std::string& layer,
                                const Projection& projection, const std::vector<Extent>& boxes,
                                double tolerance) {
    DatasetPtr dataset = open_basemap(gpkg);
    return LayerReader(projection, boxes, tolerance).read(*dataset, layer, gpkg);
}

Basemap load_basemap(const std::filesystem::path& gpkg, const Projection& projection,
                     const MapView& view) {
    DatasetPtr dataset = open_basemap(gpkg);
    Basemap basemap;
    basemap.detail = detail_for_scale(1.0 / view.scale());
    LayerReader reader(projection, view.visible_boxes(), simplify_tolerance_px / view.scale());
    basemap.land = reader.read(*dataset, "land_" + basemap.detail, gpkg);
    basemap.countries = reader.read(*dataset, "countries_" + basemap.detail, gpkg);
    return basemap;
}

Basemap load_basemap_detail(const std::filesystem::path& gpkg, const Projection& projection,
                            const std::vector<Extent>& boxes, const std::string& detail) {
    DatasetPtr dataset = open_basemap(gpkg);
    Basemap basemap;
    basemap.detail = detail;
    LayerReader reader(projection, boxes, 0);
    basemap.land = reader.read(*dataset, "land_" + detail, gpkg);
    basemap.countries = reader.read(*dataset, "countries_" + detail, gpkg);
    return basemap;
}

namespace {

std::vector<Feature> simplified_features(const std::vector<Feature>& features, double tolerance) {
    std::vector<Feature> out;
    out.reserve(features.size());
    for (const Feature& f : features) {
        Feature g{f.name, {}};
        for (const Ring& ring : f.rings) {
            Ring r = simplify_line(ring, tolerance);
            if (r.size() >= 3) g.rings.push_back(std::move(r));
        }
        // LayerReader keeps a feature only when a ring survives; so does this.
        if (!g.rings.empty()) out.push_back(std::move(g));
    }
    return out;
}

}  // namespace

Basemap simplified_basemap(const Basemap& raw, double tolerance) {
    return {raw.detail, simplified_features(raw.land, tolerance),
            simplified_features(raw.countries, tolerance)};
}

}  // namespace gt
