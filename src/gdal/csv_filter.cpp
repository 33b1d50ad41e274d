#include "gdal/csv_filter.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <charconv>
#include <cmath>
#include <vector>

#include "common/error.hpp"
#include "gdal/gdal_dataset.hpp"
#include "gdal/gdal_errors.hpp"

namespace gt {

namespace {

[[noreturn]] void fail(const TrackRequest& request, std::string message, std::string hint) {
    throw InputError(track_problem(request.file, std::move(message), std::move(hint)));
}

template <typename Number>
bool reads_as(std::string_view text, Number& value) {
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    return error == std::errc() && stop == end;
}

/// The narrowest OGR type every non-empty value of each column reads as.
std::vector<OGRFieldType> column_types(const CsvRecord& header,
                                       const std::vector<CsvRecord>& records) {
    std::vector<OGRFieldType> types(header.size(), OFTInteger64);
    for (const CsvRecord& record : records) {
        for (std::size_t c = 0; c < types.size() && c < record.size(); ++c) {
            const std::string_view text = trim_blanks(record[c].text);
            std::int64_t whole = 0;
            double real = 0;
            if (text.empty() || types[c] == OFTString) continue;
            if (types[c] == OFTInteger64 && reads_as(text, whole)) continue;
            types[c] = reads_as(text, real) && std::isfinite(real) ? OFTReal : OFTString;
        }
    }
    return types;
}

/// A memory layer holding `records` under `header`'s names, feature ids their record numbers.
OGRLayer& fill_layer(GDALDataset& memory, const TrackRequest& request, const CsvRecord& header,
                     const std::vector<CsvRecord>& records) {
    OGRLayer* layer = memory.CreateLayer("rows", nullptr, wkbNone, nullptr);
    if (layer == nullptr) fail(request, "GDAL cannot hold the rows to filter", "drop 'where'");
    const std::vector<OGRFieldType> types = column_types(header, records);
    for (std::size_t c = 0; c < header.size(); ++c) {
        OGRFieldDefn field(header[c].text.c_str(), types[c]);
        if (layer->CreateField(&field) != OGRERR_NONE) {
            fail(request, "GDAL cannot make a column '" + header[c].text + "' to filter on",
                 "give every column its own name in the header");
        }
    }
    for (std::size_t r = 0; r < records.size(); ++r) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetFID(static_cast<GIntBig>(r + 1));
        for (std::size_t c = 0; c < header.size() && c < records[r].size(); ++c) {
            const std::string_view text = trim_blanks(records[r][c].text);
            if (!text.empty()) feature.SetField(static_cast<int>(c), std::string(text).c_str());
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE) {
            fail(request, "GDAL cannot hold the rows to filter", "drop 'where'");
        }
    }
    return *layer;
}

}  // namespace

std::set<std::int64_t> csv_rows_matching(const TrackRequest& request, const CsvRecord& header,
                                         const std::vector<CsvRecord>& records) {
    if (records.empty()) return {};
    register_gdal_drivers();
    const QuietGdalErrors quiet;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("Memory");
    const DatasetPtr memory(driver == nullptr ? nullptr
                                              : driver->Create("", 0, 0, 0, GDT_Unknown, nullptr));
    if (!memory) fail(request, "GDAL has no memory driver to filter the rows", "drop 'where'");
    OGRLayer& layer = fill_layer(*memory, request, header, records);
    if (layer.SetAttributeFilter(request.where.c_str()) != OGRERR_NONE) {
        fail(request,
             "GDAL cannot use the filter '" + request.where + "'" + gdal_says(request.file),
             "its columns are " + quoted_list(header) +
                 "; numbers bare, text in single quotes: where: \"mmsi = 366940480\"");
    }
    std::set<std::int64_t> picked;
    for (const auto& feature : layer) picked.insert(feature->GetFID());
    if (picked.empty()) {
        fail(request, "no row matches the filter '" + request.where + "'",
             "check the values in the file; numbers bare, text in single quotes");
    }
    return picked;
}

}  // namespace gt
