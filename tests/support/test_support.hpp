#pragma once
// Helpers shared by the tests: paths to the repository, temporary folders, running the CLI.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "render/scene.hpp"

namespace gt::test {

std::filesystem::path source_dir();
std::filesystem::path data_dir();
std::filesystem::path scenario_file(const std::string& name);  ///< scenarios/<name>.yaml
/// The repository's styles and the built basemap at scale 1, read through GDAL every time (no
/// layer cache: a test sees what the basemap holds, never what an earlier run kept).
SceneOptions scene_options();

/// A fresh empty folder, removed when the object goes away.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

struct RunResult {
    int exit_code;
    std::string out;
    std::string err;
};

/// Runs the geotimeline program in-process.
RunResult run(const std::vector<std::string>& args);

/// Runs a shell command (a real consumer: pdfinfo, ffprobe, chromium) and returns its stdout;
/// `exit_code` receives its exit status.
std::string capture(const std::string& command, int* exit_code = nullptr);

/// The geotimeline program the build made, for tests that need a real process.
std::filesystem::path program();

/// Starts program() with `args` in a child process, its output to /dev/null; returns its pid.
int spawn_program(const std::vector<std::string>& args);

/// A 64-bit FNV-1a hash of every regular file in `folder` (file name -> hex digest).
std::map<std::string, std::string> file_hashes(const std::filesystem::path& folder);

/// Names in `folder` that start with '.' (staging or leftover folders).
std::vector<std::string> hidden_entries(const std::filesystem::path& folder);

/// `source` with the line starting `prefix` replaced by `line` (e.g. a different timeline step).
std::string replace_line(const std::string& source, const std::string& prefix,
                         const std::string& line);

/// The folder under `out_root` that a render of chosen frames (`--at`, `--frames`) of
/// `scenario` wrote: the one named `<scenario>-frame-...` or `<scenario>-frames-...`.
/// @throws std::runtime_error unless there is exactly one.
std::filesystem::path chosen_folder(const std::filesystem::path& out_root,
                                    const std::string& scenario);

/// The PNG frames of chosen_folder(out_root, scenario), in the order of its manifest.
std::vector<std::filesystem::path> chosen_pngs(const std::filesystem::path& out_root,
                                               const std::string& scenario);

/// Reads a whole file.
std::string read_file(const std::filesystem::path& file);

}  // namespace gt::test
