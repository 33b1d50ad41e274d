#pragma once
// Video and animation from a rendered output set (its manifest.json and PNG frames), encoded by
// Debian's ffmpeg program: MP4 (H.264) and WebM (VP9) for reports and web pages, GIF with a
// palette computed from the frames, APNG (animated PNG: lossless, full colour) for web pages.
#include <filesystem>
#include <string>
#include <vector>

namespace gt {

enum class VideoFormat { mp4, webm, gif, apng };

/// "mp4,webm,gif,apng" -> formats. @throws InputError naming the unknown one.
[[nodiscard]] std::vector<VideoFormat> parse_video_formats(const std::string& list);
[[nodiscard]] const char* extension(VideoFormat f);

struct VideoOptions {
    double fps = 0;                  ///< 0: the manifest's fps
    double hold_last = 2;            ///< seconds the last frame stays on screen
    int animated_image_width = 960;  ///< GIFs and APNGs are scaled down to keep them small
};

/// The ffconcat list that plays the manifest's PNG frames at `fps`, holding the last one.
/// @throws RuntimeError when the manifest lists no PNG frames.
[[nodiscard]] std::string concat_list(const std::filesystem::path& folder, double fps,
                                      double hold_last);

/// The ffmpeg arguments (without the program name) that encode `concat` into `output`.
[[nodiscard]] std::vector<std::string> ffmpeg_arguments(VideoFormat format,
                                                        const std::filesystem::path& concat,
                                                        const std::filesystem::path& output,
                                                        const VideoOptions& options, int width);

/// Encodes folder/animation.<ext> from folder/manifest.json, atomically (temporary name, then
/// rename). Returns the file written.
/// @throws RuntimeError naming the folder or ffmpeg's last message.
std::filesystem::path write_video(const std::filesystem::path& folder, VideoFormat format,
                                  const VideoOptions& options);

}  // namespace gt
