// The entry point of libgeotimeline_gdal.so: the GdalReader that gdal_reader() loads.
#include "gdal/basemap_reader.hpp"
#include "gdal/csv_filter.hpp"
#include "gdal/gdal_reader.hpp"
#include "gdal/ogr_track.hpp"

namespace gt {

namespace {

class GdalLibraryReader final : public GdalReader {
  public:
    std::vector<Feature> basemap_layer(const std::filesystem::path& gpkg, const std::string& layer,
                                       const Projection& projection,
                                       const std::vector<Extent>& boxes,
                                       double tolerance) const override {
        return read_basemap_layer(gpkg, layer, projection, boxes, tolerance);
    }
    std::vector<std::string> basemap_country_names(
        const std::filesystem::path& gpkg) const override {
        return read_basemap_country_names(gpkg);
    }
    Track ogr_track(const TrackRequest& request) const override { return read_ogr_track(request); }
    std::set<std::int64_t> csv_rows_matching(const TrackRequest& request, const CsvRecord& header,
                                             const std::vector<CsvRecord>& records) const override {
        return gt::csv_rows_matching(request, header, records);
    }
};

}  // namespace

}  // namespace gt

extern "C" __attribute__((visibility("default"))) const gt::GdalReader* geotimeline_gdal_reader() {
    // Stateless: one for the process, made on the first call.
    static const gt::GdalLibraryReader reader;
    return &reader;
}
