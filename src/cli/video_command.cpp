#include "cli/video_command.hpp"

#include <ostream>

#include "cli/option_checks.hpp"
#include "common/contained_file.hpp"
#include "common/error.hpp"
#include "output/manifest.hpp"
#include "output/staged_directory.hpp"
#include "output/video_writer.hpp"

namespace gt {

namespace {

[[noreturn]] void refuse(const std::filesystem::path& file, const std::string& message) {
    throw InputError(Diagnostic{Diagnostic::Severity::error,
                                {file.string(), 0, 0},
                                message,
                                "name a folder a render wrote (out/<scenario>), and render again "
                                "if its files were changed"});
}

/// The manifest, and every PNG frame it lists, must be plain files of `folder`: ffmpeg is given
/// their names, and must open neither a link, nor a path elsewhere, nor a URL.
nlohmann::json checked_manifest(const std::filesystem::path& folder) {
    OpenResult listing = open_listed_file(folder, manifest_file);
    if (const auto* problem = std::get_if<FileProblem>(&listing);
        problem != nullptr && problem->kind != FileProblem::Kind::missing) {
        refuse(folder / manifest_file, problem->message);
    }
    nlohmann::json manifest = read_manifest(folder);  // says so when there is none
    if (!manifest.is_object() || !manifest.contains("frames") || !manifest["frames"].is_array()) {
        refuse(folder / manifest_file, "not a manifest: it lists no frames");
    }
    // Read as numbers further on: another type there would be an internal error.
    const bool numbers_are_numbers =
        (!manifest.contains("fps") || manifest["fps"].is_number()) &&
        (!manifest.contains("width") || manifest["width"].is_number_integer()) &&
        (!manifest.contains("selection") || !manifest["selection"].is_object() ||
         !manifest["selection"].contains("frames_total") ||
         manifest["selection"]["frames_total"].is_number_integer());
    if (!numbers_are_numbers) refuse(folder / manifest_file, "not a manifest: a number is not one");
    for (const nlohmann::json& frame : manifest["frames"]) {
        if (!frame.is_object() || !frame.contains("files") || !frame["files"].is_object() ||
            !frame["files"].contains("png")) {
            continue;
        }
        const nlohmann::json& png = frame["files"]["png"];
        const std::string name = png.is_string() ? png.get<std::string>() : std::string();
        if (name.empty() || safe_component(name) != name) {
            refuse(folder / manifest_file,
                   "lists the frame " + quoted_excerpt(png.dump()) + ", which is not a file name");
        }
        OpenResult opened = open_listed_file(folder, name);
        if (const auto* problem = std::get_if<FileProblem>(&opened)) {
            refuse(folder / manifest_file, "the frame " + problem->message);
        }
    }
    return manifest;
}

}  // namespace

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
    const nlohmann::json manifest = checked_manifest(folder_);
    if (manifest.contains("selection") && manifest["selection"].is_object()) {
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
