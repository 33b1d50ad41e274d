#include "label_bench.hpp"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "child_run.hpp"

namespace gt::bench {

namespace fs = std::filesystem;

namespace {

constexpr int frames = 21;

fs::path generate(const fs::path& bench_dir, const fs::path& out, int movements) {
    const fs::path file = out / ("labels-" + std::to_string(movements) + ".yaml");
    const std::string command = "python3 '" + (bench_dir / "make-label-scenario.py").string() +
                                "' --movements " + std::to_string(movements) +
                                " --events 50 --places 50 --frames " + std::to_string(frames) +
                                " > '" + file.string() + "'";
    if (std::system(command.c_str()) != 0) throw std::runtime_error("cannot run: " + command);
    return file;
}

/// The least CPU of `repeat` runs (the least disturbed by other work).
double cpu_of(const fs::path& program, const fs::path& scenario, const fs::path& out,
              const std::vector<std::string>& more, int repeat) {
    double best = 1e9;
    for (int i = 0; i < repeat; ++i) {
        std::vector<std::string> args{
            "render", scenario.string(), "--out", out.string(), "--format",
            "png",    "--jobs",          "1",     "--quiet"};
        args.insert(args.end(), more.begin(), more.end());
        best = std::min(best, run_child(program, args).cpu_s);
    }
    return best;
}

nlohmann::json measure(const fs::path& program, const fs::path& scenario, const fs::path& out,
                       int count, int repeat) {
    std::cerr << "labels: " << scenario.filename().string() << " ...\n";
    const double whole = cpu_of(program, scenario, out, {}, repeat);
    const double first = cpu_of(program, scenario, out, {"--frames", "1:1"}, repeat);
    fs::remove_all(out);
    return {{"frames", count},
            {"cpu_s", whole},
            {"first_frame_cpu_s", first},
            {"cpu_ms_per_frame_after_first", (whole - first) / (count - 1) * 1000}};
}

}  // namespace

nlohmann::json measure_labels(const fs::path& program, const fs::path& bench_dir,
                              const fs::path& out, int repeat) {
    fs::create_directories(out);
    nlohmann::json results;
    // The seed scenario has 57 frames at its own step.
    results["korea-russia-2024"] =
        measure(program, bench_dir.parent_path() / "scenarios" / "korea-russia-2024.yaml",
                out / "render", 57, repeat);
    for (const int movements : {300, 600}) {
        const fs::path scenario = generate(bench_dir, out, movements);
        results["movements_" + std::to_string(movements)] =
            measure(program, scenario, out / "render", frames, repeat);
    }
    results["doubling_ratio"] =
        results["movements_600"]["cpu_ms_per_frame_after_first"].get<double>() /
        results["movements_300"]["cpu_ms_per_frame_after_first"].get<double>();
    return results;
}

}  // namespace gt::bench
