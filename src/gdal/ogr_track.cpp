#include "gdal/ogr_track.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <chrono>
#include <cmath>
#include <memory>
#include <sstream>

#include "common/contained_file.hpp"
#include "common/error.hpp"
#include "common/suggest.hpp"
#include "gdal/gdal_dataset.hpp"
#include "gdal/gdal_errors.hpp"
#include "track/track_time.hpp"

namespace gt {

namespace {

struct TransformDeleter {
    void operator()(OGRCoordinateTransformation* t) const {
        OGRCoordinateTransformation::DestroyCT(t);
    }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

std::optional<Instant> datetime_field(OGRFeature& feature, int field) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
    float second = 0;
    if (feature.GetFieldAsDateTime(field, &year, &month, &day, &hour, &minute, &second, &zone) ==
        0) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year{year},
                                           std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return std::nullopt;
    Instant t = std::chrono::sys_days{date} + std::chrono::hours{hour} +
                std::chrono::minutes{minute} + Seconds{static_cast<long>(std::floor(second))};
    // OGR's zone flag: 100 is UTC, each step above or below it 15 minutes east or west;
    // 0 (unknown) and 1 (local time) are taken as UTC.
    if (zone > 1) t -= std::chrono::minutes{(zone - 100) * 15};
    return t;
}

struct LineFeature {
    std::string layer;
    std::string name;  ///< its "name" field, when it has one
};

struct PointSample {
    LonLat position;
    std::optional<Instant> time;
    GIntBig fid = 0;
};

class OgrTrackReader {
  public:
    explicit OgrTrackReader(const TrackRequest& request) : request_(request) {}

    Track read() {
        register_gdal_drivers();
        const QuietGdalErrors quiet;
        DatasetPtr dataset(GDALDataset::Open(request_.file.c_str(),
                                             GDAL_OF_VECTOR | GDAL_OF_READONLY, track_drivers));
        if (!dataset) {
            const std::string says = gdal_says(request_.file);  // before identifying resets it
            refused_driver();
            fail("GDAL cannot open it as a vector file" + says,
                 "tracks are GeoJSON, KML, GPX, GeoPackage or Shapefile line layers, or CSV "
                 "files of timestamped positions");
        }
        for (OGRLayer* layer : chosen_layers(*dataset)) read_layer(*layer);
        if (lines_.size() == 1 && line_points_.size() < 2) {
            fail("the line has " + std::to_string(line_points_.size()) +
                     " position; a track needs at least two",
                 "check that the file holds the whole track");
        }
        if (lines_.size() == 1) return Track{std::move(line_points_), {}};
        if (lines_.size() > 1) several_lines();
        if (!points_.empty()) return point_track();
        fail("no line geometry" +
                 std::string(request_.where.empty() ? "" : " where " + request_.where) +
                 (other_geometries_ == 1 ? " (1 feature of another shape)"
                  : other_geometries_ > 1
                      ? " (" + std::to_string(other_geometries_) + " features of other shapes)"
                      : ""),
             "a track is a line (LineString, MultiLineString) or a layer of points in order");
    }

  private:
    [[noreturn]] void fail(std::string message, std::string hint) const {
        throw InputError(track_problem(request_.file, std::move(message), std::move(hint)));
    }

    /// Fails when a driver that is not a track driver knows the file: a VRT, for one, names
    /// other files and URLs, so it is refused, and said so.
    void refused_driver() const {
        GDALDriverH driver =
            GDALIdentifyDriverEx(request_.file.c_str(), GDAL_OF_VECTOR, nullptr, nullptr);
        if (driver == nullptr) return;
        const std::string name = GDALGetDriverShortName(driver);
        for (const char* const* allowed = track_drivers; *allowed != nullptr; ++allowed) {
            if (name == *allowed) return;  // a track format, but not a good file of it
        }
        fail("GDAL reads it as " + std::string(GDALGetDriverLongName(driver)) + " (" + name +
                 "), a format geotimeline does not read tracks from: it can name other files "
                 "and URLs",
             "convert the track to GeoJSON, GPX or GeoPackage: ogr2ogr -f GPKG track.gpkg " +
                 request_.file.filename().string());
    }

    std::vector<OGRLayer*> chosen_layers(GDALDataset& dataset) const {
        std::vector<std::string> names;
        for (OGRLayer* layer : dataset.GetLayers()) names.emplace_back(layer->GetName());
        if (names.empty()) fail("the file has no layers", "check that it holds the track");
        std::string wanted = request_.layer;
        if (wanted.empty() && std::string(dataset.GetDriver()->GetDescription()) == "GPX") {
            wanted = "tracks";
        }
        if (wanted.empty()) {
            std::vector<OGRLayer*> all;
            for (OGRLayer* layer : dataset.GetLayers()) all.push_back(layer);
            return all;
        }
        OGRLayer* layer = dataset.GetLayerByName(wanted.c_str());
        if (layer == nullptr) {
            std::string list;
            for (const std::string& n : names) list += (list.empty() ? "'" : ", '") + n + "'";
            fail("no layer '" + wanted + "'",
                 suggestion_hint(wanted, names) + " (the file has " + quoted_excerpt(list) + ")");
        }
        return {layer};
    }

    TransformPtr to_lon_lat(OGRLayer& layer) const {
        const OGRSpatialReference* source = layer.GetSpatialRef();
        if (source == nullptr) return nullptr;  // taken as longitude/latitude, range-checked
        OGRSpatialReference from(*source);
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        TransformPtr transform(OGRCreateCoordinateTransformation(&from, &wgs84));
        if (!transform) {
            fail("PROJ cannot turn layer '" + std::string(layer.GetName()) +
                     "' into longitude/latitude" + gdal_says(request_.file),
                 "save the track in EPSG:4326 (ogr2ogr -t_srs EPSG:4326)");
        }
        return transform;
    }

    void read_layer(OGRLayer& layer) {
        const std::string name = layer.GetName();
        if (!request_.where.empty() &&
            layer.SetAttributeFilter(request_.where.c_str()) != OGRERR_NONE) {
            std::string list;
            const OGRFeatureDefn& definition = *layer.GetLayerDefn();
            for (int i = 0; i < definition.GetFieldCount(); ++i) {
                list += (list.empty() ? "" : ", ") +
                        std::string(definition.GetFieldDefn(i)->GetNameRef());
            }
            fail("GDAL cannot use the filter '" + request_.where + "' on layer '" + name + "'" +
                     gdal_says(request_.file),
                 "its fields are " + (list.empty() ? std::string("none") : quoted_excerpt(list)) +
                     "; quote text: where: \"name = 'Convoy'\"");
        }
        const TransformPtr transform = to_lon_lat(layer);
        const OGRFeatureDefn& definition = *layer.GetLayerDefn();
        std::vector<std::string> fields;
        for (int i = 0; i < definition.GetFieldCount(); ++i) {
            fields.emplace_back(definition.GetFieldDefn(i)->GetNameRef());
        }
        const auto index_of = [&](std::size_t found) {
            return found == fields.size() ? -1 : static_cast<int>(found);
        };
        const int name_field = index_of(find_column(fields, "", {"name"}));
        const int time_field =
            index_of(find_column(fields, request_.columns.time, {"time", "timestamp"}));
        layer.ResetReading();
        for (auto& feature : layer) {
            OGRGeometry* geometry = feature->GetGeometryRef();
            if (geometry == nullptr || geometry->IsEmpty()) continue;
            std::unique_ptr<OGRGeometry> copy(geometry->clone());
            if (transform && copy->transform(transform.get()) != OGRERR_NONE) {
                fail("feature " + std::to_string(feature->GetFID()) + " of layer '" + name +
                         "' cannot be turned into longitude/latitude" + gdal_says(request_.file),
                     "check the layer's CRS");
            }
            const OGRwkbGeometryType type = wkbFlatten(copy->getGeometryType());
            const std::string where_in_file =
                "feature " + std::to_string(feature->GetFID()) + " of layer '" + name + "'";
            if (OGR_GT_IsSubClassOf(type, wkbCurve) || OGR_GT_IsSubClassOf(type, wkbMultiCurve)) {
                LineFeature line{name,
                                 name_field >= 0 ? feature->GetFieldAsString(name_field) : ""};
                if (lines_.empty()) add_line(std::move(copy), where_in_file, transform != nullptr);
                lines_.push_back(std::move(line));
            } else if (type == wkbPoint) {
                const OGRPoint& p = *copy->toPoint();
                PointSample sample{
                    checked({p.getX(), p.getY()}, where_in_file, transform != nullptr),
                    std::nullopt, feature->GetFID()};
                if (time_field >= 0 && feature->IsFieldSetAndNotNull(time_field)) {
                    const OGRFieldType field_type = definition.GetFieldDefn(time_field)->GetType();
                    sample.time = field_type == OFTDateTime || field_type == OFTDate
                                      ? datetime_field(*feature, time_field)
                                      : parse_track_time(feature->GetFieldAsString(time_field));
                }
                if (points_.size() >= request_.max_points) over_the_point_limit();
                points_.push_back(sample);
            } else {
                ++other_geometries_;
            }
        }
    }

    /// Joins the parts of a line in order (a part starting where the last ended adds no point).
    void add_line(std::unique_ptr<OGRGeometry> line, const std::string& where_in_file,
                  bool reprojected) {
        std::unique_ptr<OGRGeometry> multi(
            OGRGeometryFactory::forceToMultiLineString(line.release()));
        for (const OGRLineString* part : *multi->toMultiLineString()) {
            for (int i = 0; i < part->getNumPoints(); ++i) {
                const LonLat p =
                    checked({part->getX(i), part->getY(i)}, where_in_file, reprojected);
                if (!line_points_.empty() && line_points_.back().lon == p.lon &&
                    line_points_.back().lat == p.lat && i == 0) {
                    continue;
                }
                if (line_points_.size() >= request_.max_points) over_the_point_limit();
                line_points_.push_back(p);
            }
        }
    }

    LonLat checked(LonLat p, const std::string& where_in_file, bool reprojected) const {
        if (std::isfinite(p.lon) && std::isfinite(p.lat) && p.lon >= -180 && p.lon <= 180 &&
            p.lat >= -90 && p.lat <= 90) {
            return p;
        }
        std::ostringstream where;
        where.precision(10);
        where << "(" << p.lon << ", " << p.lat << ")";
        fail(
            "position " + where.str() + " of " + where_in_file + " is not a longitude and latitude",
            reprojected ? "check the layer's CRS"
                        : "the layer has no CRS, so its coordinates are taken as degrees; give "
                          "it one (a .prj file beside a shapefile)");
    }

    [[noreturn]] void over_the_point_limit() const {
        fail("more than " + std::to_string(request_.max_points) + " positions, " +
                 request_.point_limit_name,
             "thin it: ogr2ogr -simplify 0.0001, or cut it to the days shown");
    }

    [[noreturn]] void several_lines() const {
        std::string per_layer;
        std::string example;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (i == 0 || lines_[i].layer != lines_[i - 1].layer) {
                std::size_t n = 0;
                for (const LineFeature& l : lines_) n += l.layer == lines_[i].layer ? 1 : 0;
                per_layer += (per_layer.empty() ? "" : ", ") + std::string("'") + lines_[i].layer +
                             "': " + std::to_string(n);
            }
            if (example.empty() && !lines_[i].name.empty()) example = lines_[i].name;
        }
        fail(std::to_string(lines_.size()) + " line features match, not one (layer " + per_layer +
                 ")",
             "pick one with 'where:'" +
                 (example.empty() ? std::string(" (an OGR SQL filter on its fields)")
                                  : " (e.g. where: \"name = '" + example + "'\")") +
                 " or 'layer:'");
    }

    Track point_track() const {
        if (points_.size() < 2) {
            fail("the track has 1 position; it needs at least two",
                 "a layer of points becomes a track in their order: add points");
        }
        std::size_t timed = 0;
        for (const PointSample& p : points_) timed += p.time ? 1 : 0;
        if (timed > 0 && timed < points_.size()) {
            fail(std::to_string(points_.size() - timed) + " of " + std::to_string(points_.size()) +
                     " points have no time",
                 "give every point a time, or none");
        }
        Track track;
        for (const PointSample& p : points_) {
            if (timed > 0) {
                if (!track.times.empty() && *p.time <= track.times.back()) {
                    fail("time " + format_iso(*p.time) + " of feature " + std::to_string(p.fid) +
                             " is not after the one before it (" + format_iso(track.times.back()) +
                             ")",
                         "sort the points by time and drop repeated ones");
                }
                track.times.push_back(*p.time);
            }
            track.points.push_back(p.position);
        }
        return track;
    }

    const TrackRequest& request_;
    std::vector<LineFeature> lines_;
    std::vector<LonLat> line_points_;  ///< of the first line feature
    std::vector<PointSample> points_;
    std::size_t other_geometries_ = 0;
};

}  // namespace

Track read_ogr_track(const TrackRequest& request) { return OgrTrackReader(request).read(); }

}  // namespace gt
