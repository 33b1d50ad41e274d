#pragma once
// A track from any vector file GDAL/OGR reads: GeoJSON, KML (Google Earth), GPX, GeoPackage,
// Shapefile... Either one line feature (its parts joined in order) or a layer of points taken
// in order, with their times when they have a time field (GPX track_points).
#include "track/track.hpp"

namespace gt {

/// Reads `request.file` with GDAL. Without `request.layer` a GPX file gives its `tracks` layer
/// and other files every layer; `request.where` filters features (OGR SQL). The one line
/// feature that remains is the track; with no line, the points in feature order are (times
/// from the field `request.columns.time`, or `time`/`timestamp`, when every point has one).
/// Coordinates are reprojected from the layer's CRS to longitude/latitude; Z and M are ignored.
/// @pre the file exists and is within request.max_bytes (read_track checks both)
/// @throws InputError naming the file: GDAL cannot open it, an unknown layer, a bad filter,
///         several lines or none, fewer than two points, more than request.max_points,
///         coordinates out of range, times that do not increase.
[[nodiscard]] Track read_ogr_track(const TrackRequest& request);

}  // namespace gt
