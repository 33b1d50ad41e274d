#pragma once
// Typed access to a yaml-cpp tree that records a Diagnostic (with file:line:column) for every
// problem instead of throwing, so one run reports all problems of a file.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/error.hpp"
#include "common/suggest.hpp"
#include "scenario/model.hpp"

namespace gt {

class YamlReader {
  public:
    YamlReader(std::string file, std::vector<Diagnostic>& sink)
        : file_(std::move(file)), sink_(sink) {}

    [[nodiscard]] SourcePos pos(const YAML::Node& node) const;
    void error(const YAML::Node& node, std::string message, std::string hint = {});
    void warning(const YAML::Node& node, std::string message, std::string hint = {});

    /// True when `node` is a mapping; reports unknown keys (with a suggestion) and duplicates.
    bool mapping(const YAML::Node& node, const std::string& what,
                 const std::vector<std::string>& allowed);
    /// True when `node` is a sequence; reports anything else.
    bool sequence(const YAML::Node& node, const std::string& what);

    std::optional<std::string> text(const YAML::Node& parent, const char* key, bool required);
    std::optional<double> number(const YAML::Node& parent, const char* key, bool required,
                                 double min, double max);
    std::optional<long> integer(const YAML::Node& parent, const char* key, bool required, long min,
                                long max);
    /// A date or time; one without Z or an offset is read in the offset set_utc_offset gave.
    std::optional<Instant> instant(const YAML::Node& parent, const char* key, bool required);
    /// The timeline's utc_offset, in which dates and times that name no offset are read.
    void set_utc_offset(Seconds offset) { utc_offset_ = offset; }
    std::optional<Seconds> duration(const YAML::Node& parent, const char* key, bool required);
    std::optional<bool> boolean(const YAML::Node& parent, const char* key, bool required);
    /// `[west, south, east, north]`: four finite numbers (ranges are checked by the validator).
    std::optional<Extent> extent(const YAML::Node& node);
    /// `[lon, lat]` or `{lon: .., lat: ..}`, range-checked.
    std::optional<LonLat> lonlat(const YAML::Node& node, const std::string& what);

    /// A scalar that must be one of `options` (e.g. confidence levels).
    template <class E>
    std::optional<E> choice(const YAML::Node& parent, const char* key, bool required,
                            const std::vector<std::pair<std::string, E>>& options) {
        auto value = text(parent, key, required);
        if (!value) return std::nullopt;
        std::vector<std::string> names;
        for (const auto& [name, e] : options) {
            if (name == *value) return e;
            names.push_back(name);
        }
        error(parent[key], "unknown " + std::string(key) + " '" + *value + "'",
              suggestion_hint(*value, names));
        return std::nullopt;
    }

    /// Flattens nested mappings of scalars into dotted settings ("colors.sea"), reporting lists.
    void flatten(const YAML::Node& node, const std::string& prefix, std::vector<Setting>& out);

    /// A scalar's text, reporting a non-scalar.
    std::optional<std::string> scalar(const YAML::Node& node, const std::string& what);

    /// The node of `key` itself in `map` (where an empty value is best pointed at), or `map`.
    [[nodiscard]] static YAML::Node key_node(const YAML::Node& map, const char* key);

  private:
    YAML::Node field(const YAML::Node& parent, const char* key, bool required);

    std::string file_;
    std::vector<Diagnostic>& sink_;
    Seconds utc_offset_{0};
};

}  // namespace gt
