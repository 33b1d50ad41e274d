#pragma once
// `where:` on a CSV track: the rows an OGR SQL filter picks (one vessel of an AIS file that holds
// many), worked out by GDAL's CSV driver, whose rows are counted as the CSV reader counts them.
#include <cstdint>
#include <set>

#include "track/track.hpp"

namespace gt {

/// The rows of `request.file` that `request.where` picks, numbered from 1 after the header
/// (empty lines not counted). Columns are typed from their values, so numbers compare bare
/// (mmsi = 366940480) and text in quotes (name = 'Ferry').
/// @pre `request.where` is not empty; the file exists within request.max_bytes.
/// @throws InputError when GDAL cannot read the file or use the filter (the hint lists the
///         columns), or when no row matches.
[[nodiscard]] std::set<std::int64_t> csv_rows_matching(const TrackRequest& request);

}  // namespace gt
