#include "scenario/json_schema.hpp"

#include "scenario/schema.hpp"

namespace gt {

namespace {

using json = nlohmann::json;

json lonlat() {
    return {
        {"oneOf",
         {{{"type", "array"},
           {"prefixItems",
            {{{"type", "number"},
              {"minimum", -180},
              {"maximum", 180},
              {"description", "longitude"}},
             {{"type", "number"}, {"minimum", -90}, {"maximum", 90}, {"description", "latitude"}}}},
           {"minItems", 2},
           {"maxItems", 2}},
          {{"type", "object"},
           {"properties",
            {{"lon", {{"type", "number"}, {"minimum", -180}, {"maximum", 180}}},
             {"lat", {{"type", "number"}, {"minimum", -90}, {"maximum", 90}}}}},
           {"required", {"lon", "lat"}},
           {"additionalProperties", false}}}}};
}

json field_schema(const FieldSchema& f) {
    json s;
    switch (f.type) {
        // The loader reads any scalar as text, so a bare year (date: 1949) is fine.
        case FieldType::text:
            s = {{"type", {"string", "number"}}};
            break;
        case FieldType::number:
            s = {{"type", "number"}};
            break;
        case FieldType::integer:
            s = {{"type", "integer"}};
            break;
        case FieldType::boolean:
            s = {{"type", "boolean"}};
            break;
        case FieldType::instant:
            s = {{"type", "string"},
                 {"pattern",
                  R"(^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$)"}};
            break;
        case FieldType::duration:
            s = {{"type", "string"}, {"pattern", R"(^(\d+[wdhms])+$)"}};
            break;
        case FieldType::utc_offset:
            s = {{"type", "string"}, {"pattern", R"(^[+-]\d{2}:\d{2}$)"}};
            break;
        case FieldType::lonlat:
            s = lonlat();
            break;
        case FieldType::waypoint:
            s = {{"oneOf", {{{"type", "string"}}, lonlat()}}};
            break;
        case FieldType::waypoints:
            s = {{"type", "array"}, {"items", {{"oneOf", {{{"type", "string"}}, lonlat()}}}}};
            break;
        case FieldType::extent:
            s = {{"type", "array"},
                 {"items", {{"type", "number"}}},
                 {"minItems", 4},
                 {"maxItems", 4}};
            break;
        case FieldType::size:
            s = {{"type", "array"},
                 {"items", {{"type", "integer"}, {"minimum", 64}}},
                 {"minItems", 2},
                 {"maxItems", 2}};
            break;
        case FieldType::choice:
            s = {{"enum", f.values}};
            break;
        case FieldType::names:
            s = {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}};
            break;
        case FieldType::object:
            s = {{"$ref", "#/$defs/" + f.object}};
            break;
        case FieldType::object_map:
            s = {{"type", "object"}, {"additionalProperties", {{"$ref", "#/$defs/" + f.object}}}};
            break;
        case FieldType::object_list:
            s = {{"type", "array"}, {"items", {{"$ref", "#/$defs/" + f.object}}}};
            break;
        case FieldType::style:
            s = {{"$ref", "#/$defs/style"}};
            break;
    }
    s["description"] = f.description;
    return s;
}

json object_schema(const ObjectSchema& o) {
    json properties = json::object();
    json required = json::array();
    for (const FieldSchema& f : o.fields) {
        properties[f.key] = field_schema(f);
        if (f.required) required.push_back(f.key);
    }
    json schema = {{"type", "object"},
                   {"description", o.description},
                   {"properties", properties},
                   {"required", required},
                   {"additionalProperties", false}};
    if (o.alternatives.empty()) return schema;
    json one_of = json::array();
    for (const KeyAlternative& a : o.alternatives) {
        json excluded = json::array();
        for (const std::string& key : a.excluded) excluded.push_back({{"required", {key}}});
        one_of.push_back({{"required", a.required}, {"not", {{"anyOf", excluded}}}});
    }
    schema["oneOf"] = one_of;
    return schema;
}

json style_schema(const std::vector<std::string>& paths) {
    json groups = json::object();
    json top = json::object();
    for (const std::string& path : paths) {
        const auto dot = path.find('.');
        if (dot == std::string::npos) {
            top[path] = {{"type", "string"}};
            continue;
        }
        const std::string group = path.substr(0, dot);
        json value;
        if (group == "sizes")
            value = {{"type", "number"}, {"minimum", 0}, {"maximum", 1000}};
        else if (group == "show")
            value = {{"type", "boolean"}};
        else
            value = {{"type", "string"}, {"pattern", "^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$"}};
        groups[group]["type"] = "object";
        groups[group]["additionalProperties"] = false;
        groups[group]["properties"][path.substr(dot + 1)] = value;
    }
    for (auto& [name, schema] : groups.items()) top[name] = schema;
    return {{"type", "object"},
            {"description", "Style settings, as in the files of styles/."},
            {"properties", top},
            {"additionalProperties", false}};
}

}  // namespace

nlohmann::json scenario_json_schema(const std::vector<std::string>& style_paths) {
    const std::vector<ObjectSchema> objects = scenario_schema();
    json schema = object_schema(objects.front());
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    schema["$id"] = "https://geotimeline.example/scenario.schema.json";
    schema["title"] = "geotimeline scenario";
    json defs = json::object();
    for (std::size_t i = 1; i < objects.size(); ++i)
        defs[objects[i].name] = object_schema(objects[i]);
    defs["style"] = style_schema(style_paths);
    schema["$defs"] = defs;
    return schema;
}

}  // namespace gt
