// geotimeline benchmark (make bench): the seed scenario at 1920x1080 with 240 frames, as PNG and
// as SVG. Prints and writes to OUT/results.json, all measured in this one run:
//  - the time of each stage and the encode-only floor (stage_profile.cpp, in-process),
//  - total render times of the real program with --jobs 1 and --jobs N, their ratio to the
//    floor on as many threads (each render and its floor measured in turns), and peak memory
//    (child processes, so each gets its own getrusage),
//  - the PNG encoders against cairo_surface_write_to_png on the same frames,
//  - SVG frame sizes, and peak memory at 2400 frames against 240.
#include <CLI/CLI.hpp>
#include <time.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <thread>

#include "child_run.hpp"
#include "output/parallel_frames.hpp"
#include "stage_profile.hpp"

namespace gt::bench {

namespace fs = std::filesystem;

namespace {

std::string load_average() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

nlohmann::json as_json(const ChildRun& r) {
    // cores_used well below --jobs means the machine was busy with other work.
    return {{"wall_s", r.wall_s},
            {"cpu_s", r.cpu_s},
            {"cores_used", r.cpu_s / r.wall_s},
            {"peak_rss_mib", r.peak_rss_mib}};
}

/// How many cores this process can get right now: `threads` busy threads for `seconds`, their
/// CPU time summed over the wall time. On a shared machine this is below the core count, and
/// so is any parallel speedup measured at the same time.
double measured_parallelism(unsigned threads, double seconds) {
    std::vector<double> cpu(threads, 0);
    const auto start = std::chrono::steady_clock::now();
    {
        std::vector<std::jthread> spinners;
        for (unsigned t = 0; t < threads; ++t) {
            spinners.emplace_back([&, t] {
                volatile double sink = 0;
                while (std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                           .count() < seconds) {
                    for (int i = 0; i < 10000; ++i) sink = sink + i;
                }
                timespec used{};
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &used);
                cpu[t] = static_cast<double>(used.tv_sec) + static_cast<double>(used.tv_nsec) / 1e9;
            });
        }
    }
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double total = 0;
    for (double c : cpu) total += c;
    return total / wall;
}

struct FolderSizes {
    double mean = 0;
    std::size_t max = 0;
    std::size_t files = 0;
};

FolderSizes sizes_of(const fs::path& folder, const std::string& extension) {
    FolderSizes s;
    std::size_t total = 0;
    for (const auto& e : fs::directory_iterator(folder)) {
        if (e.path().extension() != extension) continue;
        const auto size = static_cast<std::size_t>(e.file_size());
        total += size;
        s.max = std::max(s.max, size);
        ++s.files;
    }
    s.mean = s.files > 0 ? static_cast<double>(total) / static_cast<double>(s.files) : 0;
    return s;
}

/// The fastest of `repeat` runs (the least disturbed by other work on the machine).
ChildRun render(const fs::path& program, const fs::path& scenario, const fs::path& out,
                const std::string& format, unsigned jobs, int repeat = 1) {
    ChildRun best;
    for (int i = 0; i < repeat; ++i) {
        std::cerr << "render " << scenario.filename().string() << " " << format << " --jobs "
                  << jobs << " (run " << i + 1 << "/" << repeat << ") ...\n";
        const ChildRun run =
            run_child(program, {"render", scenario.string(), "--out", out.string(), "--format",
                                format, "--jobs", std::to_string(jobs), "--quiet"});
        if (i == 0 || run.wall_s < best.wall_s) best = run;
    }
    return best;
}

struct FloorRounds {
    ChildRun render;        ///< the fastest render
    double floor = 0;       ///< the fastest floor
    nlohmann::json rounds;  ///< each round's floor, total and ratio
};

/// The 240-frame PNG render with --jobs `jobs` and its encode-only floor on as many threads, in
/// turns, so that both see the machine as it is: the fastest of each counts.
FloorRounds render_and_floor_in_rounds(const fs::path& program, const fs::path& scenario,
                                       const fs::path& out, unsigned jobs, int repeat) {
    FloorRounds r;
    r.rounds = nlohmann::json::array();
    const std::string n = std::to_string(jobs);
    for (int i = 0; i < repeat; ++i) {
        std::cerr << "encode-only floor on " << jobs << " threads (run " << i + 1 << "/" << repeat
                  << ") ...\n";
        const double floor = parallel_encode_floor({scenario, out / "scratch", jobs, 10});
        const ChildRun run = render(program, scenario, out / ("png-jobs-" + n), "png", jobs);
        if (i == 0 || run.wall_s < r.render.wall_s) r.render = run;
        if (i == 0 || floor < r.floor) r.floor = floor;
        r.rounds.push_back(
            {{"floor_s", floor}, {"total_s", run.wall_s}, {"ratio", run.wall_s / floor}});
    }
    return r;
}

}  // namespace

int run(int argc, char** argv) {
    CLI::App app{"geotimeline benchmark"};
    fs::path out = "out/bench";
    unsigned jobs = available_cores();
    bool skip_long = false;
    int repeat = 3;
    std::string label;
    app.add_option("--out", out, "where results.json and the rendered sets go")
        ->capture_default_str();
    app.add_option("--jobs", jobs, "the parallel runs' --jobs (default: every core)")
        ->capture_default_str();
    app.add_flag("--skip-long", skip_long, "skip the 2400-frame memory run");
    app.add_option("--repeat", repeat,
                   "runs per 240-frame PNG render and floor; the fastest counts")
        ->check(CLI::Range(1, 20))
        ->capture_default_str();
    app.add_option("--label", label, "recorded in results.json (e.g. the git commit)");
    CLI11_PARSE(app, argc, argv);

    const fs::path bench_dir = GEOTIMELINE_BENCH_DIR;
    const fs::path program = GEOTIMELINE_PROGRAM;
    const fs::path s240 = bench_dir / "korea-russia-2024-240.yaml";
    const fs::path s2400 = bench_dir / "korea-russia-2024-2400.yaml";
    fs::create_directories(out);

    nlohmann::json results;
    results["label"] = label;
    results["machine"] = {{"cores", available_cores()},
                          {"load_average_before", load_average()},
                          {"cores_available_before", measured_parallelism(jobs, 2.0)}};
    results["workload"] = {{"scenario", "korea-russia-2024 (bench/korea-russia-2024-240.yaml)"},
                           {"size", "1920x1080"},
                           {"frames", 240},
                           {"repeat", repeat}};

    nlohmann::json profile = profile_stages({s240, out / "scratch", jobs, 10});
    results["stages_s"] = profile["stages_s"];
    results["encoders"] = profile["encoders"];
    results["encoder_speedup_vs_cairo"] = profile["encoder_speedup_vs_cairo"];
    results["encoder_size_vs_cairo"] = profile["encoder_size_vs_cairo"];

    const std::string n = std::to_string(jobs);
    const FloorRounds one = render_and_floor_in_rounds(program, s240, out, 1, repeat);
    const FloorRounds all = render_and_floor_in_rounds(program, s240, out, jobs, repeat);
    const ChildRun& png1 = one.render;
    const ChildRun& pngn = all.render;
    const double floor1 = one.floor;
    const double floorn = all.floor;
    results["encode_floor_s"] = {{"threads_1", floor1}, {"threads_" + n, floorn}};
    const ChildRun svgn = render(program, s240, out / ("svg-jobs-" + n), "svg", jobs);
    const FolderSizes svg = sizes_of(out / ("svg-jobs-" + n) / "korea-russia-2024-240", ".svg");
    results["png_240"] = {{"jobs_1", as_json(png1)},
                          {"jobs_" + n, as_json(pngn)},
                          {"speedup_jobs_" + n + "_vs_1", png1.wall_s / pngn.wall_s},
                          {"ratio_jobs_1_to_floor_1_thread", png1.wall_s / floor1},
                          {"ratio_jobs_" + n + "_to_floor_" + n + "_threads", pngn.wall_s / floorn},
                          {"rounds_jobs_1", one.rounds},
                          {"rounds_jobs_" + n, all.rounds}};
    results["svg_240"] = {{"jobs_" + n, as_json(svgn)},
                          {"mean_frame_kb", svg.mean / 1024},
                          {"max_frame_kb", static_cast<double>(svg.max) / 1024},
                          {"frames", svg.files}};
    if (!skip_long) {
        const ChildRun long_run = render(program, s2400, out / "png-2400", "png", jobs);
        results["png_2400"] = {
            {"jobs_" + n, as_json(long_run)},
            {"peak_rss_ratio_to_240", long_run.peak_rss_mib / pngn.peak_rss_mib}};
        fs::remove_all(out / "png-2400");
    }
    results["machine"]["load_average_after"] = load_average();
    results["machine"]["cores_available_after"] = measured_parallelism(jobs, 2.0);

    std::ofstream(out / "results.json") << results.dump(2) << '\n';
    std::cout << results.dump(2) << '\n';
    const auto& st = results["stages_s"];
    std::cout << "\nsummary (seed scenario, 1920x1080, 240 frames, " << jobs
              << " jobs; cores free: " << results["machine"]["cores_available_before"]
              << " before, " << results["machine"]["cores_available_after"] << " after):\n"
              << "  PNG total --jobs " << n << ": " << pngn.wall_s
              << " s; --jobs 1: " << png1.wall_s << " s; speedup " << png1.wall_s / pngn.wall_s
              << "x\n"
              << "  encode-only floor: " << floor1 << " s on 1 thread, " << floorn << " s on " << n
              << " threads; total/floor " << png1.wall_s / floor1 << "x (--jobs 1, 1 thread), "
              << pngn.wall_s / floorn << "x (--jobs " << n << ", " << n << " threads)\n"
              << "  each round, total/floor: --jobs 1";
    for (const auto& round : one.rounds) std::cout << " " << round["ratio"].get<double>() << "x";
    std::cout << "; --jobs " << n;
    for (const auto& round : all.rounds) std::cout << " " << round["ratio"].get<double>() << "x";
    std::cout << "\n"
              << "  stages: load+project " << st["load_project_cold"] << " s, static layers "
              << st["static_layers"] << " s, drawing " << st["draw_per_frame_mean"]
              << " s/frame, encoding " << st["encode_per_frame_mean"] << " s/frame\n"
              << "  encoder vs cairo: " << results["encoder_speedup_vs_cairo"] << "x faster, size "
              << results["encoder_size_vs_cairo"] << " of cairo's\n"
              << "  peak RSS: " << pngn.peak_rss_mib << " MiB (240 frames)";
    if (results.contains("png_2400")) {
        std::cout << ", " << results["png_2400"]["jobs_" + n]["peak_rss_mib"] << " MiB (2400)";
    }
    std::cout << "\n  SVG: mean " << svg.mean / 1024 << " KB, max " << svg.max / 1024.0
              << " KB per frame\n  results: " << (out / "results.json").string() << '\n';
    return 0;
}

}  // namespace gt::bench

int main(int argc, char** argv) {
    try {
        return gt::bench::run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "geotimeline_bench: " << e.what() << '\n';
        return 1;
    }
}
