#pragma once
// `where:` on a CSV track: the rows an OGR SQL filter picks (one vessel of an AIS file that holds
// many). The reader's own records go into a GDAL memory layer, one feature per record numbered
// as the reader numbers them, and OGR applies the filter there: no second CSV parser to agree with.
#include <cstdint>
#include <set>
#include <string>

#include "track/track.hpp"

namespace gt {

/// The records of `csv` (the text of `request.file`) that `request.where` picks, numbered from 1
/// after the header as CsvRows gives them. A column whose values are all whole numbers compares
/// as an integer, one whose values are all numbers as a real (mmsi = 366940480, sog < 5), any
/// other as text in quotes (name = 'Ferry'). Empty when the file has no records after the header.
/// @pre `request.where` is not empty.
/// @throws InputError when OGR cannot use the filter (the hint lists the columns), or when the
///         file has records and none matches.
[[nodiscard]] std::set<std::int64_t> csv_rows_matching(const TrackRequest& request,
                                                       const std::string& csv);

}  // namespace gt
