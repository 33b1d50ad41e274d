#include "cli/info_command.hpp"

#include <nlohmann/json.hpp>
#include <ostream>

#include "common/number_text.hpp"
#include "render/scene.hpp"
#include "scenario/loader.hpp"
#include "timeline/schedule.hpp"

namespace gt {

void InfoCommand::setup(CLI::App& app) {
    app.add_option("scenario", scenario_, "scenario YAML file")->required();
    app.add_flag("--json", json_, "print JSON instead of text");
}

int InfoCommand::run(CliContext& context) {
    const LoadedScenario loaded = load_scenario(scenario_, {}, context.gazetteer);
    const Scenario& s = loaded.scenario;
    const Projection projection = make_projection(s);
    const auto times = frame_times(s.timeline);
    nlohmann::json sources = nlohmann::json::array();
    for (const Source& src : s.sources) {
        sources.push_back({{"id", src.id},
                           {"title", src.title},
                           {"publisher", src.publisher},
                           {"date", src.date},
                           {"url", src.url}});
    }
    nlohmann::json tracks = nlohmann::json::array();
    for (const Movement& m : s.movements) {
        if (!m.track) continue;
        tracks.push_back({{"movement", m.id},
                          {"file", m.track->file},
                          {"positions", m.track_points.size()},
                          {"timestamped", !m.track_times.empty()}});
    }
    nlohmann::json camera = nlohmann::json::array();
    for (const CameraKeyframe& k : s.camera) {
        camera.push_back(
            {{"at", format_iso(k.at)},
             {"extent", {k.extent.west, k.extent.south, k.extent.east, k.extent.north}}});
    }
    const nlohmann::json info{
        {"scenario", s.name},
        {"title", s.title},
        {"frames", times.size()},
        {"start", format_iso(times.front())},
        {"end", format_iso(times.back())},
        {"fps", s.timeline.fps},
        {"seconds", static_cast<double>(times.size()) / s.timeline.fps},
        {"extent", {s.map.extent.west, s.map.extent.south, s.map.extent.east, s.map.extent.north}},
        {"crs", projection.crs()},
        {"size", {s.map.width, s.map.height}},
        {"style", s.map.style},
        {"camera", camera},
        {"places", s.places.size()},
        {"movements", s.movements.size()},
        {"events", s.events.size()},
        {"sources", sources},
        {"tracks", tracks},
        {"warnings", loaded.warnings.size()}};
    if (json_) {
        context.out << info.dump(2) << '\n';
        return 0;
    }
    const Seconds offset = s.timeline.utc_offset;
    context.out << s.title << " (" << s.name << ")\n"
                << "  frames:    " << times.size() << ", "
                << format_local_iso(times.front(), offset) << " to "
                << format_local_iso(times.back(), offset) << ", " << s.timeline.fps
                << " per second (" << locale_decimal(info["seconds"].get<double>(), "en", 1)
                << " s)\n"
                << "  extent:    " << info["extent"].dump() << " (west, south, east, north)\n"
                << "  crs:       " << projection.crs() << "\n";
    if (!s.camera.empty()) {
        context.out << "  camera:    " << count_text(s.camera.size(), "keyframe", "keyframes")
                    << ", " << format_local_iso(s.camera.front().at, offset) << " to "
                    << format_local_iso(s.camera.back().at, offset) << "\n";
    }
    context.out << "  size:      " << s.map.width << "x" << s.map.height << ", style "
                << s.map.style
                << "\n  contents:  " << count_text(s.places.size(), "place", "places") << ", "
                << count_text(s.movements.size(), "movement", "movements") << ", "
                << count_text(s.events.size(), "event", "events") << "\n";
    if (!tracks.empty()) context.out << "  tracks:\n";
    for (const auto& t : tracks) {
        context.out << "    " << t["movement"].get<std::string>() << ": "
                    << t["file"].get<std::string>() << ", " << t["positions"].get<std::size_t>()
                    << (t["timestamped"].get<bool>() ? " timestamped positions" : " positions")
                    << "\n";
    }
    context.out << "  sources:\n";
    for (const Source& src : s.sources) {
        context.out << "    " << src.id << ": "
                    << (src.publisher.empty() ? "" : src.publisher + ", ") << src.title
                    << (src.date.empty() ? "" : " (" + src.date + ")") << "\n";
    }
    for (const Diagnostic& d : loaded.warnings) context.err << d.str() << '\n';
    return 0;
}

}  // namespace gt
