#pragma once
// `where:` on a CSV track: the rows an OGR SQL filter picks (one vessel of an AIS file that holds
// many). The reader's own records go into a GDAL memory layer, one feature per record numbered
// as the reader numbers them, and OGR applies the filter there: no second CSV parser to agree with.
#include <cstdint>
#include <set>
#include <vector>

#include "track/csv_rows.hpp"
#include "track/track.hpp"

namespace gt {

/// The numbers (from 1, in order) of the `records` under `header` that `request.where` picks. A
/// column whose values are all whole numbers compares as an integer, one whose values are all
/// numbers as a real (mmsi = 366940480, sog < 5), any other as text in quotes (name = 'Ferry').
/// Empty when there are no records.
/// @pre `request.where` is not empty; `records` are the CSV's rows after `header`, as CsvRows
///      gives them.
/// @throws InputError when OGR cannot use the filter (the hint lists the columns), or when there
///         are records and none matches.
[[nodiscard]] std::set<std::int64_t> csv_rows_matching(const TrackRequest& request,
                                                       const CsvRecord& header,
                                                       const std::vector<CsvRecord>& records);

}  // namespace gt
