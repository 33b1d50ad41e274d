#include "geo/water_names.hpp"

#include <charconv>
#include <sstream>

#include "common/error.hpp"

namespace gt {

// Defined in the file CMake generates from geodata/water-names.tsv.
extern const std::string_view water_names_tsv;

namespace {

std::vector<std::string_view> split(std::string_view text, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(sep, start);
        out.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) return out;
        start = end + 1;
    }
}

bool to_double(std::string_view s, double& out) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && end == s.data() + s.size();
}

bool kind_of(std::string_view s, WaterName::Kind& kind) {
    using K = WaterName::Kind;
    const std::pair<std::string_view, K> kinds[] = {{"ocean", K::ocean}, {"sea", K::sea},
                                                    {"gulf", K::gulf},   {"strait", K::strait},
                                                    {"lake", K::lake},   {"river", K::river}};
    for (const auto& [word, k] : kinds) {
        if (s == word) kind = k;
        if (s == word) return true;
    }
    return false;
}

bool placement_of(std::string_view s, WaterName::Placement& placement) {
    using P = WaterName::Placement;
    if (s == "point" || s == "points") placement = P::points;
    if (s == "line") placement = P::line;
    if (s == "river") placement = P::river;
    return s == "point" || s == "points" || s == "line" || s == "river";
}

bool read_points(std::string_view s, std::vector<LonLat>& points) {
    for (std::string_view pair : split(s, ';')) {
        const std::size_t space = pair.find(' ');
        LonLat p;
        if (space == std::string_view::npos || !to_double(pair.substr(0, space), p.lon) ||
            !to_double(pair.substr(space + 1), p.lat)) {
            return false;
        }
        points.push_back(p);
    }
    return !points.empty();
}

bool read_names(std::string_view s, WaterName& w) {
    if (s.empty()) return true;
    for (std::string_view entry : split(s, '|')) {
        const std::size_t eq = entry.find('=');
        if (eq == std::string_view::npos || eq == 0 || eq + 1 == entry.size()) return false;
        w.names.emplace_back(entry.substr(0, eq), entry.substr(eq + 1));
    }
    return true;
}

}  // namespace

const std::string& WaterName::in(const std::string& language) const {
    for (const auto& [code, text] : names) {
        if (code == language) return text;
    }
    return name;
}

std::vector<WaterName> parse_water_names(std::string_view tsv) {
    std::vector<WaterName> out;
    int line_number = 0;
    for (std::string_view line : split(tsv, '\n')) {
        ++line_number;
        if (line.empty() || line.front() == '#') continue;
        const auto fields = split(line, '\t');
        WaterName w;
        const bool ok = fields.size() == 6 && kind_of(fields[0], w.kind) && !fields[1].empty() &&
                        to_double(fields[2], w.size) && placement_of(fields[3], w.placement) &&
                        read_points(fields[4], w.points) && read_names(fields[5], w);
        if (!ok) {
            throw RuntimeError("water names, line " + std::to_string(line_number) +
                               ": expected kind, name, size, placement, points and names, "
                               "separated by tabs");
        }
        w.name = std::string(fields[1]);
        out.push_back(std::move(w));
    }
    return out;
}

const std::vector<WaterName>& water_names() {
    static const std::vector<WaterName> table = parse_water_names(water_names_tsv);
    return table;
}

}  // namespace gt
