#include "output/render_job.hpp"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "output/staged_directory.hpp"
#include "render/frame_renderer.hpp"
#include "timeline/schedule.hpp"

namespace gt {

namespace {

std::string frame_name(std::size_t index, Format f) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "frame-%05zu.%s", index, extension(f));
    return buffer;
}

void write_manifest(const std::filesystem::path& file, const Scenario& scenario, const Scene& scene,
                    const std::vector<nlohmann::json>& frames) {
    nlohmann::json manifest{
        {"scenario", scenario.name},
        {"title", scenario.title},
        {"width", scene.layout.width},
        {"height", scene.layout.height},
        {"fps", scenario.timeline.fps},
        {"crs", scene.crs},
        {"basemap_detail", scene.basemap.detail},
        {"start", format_iso(scenario.timeline.start)},
        {"end", format_iso(scenario.timeline.end)},
        {"frames", frames}};
    std::ofstream out(file);
    out << manifest.dump(2) << '\n';
    if (!out) throw RuntimeError(file.string() + ": cannot write the manifest");
}

}  // namespace

RenderSummary render_scenario(const Scenario& scenario, const RenderOptions& options,
                              const Progress& progress) {
    const Scene scene = prepare_scene(scenario, options.scene);
    std::vector<Instant> times = frame_times(scenario.timeline);
    if (options.at) {
        auto nearest = std::min_element(times.begin(), times.end(), [&](Instant a, Instant b) {
            return std::chrono::abs(a - *options.at) < std::chrono::abs(b - *options.at);
        });
        times = {*nearest};
    }
    RenderSummary summary;
    summary.folder = options.out_root / safe_component(scenario.name);
    StagedDirectory staged(summary.folder);
    FrameWriter writer(scene);
    std::vector<nlohmann::json> frames;
    for (std::size_t i = 0; i < times.size(); ++i) {
        nlohmann::json files = nlohmann::json::object();
        for (Format f : options.formats) {
            const std::string name = frame_name(i + 1, f);
            writer.write(f, times[i], staged.path() / name);
            files[extension(f)] = name;
            summary.files.emplace_back(name);
        }
        frames.push_back({{"index", i + 1}, {"time", format_iso(times[i])}, {"files", files}});
        if (progress) progress(i + 1, times.size());
    }
    write_manifest(staged.path() / "manifest.json", scenario, scene, frames);
    staged.commit();
    summary.frames = times.size();
    return summary;
}

}  // namespace gt
