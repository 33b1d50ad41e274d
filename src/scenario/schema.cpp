#include "scenario/schema.hpp"

#include <stdexcept>

#include "scenario/words.hpp"

namespace gt {

namespace {

const std::vector<std::string> kConfidence{"confirmed", "reported", "claimed", "denied", "unknown"};
const std::vector<std::string> kModes{"sea", "land", "rail", "air"};

/// `words:`: a key for every word the map writes of its own, described by its English text.
ObjectSchema words_object() {
    ObjectSchema words{"words", "The map's own words, in the scenario's language.", {}, {}};
    for (const WordKey& k : word_keys()) {
        words.fields.push_back(
            {k.key, FieldType::text, false, "In English: \"" + k.english + "\".", {}, ""});
    }
    std::string kinds;
    for (const std::string& k : worded_kinds()) kinds += (kinds.empty() ? "" : ", ") + k;
    words.fields.push_back(
        {"kinds",
         FieldType::names,
         false,
         "Place kinds as the legend names them, by kind (" + kinds + "): {city: Kota}.",
         {},
         ""});
    words.fields.push_back({"countries",
                            FieldType::names,
                            false,
                            "Country labels by the basemap's English name: {China: Tiongkok}; \"\" "
                            "leaves one out.",
                            {},
                            ""});
    return words;
}

}  // namespace

std::vector<ObjectSchema> scenario_schema() {
    using T = FieldType;
    return {
        {"scenario",
         "A geotimeline scenario: dated movements and events on a map.",
         {{"title", T::text, true, "Title shown on every frame.", {}, ""},
          {"subtitle", T::text, false, "Line under the title.", {}, ""},
          {"credits", T::text, false, "Added to the footer after the basemap credit.", {}, ""},
          {"map", T::object, true, "What the map shows and how big it is.", {}, "map"},
          {"basemap", T::object, false, "What the basemap draws under the story.", {}, "basemap"},
          {"timeline",
           T::object,
           true,
           "The span of time, and how it is cut into frames.",
           {},
           "timeline"},
          {"places", T::object_map, false, "Named places, by id.", {}, "place"},
          {"movements",
           T::object_list,
           false,
           "Movements along routes between places.",
           {},
           "movement"},
          {"events",
           T::object_list,
           false,
           "Dated events at places, or statements without one.",
           {},
           "event"},
          {"sources",
           T::object_map,
           false,
           "Sources cited by movements and events, by id.",
           {},
           "source"},
          {"style", T::style, false, "Overrides of single values of the map style.", {}, ""},
          {"camera",
           T::object_list,
           false,
           "Camera keyframes in date order: the view pans and zooms between them. Default: the "
           "map's extent throughout.",
           {},
           "camera_keyframe"},
          {"words",
           T::object,
           false,
           "The map's own words (legend, confidence levels, statements, sources line), each "
           "replacing the one the timeline's locale gives.",
           {},
           "words"}},
         {}},
        words_object(),
        {"map",
         "The map's extent, projection, size and style.",
         {{"extent",
           T::extent,
           true,
           "[west, south, east, north] in degrees; west > east crosses the antimeridian.",
           {},
           ""},
          {"crs",
           T::text,
           false,
           "Map projection: anything PROJ accepts (EPSG:3857, a PROJ string, WKT). Default: "
           "conformal, centred on the extent.",
           {},
           ""},
          {"size", T::size, false, "[width, height] in pixels. Default [1920, 1080].", {}, ""},
          {"style",
           T::text,
           false,
           "A style in styles/: report, dark or print. Default report.",
           {},
           ""},
          {"worldview",
           T::choice,
           false,
           "Whose view of disputed areas the borders follow: un (as the UN recognises them, "
           "disputed areas dashed), ukraine or russia. Default un.",
           {"un", "ukraine", "russia"},
           ""}},
         {}},
        {"basemap",
         "What the basemap draws under the story.",
         {{"borders",
           T::choice,
           false,
           "modern: today's country borders and names; none: coasts only, for other times. "
           "Default modern.",
           {"modern", "none"},
           ""}},
         {}},
        {"timeline",
         "The span of time shown and its frames.",
         {{"start", T::instant, true, "First frame: 2024-10-08 or 2024-10-08T06:00Z.", {}, ""},
          {"end", T::instant, true, "Last frame.", {}, ""},
          {"step", T::duration, false, "Time between frames: 30m, 6h, 1d, 1w. Default 1d.", {}, ""},
          {"frames",
           T::integer,
           false,
           "Number of frames, spread evenly (instead of step).",
           {},
           ""},
          {"fps",
           T::number,
           false,
           "Frames per second for video and the player. Default 4.",
           {},
           ""},
          {"date_format",
           T::text,
           false,
           "Date label, strftime style: \"%-d %B %Y\" (the default in English; other locales "
           "write dates their own way by default).",
           {},
           ""},
          {"time_format",
           T::text,
           false,
           "Line under the date: \"%H:%M UTC\" (\"%H:%M UTC+9\" with utc_offset +09:00) unless "
           "every frame falls at midnight; \"\" for none.",
           {},
           ""},
          {"utc_offset",
           T::utc_offset,
           false,
           "Show dates and times in this offset: +09:00. The scenario's dates, and times without Z "
           "or "
           "an offset, are read in it too.",
           {},
           ""},
          {"locale", T::text, false, "Language of month and day names: en, id, ko, ru...", {}, ""}},
         {}},
        {"place",
         "A named place.",
         {{"name", T::text, false, "Name shown on the map. Default: the id.", {}, ""},
          {"local", T::names, false, "Names in other scripts, by language: {ko: 청진}.", {}, ""},
          {"at",
           T::lonlat,
           false,
           "[lon, lat] in degrees. Without it the name is looked up in the GeoNames gazetteer.",
           {},
           ""},
          {"country",
           T::text,
           false,
           "ISO country code (RU, KP) to pick among places of the same name, or a country and its "
           "first-level division as candidates are listed (UA-19).",
           {},
           ""},
          {"kind",
           T::text,
           false,
           "capital and port have their own symbol; city (the default), town, village and any "
           "other kind are dots, named together in the legend.",
           {},
           ""},
          {"label", T::boolean, false, "false hides the label but keeps the symbol.", {}, ""}},
         {}},
        {"movement",
         "Something that moves along a route between two dates.",
         {{"id", T::text, true, "Unique id.", {}, ""},
          {"label", T::text, false, "Shown beside the moving unit.", {}, ""},
          {"from",
           T::waypoint,
           false,
           "Where it starts: a place id or [lon, lat]. Required without 'track'.",
           {},
           ""},
          {"via", T::waypoints, false, "Waypoints in order: place ids or [lon, lat].", {}, ""},
          {"to",
           T::waypoint,
           false,
           "Where it ends: a place id or [lon, lat]. Required without 'track'.",
           {},
           ""},
          {"track",
           T::object,
           false,
           "The path read from a file instead of from/via/to: a line layer (GeoJSON, KML, GPX, "
           "GeoPackage, Shapefile) or a CSV of timestamped positions.",
           {},
           "track"},
          {"start",
           T::instant,
           false,
           "When it leaves. Required unless its track has timestamps (then it must equal the "
           "first).",
           {},
           ""},
          {"end",
           T::instant,
           false,
           "When it arrives. Required unless its track has timestamps (then it must equal the "
           "last).",
           {},
           ""},
          {"count", T::integer, false, "How many (troops, ships...).", {}, ""},
          {"unit", T::text, false, "What the count counts.", {}, ""},
          {"mode", T::choice, false, "How it travels.", kModes, ""},
          {"source", T::text, true, "Id of a source, or none on purpose.", {}, ""},
          {"confidence", T::choice, true, "How certain it is.", kConfidence, ""}},
         {{{"from", "to", "start", "end"}, {"track"}}, {{"track"}, {"from", "via", "to"}}}},
        {"track",
         "A path read from a file, relative to the scenario file.",
         {{"file",
           T::text,
           true,
           "The file: .geojson, .kml, .gpx, .gpkg, .shp (any line layer GDAL reads), or .csv of "
           "timestamped positions.",
           {},
           ""},
          {"layer",
           T::text,
           false,
           "Layer to read. Default: 'tracks' in GPX ('track_points' gives timestamps); elsewhere "
           "the one line found.",
           {},
           ""},
          {"where",
           T::text,
           false,
           "OGR SQL attribute filter picking one feature, or a CSV's rows of one vessel: \"name = "
           "'Convoy'\", \"mmsi = 366940480\".",
           {},
           ""},
          {"columns",
           T::object,
           false,
           "Column (or field) names of a CSV or point layer.",
           {},
           "track_columns"}},
         {}},
        {"track_columns",
         "Names of the columns holding each sample's time and position.",
         {{"time",
           T::text,
           false,
           "ISO 8601 time or Unix seconds. Default: time or timestamp.",
           {},
           ""},
          {"lon", T::text, false, "Longitude in degrees. Default: lon or longitude.", {}, ""},
          {"lat", T::text, false, "Latitude in degrees. Default: lat or latitude.", {}, ""}},
         {}},
        {"event",
         "Something that happened at a place, or a statement without one.",
         {{"id", T::text, true, "Unique id.", {}, ""},
          {"label", T::text, true, "Short text for the callout.", {}, ""},
          {"detail", T::text, false, "Longer text.", {}, ""},
          {"date", T::instant, false, "A single date (or give start and end).", {}, ""},
          {"start", T::instant, false, "First day of a span.", {}, ""},
          {"end", T::instant, false, "Last day of a span.", {}, ""},
          {"place", T::text, false, "Id of a place.", {}, ""},
          {"at", T::lonlat, false, "[lon, lat], when not at a named place.", {}, ""},
          {"source", T::text, true, "Id of a source, or none on purpose.", {}, ""},
          {"confidence", T::choice, true, "How certain it is.", kConfidence, ""}},
         {}},
        {"camera_keyframe",
         "Where the camera looks at one instant.",
         {{"at",
           T::instant,
           true,
           "When the view is exactly this extent: 1940-05-26 or 1940-05-26T12:00Z.",
           {},
           ""},
          {"extent",
           T::extent,
           true,
           "[west, south, east, north] in degrees, fitted to the map area; in the map's "
           "projection.",
           {},
           ""}},
         {}},
        {"source",
         "Where a fact comes from.",
         {{"title", T::text, true, "Title of the statement, report or article.", {}, ""},
          {"publisher", T::text, false, "Who published it.", {}, ""},
          {"date", T::text, false, "When, as the source gives it.", {}, ""},
          {"url", T::text, false, "Where to read it.", {}, ""}},
         {}},
    };
}

std::vector<std::string> allowed_keys(const std::string& object) {
    for (const ObjectSchema& o : scenario_schema()) {
        if (o.name != object) continue;
        std::vector<std::string> keys;
        for (const FieldSchema& f : o.fields) keys.push_back(f.key);
        return keys;
    }
    throw std::logic_error("no schema object named " + object);
}

std::vector<KeyAlternative> key_alternatives(const std::string& object) {
    for (const ObjectSchema& o : scenario_schema()) {
        if (o.name == object) return o.alternatives;
    }
    throw std::logic_error("no schema object named " + object);
}

std::vector<std::string> allowed_values(const std::string& object, const std::string& key) {
    for (const ObjectSchema& o : scenario_schema()) {
        if (o.name != object) continue;
        for (const FieldSchema& f : o.fields) {
            if (f.key == key) return f.values;
        }
    }
    throw std::logic_error("no schema field " + object + "." + key);
}

}  // namespace gt
