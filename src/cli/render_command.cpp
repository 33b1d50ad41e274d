#include "cli/render_command.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "cli/app.hpp"
#include "cli/option_checks.hpp"
#include "cli/scene_flags.hpp"
#include "cli/signal_stop.hpp"
#include "common/number_text.hpp"
#include "output/render_job.hpp"
#include "scenario/loader.hpp"
#include "timeline/schedule.hpp"

namespace gt {

void RenderCommand::setup(CLI::App& app) {
    app.add_option("scenario", scenario_, "scenario YAML file")->required();
    app.add_option("-o,--out", out_,
                   "output root; frames go to OUT/<scenario>/, which a render replaces whole")
        ->capture_default_str();
    app.add_option("-f,--format", formats_, "comma-separated formats: png, svg")
        ->capture_default_str();
    app.add_option("--at", at_,
                   "render only the frame nearest this date (2024-10-13, 2024-10-13T06:00 in "
                   "the scenario's utc_offset, or 2024-10-13T06:00Z), into "
                   "OUT/<scenario>-frame-N/ and keeping its number; may be repeated");
    app.add_option(
        "--frames", frames_,
        "render only frames FIRST:LAST (1-based), into OUT/<scenario>-frames-FIRST-LAST/");
    scene_.add_to(app);
    app.add_option("-j,--jobs", jobs_, "frames drawn in parallel (default: one per core)")
        ->check(within(1, 1024));
    app.add_option("--memory", memory_,
                   "memory one render may take (512M, 4G): a frame that needs more is refused "
                   "before drawing, and fewer frames are drawn at once to stay within it")
        ->check(CLI::Validator(
            [](std::string& text) -> std::string {
                return parse_memory_size(text) == 0
                           ? "'" + text + "' is not a memory size from 16M to 1024T (512M, 4G)"
                           : std::string();
            },
            "SIZE"))
        ->capture_default_str();
    app.add_option("--shard", shard_,
                   "render only shard I of N (frames k with (k-1) % N == I-1) and a partial "
                   "manifest; combine shards with 'geotimeline merge'");
    app.add_option("--png-compression", png_compression_,
                   "fast: ISA-L, several times faster; small: libdeflate, PNG files about 0.7 "
                   "of fast's")
        ->check(CLI::IsMember({"fast", "small"}))
        ->capture_default_str();
    app.add_option("--svg-text", svg_text_,
                   "text: SVG labels as <text> elements, editable and searchable, shown in the "
                   "reader's copy of the style's font; paths: as glyph outlines, the same "
                   "everywhere")
        ->check(CLI::IsMember({"text", "paths"}))
        ->capture_default_str();
    app.add_flag("--watch", watch_,
                 "render again whenever the scenario, a track file or a style file is saved");
    app.add_flag("-q,--quiet", quiet_, "print nothing but errors");
}

int RenderCommand::run(CliContext& context) {
    const SignalStop stop;
    if (!watch_) return render_once(context, stop);
    // Watch mode: render, then render again whenever the scenario, one of its track files or a
    // style file changes, until Ctrl-C. A mistake in a file is reported and waited out, not fatal.
    auto stamp = watched_stamp(context);
    const auto render_and_restamp = [&] {
        const std::vector<std::filesystem::path> tracks_before = watched_tracks_;
        const int code = render_reporting_errors(context, stop);
        // Track files newly known from this render are watched from now on.
        if (watched_tracks_ != tracks_before) stamp = watched_stamp(context);
        return code;
    };
    if (const int code = render_and_restamp(); code >= exit_interrupted_base) return code;
    context.err << "geotimeline: watching " << scenario_
                << ", its track files and the styles; Ctrl-C stops\n";
    while (stop.received() == 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const auto now = watched_stamp(context);
        if (now == stamp) continue;
        stamp = now;
        if (const int code = render_and_restamp(); code >= exit_interrupted_base) return code;
    }
    return exit_ok;
}

std::vector<std::filesystem::file_time_type> RenderCommand::watched_stamp(
    const CliContext& context) const {
    std::vector<std::filesystem::file_time_type> stamp;
    std::error_code ec;
    stamp.push_back(std::filesystem::last_write_time(scenario_, ec));
    for (const auto& track : watched_tracks_) {
        stamp.push_back(std::filesystem::last_write_time(track, ec));
    }
    const std::filesystem::path styles = scene_.resolve(context).style_dir;
    for (const auto& entry : std::filesystem::directory_iterator(styles, ec)) {
        stamp.push_back(std::filesystem::last_write_time(entry.path(), ec));
    }
    return stamp;
}

int RenderCommand::render_reporting_errors(CliContext& context, const SignalStop& stop) {
    try {
        return render_once(context, stop);
    } catch (const InputError& e) {
        for (const Diagnostic& d : e.diagnostics()) {
            context.err << d.str() << '\n';
            // A bad row of a track file: watch the file, so fixing it renders again.
            const std::filesystem::path file = d.pos.file;
            if (d.pos.line > 0 && file != scenario_ &&
                std::find(watched_tracks_.begin(), watched_tracks_.end(), file) ==
                    watched_tracks_.end()) {
                watched_tracks_.push_back(file);
            }
        }
    } catch (const Error& e) {
        context.err << "geotimeline: error: " << e.what() << '\n';
    }
    return exit_bad_input;
}

void RenderCommand::note_jobs_within_budget(CliContext& context, const Scenario& scenario,
                                            RenderOptions& options) const {
    const bool raster = std::find(options.formats.begin(), options.formats.end(), Format::png) !=
                        options.formats.end();
    const unsigned fit =
        jobs_within_budget(scenario, options.scene.scale, raster, options.jobs, options.memory);
    if (fit < options.jobs && jobs_ > 0 && !quiet_) {
        context.err << "geotimeline: note: drawing " << count_text(fit, "frame", "frames")
                    << " at once, not " << jobs_ << ": more would not fit in the memory budget of "
                    << memory_text(options.memory) << " (--memory)\n";
    }
    options.jobs = fit;
}

int RenderCommand::render_once(CliContext& context, const SignalStop& stop) {
    RenderOptions options;
    options.out_root = out_;
    options.formats = parse_formats(formats_);
    options.jobs = jobs_ > 0 ? jobs_ : available_cores();
    options.memory = parse_memory_size(memory_);
    options.png.compression =
        png_compression_ == "small" ? PngCompression::small : PngCompression::fast;
    options.svg_text = svg_text_ == "paths" ? SvgText::paths : SvgText::text;
    if (!shard_.empty()) options.shard = parse_shard(shard_);
    if (!shard_.empty() && (!frames_.empty() || !at_.empty())) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {"--shard", 0, 0},
                                    "a shard splits the whole timeline: it cannot be combined "
                                    "with --frames or --at",
                                    "render the shards of the whole timeline, or the chosen "
                                    "frames without --shard"});
    }
    options.scene = scene_.resolve(context);
    const LoadedScenario loaded = load_scenario(scenario_, {}, context.gazetteer);
    watched_tracks_.clear();
    for (const Movement& m : loaded.scenario.movements) {
        if (m.track)
            watched_tracks_.push_back(std::filesystem::path(scenario_).parent_path() /
                                      m.track->file);
    }
    for (const Diagnostic& d : loaded.warnings) context.err << d.str() << '\n';
    for (const Diagnostic& d :
         basemap_warnings(loaded.scenario, options.scene.basemap, options.scene.layer_cache)) {
        context.err << d.str() << '\n';
    }
    note_jobs_within_budget(context, loaded.scenario, options);
    const std::vector<Instant> times = frame_times(loaded.scenario.timeline);
    options.only = select_frames(times, frames_, at_, loaded.scenario.timeline.utc_offset);
    const auto started = std::chrono::steady_clock::now();
    const bool show_progress = !quiet_ && &context.err == &std::cerr && isatty(STDERR_FILENO) == 1;
    RenderControl control;
    control.interrupted = [&] { return stop.received() != 0; };
    control.warn = [&](const Diagnostic& d) { context.err << d.str() << '\n'; };
    control.progress = [&](std::size_t done, std::size_t total) {
        if (show_progress) context.err << "\rframe " << done << "/" << total << std::flush;
    };
    RenderSummary summary;
    try {
        summary = render_scenario(loaded.scenario, options, control);
    } catch (const Interrupted&) {
        if (show_progress) context.err << '\n';
        context.err << "geotimeline: interrupted; the previous output was kept\n";
        return exit_interrupted_base + stop.received();
    }
    if (show_progress) context.err << '\n';
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!quiet_) {
        char took[32];
        std::snprintf(took, sizeof took, "%.2f", seconds);
        context.out << "wrote " << count_text(summary.frames, "frame", "frames") << " to "
                    << summary.folder.string() << " in " << took << " s" << std::endl;
        // --at takes the nearest frame: say which moment that is.
        if (!at_.empty() && frames_.empty()) {
            for (const std::size_t n : options.only) {
                context.out << "  frame " << n << ": "
                            << format_local_iso(times[n - 1], loaded.scenario.timeline.utc_offset)
                            << '\n';
            }
        }
    }
    return exit_ok;
}

}  // namespace gt
