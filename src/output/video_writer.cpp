#include "output/video_writer.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.hpp"
#include "common/suggest.hpp"
#include "output/manifest.hpp"

extern char** environ;

namespace gt {

namespace fs = std::filesystem;

std::vector<VideoFormat> parse_video_formats(const std::string& list) {
    std::vector<VideoFormat> out;
    std::stringstream in(list);
    std::string item;
    while (std::getline(in, item, ',')) {
        if (item == "mp4")
            out.push_back(VideoFormat::mp4);
        else if (item == "webm")
            out.push_back(VideoFormat::webm);
        else if (item == "gif")
            out.push_back(VideoFormat::gif);
        else if (item == "apng")
            out.push_back(VideoFormat::apng);
        else {
            throw InputError(Diagnostic{Diagnostic::Severity::error,
                                        {"--format", 0, 0},
                                        "unknown video format '" + item + "'",
                                        suggestion_hint(item, {"mp4", "webm", "gif", "apng"})});
        }
    }
    return out;
}

const char* extension(VideoFormat f) {
    switch (f) {
        case VideoFormat::mp4:
            return "mp4";
        case VideoFormat::webm:
            return "webm";
        case VideoFormat::gif:
            return "gif";
        case VideoFormat::apng:
            return "apng";
    }
    return "mp4";
}

namespace {

/// Runs a program with arguments (no shell), its output into `log`; returns its exit status.
int run_program(const std::string& program, const std::vector<std::string>& args,
                const fs::path& log) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned =
        posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string last_lines(const fs::path& log, std::size_t count) {
    std::ifstream in(log);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::string out;
    for (std::size_t i = lines.size() > count ? lines.size() - count : 0; i < lines.size(); ++i) {
        out += "\n  " + lines[i];
    }
    return out;
}

}  // namespace

std::string concat_list(const fs::path& folder, double fps, double hold_last) {
    const nlohmann::json manifest = read_manifest(folder);
    std::vector<std::string> files;
    for (const auto& frame : manifest.value("frames", nlohmann::json::array())) {
        if (frame.contains("files") && frame["files"].contains("png")) {
            files.push_back(frame["files"]["png"].get<std::string>());
        }
    }
    if (files.empty()) {
        throw RuntimeError((folder / "manifest.json").string() +
                           ": lists no PNG frames; render with --format png");
    }
    std::ostringstream list;
    list << "ffconcat version 1.0\n";
    list.precision(6);
    for (std::size_t i = 0; i < files.size(); ++i) {
        const bool last = i + 1 == files.size();
        // Names relative to the list, which sits in the same folder: ffmpeg resolves them
        // against the list's own location.
        list << "file '" << files[i] << "'\nduration " << std::fixed
             << (1.0 / fps + (last ? hold_last : 0)) << "\n";
    }
    // The concat demuxer ignores the last entry's duration unless the file is listed again.
    list << "file '" << files.back() << "'\n";
    return list.str();
}

std::vector<std::string> ffmpeg_arguments(VideoFormat format, const fs::path& concat,
                                          const fs::path& output, const VideoOptions& options,
                                          int width) {
    std::vector<std::string> args{"-hide_banner", "-loglevel", "error", "-y", "-f",
                                  "concat",       "-safe",     "0",     "-i", concat.string()};
    const std::string rate = std::to_string(options.fps);
    // RGB frames become BT.709 YUV and the stream says so: untagged, a browser decodes HD video
    // as BT.709 while ffmpeg's default encodes BT.601, and the style's orange turns red.
    const std::string to_bt709 = ",scale=out_color_matrix=bt709:out_range=tv,format=yuv420p";
    const std::vector<std::string> bt709_tags{"-colorspace", "bt709", "-color_primaries", "bt709",
                                              "-color_trc",  "bt709", "-color_range",     "tv"};
    switch (format) {
        case VideoFormat::mp4:
            args.insert(args.end(),
                        {"-vf", "fps=" + rate + ",pad=ceil(iw/2)*2:ceil(ih/2)*2" + to_bt709, "-c:v",
                         "libx264", "-preset", "medium", "-crf", "20", "-pix_fmt", "yuv420p",
                         "-movflags", "+faststart"});
            args.insert(args.end(), bt709_tags.begin(), bt709_tags.end());
            break;
        case VideoFormat::webm:
            args.insert(args.end(), {"-vf", "fps=" + rate + to_bt709, "-c:v", "libvpx-vp9", "-b:v",
                                     "0", "-crf", "33", "-deadline", "good", "-cpu-used", "4",
                                     "-row-mt", "1", "-pix_fmt", "yuv420p"});
            args.insert(args.end(), bt709_tags.begin(), bt709_tags.end());
            break;
        case VideoFormat::gif: {
            const int w = std::min(width, options.animated_image_width);
            args.insert(args.end(),
                        {"-vf",
                         "fps=" + rate + ",scale=" + std::to_string(w) +
                             ":-1:flags=lanczos,split[a][b];[a]palettegen=stats_mode=diff[p];"
                             "[b][p]paletteuse=dither=bayer:bayer_scale=4",
                         "-loop", "0"});
            break;
        }
        case VideoFormat::apng: {
            const int w = std::min(width, options.animated_image_width);
            args.insert(args.end(),
                        {"-vf", "fps=" + rate + ",scale=" + std::to_string(w) + ":-1:flags=lanczos",
                         "-c:v", "apng", "-pred", "mixed", "-plays", "0"});
            break;
        }
    }
    // Bit-exact muxing and no metadata: the same frames give the same file.
    args.insert(args.end(),
                {"-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-f",
                 format == VideoFormat::mp4 ? "mp4" : extension(format), output.string()});
    return args;
}

fs::path write_video(const fs::path& folder, VideoFormat format, const VideoOptions& options) {
    const nlohmann::json manifest = read_manifest(folder);
    VideoOptions o = options;
    if (o.fps <= 0) o.fps = manifest.value("fps", 4.0);
    const int width = manifest.value("width", 1920);
    const fs::path output = folder / (std::string("animation.") + extension(format));
    const std::string stem = "." + output.filename().string() + "-" + std::to_string(getpid());
    const fs::path concat = folder / (stem + ".ffconcat");
    const fs::path partial = folder / (stem + ".partial");
    const fs::path log = folder / (stem + ".log");
    std::ofstream(concat) << concat_list(folder, o.fps, o.hold_last);
    const int status =
        run_program("ffmpeg", ffmpeg_arguments(format, concat, partial, o, width), log);
    const std::string message = last_lines(log, 4);
    std::error_code ec;
    fs::remove(concat, ec);
    fs::remove(log, ec);
    if (status != 0) {
        fs::remove(partial, ec);
        if (status == -1 || status == 127) {
            throw RuntimeError("ffmpeg could not be run; install Debian's ffmpeg package");
        }
        throw RuntimeError(output.string() + ": ffmpeg failed (exit " + std::to_string(status) +
                           ")" + message);
    }
    fs::rename(partial, output, ec);
    if (ec)
        throw RuntimeError(output.string() + ": cannot put the video in place: " + ec.message());
    return output;
}

}  // namespace gt
