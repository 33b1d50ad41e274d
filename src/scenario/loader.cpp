#include "scenario/loader.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

#include "common/contained_file.hpp"
#include "common/warning_cap.hpp"
#include "scenario/gazetteer.hpp"
#include "scenario/schema.hpp"
#include "scenario/track_loader.hpp"
#include "scenario/validate.hpp"
#include "scenario/yaml_document.hpp"
#include "scenario/yaml_reader.hpp"
#include "timeline/date_formats.hpp"
#include "timeline/schedule.hpp"

namespace gt {

namespace {

const std::vector<std::pair<std::string, Confidence>> kConfidences{
    {"confirmed", Confidence::confirmed},
    {"reported", Confidence::reported},
    {"claimed", Confidence::claimed},
    {"denied", Confidence::denied},
    {"unknown", Confidence::unknown}};

const std::vector<std::pair<std::string, Mode>> kModes{
    {"sea", Mode::sea}, {"land", Mode::land}, {"rail", Mode::rail}, {"air", Mode::air}};

/// Turns one parsed YAML document into a Scenario, recording problems in the reader.
class ScenarioParser {
  public:
    ScenarioParser(YamlReader& reader, const ScenarioLimits& limits)
        : r_(reader), limits_(limits) {}

    void parse(const YAML::Node& root, Scenario& s) {
        s.map.extent_read = false;  // until read: the validator skips what was never read
        s.timeline.dates_read = false;
        if (!r_.mapping(root, "the scenario", allowed_keys("scenario"))) {
            return;
        }
        s.title = r_.text(root, "title", true).value_or("");
        s.subtitle = r_.text(root, "subtitle", false).value_or("");
        s.credits = r_.text(root, "credits", false).value_or("");
        if (const YAML::Node map = required_section(root, "map", "'map:' with at least 'extent'")) {
            parse_map(map, s.map);
        }
        if (const YAML::Node n = root["basemap"]; n && !n.IsNull()) parse_basemap(n, s.map);
        if (const YAML::Node timeline =
                required_section(root, "timeline", "'timeline:' with start and end")) {
            parse_timeline(timeline, s.timeline);
        }
        // An optional section left empty ("events:") means none.
        if (const YAML::Node n = root["sources"]; n && !n.IsNull()) parse_sources(n, s.sources);
        if (const YAML::Node n = root["places"]; n && !n.IsNull()) parse_places(n, s.places);
        if (const YAML::Node n = root["movements"]; n && !n.IsNull()) {
            parse_movements(n, s.movements);
        }
        if (const YAML::Node n = root["events"]; n && !n.IsNull()) parse_events(n, s.events);
        if (const YAML::Node n = root["style"]; n && !n.IsNull()) {
            r_.flatten(n, "", s.style_overrides);
        }
        if (const YAML::Node n = root["camera"]; n && !n.IsNull()) parse_camera(n, s.camera);
        choose_words(root, s);
    }

  private:
    /// The section `key` of the root, or an undefined node after reporting it missing or empty.
    YAML::Node required_section(const YAML::Node& root, const char* key, const std::string& what) {
        const YAML::Node n = root[key];
        if (!n) {
            r_.error(root, std::string("missing required key '") + key + "'", "add a " + what);
        } else if (n.IsNull()) {
            r_.error(YamlReader::key_node(root, key), std::string("'") + key + "' is empty",
                     "write a " + what + " under it");
            return YAML::Node(YAML::NodeType::Undefined);
        }
        return n;
    }

    void parse_basemap(const YAML::Node& n, MapSpec& map) {
        if (!r_.mapping(n, "'basemap'", allowed_keys("basemap"))) return;
        static const std::vector<std::pair<std::string, bool>> kBorders{{"modern", true},
                                                                        {"none", false}};
        map.modern_borders = r_.choice(n, "borders", false, kBorders).value_or(true);
    }

    void parse_map(const YAML::Node& n, MapSpec& map) {
        if (!r_.mapping(n, "'map'", allowed_keys("map"))) return;
        const YAML::Node extent = n["extent"];
        map.extent_pos = r_.pos(extent ? extent : n);
        map.size_pos = r_.pos(n["size"] ? n["size"] : n);
        if (!extent) {
            r_.error(n, "missing required key 'extent'",
                     "add 'extent: [west, south, east, north]' in degrees");
        } else if (const auto e = r_.extent(extent)) {
            map.extent = *e;
            map.extent_read = true;
        }
        map.crs_pos = r_.pos(n["crs"]);
        map.crs = r_.text(n, "crs", false).value_or("");
        if (const YAML::Node size = n["size"]) {
            int w = 0, h = 0;
            if (size.IsSequence() && size.size() == 2 && size[0].IsScalar() && size[1].IsScalar() &&
                YAML::convert<int>::decode(size[0], w) && YAML::convert<int>::decode(size[1], h)) {
                map.width = w;
                map.height = h;
            } else {
                r_.error(size, "'size' must be [width, height] in pixels",
                         "e.g. size: [1920, 1080]");
            }
        }
        static const std::vector<std::pair<std::string, std::string>> kWorldviews{
            {"un", "un"}, {"ukraine", "ukraine"}, {"russia", "russia"}};
        map.worldview = r_.choice(n, "worldview", false, kWorldviews).value_or("un");
        map.style_pos = r_.pos(n["style"]);
        map.style = r_.text(n, "style", false).value_or(map.style);
        // A style is a name in the styles folder, never a path: a path could name a FIFO.
        if (map.style.empty() ||
            map.style.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                        "0123456789-_") != std::string::npos) {
            r_.error(n["style"], "style '" + map.style + "' is not a style name",
                     "name a style of the styles folder without '.yaml': report, dark or print");
        }
    }

    /// Dates as the timeline's language writes them ("2025年3月2日" in Japanese), unless it is
    /// English, whose default stays day, month and year ("2 March 2025"), or the scenario gave
    /// its own date_format.
    static void use_locale_dates(TimelineSpec& t, bool date_format_given) {
        const bool english =
            t.locale == "en" || t.locale.rfind("en-", 0) == 0 || t.locale.rfind("en_", 0) == 0;
        if (english) return;
        if (!date_format_given) {
            t.date_format = locale_date_format(t.locale, "dMMMMy").value_or(t.date_format);
        }
        t.short_date_format = locale_date_format(t.locale, "dMMM").value_or(t.short_date_format);
    }

    void parse_timeline(const YAML::Node& n, TimelineSpec& t) {
        if (!r_.mapping(n, "'timeline'", allowed_keys("timeline"))) {
            return;
        }
        t.pos = r_.pos(n);
        // First: the dates, here and everywhere after, that name no offset are read in it.
        if (auto offset = r_.text(n, "utc_offset", false)) {
            if (const auto seconds = parse_utc_offset(*offset)) {
                t.utc_offset = *seconds;
                r_.set_utc_offset(t.utc_offset);
            } else {
                r_.error(n["utc_offset"], "'" + *offset + "' is not a UTC offset",
                         "write it as +09:00 or -05:00 (quoted: \"+09:00\")");
            }
        }
        const auto start = r_.instant(n, "start", true);
        const auto end = r_.instant(n, "end", true);
        t.start = start.value_or(Instant{});
        t.end = end.value_or(Instant{});
        t.dates_read = start && end;
        t.end_pos = n["end"] ? r_.pos(n["end"]) : t.pos;
        t.step_pos = n["step"] ? r_.pos(n["step"]) : n["frames"] ? r_.pos(n["frames"]) : t.pos;
        t.step = r_.duration(n, "step", false);
        if (auto frames = r_.integer(n, "frames", false, 1, 1000000)) {
            t.frames = static_cast<int>(*frames);
        }
        if (t.step && t.frames) {
            r_.error(n["frames"], "give either 'step' or 'frames', not both", "remove one of them");
        }
        t.fps = r_.number(n, "fps", false, 0.1, 240).value_or(t.fps);
        for (const auto& [key, format] :
             {std::pair{"date_format", &t.date_format}, std::pair{"time_format", &t.time_format}}) {
            const auto text = r_.text(n, key, false);
            if (!text) continue;
            if (const auto bad = unsupported_conversion(*text)) {
                r_.error(n[key],
                         "'" + *bad + "' in " + key + " is not a date conversion geotimeline knows",
                         "use " + supported_conversions() + " (%% for a percent sign)");
            } else {
                *format = *text;
            }
        }
        if (auto locale = r_.text(n, "locale", false)) {
            if (is_known_locale(*locale))
                t.locale = *locale;
            else
                r_.error(n["locale"], "unknown locale '" + *locale + "'",
                         "use a language code such as en, id, ko, ru, fr or de");
        }
        use_locale_dates(t, n["date_format"].IsDefined());
        // The clock names the offset its times are in; a daily map shows no "00:00 UTC" under
        // each date unless asked to.
        if (!n["time_format"]) t.time_format = "%H:%M " + utc_offset_label(t.utc_offset);
        if (!n["time_format"] && t.dates_read && t.end > t.start && every_frame_at_midnight(t)) {
            t.time_format.clear();
        }
    }

    /// The locale's words, then the scenario's own over them.
    void choose_words(const YAML::Node& root, Scenario& s) {
        const YAML::Node n = root["words"];
        auto words = words_for(s.timeline.locale);
        const bool built_in = words.has_value();
        if (words) {
            s.words = std::move(*words);
        } else if (!n || n.IsNull()) {  // "words:" left empty gives none either
            const YAML::Node timeline = root["timeline"];
            const YAML::Node locale = timeline.IsMap() ? timeline["locale"] : YAML::Node();
            r_.warning(locale.IsDefined() ? locale : root,
                       "the map's own words (legend, confidence levels, sources line) stay "
                       "English: geotimeline has none in '" +
                           s.timeline.locale + "'",
                       "give them under 'words:' (geotimeline schema lists the keys), or use a "
                       "locale with its own: en, id, fr, de, es, ru, uk, ko");
        }
        if (!n || n.IsNull() || !r_.mapping(n, "'words'", allowed_keys("words"))) return;
        std::vector<std::string> missing;
        for (const WordKey& k : word_keys()) {
            if (auto text = r_.text(n, k.key.c_str(), false))
                s.words.text[k.key] = *text;
            else if (!n[k.key])
                missing.push_back(k.key);
        }
        if (!built_in && !missing.empty()) warn_words_left_english(n, s.timeline.locale, missing);
        read_word_map(n, "kinds", s.words.kinds);
        read_word_map(n, "countries", s.words.countries);
        if (const YAML::Node countries = n["countries"]; countries && countries.IsMap()) {
            for (const auto& entry : countries) {
                s.words.country_positions[entry.first.Scalar()] = r_.pos(entry.first);
            }
        }
        warn_kinds_no_place_has(n["kinds"], s.places);
    }

    /// A locale without built-in words whose 'words:' leaves some out: those stay English.
    void warn_words_left_english(const YAML::Node& words, const std::string& locale,
                                 const std::vector<std::string>& missing) {
        std::string listed;
        for (std::size_t i = 0; i < missing.size() && i < 5; ++i) {
            listed += (i == 0 ? "" : ", ") + missing[i];
        }
        if (missing.size() > 5) listed += " and " + std::to_string(missing.size() - 5) + " more";
        r_.warning(words,
                   std::to_string(missing.size()) + " of the map's " +
                       std::to_string(word_keys().size()) +
                       " words stay English: geotimeline has none in '" + locale +
                       "' and 'words:' does not give " + listed,
                   "give every key 'geotimeline schema' lists under 'words', or use a locale "
                   "with its own: en, id, fr, de, es, ru, uk, ko");
    }

    /// A word for a kind no place is of is never shown: most likely a misspelt kind.
    void warn_kinds_no_place_has(const YAML::Node& kinds, const std::vector<Place>& places) {
        if (!kinds || !kinds.IsMap()) return;
        std::vector<std::string> used;
        for (const Place& p : places) {
            if (std::find(used.begin(), used.end(), p.kind) == used.end()) used.push_back(p.kind);
        }
        for (const auto& entry : kinds) {
            const std::string kind = entry.first.Scalar();
            if (std::find(used.begin(), used.end(), kind) != used.end()) continue;
            r_.warning(entry.first, "no place is of kind '" + kind + "': its word is never shown",
                       suggestion_hint(kind, used));
        }
    }

    /// `words: {key: {name: word, ...}}` into `out`.
    void read_word_map(const YAML::Node& words, const char* key,
                       std::map<std::string, std::string>& out) {
        const YAML::Node n = words[key];
        if (!n || !r_.mapping(n, std::string("'words: ") + key + "'", {})) return;
        for (const auto& entry : n) {
            if (auto word = r_.scalar(entry.second, "a word")) out[entry.first.Scalar()] = *word;
        }
    }

    void parse_sources(const YAML::Node& n, std::vector<Source>& sources) {
        if (!r_.mapping(n, "'sources'", {}) || !within_entry_limit(n, "'sources'")) return;
        for (const auto& entry : n) {
            Source src;
            src.id = entry.first.Scalar();
            src.pos = r_.pos(entry.first);
            const YAML::Node& v = entry.second;
            if (v.IsNull()) {
                r_.error(entry.first, "source '" + src.id + "' has nothing under it",
                         "add at least '{title: ...}'");
                continue;
            }
            if (!r_.mapping(v, "source '" + src.id + "'", allowed_keys("source"))) {
                continue;
            }
            src.title = r_.text(v, "title", true).value_or("");
            src.publisher = r_.text(v, "publisher", false).value_or("");
            src.date = r_.text(v, "date", false).value_or("");
            src.url = r_.text(v, "url", false).value_or("");
            sources.push_back(std::move(src));
        }
    }

    void parse_places(const YAML::Node& n, std::vector<Place>& places) {
        if (!r_.mapping(n, "'places'", {}) || !within_entry_limit(n, "'places'")) return;
        for (const auto& entry : n) {
            Place p;
            p.id = entry.first.Scalar();
            p.pos = r_.pos(entry.first);
            const YAML::Node& v = entry.second;
            if (v.IsNull()) {
                r_.error(entry.first, "place '" + p.id + "' has nothing under it",
                         "add at least '{at: [lon, lat]}'");
                continue;
            }
            if (!r_.mapping(v, "place '" + p.id + "'", allowed_keys("place"))) {
                continue;
            }
            p.name = r_.text(v, "name", false).value_or(p.id);
            if (const YAML::Node local = v["local"];
                local && r_.mapping(local, "'local' names of '" + p.id + "'", {})) {
                for (const auto& l : local) {
                    if (auto name = r_.scalar(l.second, "a local name")) {
                        p.local_names[l.first.Scalar()] = *name;
                    }
                }
            }
            if (v["at"]) {
                if (auto ll = r_.lonlat(v["at"], "'at'"))
                    p.position = *ll;
                else
                    p.position_read = false;
            } else if (v["name"]) {
                p.needs_lookup = true;  // by name, in the gazetteer, once parsing is done
            } else {
                r_.error(v, "place '" + p.id + "' has no position",
                         "add 'at: [lon, lat]' in degrees, or a 'name:' to look up");
            }
            p.country = r_.text(v, "country", false).value_or("");
            if (!p.country.empty() && !is_place_code(p.country)) {
                r_.error(v["country"], "'" + p.country + "' is not a country code",
                         "write an ISO code (UA), or a code and division as candidates list them "
                         "(UA-19)");
            }
            p.kind = r_.text(v, "kind", false).value_or("city");
            if (!is_drawn_kind(p.kind)) {
                r_.warning(v["kind"],
                           "place '" + p.id + "': kind '" + p.kind +
                               "' has no symbol of its own and is drawn as a city",
                           "kinds with a symbol: capital, port; city, town and village are dots");
            }
            p.show_label = r_.boolean(v, "label", false).value_or(true);
            places.push_back(std::move(p));
        }
    }

    std::optional<Waypoint> waypoint(const YAML::Node& n, const std::string& what) {
        Waypoint w;
        w.pos = r_.pos(n);
        if (n.IsScalar()) {
            w.place_id = n.Scalar();
            return w;
        }
        if (auto ll = r_.lonlat(n, what)) {
            w.position = *ll;
            return w;
        }
        return std::nullopt;
    }

    void parse_movements(const YAML::Node& n, std::vector<Movement>& movements) {
        if (!r_.sequence(n, "'movements'") || !within_entry_limit(n, "'movements'")) return;
        for (const auto& v : n) {
            if (!r_.mapping(v, "a movement", allowed_keys("movement"))) {
                continue;
            }
            Movement m;
            m.pos = r_.pos(v);
            m.end_pos = v["end"] ? r_.pos(v["end"]) : m.pos;
            m.id = r_.text(v, "id", true).value_or("");
            m.label = r_.text(v, "label", false).value_or(m.id);
            if (const YAML::Node track = v["track"]) {
                read_track_movement(v, track, m);
            } else {
                read_path(v, m);
                const auto start = r_.instant(v, "start", true);
                const auto end = r_.instant(v, "end", true);
                m.start = start.value_or(Instant{});
                m.end = end.value_or(Instant{});
                m.dates_read = start && end;
            }
            if (auto count = r_.integer(v, "count", false, 1, 100000000000L)) m.count = count;
            m.unit_name = r_.text(v, "unit", false).value_or("");
            m.mode = r_.choice(v, "mode", false, kModes).value_or(Mode::land);
            m.source_id = r_.text(v, "source", false).value_or("");
            m.source_pos = v["source"] ? r_.pos(v["source"]) : r_.pos(v);
            m.confidence =
                r_.choice(v, "confidence", true, kConfidences).value_or(Confidence::unknown);
            movements.push_back(std::move(m));
        }
    }

    /// from, via..., to.
    void read_path(const YAML::Node& v, Movement& m) {
        std::optional<Waypoint> from, to;
        if (v["from"])
            from = waypoint(v["from"], "'from'");
        else
            r_.error(v, "movement '" + m.id + "' has no 'from'",
                     "add 'from: <place id>' (or a 'track:' file)");
        if (v["to"])
            to = waypoint(v["to"], "'to'");
        else
            r_.error(v, "movement '" + m.id + "' has no 'to'", "add 'to: <place id>'");
        if (from) m.path.push_back(*from);
        if (const YAML::Node via = v["via"];
            via && r_.sequence(via, "'via'") && within_entry_limit(via, "'via'")) {
            for (const auto& w : via) {
                if (auto wp = waypoint(w, "a 'via' point")) m.path.push_back(*wp);
            }
        }
        if (to) m.path.push_back(*to);
    }

    /// A movement along a track file: the file is read after parsing (load_tracks), which
    /// also dates the movement; here its start and end are optional.
    void read_track_movement(const YAML::Node& v, const YAML::Node& n, Movement& m) {
        for (const char* key : {"from", "via", "to"}) {
            if (v[key]) {
                r_.error(YamlReader::key_node(v, key),
                         "give either 'track' or '" + std::string(key) + "', not both",
                         "a track file is the whole path: remove from, via and to");
            }
        }
        m.dates_read = false;  // until the track is read
        TrackSpec spec;
        spec.pos = r_.pos(YamlReader::key_node(v, "track"));
        spec.start = r_.instant(v, "start", false);
        spec.end = r_.instant(v, "end", false);
        if (v["start"]) spec.start_pos = r_.pos(v["start"]);
        if (v["end"]) spec.end_pos = r_.pos(v["end"]);
        if (n.IsNull()) {
            r_.error(YamlReader::key_node(v, "track"), "'track' is empty",
                     "write track: {file: tracks/ship.gpx}");
            return;
        }
        if (n.IsScalar()) {
            r_.error(n, "'track' must be a mapping, not '" + n.Scalar() + "'",
                     "write track: {file: " + n.Scalar() + "}");
            return;
        }
        if (!r_.mapping(n, "'track'", allowed_keys("track"))) return;
        const auto file = r_.text(n, "file", true);
        spec.layer = r_.text(n, "layer", false).value_or("");
        spec.where = r_.text(n, "where", false).value_or("");
        if (const YAML::Node c = n["columns"];
            c && r_.mapping(c, "'columns'", allowed_keys("track_columns"))) {
            spec.columns.time = r_.text(c, "time", false).value_or("");
            spec.columns.lon = r_.text(c, "lon", false).value_or("");
            spec.columns.lat = r_.text(c, "lat", false).value_or("");
        }
        if (!file) return;
        spec.file = *file;
        m.track = std::move(spec);
    }

    void parse_events(const YAML::Node& n, std::vector<Event>& events) {
        if (!r_.sequence(n, "'events'") || !within_entry_limit(n, "'events'")) return;
        for (const auto& v : n) {
            if (!r_.mapping(v, "an event", allowed_keys("event"))) {
                continue;
            }
            Event e;
            e.pos = r_.pos(v);
            e.end_pos = v["end"] ? r_.pos(v["end"]) : e.pos;
            e.id = r_.text(v, "id", true).value_or("");
            e.label = r_.text(v, "label", true).value_or("");
            e.detail = r_.text(v, "detail", false).value_or("");
            if (v["date"]) {
                if (v["start"]) {
                    r_.error(v["start"], "give either 'date' or 'start', not both",
                             "'date' is a single day; 'start' and 'end' a span");
                }
                const auto date = r_.instant(v, "date", true);
                e.start = date.value_or(Instant{});
                e.end = e.start;
                e.dates_read = date.has_value();
            } else {
                const auto start = r_.instant(v, "start", false);
                if (!v["start"]) {
                    r_.error(v, "event '" + e.id + "' has no date",
                             "add 'date: 2024-10-13' or 'start:' and 'end:'");
                }
                const auto end = r_.instant(v, "end", false);
                e.start = start.value_or(Instant{});
                e.end = end.value_or(e.start);
                e.dates_read = start && (end || !v["end"]);
            }
            if (v["place"] && v["at"]) {
                r_.error(v["at"], "give either 'place' or 'at', not both",
                         "'place' names a place id; 'at' gives [lon, lat]");
            } else if (v["place"]) {
                if (auto id = r_.text(v, "place", true))
                    e.at = Waypoint{*id, {}, r_.pos(v["place"])};
            } else if (v["at"]) {
                if (auto ll = r_.lonlat(v["at"], "'at'")) e.at = Waypoint{"", *ll, r_.pos(v["at"])};
            }
            e.source_id = r_.text(v, "source", false).value_or("");
            e.source_pos = v["source"] ? r_.pos(v["source"]) : r_.pos(v);
            e.confidence =
                r_.choice(v, "confidence", true, kConfidences).value_or(Confidence::unknown);
            events.push_back(std::move(e));
        }
    }

    void parse_camera(const YAML::Node& n, std::vector<CameraKeyframe>& camera) {
        if (!r_.sequence(n, "'camera'") || !within_entry_limit(n, "'camera'")) return;
        for (const auto& v : n) {
            if (!r_.mapping(v, "a camera keyframe", allowed_keys("camera_keyframe"))) continue;
            CameraKeyframe k;
            k.pos = r_.pos(v);
            const auto at = r_.instant(v, "at", true);
            k.at = at.value_or(Instant{});
            std::optional<Extent> extent;
            if (const YAML::Node e = v["extent"]) {
                k.extent_pos = r_.pos(e);
                extent = r_.extent(e);
            } else {
                r_.error(v, "camera keyframe has no 'extent'",
                         "add 'extent: [west, south, east, north]' in degrees");
            }
            k.extent = extent.value_or(Extent{});
            k.read = at && extent;
            camera.push_back(k);
        }
    }

    /// False (with an error) when a list or mapping of entries is longer than the limit.
    bool within_entry_limit(const YAML::Node& n, const std::string& what) {
        if (n.size() <= limits_.max_entries) return true;
        r_.error(n,
                 what + " has " + std::to_string(n.size()) + " entries, over the limit of " +
                     std::to_string(limits_.max_entries),
                 "split the scenario into several files");
        return false;
    }

    YamlReader& r_;
    const ScenarioLimits& limits_;
};

/// The document's root node, after the byte and structure checks.
/// @throws InputError for a file that is not text, not YAML, over a limit or empty.
YAML::Node parse_document(const std::string& yaml, const std::string& file,
                          const ScenarioLimits& limits) {
    const YAML::Node root = load_yaml_document(yaml, file, limits);
    if (!root.IsDefined() || root.IsNull()) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {file, 1, 1},
                                    "the scenario file is empty",
                                    "start from scenarios/korea-russia-2024.yaml"});
    }
    return root;
}

/// Errors first (at most `limits.max_errors`, then a note that more were left out), warnings
/// after them.
std::vector<Diagnostic> errors_then_warnings(const std::vector<Diagnostic>& diagnostics,
                                             const std::string& file,
                                             const ScenarioLimits& limits) {
    std::vector<Diagnostic> errors;
    std::vector<Diagnostic> warnings;
    std::size_t left_out = 0;
    for (const Diagnostic& d : diagnostics) {
        if (d.severity == Diagnostic::Severity::warning)
            warnings.push_back(d);
        else if (errors.size() < limits.max_errors)
            errors.push_back(d);
        else
            ++left_out;
    }
    if (left_out > 0) {
        errors.push_back({Diagnostic::Severity::error,
                          {file, 0, 0},
                          std::to_string(left_out) + " more errors not shown",
                          "fix the errors above and run again"});
    }
    cap_warnings(warnings, file, limits.max_errors);
    errors.insert(errors.end(), warnings.begin(), warnings.end());
    return errors;
}

}  // namespace

LoadedScenario load_scenario_text(const std::string& yaml, const std::string& file,
                                  const ScenarioLimits& limits,
                                  const std::filesystem::path& gazetteer) {
    const YAML::Node root = parse_document(yaml, file, limits);
    std::vector<Diagnostic> diagnostics;
    YamlReader reader(file, diagnostics);
    LoadedScenario result;
    Scenario& s = result.scenario;
    s.file = file;
    s.name = std::filesystem::path(file).stem().string();
    try {
        ScenarioParser(reader, limits).parse(root, s);
    } catch (const YAML::Exception& e) {
        // The parser checks every node's type before using it; this is a last line of defence.
        reader.error(root, "cannot read the scenario: " + e.msg,
                     "please report this as a bug, with the file");
    }
    load_tracks(s, std::filesystem::path(file).parent_path(), diagnostics, limits);
    resolve_place_names(s, gazetteer, diagnostics);
    validate_scenario(s, diagnostics, limits);
    const bool failed = std::any_of(diagnostics.begin(), diagnostics.end(), [](const auto& d) {
        return d.severity == Diagnostic::Severity::error;
    });
    if (failed) throw InputError(errors_then_warnings(diagnostics, file, limits));
    cap_warnings(diagnostics, file, limits.max_errors);
    result.warnings = std::move(diagnostics);
    return result;
}

namespace {

/// The whole file, or an InputError when it is a directory, missing, not a regular file (a
/// FIFO would block, a device never end) or over the size limit.
std::string read_scenario_file(const std::filesystem::path& file, const ScenarioLimits& limits) {
    std::error_code ec;
    const std::string name = file.string();
    const auto input_error = [&](std::string message, std::string hint) {
        return InputError(Diagnostic{
            Diagnostic::Severity::error, {name, 0, 0}, std::move(message), std::move(hint)});
    };
    OpenResult opened = open_regular_file(file);
    if (const auto* problem = std::get_if<FileProblem>(&opened)) {
        switch (problem->kind) {
            case FileProblem::Kind::folder:
                throw input_error("is a directory, not a scenario file",
                                  "name a .yaml file inside it");
            case FileProblem::Kind::missing:
                throw input_error("no such file", "check the path, which is read from " +
                                                      std::filesystem::current_path(ec).string());
            case FileProblem::Kind::unreadable:
                throw RuntimeError(name + ": " + problem->message);
            default:
                throw input_error(problem->message, "save the scenario as a file and name it");
        }
    }
    std::string text = std::get<OpenedFile>(opened).read(limits.max_file_bytes);
    if (text.size() > limits.max_file_bytes) {
        throw input_error(
            "file is over the limit of " + std::to_string(limits.max_file_bytes) + " bytes",
            "a scenario is a small hand-edited text file");
    }
    return text;
}

}  // namespace

LoadedScenario load_scenario(const std::filesystem::path& file, const ScenarioLimits& limits,
                             const std::filesystem::path& gazetteer) {
    return load_scenario_text(read_scenario_file(file, limits), file.string(), limits, gazetteer);
}

}  // namespace gt
