#include "cli/video_command.hpp"

#include <ostream>

#include "cli/option_checks.hpp"
#include "output/manifest.hpp"
#include "output/video_writer.hpp"

namespace gt {

void VideoCommand::setup(CLI::App& app) {
    app.add_option("folder", folder_, "a rendered output folder, e.g. out/korea-russia-2024")
        ->required();
    app.add_option("-f,--format", formats_, "comma-separated: mp4, webm, gif, apng")
        ->capture_default_str();
    app.add_option("--fps", fps_, "frames per second (default: the scenario's)")
        ->check(within(0.1, 120));
    app.add_option("--hold", hold_, "seconds the last frame stays on screen")
        ->check(within(0, 60))
        ->capture_default_str();
}

int VideoCommand::run(CliContext& context) {
    const auto formats = parse_video_formats(formats_);
    const nlohmann::json manifest = read_manifest(folder_);
    if (manifest.contains("selection")) {
        // Allowed (a short clip of chosen frames), but rarely what is meant.
        context.err << "geotimeline: warning: " << folder_ << " holds " << manifest["frames"].size()
                    << " chosen frames of " << manifest["selection"].value("frames_total", 0)
                    << " (render --at/--frames): the animation shows only those\n";
    }
    for (VideoFormat f : formats) {
        const auto file = write_video(folder_, f, {fps_, hold_, 960});
        context.out << "wrote " << file.string() << '\n';
    }
    return 0;
}

}  // namespace gt
