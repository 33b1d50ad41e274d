#include "track/track.hpp"

#include <algorithm>
#include <cctype>

#include "common/contained_file.hpp"
#include "common/error.hpp"
#include "gdal/gdal_reader.hpp"
#include "track/csv_track.hpp"
#include "track/where_filter.hpp"

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

namespace {

constexpr const char* kTrackFormats = "name a .gpx, .kml, .geojson, .gpkg, .shp or .csv file";

/// The problem of a file refused by the containment policy, worded for a track.
Diagnostic refused(const fs::path& file, const FileProblem& problem) {
    switch (problem.kind) {
        case FileProblem::Kind::missing:
            return track_problem(
                file, "no such file",
                "looked for " + file.string() + "; the path is relative to the scenario file");
        case FileProblem::Kind::folder:
            return track_problem(file, "is a folder, not a track file", kTrackFormats);
        case FileProblem::Kind::not_regular:
            return track_problem(file, problem.message, kTrackFormats);
        default:
            return track_problem(file, problem.message, problem.hint);
    }
}

/// GDAL opens the files beside a track that share its stem (a shapefile's .dbf, .shx and .prj,
/// a GeoPackage's -wal): each must pass the policy too, or a link could lead GDAL outside.
void check_companions(const TrackRequest& request, const fs::path& canonical) {
    std::error_code ec;
    const std::string stem = lower(canonical.stem().string());
    for (const auto& entry : fs::directory_iterator(canonical.parent_path(), ec)) {
        if (lower(entry.path().stem().string()) != stem || entry.path() == canonical) continue;
        if (!resolves_inside(request.root, entry.path())) {
            throw InputError(track_problem(
                request.file,
                "its companion file " + entry.path().filename().string() +
                    " leads outside the scenario's folder",
                "copy the file's companions (.dbf, .shx, .prj) beside it instead of linking"));
        }
    }
}

}  // namespace

Track read_track(const TrackRequest& request) {
    const fs::path& file = request.file;
    if (const auto problem = request.where.empty() ? std::nullopt : where_problem(request.where)) {
        throw InputError(track_problem(
            file,
            "the filter '" + quoted_excerpt(request.where) + "' is not a plain condition: " +
                problem->message + " (character " + std::to_string(problem->position) + ")",
            "compare fields with values, joined by AND, OR and NOT: where: \"name = 'Convoy' "
            "AND speed > 5\" (no functions or queries)"));
    }
    OpenResult result =
        open_contained_file(request.root.empty() ? file.parent_path() : request.root, file);
    if (const auto* problem = std::get_if<FileProblem>(&result)) {
        throw InputError(refused(file, *problem));
    }
    const OpenedFile& opened = std::get<OpenedFile>(result);
    if (opened.size() > request.max_bytes) {
        throw InputError(track_problem(
            file,
            "the file has " + std::to_string(opened.size()) + " bytes, over the limit of " +
                std::to_string(request.max_bytes),
            "cut out the one track with ogr2ogr -where, or thin it with ogr2ogr -simplify"));
    }
    if (lower(file.extension().string()) == ".csv") {
        const std::string text = opened.read(request.max_bytes);
        if (text.size() > request.max_bytes) {
            throw InputError(track_problem(
                file, "the file grew over the limit of " + std::to_string(request.max_bytes),
                "cut out the one track with ogr2ogr -where"));
        }
        return read_csv_track(request, text);
    }
    TrackRequest resolved = request;
    if (resolved.root.empty()) resolved.root = file.parent_path();
    check_companions(resolved, opened.path());
    // GDAL opens the file by the path checked, with no link left to follow.
    resolved.file = opened.path();
    try {
        return gdal_reader().ogr_track(resolved);
    } catch (const InputError& e) {
        // Told under the name the scenario gave, as every other problem of the track.
        std::vector<Diagnostic> renamed = e.diagnostics();
        for (Diagnostic& d : renamed) {
            if (d.pos.file == resolved.file.string()) d.pos.file = file.string();
        }
        throw InputError(renamed);
    }
}

}  // namespace gt
