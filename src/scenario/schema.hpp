#pragma once
// The scenario format as data: every object, its keys, their types, allowed values and
// descriptions. The loader takes its lists of allowed keys and values from here, and the JSON
// Schema for editors is generated from it, so the two cannot drift apart.
#include <string>
#include <vector>

namespace gt {

enum class FieldType {
    text,  ///< a string
    number,
    integer,
    boolean,
    instant,      ///< ISO 8601 date or date-time
    duration,     ///< 6h, 1d, 1d12h
    utc_offset,   ///< +09:00
    lonlat,       ///< [lon, lat] or {lon, lat}
    waypoint,     ///< a place id or [lon, lat]
    waypoints,    ///< a list of waypoints
    extent,       ///< [west, south, east, north]
    size,         ///< [width, height]
    choice,       ///< one of `values`
    names,        ///< a mapping of language/script -> name
    object,       ///< a nested object named by `object`
    object_map,   ///< id -> object named by `object`
    object_list,  ///< a list of objects named by `object`
    style         ///< style settings (see styles/)
};

struct FieldSchema {
    std::string key;
    FieldType type = FieldType::text;
    bool required = false;
    std::string description;
    std::vector<std::string> values;  ///< for choice
    std::string object;               ///< for object, object_map, object_list
};

/// One of the ways to fill an object: these keys must all be there and those must not.
struct KeyAlternative {
    std::vector<std::string> required;
    std::vector<std::string> excluded;
};

struct ObjectSchema {
    std::string name;  ///< "scenario", "map", "timeline", "place", "movement", "event", "source"
    std::string description;
    std::vector<FieldSchema> fields;
    /// Exactly one of these must hold (a movement's from/to or its track); empty: no such rule.
    std::vector<KeyAlternative> alternatives;
};

/// Every object of the format; the first is the file's top level.
[[nodiscard]] std::vector<ObjectSchema> scenario_schema();

/// The keys an object allows, in schema order.
/// @pre `object` names an object of scenario_schema()
[[nodiscard]] std::vector<std::string> allowed_keys(const std::string& object);

/// The ways an object may be filled (see ObjectSchema::alternatives).
/// @pre `object` names an object of scenario_schema()
[[nodiscard]] std::vector<KeyAlternative> key_alternatives(const std::string& object);

/// The values of a choice field ("movement", "confidence").
[[nodiscard]] std::vector<std::string> allowed_values(const std::string& object,
                                                      const std::string& key);

}  // namespace gt
