#pragma once
// The geotimeline program as a library function, so tests run it in-process.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace gt {

/// Exit codes, documented in the README.
enum ExitCode : int { exit_ok = 0, exit_runtime_error = 1, exit_bad_input = 2 };

struct AppPaths {
    std::filesystem::path style_dir;
    std::filesystem::path basemap;
    std::filesystem::path gazetteer;
};

/// Where the build put the styles and the basemap (overridable with --styles / --basemap).
[[nodiscard]] AppPaths default_paths();

/// Runs the program with `args` (without the program name). Never throws.
int run_app(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            const AppPaths& paths = default_paths());

}  // namespace gt
