#include "gdal/basemap_reader.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "common/error.hpp"
#include "gdal/gdal_dataset.hpp"
#include "geo/simplify.hpp"

namespace gt {

namespace {

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
        const int code_field = layer->GetLayerDefn()->GetFieldIndex("id");
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
                if (code_field >= 0) f.code = feature->GetFieldAsString(code_field);
                for_each_ring(*g, [&](const OGRLinearRing& r) { add_ring(r, box, whole, f); });
                add_lines(*g, f);
                if (!f.rings.empty() || !f.outlines.empty()) features.push_back(std::move(f));
            }
        }
        return features;
    }

  private:
    /// A line layer's lines (rivers) are kept whole: the spatial filter keeps the short pieces
    /// GSHHG's bins cut them into near the box, and drawing clips them to the map.
    void add_lines(const OGRGeometry& g, Feature& out) {
        const auto type = wkbFlatten(g.getGeometryType());
        if (type == wkbMultiLineString) {
            for (const auto* line : *g.toMultiLineString()) add_lines(*line, out);
            return;
        }
        if (type != wkbLineString) return;
        const OGRLineString& line = *g.toLineString();
        std::vector<LonLat> points(static_cast<std::size_t>(line.getNumPoints()));
        for (int i = 0; i < line.getNumPoints(); ++i) {
            points[static_cast<std::size_t>(i)] = {line.getX(i), line.getY(i)};
        }
        std::vector<XY> projected = project(points);
        if (projected.size() >= 2) out.outlines.push_back(std::move(projected));
    }

    void add_ring(const OGRLinearRing& r, const Extent& box, bool whole, Feature& out) {
        const std::vector<LonLat> ring = unwrap_longitudes(ring_points(r));
        if (whole) {
            add_piece(ring, box, out);
            return;
        }
        if (ring.empty()) return;
        const auto [min_lon, max_lon] =
            std::minmax_element(ring.begin(), ring.end(),
                                [](const LonLat& a, const LonLat& b) { return a.lon < b.lon; });
        // An unwrapped ring may reach past 180 degrees: meet it with the box a turn east or west.
        for (double shift : {-360.0, 0.0, 360.0}) {
            const Extent shifted{box.west + shift, box.south, box.east + shift, box.north};
            if (max_lon->lon < shifted.west || min_lon->lon > shifted.east) continue;
            add_piece(clip_ring(ring, shifted), shifted, out);
        }
    }

    void add_piece(const std::vector<LonLat>& points, const Extent& box, Feature& out) {
        if (points.size() < 3) return;
        for (const auto& run : outline_runs(points, box)) {
            std::vector<XY> line = project(densify(run, max_step_degrees, false));
            if (line.size() >= 2) out.outlines.push_back(std::move(line));
        }
        Ring ring = project(densify(points, max_step_degrees, true));
        if (ring.size() >= 3) out.rings.push_back(std::move(ring));
    }

    /// Projects and simplifies; points with no image are dropped.
    std::vector<XY> project(const std::vector<LonLat>& points) const {
        std::vector<XY> line(points.size());
        for (std::size_t i = 0; i < points.size(); ++i) line[i] = {points[i].lon, points[i].lat};
        projection_.forward_in_place(line);
        std::erase_if(line, [](const XY& p) { return std::isnan(p.x); });
        if (tolerance_ > 0) line = simplify_line(line, tolerance_);
        return line;
    }

    /// Half a degree: a parallel at 66N drawn in 0.5-degree chords is off by far less than a pixel
    /// at any map scale that uses the 1:50m or 1:110m data, and 1:10m segments are shorter anyway.
    static constexpr double max_step_degrees = 0.5;

    const Projection& projection_;
    const std::vector<Extent>& boxes_;
    double tolerance_;
};

}  // namespace

namespace {

DatasetPtr open_basemap(const std::filesystem::path& gpkg) {
    register_gdal_drivers();
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

std::vector<Feature> read_basemap_layer(const std::filesystem::path& gpkg, const std::string& layer,
                                        const Projection& projection,
                                        const std::vector<Extent>& boxes, double tolerance) {
    DatasetPtr dataset = open_basemap(gpkg);
    return LayerReader(projection, boxes, tolerance).read(*dataset, layer, gpkg);
}

std::vector<std::string> read_basemap_country_names(const std::filesystem::path& gpkg) {
    DatasetPtr dataset = open_basemap(gpkg);
    OGRLayer* layer = dataset->GetLayerByName("countries_10m");
    if (layer == nullptr) {
        throw RuntimeError(gpkg.string() +
                           ": layer 'countries_10m' is missing; rebuild the basemap (cmake --build "
                           "build)");
    }
    const int field = layer->GetLayerDefn()->GetFieldIndex("name");
    std::vector<std::string> names;
    if (field < 0) return names;
    layer->SetIgnoredFields(std::vector<const char*>{"OGR_GEOMETRY", nullptr}.data());
    for (auto& feature : *layer) names.emplace_back(feature->GetFieldAsString(field));
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

}  // namespace gt
