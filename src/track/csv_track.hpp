#pragma once
// A track from a CSV file of timestamped positions, one row per sample (an AIS-like ship track):
// a header row naming the columns, then rows with a time, a longitude and a latitude.
#include "track/track.hpp"

namespace gt {

/// Reads `text`, the bytes of `request.file`, as CSV. Columns are found by name, without case: time
/// or timestamp (also datetime, basedatetime as in NOAA's AIS files), lon or longitude, lat or
/// latitude; `request.columns` names others. Every bad row is reported at its line and column; at
/// most 20 are listed.
/// @pre `text` is within request.max_bytes (read_track checks)
/// @throws InputError listing the problems (a missing column, bad values, times that do not
///         increase, more than request.max_points rows, fewer than two rows).
[[nodiscard]] Track read_csv_track(const TrackRequest& request, const std::string& text);

}  // namespace gt
