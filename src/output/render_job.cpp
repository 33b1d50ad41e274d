#include "output/render_job.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "output/manifest.hpp"
#include "output/parallel_frames.hpp"
#include "output/staged_directory.hpp"
#include "render/route_checks.hpp"
#include "timeline/schedule.hpp"
#include "timeline/time.hpp"

namespace gt {

std::string frame_name(std::size_t index, Format f) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "frame-%05zu.%s", index, extension(f));
    return buffer;
}

bool is_render_output(const std::string& name) {
    if (name == manifest_file || name == partial_manifest_file) return true;
    // frame-NNNNN.png / .svg, of any number of digits; and files half-written by any writer
    // (".name.partial-PID-..."), which are never worth keeping.
    if (name.find(".partial-") != std::string::npos) return true;
    const std::size_t dot = name.rfind('.');
    if (!name.starts_with("frame-") || dot == std::string::npos || dot == 6) return false;
    const std::string digits = name.substr(6, dot - 6);
    const std::string ext = name.substr(dot + 1);
    return digits.find_first_not_of("0123456789") == std::string::npos &&
           (ext == extension(Format::png) || ext == extension(Format::svg));
}

namespace {

/// A frame to render: its 1-based index in the whole render and its instant.
struct PlannedFrame {
    std::size_t index;
    Instant time;
};

nlohmann::json frame_entry(const PlannedFrame& frame, const std::vector<Format>& formats) {
    nlohmann::json files = nlohmann::json::object();
    for (Format f : formats) files[extension(f)] = frame_name(frame.index, f);
    return {{"index", frame.index}, {"time", format_iso(frame.time)}, {"files", files}};
}

}  // namespace

namespace {
/// Longer lists of frame numbers are shortened in folder names.
constexpr std::size_t max_runs_in_name = 64;
}  // namespace

std::string selection_folder(const std::string& scenario_name,
                             const std::vector<std::size_t>& only) {
    if (only.empty()) return scenario_name;
    std::string runs;
    for (std::size_t i = 0; i < only.size();) {
        std::size_t j = i;
        while (j + 1 < only.size() && only[j + 1] == only[j] + 1) ++j;
        if (!runs.empty()) runs += '+';
        runs += std::to_string(only[i]);
        if (j > i) runs += "-" + std::to_string(only[j]);
        i = j + 1;
    }
    if (runs.size() > max_runs_in_name) {
        // Many scattered frames: the first of them and a digest of all keep the name short
        // (file systems allow 255 bytes) and still one per choice.
        std::uint32_t digest = 2166136261U;
        for (const char c : runs) digest = (digest ^ static_cast<unsigned char>(c)) * 16777619U;
        char hex[9];
        std::snprintf(hex, sizeof hex, "%08x", digest);
        runs = runs.substr(0, runs.find('+')) + "+more-" + hex;
    }
    return scenario_name + (only.size() == 1 ? "-frame-" : "-frames-") + runs;
}

RenderSummary render_scenario(const Scenario& scenario, const RenderOptions& options,
                              const RenderControl& control) {
    const bool raster = std::find(options.formats.begin(), options.formats.end(), Format::png) !=
                        options.formats.end();
    const unsigned jobs =
        jobs_within_budget(scenario, options.scene.scale, raster, options.jobs, options.memory);
    const Scene scene = prepare_scene(scenario, options.scene);
    if (control.warn) {
        for (const Diagnostic& d : route_warnings(scene)) control.warn(d);
    }
    const std::vector<Instant> times = frame_times(scenario.timeline);
    std::vector<PlannedFrame> plan;
    for (std::size_t i = 0; i < times.size(); ++i) {
        const bool chosen = options.only.empty() ||
                            std::binary_search(options.only.begin(), options.only.end(), i + 1);
        if (chosen && options.shard.holds(i + 1)) plan.push_back({i + 1, times[i]});
    }

    RenderSummary summary;
    summary.folder =
        options.out_root / selection_folder(safe_component(scenario.name), options.only);
    StagedDirectory staged(summary.folder);
    // The workers set up each view once between them, and draw its static layer together; a
    // worker waiting for another to set a view up starts on its basemap, when raster frames
    // need one.
    SharedViews views(raster ? static_cast<unsigned>(worker_threads(jobs, plan.size())) : 0);
    const auto make_task = [&]() -> FrameTask {
        auto writer = std::make_shared<FrameWriter>(scene, options.png, options.svg_text, &views);
        return [&, writer](std::size_t i) {
            for (Format f : options.formats) {
                writer->write(f, plan[i].time, staged.path() / frame_name(plan[i].index, f));
            }
        };
    };
    run_frames_in_parallel(plan.size(), make_task, {jobs, control.progress, control.interrupted});

    std::vector<nlohmann::json> frames;
    for (const PlannedFrame& frame : plan) {
        frames.push_back(frame_entry(frame, options.formats));
        for (Format f : options.formats) summary.files.emplace_back(frame_name(frame.index, f));
    }
    const nlohmann::json header = manifest_header(scenario, scene);
    if (!options.only.empty()) {
        write_manifest(staged.path() / manifest_file,
                       selection_manifest(header, std::move(frames), times.size()));
    } else if (options.shard.whole()) {
        write_manifest(staged.path() / manifest_file, full_manifest(header, std::move(frames)));
    } else {
        write_manifest(staged.path() / partial_manifest_file,
                       partial_manifest(header, std::move(frames), options.shard, times.size()));
    }
    staged.commit([](const std::string& name) { return !is_render_output(name); });
    summary.frames = plan.size();
    return summary;
}

}  // namespace gt
