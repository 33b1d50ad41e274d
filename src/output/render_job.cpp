#include "output/render_job.hpp"

#include <algorithm>
#include <cstdio>

#include "output/manifest.hpp"
#include "output/staged_directory.hpp"
#include "timeline/schedule.hpp"
#include "timeline/time.hpp"

namespace gt {

std::string frame_name(std::size_t index, Format f) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "frame-%05zu.%s", index, extension(f));
    return buffer;
}

namespace {

/// A frame to render: its 1-based index in the whole render and its instant.
struct PlannedFrame {
    std::size_t index;
    Instant time;
};

std::vector<Instant> render_times(const Scenario& scenario, const std::vector<Instant>& only) {
    return only.empty() ? frame_times(scenario.timeline) : only;
}

nlohmann::json frame_entry(const PlannedFrame& frame, const std::vector<Format>& formats) {
    nlohmann::json files = nlohmann::json::object();
    for (Format f : formats) files[extension(f)] = frame_name(frame.index, f);
    return {{"index", frame.index}, {"time", format_iso(frame.time)}, {"files", files}};
}

}  // namespace

RenderSummary render_scenario(const Scenario& scenario, const RenderOptions& options,
                              const RenderControl& control) {
    const Scene scene = prepare_scene(scenario, options.scene);
    const std::vector<Instant> times = render_times(scenario, options.only);
    std::vector<PlannedFrame> plan;
    for (std::size_t i = 0; i < times.size(); ++i) {
        if (options.shard.holds(i + 1)) plan.push_back({i + 1, times[i]});
    }

    RenderSummary summary;
    summary.folder = options.out_root / safe_component(scenario.name);
    StagedDirectory staged(summary.folder);
    const auto make_task = [&]() -> FrameTask {
        auto writer = std::make_shared<FrameWriter>(scene, options.png);
        return [&, writer](std::size_t i) {
            for (Format f : options.formats) {
                writer->write(f, plan[i].time, staged.path() / frame_name(plan[i].index, f));
            }
        };
    };
    run_frames_in_parallel(plan.size(), make_task,
                           {options.jobs, control.progress, control.interrupted});

    std::vector<nlohmann::json> frames;
    for (const PlannedFrame& frame : plan) {
        frames.push_back(frame_entry(frame, options.formats));
        for (Format f : options.formats) summary.files.emplace_back(frame_name(frame.index, f));
    }
    const nlohmann::json header = manifest_header(scenario, scene);
    if (options.shard.whole()) {
        write_manifest(staged.path() / manifest_file, full_manifest(header, std::move(frames)));
    } else {
        write_manifest(staged.path() / partial_manifest_file,
                       partial_manifest(header, std::move(frames), options.shard, times.size()));
    }
    staged.commit();
    summary.frames = plan.size();
    return summary;
}

}  // namespace gt
