#pragma once
// How much of the way between two places lies over land: `geotimeline init` writes `mode: sea`
// for a movement between two places across water (a ferry, a sealift) and `mode: land` otherwise.
#include <filesystem>

#include "scenario/model.hpp"

namespace gt {

/// The share (0..1) of points along the geodesic from `a` to `b` that fall on Natural Earth's
/// 1:10m land, leaving out the tenth of the way at each end (places on a coast stand on land).
/// @throws RuntimeError naming the GeoPackage when its land layer cannot be read.
[[nodiscard]] double land_share(const std::filesystem::path& basemap, LonLat a, LonLat b);

}  // namespace gt
