#include "cli/init_command.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <ostream>
#include <sstream>

#include "cli/scene_flags.hpp"
#include "geo/land_share.hpp"
#include "scenario/gazetteer.hpp"

namespace gt {

namespace {

/// The one place called `name`, "Name, CC" narrows to a country.
/// @throws InputError listing the candidates when the name is unknown or ambiguous.
GazetteerEntry look_up(const Gazetteer& gazetteer, const std::string& text, const char* option) {
    std::string name = text, country;
    if (const auto comma = text.rfind(','); comma != std::string::npos) {
        name = text.substr(0, comma);
        const auto code = text.find_first_not_of(' ', comma + 1);
        if (code != std::string::npos) country = text.substr(code);
    }
    if (!country.empty() && !is_place_code(country)) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {option, 0, 0},
                                    "'" + country + "' in '" + text + "' is not a country code",
                                    "write an ISO code ('" + name +
                                        ", UA'), or a code and division "
                                        "as candidates list them ('" +
                                        name + ", UA-19')"});
    }
    auto found = gazetteer.find(name, country);
    if (found.size() == 1) {
        // Found by a former or English name (Kiev for Kyiv): the map says what was asked for.
        if (!std::equal(name.begin(), name.end(), found.front().name.begin(),
                        found.front().name.end(), [](char a, char b) {
                            return std::tolower(static_cast<unsigned char>(a)) ==
                                   std::tolower(static_cast<unsigned char>(b));
                        })) {
            found.front().name = name;
        }
        return found.front();
    }
    if (found.empty()) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {option, 0, 0},
                                    "no place called '" + text + "' in the gazetteer",
                                    spelling_hint(gazetteer, name,
                                                  "write the place's 'at:' in the file init "
                                                  "writes")});
    }
    throw InputError(Diagnostic{Diagnostic::Severity::error,
                                {option, 0, 0},
                                "'" + text + "' names " + std::to_string(found.size()) + " places",
                                narrowing_hint(found, name + ", ", "") +
                                    " or write the place's 'at:' in the file init writes; "
                                    "candidates: " +
                                    candidates_text(found, 8)});
}

std::string id_of(const std::string& name) {
    std::string id;
    for (char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            id += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id.empty() ? "place" : id;
}

std::string number(double v) {
    std::ostringstream s;
    s.precision(6);
    s << v;
    return s.str();
}

}  // namespace

void InitCommand::setup(CLI::App& app) {
    app.add_option("file", file_, "the scenario file to write")->required();
    app.add_option("--from", from_,
                   "place the movement starts from (\"Chongjin\" or \"Paris, FR\")");
    app.add_option("--to", to_, "place it goes to");
    app.add_option("--extent", extent_, "map extent: west south east north (degrees)")
        ->expected(4)
        ->delimiter(',');
    app.add_option("--title", title_, "the map's title")->capture_default_str();
    app.add_flag("--force", force_, "overwrite an existing file");
}

int InitCommand::run(CliContext& context) {
    if (std::filesystem::exists(file_) && !force_) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {file_, 0, 0},
                                    "already exists",
                                    "choose another name or add --force"});
    }
    if (from_.empty() != to_.empty()) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {"--from/--to", 0, 0},
                                    "give both --from and --to, or neither",
                                    ""});
    }
    std::vector<GazetteerEntry> places;
    if (!from_.empty()) {
        const Gazetteer gazetteer(context.gazetteer);
        places = {look_up(gazetteer, from_, "--from"), look_up(gazetteer, to_, "--to")};
    }
    Extent extent{124, 38, 138, 49};
    if (extent_.size() == 4) {
        extent = {extent_[0], extent_[1], extent_[2], extent_[3]};
    } else if (!places.empty()) {
        // A box around both places with a quarter of their span (at least 2 degrees) around it.
        const double west = std::min(places[0].position.lon, places[1].position.lon);
        const double east = std::max(places[0].position.lon, places[1].position.lon);
        const double south = std::min(places[0].position.lat, places[1].position.lat);
        const double north = std::max(places[0].position.lat, places[1].position.lat);
        const double pad = std::max({2.0, (east - west) / 4, (north - south) / 4});
        extent = {std::max(-180.0, west - pad), std::max(-85.0, south - pad),
                  std::min(180.0, east + pad), std::min(85.0, north + pad)};
    }
    std::ostringstream y;
    const auto schema = std::filesystem::absolute(context.style_dir.parent_path() / "docs" /
                                                  "scenario.schema.json");
    std::error_code ec;
    if (std::filesystem::exists(schema, ec)) {
        y << "# yaml-language-server: $schema=" << schema.string() << "\n";
    }
    y << "# A geotimeline scenario. Check it with `geotimeline validate " << file_ << "`,\n"
      << "# render it with `geotimeline render " << file_ << "`. Format: docs/scenario.md.\n"
      << "title: " << title_ << "\nsubtitle: What the map shows, in one line\n";
    // Positions written from the gazetteer are GeoNames' (CC BY 4.0): the map credits them.
    if (!places.empty()) y << "credits: \"Place positions: GeoNames (CC BY 4.0).\"\n";
    y << "\n"
      << "map:\n  extent: [" << number(extent.west) << ", " << number(extent.south) << ", "
      << number(extent.east) << ", " << number(extent.north)
      << "]   # west, south, east, north (degrees)\n"
      << "  size: [1920, 1080]\n  style: report                  # report, dark or print\n\n"
      << "timeline:\n  start: 2024-01-01\n  end: 2024-01-10\n  step: 6h                       "
         "# or frames: 60\n  fps: 6\n\n";
    const std::string source_hint =
        "    source: my-source            # an id under sources, or none\n";
    if (places.empty()) {
        y << "places:\n  somewhere:\n    name: Somewhere\n    at: [" << number(extent.centre().lon)
          << ", " << number(extent.centre().lat) << "]   # lon, lat\n    kind: city\n\n"
          << "movements: []   # - {id: ..., from: <place>, to: <place>, start: ..., end: ...}\n\n";
    } else {
        // Most of the way over water: a ferry or a sealift, not a road.
        const bool by_sea =
            land_share(context.basemap, places[0].position, places[1].position) < 0.5;
        y << "places:\n";
        for (const auto& p : places) {
            y << "  " << id_of(p.name) << ":\n    name: " << p.name << "\n    at: ["
              << number(p.position.lon) << ", " << number(p.position.lat)
              << "]   # from GeoNames\n    kind: city\n";
        }
        y << "\nmovements:\n  - id: first-movement\n    label: " << places[0].name << " to "
          << places[1].name << "\n    from: " << id_of(places[0].name)
          << "\n    to: " << id_of(places[1].name)
          << "\n    start: 2024-01-02\n    end: 2024-01-08\n    mode: "
          << (by_sea ? "sea                    " : "land                   ")
          << "# sea, land, rail, air\n"
          << source_hint
          << "    confidence: reported         # confirmed, reported, claimed, denied, unknown\n\n";
    }
    y << "events: []   # - {id: ..., label: ..., date: ..., place: <place>, source: ..., "
         "confidence: ...}\n\n"
      << "sources:\n  my-source:\n    title: Where the facts come from\n    publisher: Who "
         "published it\n"
      << "    date: 2024-01-10\n    url: https://example.org/\n";
    write_atomically(
        file_, [&](const std::filesystem::path& partial) { std::ofstream(partial) << y.str(); });
    context.out << "wrote " << file_ << "\n";
    return 0;
}

}  // namespace gt
