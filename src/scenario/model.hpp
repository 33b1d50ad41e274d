#pragma once
// The validated scenario: plain data. Every value that can be wrong keeps its SourcePos so later
// stages can still point at the line that caused a problem.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "scenario/words.hpp"
#include "timeline/time.hpp"

namespace gt {

struct LonLat {
    double lon = 0;
    double lat = 0;
};

/// West, south, east, north in degrees. west > east means the box crosses the antimeridian.
struct Extent {
    double west = 0, south = 0, east = 0, north = 0;
    [[nodiscard]] double width_degrees() const {
        return east >= west ? east - west : east + 360 - west;
    }
    [[nodiscard]] LonLat centre() const;
};

enum class Confidence { confirmed, reported, claimed, denied, unknown };
enum class Mode { sea, land, rail, air };

[[nodiscard]] const char* to_string(Confidence c);
[[nodiscard]] const char* to_string(Mode m);

/// One value set by dotted path, e.g. "colors.sea" = "#c6dbe8" (style files, style overrides).
struct Setting {
    std::string path;
    std::string value;
    SourcePos pos;
};

struct Source {
    std::string id;
    std::string title;
    std::string publisher;
    std::string date;
    std::string url;
    SourcePos pos;
};

/// Whether a place of kind `kind` has a symbol of its own (capital, port) or is one of the
/// kinds drawn as a dot on purpose (city, town, village).
[[nodiscard]] bool is_drawn_kind(const std::string& kind);
/// The kind whose symbol a place of `kind` is drawn with: capital, port, or city (a dot).
[[nodiscard]] std::string symbol_kind(const std::string& kind);

struct Place {
    std::string id;
    std::string name;
    std::map<std::string, std::string> local_names;  ///< script or language tag -> name
    LonLat position;
    std::string kind;  ///< port, city, capital, region...
    bool show_label = true;
    std::string country;          ///< ISO code narrowing a gazetteer look-up
    bool needs_lookup = false;    ///< no `at`: the name is looked up in the gazetteer
    bool from_gazetteer = false;  ///< the position came from the gazetteer (credit GeoNames)
    bool position_read = true;    ///< false when `at` could not be read (already reported)
    SourcePos pos;
};

/// A point of a route: a place id, or coordinates given inline.
struct Waypoint {
    std::string place_id;  ///< empty when coordinates were given inline
    LonLat position;       ///< resolved after loading
    SourcePos pos;
};

/// Names of the columns (or point-layer fields) a track's samples are read from.
struct TrackColumns {
    std::string time;  ///< empty: "time" or "timestamp"
    std::string lon;   ///< empty: "lon" or "longitude"
    std::string lat;   ///< empty: "lat" or "latitude"
};

/// Where a movement's path is read from when it is a file (`track:`) instead of from/via/to.
struct TrackSpec {
    std::string file;   ///< as written: relative to the scenario file
    std::string layer;  ///< empty: the format's default (GPX: tracks; else the one line found)
    std::string where;  ///< OGR SQL filter ("name = 'X'"; a CSV's rows too); empty: all
    TrackColumns columns;
    SourcePos pos;                 ///< the `track` key
    SourcePos start_pos;           ///< the movement's `start` (line 0 when not given)
    SourcePos end_pos;             ///< the movement's `end` (line 0 when not given)
    std::optional<Instant> start;  ///< as written beside the track, to check against its times
    std::optional<Instant> end;
};

struct Movement {
    std::string id;
    std::string label;
    std::vector<Waypoint> path;        ///< from, via..., to (at least two); empty with a track
    std::optional<TrackSpec> track;    ///< the path comes from a file
    std::vector<LonLat> track_points;  ///< read from the track file (at least two)
    std::vector<Instant> track_times;  ///< one per track point when the file has timestamps
    Instant start;
    Instant end;
    std::optional<long> count;
    std::string unit_name;  ///< "troops", "ships"...
    Mode mode = Mode::land;
    std::string source_id;  ///< "none" when the scenario says so explicitly
    SourcePos source_pos;   ///< of the `source` value (of the movement when it has none)
    Confidence confidence = Confidence::unknown;
    SourcePos pos;
    SourcePos end_pos;       ///< of the `end` value (of the movement when it has none)
    bool dates_read = true;  ///< false when start or end could not be read (already reported)

    /// The points the route passes through: the track's, or the waypoints' positions.
    [[nodiscard]] std::vector<LonLat> route_points() const;
};

struct Event {
    std::string id;
    std::string label;
    std::string detail;
    Instant start;
    Instant end;                 ///< equal to start for a one-day event
    std::optional<Waypoint> at;  ///< no place: a statement, shown beside the map
    std::string source_id;
    SourcePos source_pos;  ///< of the `source` value (of the event when it has none)
    Confidence confidence = Confidence::unknown;
    SourcePos pos;
    SourcePos end_pos;       ///< of the `end` value (of the event when it has none)
    bool dates_read = true;  ///< false when start or end could not be read (already reported)
};

struct MapSpec {
    Extent extent;
    std::string crs;  ///< empty: chosen by the program
    int width = 1920;
    int height = 1080;
    std::string style = "report";
    /// Whose view of disputed areas the borders follow: "un", "ukraine" or "russia".
    std::string worldview = "un";
    bool modern_borders = true;  ///< false: `basemap: {borders: none}`, coasts only
    SourcePos extent_pos;
    bool extent_read = true;  ///< false when missing or unreadable (already reported)
    SourcePos size_pos;
    SourcePos crs_pos;
    SourcePos style_pos;
};

struct TimelineSpec {
    Instant start;
    Instant end;
    std::optional<Seconds> step;
    std::optional<int> frames;
    double fps = 4;
    std::string date_format = "%-d %B %Y";  ///< by default, as the locale writes dates
    /// Day and short month, for the timeline's ticks and the event labels ("2 Mar", "3月2日").
    std::string short_date_format = "%-d %b";
    /// By default "%H:%M " and the offset's name ("%H:%M UTC+9"): the loader names it.
    std::string time_format = "%H:%M UTC";
    std::string locale = "en";  ///< language of month and day names (ICU locale id)
    Seconds utc_offset{0};
    SourcePos pos;
    SourcePos end_pos;       ///< of the `end` value (of the timeline when it has none)
    SourcePos step_pos;      ///< of `step` or `frames` (of the timeline when it has neither)
    bool dates_read = true;  ///< false when start or end could not be read (already reported)
};

/// One camera keyframe: at `at` the map shows `extent` (fitted to the map area, never stretched).
struct CameraKeyframe {
    Instant at;
    Extent extent;
    SourcePos pos;         ///< the keyframe's mapping
    SourcePos extent_pos;  ///< its `extent`
    bool read = true;      ///< false when `at` or `extent` could not be read (already reported)
};

struct Scenario {
    std::string name;  ///< file stem; names the output folder
    std::string file;
    std::string title;
    std::string subtitle;
    std::string credits;
    MapSpec map;
    TimelineSpec timeline;
    std::vector<Place> places;
    std::vector<Movement> movements;
    std::vector<Event> events;
    std::vector<Source> sources;
    std::vector<Setting> style_overrides;  ///< the scenario's `style:` block
    std::vector<CameraKeyframe> camera;    ///< in date order; empty: the map's extent throughout
    /// The map's own words in the timeline's language, with the scenario's `words:` over them.
    Words words = english_words();

    [[nodiscard]] const Place* find_place(const std::string& id) const;
    [[nodiscard]] const Source* find_source(const std::string& id) const;
};

}  // namespace gt
