#include "track/track.hpp"

#include <algorithm>
#include <cctype>

#include "common/error.hpp"
#include "gdal/gdal_reader.hpp"
#include "track/csv_track.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// Lower case, without the spaces around it: a column name as compared.
std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace

Diagnostic track_problem(const fs::path& file, std::string message, std::string hint, int line,
                         int column) {
    return {Diagnostic::Severity::error,
            {file.string(), line, column},
            std::move(message),
            std::move(hint)};
}

std::size_t find_column(const std::vector<std::string>& columns, const std::string& chosen,
                        const std::vector<std::string>& names) {
    const std::vector<std::string> wanted = chosen.empty() ? names : std::vector{chosen};
    for (const std::string& name : wanted) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (lower(columns[i]) == lower(name)) return i;
        }
    }
    return columns.size();
}

Track read_track(const TrackRequest& request) {
    const fs::path& file = request.file;
    std::error_code ec;
    if (!fs::exists(file, ec)) {
        throw InputError(track_problem(
            file, "no such file",
            "looked for " + file.string() + "; the path is relative to the scenario file"));
    }
    if (fs::is_directory(file, ec)) {
        throw InputError(track_problem(file, "is a folder, not a track file",
                                       "name a .gpx, .kml, .geojson, .gpkg, .shp or .csv file"));
    }
    if (!fs::is_regular_file(file, ec)) {
        // A device or a pipe could be read for ever.
        throw InputError(track_problem(file, "is not a regular file",
                                       "name a .gpx, .kml, .geojson, .gpkg, .shp or .csv file"));
    }
    const auto bytes = fs::file_size(file, ec);
    if (!ec && bytes > request.max_bytes) {
        throw InputError(track_problem(
            file,
            "the file has " + std::to_string(bytes) + " bytes, over the limit of " +
                std::to_string(request.max_bytes),
            "cut out the one track with ogr2ogr -where, or thin it with ogr2ogr -simplify"));
    }
    if (lower(file.extension().string()) == ".csv") return read_csv_track(request);
    return gdal_reader().ogr_track(request);
}

}  // namespace gt
