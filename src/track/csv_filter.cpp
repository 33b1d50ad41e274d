#include "track/csv_filter.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <string>

#include "common/error.hpp"
#include "geo/gdal_drivers.hpp"
#include "track/gdal_errors.hpp"

namespace gt {

namespace {

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};

std::string field_list(OGRLayer& layer) {
    std::string list;
    const OGRFeatureDefn& definition = *layer.GetLayerDefn();
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        list += (list.empty() ? "'" : ", '") +
                std::string(definition.GetFieldDefn(i)->GetNameRef()) + "'";
    }
    return list.empty() ? "none" : list;
}

}  // namespace

std::set<std::int64_t> csv_rows_matching(const TrackRequest& request) {
    register_gdal_drivers();
    const QuietGdalErrors quiet;
    const char* const drivers[] = {"CSV", nullptr};
    // Typed columns: numbers compare as numbers, as they would in a GeoPackage. The first line
    // is the header, as the reader takes it, even when its names look like numbers.
    const char* const options[] = {"AUTODETECT_TYPE=YES", "HEADERS=YES", nullptr};
    const std::unique_ptr<GDALDataset, DatasetCloser> dataset(GDALDataset::Open(
        request.file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
    const auto fail = [&](std::string message, std::string hint) {
        throw InputError(track_problem(request.file, std::move(message), std::move(hint)));
    };
    if (!dataset || dataset->GetLayerCount() != 1) {
        fail("GDAL cannot read it as CSV to apply 'where'" + gdal_says(request.file),
             "check that it is a comma-separated file with a header row, or drop 'where'");
    }
    OGRLayer& layer = *dataset->GetLayer(0);
    if (layer.SetAttributeFilter(request.where.c_str()) != OGRERR_NONE) {
        fail("GDAL cannot use the filter '" + request.where + "'" + gdal_says(request.file),
             "its columns are " + field_list(layer) +
                 "; numbers bare, text in single quotes: where: \"mmsi = 366940480\"");
    }
    std::set<std::int64_t> rows;
    for (const auto& feature : layer) rows.insert(feature->GetFID());
    if (rows.empty()) {
        fail("no row matches the filter '" + request.where + "'",
             "check the values in the file; numbers bare, text in single quotes");
    }
    return rows;
}

}  // namespace gt
