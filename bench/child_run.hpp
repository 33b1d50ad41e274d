#pragma once
// Runs the real geotimeline program as a child process and measures it from outside: wall time,
// CPU time and peak resident memory (wait4's rusage covers that child alone).
#include <filesystem>
#include <string>
#include <vector>

namespace gt::bench {

struct ChildRun {
    int exit_code = -1;
    double wall_s = 0;
    double cpu_s = 0;  ///< user + system
    double peak_rss_mib = 0;
};

/// @throws std::runtime_error when the program cannot be started or fails.
ChildRun run_child(const std::filesystem::path& program, const std::vector<std::string>& args);

}  // namespace gt::bench
