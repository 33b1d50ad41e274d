#include "cli/pdf_command.hpp"

#include <ostream>

#include "cli/option_checks.hpp"
#include "output/pdf_writer.hpp"
#include "output/staged_directory.hpp"
#include "scenario/loader.hpp"
#include "timeline/schedule.hpp"

namespace gt {

void PdfCommand::setup(CLI::App& app) {
    app.add_option("scenario", scenario_, "scenario YAML file")->required();
    CLI::Option* output =
        app.add_option("-o,--output", output_,
                       "PDF file (default: OUT/<scenario>.pdf or OUT/<scenario>-storyboard.pdf)");
    app.add_option("--out", out_root_, "output root, as for render")
        ->capture_default_str()
        ->excludes(output);
    app.add_option("--paper", paper_, "a4, a3, letter (landscape) or WIDTHxHEIGHTmm")
        ->capture_default_str();
    app.add_option("--frames", frames_, "frames FIRST:LAST (1-based); default: all");
    app.add_option("--at", at_, "the frame nearest this date; may be repeated");
    app.add_option("--storyboard", storyboard_,
                   "one page with this many key frames and their dates")
        ->check(within(1, 24));
    scene_.add_to(app);
}

int PdfCommand::run(CliContext& context) {
    const PaperSize paper = parse_paper(paper_);
    const LoadedScenario loaded = load_scenario(scenario_, {}, context.gazetteer);
    for (const Diagnostic& d : loaded.warnings) context.err << d.str() << '\n';
    const Scenario& scenario = loaded.scenario;
    const std::vector<Instant> all = frame_times(scenario.timeline);
    std::vector<Instant> times =
        chosen_times(all, select_frames(all, frames_, at_, scenario.timeline.utc_offset));
    if (storyboard_ > 0) times = key_frames(times, storyboard_, story_moments(scenario));
    const std::string suffix = storyboard_ > 0 ? "-storyboard.pdf" : ".pdf";
    const std::filesystem::path file =
        output_.empty()
            ? std::filesystem::path(out_root_) / (safe_component(scenario.name) + suffix)
            : std::filesystem::path(output_);
    const SceneOptions scene_options = scene_.resolve(context);
    for (const Diagnostic& d :
         basemap_warnings(scenario, scene_options.basemap, scene_options.layer_cache)) {
        context.err << d.str() << '\n';
    }
    const Scene scene = prepare_scene(scenario, scene_options);
    FrameRenderer renderer(scene);
    write_atomically(file, [&](const std::filesystem::path& partial) {
        if (storyboard_ > 0)
            write_storyboard(renderer, scene, times, paper, partial);
        else
            write_pdf_pages(renderer, scene, times, paper, partial);
    });
    context.out << "wrote " << (storyboard_ > 0 ? "a storyboard of " : "") << times.size()
                << (times.size() == 1 ? " frame" : " frames") << " to " << file.string() << '\n';
    // --at takes the nearest frame: say which moment each page shows.
    if (!at_.empty() && frames_.empty()) {
        for (std::size_t i = 0; i < times.size(); ++i) {
            context.out << "  page " << i + 1 << ": "
                        << format_local_iso(times[i], scenario.timeline.utc_offset) << '\n';
        }
    }
    return 0;
}

}  // namespace gt
