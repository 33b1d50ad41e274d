#include "cli/render_command.hpp"

#include <unistd.h>

#include <chrono>
#include <thread>
#include <iostream>

#include "cli/app.hpp"
#include "cli/signal_stop.hpp"
#include "output/render_job.hpp"
#include "scenario/loader.hpp"
#include "timeline/schedule.hpp"

namespace gt {

void RenderCommand::setup(CLI::App& app) {
    app.add_option("scenario", scenario_, "scenario YAML file")->required();
    app.add_option("-o,--out", out_, "output root; frames go to OUT/<scenario>/")
        ->capture_default_str();
    app.add_option("-f,--format", formats_, "comma-separated formats: png, svg")
        ->capture_default_str();
    app.add_option("--at", at_, "render only the frame nearest this date; may be repeated");
    app.add_option("--frames", frames_, "render only frames FIRST:LAST (1-based)");
    scene_.add_to(app);
    app.add_option("-j,--jobs", jobs_, "frames drawn in parallel (default: one per core)")
        ->check(CLI::Range(1U, 1024U));
    app.add_option("--shard", shard_,
                   "render only shard I of N (frames k with (k-1) % N == I-1) and a partial "
                   "manifest; combine shards with 'geotimeline merge'");
    app.add_flag("--watch", watch_, "render again whenever the scenario or a style file is saved");
    app.add_flag("-q,--quiet", quiet_, "print nothing but errors");
}

int RenderCommand::run(CliContext& context) {
    const SignalStop stop;
    if (!watch_) return render_once(context, stop);
    // Watch mode: render, then render again whenever the scenario or a style file changes, until
    // Ctrl-C. A mistake in the file is reported and waited out, not fatal.
    auto stamp = watched_stamp(context);
    if (const int code = render_reporting_errors(context, stop); code >= exit_interrupted_base) {
        return code;
    }
    context.err << "geotimeline: watching " << scenario_ << " and the styles; Ctrl-C stops\n";
    while (stop.received() == 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const auto now = watched_stamp(context);
        if (now == stamp) continue;
        stamp = now;
        if (const int code = render_reporting_errors(context, stop); code >= exit_interrupted_base) {
            return code;
        }
    }
    return exit_ok;
}

std::vector<std::filesystem::file_time_type> RenderCommand::watched_stamp(
    const CliContext& context) const {
    std::vector<std::filesystem::file_time_type> stamp;
    std::error_code ec;
    stamp.push_back(std::filesystem::last_write_time(scenario_, ec));
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
        for (const Diagnostic& d : e.diagnostics()) context.err << d.str() << '\n';
    } catch (const Error& e) {
        context.err << "geotimeline: error: " << e.what() << '\n';
    }
    return exit_bad_input;
}

int RenderCommand::render_once(CliContext& context, const SignalStop& stop) {
    RenderOptions options;
    options.out_root = out_;
    options.formats = parse_formats(formats_);
    options.jobs = jobs_ > 0 ? jobs_ : available_cores();
    if (!shard_.empty()) options.shard = parse_shard(shard_);
    options.scene = scene_.resolve(context);
    const LoadedScenario loaded = load_scenario(scenario_, {}, context.gazetteer);
    for (const Diagnostic& d : loaded.warnings) context.err << d.str() << '\n';
    if (!at_.empty() || !frames_.empty()) {
        options.only = select_frames(frame_times(loaded.scenario.timeline), frames_, at_);
    }
    const auto started = std::chrono::steady_clock::now();
    const bool show_progress = !quiet_ && &context.err == &std::cerr && isatty(STDERR_FILENO) == 1;
    RenderControl control;
    control.interrupted = [&] { return stop.received() != 0; };
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
        context.out << "wrote " << summary.frames << (summary.frames == 1 ? " frame" : " frames") << " to " << summary.folder.string()
                    << " in " << seconds << " s" << std::endl;
    }
    return exit_ok;
}

}  // namespace gt
