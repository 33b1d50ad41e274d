#pragma once
// The basemap GeoPackage read with GDAL (in the geotimeline_gdal library): one layer cut to the
// map's boxes, clipped, projected and simplified, or the names of its countries. The program
// reaches these through gdal_reader(); geo/basemap.hpp documents them as load_layer and
// basemap_country_names.
#include <filesystem>
#include <string>
#include <vector>

#include "geo/basemap.hpp"

namespace gt {

/// load_layer, read with GDAL.
/// @throws RuntimeError naming the path.
[[nodiscard]] std::vector<Feature> read_basemap_layer(const std::filesystem::path& gpkg,
                                                      const std::string& layer,
                                                      const Projection& projection,
                                                      const std::vector<Extent>& boxes,
                                                      double tolerance);

/// basemap_country_names, read with GDAL.
/// @throws RuntimeError naming the path.
[[nodiscard]] std::vector<std::string> read_basemap_country_names(
    const std::filesystem::path& gpkg);

}  // namespace gt
