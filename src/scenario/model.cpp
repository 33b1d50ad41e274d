#include "scenario/model.hpp"

#include <algorithm>
#include <cmath>

namespace gt {

bool is_drawn_kind(const std::string& kind) {
    return kind == "capital" || kind == "port" || kind == "city" || kind == "town" ||
           kind == "village";
}

std::string symbol_kind(const std::string& kind) {
    return kind == "capital" || kind == "port" ? kind : "city";
}

std::vector<LonLat> Movement::route_points() const {
    if (track) return track_points;
    std::vector<LonLat> points;
    points.reserve(path.size());
    for (const Waypoint& w : path) points.push_back(w.position);
    return points;
}

LonLat Extent::centre() const {
    double lon = west + width_degrees() / 2;
    if (lon > 180) lon -= 360;
    return {lon, (south + north) / 2};
}

const char* to_string(Confidence c) {
    switch (c) {
        case Confidence::confirmed:
            return "confirmed";
        case Confidence::reported:
            return "reported";
        case Confidence::claimed:
            return "claimed";
        case Confidence::denied:
            return "denied";
        case Confidence::unknown:
            return "unknown";
    }
    return "unknown";
}

const char* to_string(Mode m) {
    switch (m) {
        case Mode::sea:
            return "sea";
        case Mode::land:
            return "land";
        case Mode::rail:
            return "rail";
        case Mode::air:
            return "air";
    }
    return "land";
}

const Place* Scenario::find_place(const std::string& id) const {
    auto it =
        std::find_if(places.begin(), places.end(), [&](const Place& p) { return p.id == id; });
    return it == places.end() ? nullptr : &*it;
}

const Source* Scenario::find_source(const std::string& id) const {
    auto it =
        std::find_if(sources.begin(), sources.end(), [&](const Source& s) { return s.id == id; });
    return it == sources.end() ? nullptr : &*it;
}

}  // namespace gt
