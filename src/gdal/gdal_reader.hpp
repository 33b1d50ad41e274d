#pragma once
// Everything geotimeline reads with GDAL, behind one interface. GDAL links about 140 libraries
// that take 30 ms to load before main() even runs, and a render that finds its basemap layers
// in the cache (geo/layer_cache.hpp) never uses it. So the code that calls GDAL is a library of
// its own, libgeotimeline_gdal.so, loaded by gdal_reader() the first time something needs it:
// a basemap layer not yet cached, the country names, a track file.
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "geo/basemap.hpp"
#include "track/csv_rows.hpp"
#include "track/track.hpp"

namespace gt {

/// The GDAL library's functions; each is documented where the program calls it.
class GdalReader {
  public:
    virtual ~GdalReader() = default;
    /// load_layer (geo/basemap.hpp)
    [[nodiscard]] virtual std::vector<Feature> basemap_layer(const std::filesystem::path& gpkg,
                                                             const std::string& layer,
                                                             const Projection& projection,
                                                             const std::vector<Extent>& boxes,
                                                             double tolerance) const = 0;
    /// basemap_country_names (geo/basemap.hpp)
    [[nodiscard]] virtual std::vector<std::string> basemap_country_names(
        const std::filesystem::path& gpkg) const = 0;
    /// read_ogr_track (gdal/ogr_track.hpp)
    [[nodiscard]] virtual Track ogr_track(const TrackRequest& request) const = 0;
    /// csv_rows_matching (gdal/csv_filter.hpp)
    [[nodiscard]] virtual std::set<std::int64_t> csv_rows_matching(
        const TrackRequest& request, const CsvRecord& header,
        const std::vector<CsvRecord>& records) const = 0;
};

/// The name of the function libgeotimeline_gdal.so exports: `const GdalReader* f()`.
inline constexpr const char* gdal_reader_entry = "geotimeline_gdal_reader";

/// The GDAL library's file beside libgeotimeline_core.so; empty when it is not there.
[[nodiscard]] std::filesystem::path gdal_library_file();

/// The GDAL library, loaded on the first call from beside libgeotimeline_core.so (as the build
/// and `make install` place it), or, when there is none there, wherever the dynamic loader finds
/// it. Loading it again is free: the library, like GDAL's driver registry, belongs to the
/// process.
/// @throws RuntimeError naming the file, with the loader's message, when it cannot load.
[[nodiscard]] const GdalReader& gdal_reader();

}  // namespace gt
