#pragma once
// A movement's path read from a file: its positions in order and, when the file has them, the
// time of each. Reading is split by format: GDAL/OGR layers (ogr_track.hpp) and CSV files of
// timestamped positions (csv_track.hpp); read_track picks one by the file's extension.
#include <filesystem>
#include <string>
#include <vector>

#include "scenario/model.hpp"

namespace gt {

struct Track {
    std::vector<LonLat> points;  ///< at least two, in degrees
    std::vector<Instant> times;  ///< one per point, strictly increasing; empty: no timestamps
};

struct TrackRequest {
    std::filesystem::path file;  ///< resolved: the scenario's folder joined with what it says
    std::string layer;           ///< empty: the format's default
    std::string where;           ///< OGR SQL attribute filter (features, or CSV rows); empty: none
    TrackColumns columns;
    std::size_t max_points = 200'000;
    std::string point_limit_name = "the limit for one track";  ///< says what max_points is
    std::size_t max_bytes = 64U * 1024U * 1024U;
    /// The folder `file` must resolve inside, after symbolic links (the scenario's); empty:
    /// the file's own folder.
    std::filesystem::path root;
};

/// Reads a track: `.csv` as timestamped positions, anything else through GDAL/OGR. The file,
/// and for GDAL every file beside it with the same stem (a shapefile's .dbf, .shx, .prj), must
/// resolve inside `request.root` and be a regular file (common/contained_file.hpp).
/// @throws InputError with one Diagnostic per problem. Each names `request.file`; problems with
///         a place in the file (a CSV row) carry its line and column, the others line 0.
[[nodiscard]] Track read_track(const TrackRequest& request);

/// The first of `names` that `columns` holds, compared without case or surrounding spaces; `chosen`
/// (when not empty) is the only name accepted. Returns columns.size() when none is there.
[[nodiscard]] std::size_t find_column(const std::vector<std::string>& columns,
                                      const std::string& chosen,
                                      const std::vector<std::string>& names);

/// A Diagnostic at `file` (line and column 0 when the problem has no place in the file).
[[nodiscard]] Diagnostic track_problem(const std::filesystem::path& file, std::string message,
                                       std::string hint, int line = 0, int column = 0);

}  // namespace gt
