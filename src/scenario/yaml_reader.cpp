#include "scenario/yaml_reader.hpp"

#include <date/date.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "common/number_text.hpp"

namespace gt {

namespace {
std::string describe(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map:
            return "a mapping";
        case YAML::NodeType::Sequence:
            return "a list";
        case YAML::NodeType::Null:
            return "nothing";
        case YAML::NodeType::Scalar:
            return "'" + node.Scalar() + "'";
        default:
            return "an undefined value";
    }
}
}  // namespace

SourcePos YamlReader::pos(const YAML::Node& node) const {
    if (!node.IsDefined()) return {file_, 0, 0};  // Mark() throws on a missing key's node
    const YAML::Mark mark = node.Mark();
    if (mark.is_null()) return {file_, 0, 0};
    return {file_, mark.line + 1, mark.column + 1};
}

void YamlReader::error(const YAML::Node& node, std::string message, std::string hint) {
    sink_.push_back({Diagnostic::Severity::error, pos(node), std::move(message), std::move(hint)});
}

void YamlReader::warning(const YAML::Node& node, std::string message, std::string hint) {
    sink_.push_back(
        {Diagnostic::Severity::warning, pos(node), std::move(message), std::move(hint)});
}

bool YamlReader::mapping(const YAML::Node& node, const std::string& what,
                         const std::vector<std::string>& allowed) {
    if (!node.IsMap()) {
        error(node, what + " must be a mapping of keys to values, not " + describe(node),
              "write 'key: value' lines indented under it, or {key: value, ...}");
        return false;
    }
    std::set<std::string> seen;
    for (const auto& entry : node) {
        if (!entry.first.IsScalar()) {
            error(entry.first, "keys in " + what + " must be plain words",
                  "write the key as a word followed by a colon, e.g. 'name: ...'");
            continue;
        }
        const std::string& key = entry.first.Scalar();
        if (!seen.insert(key).second) {
            error(entry.first, "duplicate key '" + key + "' in " + what,
                  "remove one of them: YAML keeps only the first");
        }
        if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            error(entry.first, "unknown key '" + key + "' in " + what,
                  suggestion_hint(key, allowed));
        }
    }
    return true;
}

bool YamlReader::sequence(const YAML::Node& node, const std::string& what) {
    if (node.IsSequence()) return true;
    error(node, what + " must be a list, not " + describe(node), "write it as '- item' lines");
    return false;
}

YAML::Node YamlReader::field(const YAML::Node& parent, const char* key, bool required) {
    const YAML::Node node = parent[key];
    if (!node.IsDefined() || node.IsNull()) {
        if (required && !node.IsDefined()) {
            error(parent, std::string("missing required key '") + key + "'",
                  std::string("add '") + key + ": ...'");
        } else if (required) {
            error(key_node(parent, key), std::string("'") + key + "' is empty",
                  std::string("write a value after '") + key + ":'");
        }
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return node;
}

void YamlReader::flatten(const YAML::Node& node, const std::string& prefix,
                         std::vector<Setting>& out) {
    if (!mapping(node, prefix.empty() ? "the style" : "'" + prefix + "'", {})) return;
    for (const auto& entry : node) {
        const std::string path = (prefix.empty() ? "" : prefix + ".") + entry.first.Scalar();
        if (entry.second.IsMap() && path.find('.') == std::string::npos) {
            flatten(entry.second, path, out);
        } else if (entry.second.IsScalar()) {
            out.push_back({path, entry.second.Scalar(), pos(entry.second)});
        } else {
            error(entry.second,
                  "'" + path + "' must be a single value, not " + describe(entry.second));
        }
    }
}

YAML::Node YamlReader::key_node(const YAML::Node& map, const char* key) {
    for (const auto& entry : map) {
        if (entry.first.IsScalar() && entry.first.Scalar() == key) return entry.first;
    }
    return map;
}

std::optional<std::string> YamlReader::scalar(const YAML::Node& node, const std::string& what) {
    if (node.IsScalar()) return node.Scalar();
    error(node, what + " must be a single value, not " + describe(node),
          "write one value after the colon; quote it if it contains ': ' or starts with [ or {");
    return std::nullopt;
}

namespace {

/// Characters (UTF-8 code points) a text may have without a space or line break. A word longer
/// than a frame is wide is broken character by character when it is laid out, which costs the
/// square of its length (65,536 characters: minutes a frame); no name or URL comes near this.
constexpr std::size_t max_word_chars = 1000;

std::size_t longest_word(const std::string& text) {
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isspace(byte) != 0) {
            run = 0;
        } else if ((byte & 0xC0U) != 0x80U) {  // not a continuation byte
            longest = std::max(longest, ++run);
        }
    }
    return longest;
}

}  // namespace

std::optional<std::string> YamlReader::text(const YAML::Node& parent, const char* key,
                                            bool required) {
    const YAML::Node node = field(parent, key, required);
    if (!node.IsDefined()) return std::nullopt;
    auto value = scalar(node, std::string("'") + key + "'");
    if (value && longest_word(*value) > max_word_chars) {
        error(node,
              std::string("'") + key + "' has a word of " + std::to_string(longest_word(*value)) +
                  " characters, over the limit of " + std::to_string(max_word_chars),
              "break it with spaces: a word that long does not fit on a frame");
        return std::nullopt;
    }
    return value;
}

std::optional<double> YamlReader::number(const YAML::Node& parent, const char* key, bool required,
                                         double min, double max) {
    const YAML::Node node = field(parent, key, required);
    if (!node.IsDefined()) return std::nullopt;
    double value = 0;
    if (!node.IsScalar() || !YAML::convert<double>::decode(node, value) || !std::isfinite(value)) {
        error(node, std::string("'") + key + "' must be a number, not " + describe(node),
              "write digits, e.g. 6 or 0.5");
        return std::nullopt;
    }
    if (value < min || value > max) {
        error(node,
              std::string("'") + key + "' is " + node.Scalar() + ", outside " + number_text(min) +
                  " .. " + number_text(max),
              "use a value in that range");
        return std::nullopt;
    }
    return value;
}

std::optional<long> YamlReader::integer(const YAML::Node& parent, const char* key, bool required,
                                        long min, long max) {
    const YAML::Node node = field(parent, key, required);
    if (!node.IsDefined()) return std::nullopt;
    long value = 0;
    if (!node.IsScalar() || !YAML::convert<long>::decode(node, value)) {
        error(node, std::string("'") + key + "' must be a whole number, not " + describe(node),
              "write digits without a decimal point, e.g. 120");
        return std::nullopt;
    }
    if (value < min || value > max) {
        error(node,
              std::string("'") + key + "' is " + node.Scalar() + ", outside " +
                  std::to_string(min) + " .. " + std::to_string(max),
              "use a value in that range");
        return std::nullopt;
    }
    return value;
}

namespace {

/// ": February 2025 has 28 days" when `text` starts with a year, a month and a day past the
/// month's last; "" otherwise.
std::string impossible_day(const std::string& text) {
    static constexpr const char* months[] = {"January",   "February", "March",    "April",
                                             "May",       "June",     "July",     "August",
                                             "September", "October",  "November", "December"};
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return "";
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) return "";
    }
    const int year = std::stoi(text.substr(0, 4));
    const unsigned month = static_cast<unsigned>(std::stoi(text.substr(5, 2)));
    const unsigned day = static_cast<unsigned>(std::stoi(text.substr(8, 2)));
    if (month < 1 || month > 12 || day < 1) return "";
    const auto last = date::year_month_day_last(date::year{year} / date::month{month} / date::last);
    const unsigned days = static_cast<unsigned>(last.day());
    if (day <= days) return "";
    return std::string(": ") + months[month - 1] + " " + std::to_string(year) + " has " +
           std::to_string(days) + " days";
}

}  // namespace

std::optional<Instant> YamlReader::instant(const YAML::Node& parent, const char* key,
                                           bool required) {
    const YAML::Node node = field(parent, key, required);
    if (!node.IsDefined()) return std::nullopt;
    auto text = scalar(node, std::string("'") + key + "'");
    if (!text) return std::nullopt;
    auto t = parse_local_instant(*text, utc_offset_);
    if (!t) {
        error(node, "'" + *text + "' is not a date" + impossible_day(*text),
              "write a date as 2024-10-08, or a time as 2024-10-08T06:00 (in the timeline's "
              "utc_offset), 2024-10-08T06:00Z or 2024-10-08T15:00+09:00");
    }
    return t;
}

std::optional<Extent> YamlReader::extent(const YAML::Node& node) {
    if (!node.IsSequence() || node.size() != 4) {
        error(node, "'extent' must be four numbers [west, south, east, north]",
              "e.g. extent: [124, 38, 137.5, 49.5]");
        return std::nullopt;
    }
    double v[4];
    bool ok = true;
    for (std::size_t i = 0; i < 4; ++i) {
        ok = ok && node[i].IsScalar() && YAML::convert<double>::decode(node[i], v[i]) &&
             std::isfinite(v[i]);
    }
    if (!ok) {
        error(node, "'extent' must hold four numbers", "e.g. [124, 38, 137.5, 49.5]");
        return std::nullopt;
    }
    return Extent{v[0], v[1], v[2], v[3]};
}

std::optional<Seconds> YamlReader::duration(const YAML::Node& parent, const char* key,
                                            bool required) {
    const YAML::Node node = field(parent, key, required);
    if (!node.IsDefined()) return std::nullopt;
    auto text = scalar(node, std::string("'") + key + "'");
    if (!text) return std::nullopt;
    auto d = parse_duration(*text);
    if (!d) {
        error(node, "'" + *text + "' is not a duration",
              "write a number and a unit: 30m, 6h, 1d, 1w (or sums such as 1d12h)");
    }
    return d;
}

std::optional<bool> YamlReader::boolean(const YAML::Node& parent, const char* key, bool required) {
    const YAML::Node node = field(parent, key, required);
    if (!node.IsDefined()) return std::nullopt;
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
        error(node, std::string("'") + key + "' must be true or false, not " + describe(node),
              "write true or false");
        return std::nullopt;
    }
    return value;
}

std::optional<LonLat> YamlReader::lonlat(const YAML::Node& node, const std::string& what) {
    const std::string hint = "write coordinates as [lon, lat] in degrees, e.g. [131.886, 43.115]";
    YAML::Node lon_node;
    YAML::Node lat_node;
    if (node.IsSequence() && node.size() == 2) {
        lon_node = node[0];
        lat_node = node[1];
    } else if (node.IsMap() && mapping(node, what, {"lon", "lat"}) && node["lon"] && node["lat"]) {
        lon_node = node["lon"];
        lat_node = node["lat"];
    } else {
        error(node, what + " must be [lon, lat], not " + describe(node), hint);
        return std::nullopt;
    }
    LonLat p;
    bool ok = lon_node.IsScalar() && YAML::convert<double>::decode(lon_node, p.lon) &&
              lat_node.IsScalar() && YAML::convert<double>::decode(lat_node, p.lat);
    if (!ok || !std::isfinite(p.lon) || !std::isfinite(p.lat)) {
        error(node, what + " must hold two numbers", hint);
        return std::nullopt;
    }
    if (p.lon < -180 || p.lon > 180) {
        error(lon_node, "longitude " + lon_node.Scalar() + " is outside -180 .. 180",
              "coordinates are [lon, lat]: are they swapped?");
        return std::nullopt;
    }
    if (p.lat < -90 || p.lat > 90) {
        error(lat_node, "latitude " + lat_node.Scalar() + " is outside -90 .. 90",
              "coordinates are [lon, lat]: are they swapped?");
        return std::nullopt;
    }
    return p;
}

}  // namespace gt
