#pragma once
// The geotimeline program as a library function, so tests run it in-process.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace gt {

/// Exit codes, documented in the README.
/// A render stopped by a signal exits with 128 + its number (130 for Ctrl-C), as shells do.
enum ExitCode : int {
    exit_ok = 0,
    exit_runtime_error = 1,
    exit_bad_input = 2,
    exit_interrupted_base = 128
};

struct AppPaths {
    std::filesystem::path style_dir;
    std::filesystem::path basemap;
    std::filesystem::path gazetteer;
    std::filesystem::path cache;  ///< basemap layers kept between runs (empty: none)
};

/// Where the build put the styles and the basemap (overridable with --styles / --basemap), and
/// the cache folder the environment names (cache_folder_from_environment).
[[nodiscard]] AppPaths default_paths();

/// Runs the program with `args` (without the program name). Never throws.
int run_app(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            const AppPaths& paths = default_paths());

}  // namespace gt
