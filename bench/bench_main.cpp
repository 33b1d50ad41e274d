// geotimeline benchmark (make bench): the seed scenario at 1920x1080 with 240 frames, as PNG and
// as SVG. Prints and writes to OUT/results.json, all measured in this one run:
//  - the time of each stage and the encode-only floor (stage_profile.cpp, in-process),
//  - total render times of the real program with --jobs 1 and --jobs N, their ratio to the
//    floor on as many threads (each render and its floor measured in turns), and peak memory
//    (child processes, so each gets its own getrusage),
//  - the PNG encoders against cairo_surface_write_to_png on the same frames,
//  - SVG frame sizes, and peak memory at 2400 frames against 240.
#include <time.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>

#include "child_run.hpp"
#include "common/sqlite_threads.hpp"
#include "label_bench.hpp"
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
                const std::string& format, unsigned jobs, int repeat = 1,
                const std::vector<std::string>& more = {}) {
    ChildRun best;
    for (int i = 0; i < repeat; ++i) {
        std::cerr << "render " << scenario.filename().string() << " " << format << " --jobs "
                  << jobs << " (run " << i + 1 << "/" << repeat << ") ...\n";
        std::vector<std::string> args{"render",     scenario.string(),    "--out",
                                      out.string(), "--format",           format,
                                      "--jobs",     std::to_string(jobs), "--quiet"};
        args.insert(args.end(), more.begin(), more.end());
        const ChildRun run = run_child(program, args);
        if (i == 0 || run.wall_s < best.wall_s) best = run;
    }
    return best;
}

/// The fastest of `repeat` starts of the program that only print its version: the cost of
/// starting it (loading GDAL, PROJ, Cairo, Pango and what they link), before any work.
double program_start(const fs::path& program, int repeat) {
    double best = 1e9;
    for (int i = 0; i < repeat; ++i)
        best = std::min(best, run_child(program, {"--version"}).wall_s);
    return best;
}

/// One round: the fixed cost, then the encode-only floor and the 240-frame PNG render on 1
/// thread, then on N.
struct Round {
    /// The first frame alone (--frames 1:1): starting, loading and projecting, placing labels,
    /// the static layers and one frame. What a render costs whatever its length.
    ChildRun first_frame;
    double floor_1 = 0;
    ChildRun render_1;
    double floor_n = 0;
    /// On N threads with every frame deflated whole (no band reuse): each frame alone.
    double floor_n_whole = 0;
    ChildRun render_n;
};

/// `repeat` rounds in turn, so that each render is compared with a floor, and the --jobs 1 with
/// the --jobs N render, measured moments apart on the machine as it then is.
std::vector<Round> measure_rounds(const fs::path& program, const fs::path& scenario,
                                  const fs::path& out, unsigned jobs, int repeat) {
    std::vector<Round> rounds;
    const std::string n = std::to_string(jobs);
    for (int i = 0; i < repeat; ++i) {
        std::cerr << "round " << i + 1 << "/" << repeat << ": floors and renders ...\n";
        Round r;
        r.first_frame =
            render(program, scenario, out / "png-first-frame", "png", 1, 1, {"--frames", "1:1"});
        r.floor_1 = parallel_encode_floor({scenario, out / "scratch", 1, 10});
        r.render_1 = render(program, scenario, out / "png-jobs-1", "png", 1);
        r.floor_n = parallel_encode_floor({scenario, out / "scratch", jobs, 10});
        r.floor_n_whole = parallel_encode_floor({scenario, out / "scratch", jobs, 10},
                                                {PngFilter::none, 32, false});
        r.render_n = render(program, scenario, out / ("png-jobs-" + n), "png", jobs);
        rounds.push_back(r);
    }
    return rounds;
}

/// The 240-frame renders and their floors again with --png-compression small (libdeflate level
/// 1, every frame deflated whole): an encoder several times faster than Cairo's, as the ratio
/// target assumes, but not so fast that starting, setting up and drawing outweigh encoding.
struct SmallRound {
    double floor_1 = 0;
    ChildRun render_1;
    double floor_n = 0;
    ChildRun render_n;
};

std::vector<SmallRound> measure_small_rounds(const fs::path& program, const fs::path& scenario,
                                             const fs::path& out, unsigned jobs, int repeat) {
    const PngSettings small{PngFilter::none, 32, false, PngCompression::small};
    const std::vector<std::string> flag{"--png-compression", "small"};
    std::vector<SmallRound> rounds;
    for (int i = 0; i < repeat; ++i) {
        std::cerr << "round " << i + 1 << "/" << repeat << " with --png-compression small ...\n";
        SmallRound r;
        r.floor_1 = parallel_encode_floor({scenario, out / "scratch", 1, 10}, small);
        r.render_1 = render(program, scenario, out / "png-small-jobs-1", "png", 1, 1, flag);
        r.floor_n = parallel_encode_floor({scenario, out / "scratch", jobs, 10}, small);
        r.render_n = render(program, scenario, out / "png-small-jobs-n", "png", jobs, 1, flag);
        rounds.push_back(r);
    }
    return rounds;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/// The round's value of `f` for every round.
template <class F>
std::vector<double> each(const std::vector<Round>& rounds, F f) {
    std::vector<double> out;
    for (const Round& r : rounds) out.push_back(f(r));
    return out;
}

void print_values(const std::vector<double>& values) {
    for (double v : values) std::cout << " " << v << "x";
}

}  // namespace

int run(int argc, char** argv) {
    CLI::App app{"geotimeline benchmark"};
    fs::path out = "out/bench";
    unsigned jobs = available_cores();
    bool skip_long = false;
    int repeat = 5;
    std::string label;
    app.add_option("--out", out, "where results.json and the rendered sets go")
        ->capture_default_str();
    app.add_option("--jobs", jobs, "the parallel runs' --jobs (default: every core)")
        ->capture_default_str();
    app.add_flag("--skip-long", skip_long, "skip the 2400-frame runs (speedup and memory)");
    app.add_option("--repeat", repeat, "rounds of the 240-frame PNG renders and their floors")
        ->check(CLI::Range(1, 20))
        ->capture_default_str();
    app.add_option("--label", label, "recorded in results.json (e.g. the git commit)");
    bool labels_only = false;
    app.add_flag("--labels-only", labels_only, "only the label bench (crowded scenarios)");
    bool stages_only = false;
    app.add_flag("--stages-only", stages_only,
                 "only the first frame alone and the one-thread stages (load and project...)");
    CLI11_PARSE(app, argc, argv);

    // The renders keep basemap layers in a cache of their own, emptied now: the first render
    // fills it, as a user's first render does, and the later ones read from it.
    const fs::path layer_cache = fs::absolute(out / "layer-cache");
    fs::remove_all(layer_cache);
    setenv("GEOTIMELINE_CACHE", layer_cache.c_str(), 1);
    const fs::path bench_dir = GEOTIMELINE_BENCH_DIR;
    const fs::path program = GEOTIMELINE_PROGRAM;
    const fs::path s240 = bench_dir / "korea-russia-2024-240.yaml";
    const fs::path s2400 = bench_dir / "korea-russia-2024-2400.yaml";
    fs::create_directories(out);

    nlohmann::json results;
    results["label"] = label;
    if (labels_only) {
        results["labels"] = measure_labels(program, bench_dir, out / "labels", std::min(repeat, 3));
        std::ofstream(out / "results.json") << results.dump(2) << '\n';
        std::cout << results.dump(2) << '\n';
        return 0;
    }
    results["machine"] = {{"cores", available_cores()},
                          {"load_average_before", load_average()},
                          {"cores_available_before", measured_parallelism(jobs, 2.0)}};
    results["workload"] = {{"scenario", "korea-russia-2024 (bench/korea-russia-2024-240.yaml)"},
                           {"size", "1920x1080"},
                           {"frames", 240},
                           {"repeat", repeat}};

    // The first frame alone with no layers cached (GDAL loaded, the basemap read and
    // projected), then with them: the fixed cost of a user's first render and of any later one.
    const ChildRun first_frame_cold =
        render(program, s240, out / "png-first-frame", "png", 1, 1, {"--frames", "1:1"});
    results["first_frame_alone_s"] = {{"layers_not_cached", first_frame_cold.wall_s}};

    nlohmann::json profile = profile_stages({s240, out / "scratch", jobs, 10});
    results["stages_s"] = profile["stages_s"];
    if (stages_only) {
        std::ofstream(out / "results.json") << results.dump(2) << '\n';
        std::cout << results.dump(2) << '\n';
        return 0;
    }
    results["encoders"] = profile["encoders"];
    results["encoder_speedup_vs_cairo"] = profile["encoder_speedup_vs_cairo"];
    results["encoder_size_vs_cairo"] = profile["encoder_size_vs_cairo"];
    results["encoder_speedup_vs_cairo_in_turn"] = profile["encoder_speedup_vs_cairo_in_turn"];
    results["bands_reused_fraction"] = profile["bands_reused_fraction"];

    const std::string n = std::to_string(jobs);
    const std::vector<Round> rounds = measure_rounds(program, s240, out, jobs, repeat);
    const auto fastest = [&](auto member) {
        const Round* best = &rounds.front();
        for (const Round& r : rounds) {
            if ((r.*member).wall_s < ((*best).*member).wall_s) best = &r;
        }
        return (*best).*member;
    };
    const ChildRun png1 = fastest(&Round::render_1);
    const ChildRun pngn = fastest(&Round::render_n);
    const double floor1 = std::ranges::min(each(rounds, [](const Round& r) { return r.floor_1; }));
    const double floorn = std::ranges::min(each(rounds, [](const Round& r) { return r.floor_n; }));
    const std::vector<double> ratios_1 =
        each(rounds, [](const Round& r) { return r.render_1.wall_s / r.floor_1; });
    const std::vector<double> ratios_n =
        each(rounds, [](const Round& r) { return r.render_n.wall_s / r.floor_n; });
    const std::vector<double> ratios_n_whole =
        each(rounds, [](const Round& r) { return r.render_n.wall_s / r.floor_n_whole; });
    const std::vector<double> speedups =
        each(rounds, [](const Round& r) { return r.render_1.wall_s / r.render_n.wall_s; });
    // The frames after the first: each render less the round's first-frame render.
    const auto after_first = [](const ChildRun& run, const Round& r) {
        return run.wall_s - r.first_frame.wall_s;
    };
    const std::vector<double> speedups_after_first = each(rounds, [&](const Round& r) {
        return after_first(r.render_1, r) / after_first(r.render_n, r);
    });
    const std::vector<double> ratios_n_after_first =
        each(rounds, [&](const Round& r) { return after_first(r.render_n, r) / r.floor_n; });
    const std::vector<double> first_frame_s =
        each(rounds, [](const Round& r) { return r.first_frame.wall_s; });
    const double start_s = program_start(program, 5);
    results["first_frame_alone_s"]["layers_cached_median"] = median(first_frame_s);
    nlohmann::json round_list = nlohmann::json::array();
    for (const Round& r : rounds) {
        round_list.push_back({{"first_frame_alone_s", r.first_frame.wall_s},
                              {"floor_1_thread_s", r.floor_1},
                              {"total_jobs_1_s", r.render_1.wall_s},
                              {"floor_n_threads_s", r.floor_n},
                              {"floor_n_threads_whole_frames_s", r.floor_n_whole},
                              {"total_jobs_n_s", r.render_n.wall_s}});
    }
    results["encode_floor_s"] = {{"threads_1", floor1}, {"threads_" + n, floorn}};
    const ChildRun svgn = render(program, s240, out / ("svg-jobs-" + n), "svg", jobs);
    const FolderSizes svg = sizes_of(out / ("svg-jobs-" + n) / "korea-russia-2024-240", ".svg");
    results["png_240"] = {
        {"jobs_1", as_json(png1)},
        {"jobs_" + n, as_json(pngn)},
        {"speedup_jobs_" + n + "_vs_1", png1.wall_s / pngn.wall_s},
        {"ratio_jobs_1_to_floor_1_thread", png1.wall_s / floor1},
        {"ratio_jobs_" + n + "_to_floor_" + n + "_threads", pngn.wall_s / floorn},
        {"rounds", round_list},
        {"median_of_rounds",
         {{"ratio_jobs_1_to_floor_1_thread", median(ratios_1)},
          {"ratio_jobs_" + n + "_to_floor_" + n + "_threads", median(ratios_n)},
          {"ratio_jobs_" + n + "_to_whole_frame_floor_" + n + "_threads", median(ratios_n_whole)},
          {"speedup_jobs_" + n + "_vs_1", median(speedups)},
          {"first_frame_alone_s", median(first_frame_s)},
          {"speedup_jobs_" + n + "_vs_1_after_first_frame", median(speedups_after_first)},
          {"ratio_jobs_" + n + "_after_first_frame_to_floor_" + n + "_threads",
           median(ratios_n_after_first)}}},
        {"program_start_s", start_s}};
    const std::vector<SmallRound> small_rounds =
        measure_small_rounds(program, s240, out, jobs, std::min(repeat, 3));
    const auto small_each = [&](auto f) {
        std::vector<double> v;
        for (const SmallRound& r : small_rounds) v.push_back(f(r));
        return v;
    };
    const std::vector<double> small_ratios_n =
        small_each([](const SmallRound& r) { return r.render_n.wall_s / r.floor_n; });
    const std::vector<double> small_ratios_1 =
        small_each([](const SmallRound& r) { return r.render_1.wall_s / r.floor_1; });
    const std::vector<double> small_speedups =
        small_each([](const SmallRound& r) { return r.render_1.wall_s / r.render_n.wall_s; });
    nlohmann::json small_list = nlohmann::json::array();
    for (const SmallRound& r : small_rounds) {
        small_list.push_back({{"floor_1_thread_s", r.floor_1},
                              {"total_jobs_1_s", r.render_1.wall_s},
                              {"floor_n_threads_s", r.floor_n},
                              {"total_jobs_n_s", r.render_n.wall_s},
                              {"peak_rss_mib_jobs_n", r.render_n.peak_rss_mib}});
    }
    results["png_240_compression_small"] = {
        {"encoder_speedup_vs_cairo", profile["small_encoder_speedup_vs_cairo"]},
        {"encoder_size_vs_cairo", profile["small_encoder_size_vs_cairo"]},
        {"rounds", small_list},
        {"median_of_rounds",
         {{"ratio_jobs_1_to_floor_1_thread", median(small_ratios_1)},
          {"ratio_jobs_" + n + "_to_floor_" + n + "_threads", median(small_ratios_n)},
          {"speedup_jobs_" + n + "_vs_1", median(small_speedups)}}}};
    results["svg_240"] = {{"jobs_" + n, as_json(svgn)},
                          {"mean_frame_kb", svg.mean / 1024},
                          {"max_frame_kb", static_cast<double>(svg.max) / 1024},
                          {"frames", svg.files}};
    if (!skip_long) {
        const ChildRun long_1 = render(program, s2400, out / "png-2400", "png", 1);
        const ChildRun long_run = render(program, s2400, out / "png-2400", "png", jobs);
        results["png_2400"] = {
            {"jobs_1", as_json(long_1)},
            {"jobs_" + n, as_json(long_run)},
            {"speedup_jobs_" + n + "_vs_1", long_1.wall_s / long_run.wall_s},
            {"peak_rss_ratio_to_240", long_run.peak_rss_mib / pngn.peak_rss_mib}};
        fs::remove_all(out / "png-2400");
    }
    results["labels"] = measure_labels(program, bench_dir, out / "labels", std::min(repeat, 3));
    results["machine"]["load_average_after"] = load_average();
    results["machine"]["cores_available_after"] = measured_parallelism(jobs, 2.0);

    std::ofstream(out / "results.json") << results.dump(2) << '\n';
    std::cout << results.dump(2) << '\n';
    const auto& st = results["stages_s"];
    std::cout << "\nsummary (seed scenario, 1920x1080, 240 frames, " << jobs
              << " jobs; cores free: " << results["machine"]["cores_available_before"]
              << " before, " << results["machine"]["cores_available_after"] << " after):\n"
              << "  each of " << rounds.size() << " rounds (floor and render on 1 thread, then on "
              << n << "):\n"
              << "    total/floor --jobs " << n << ":";
    print_values(ratios_n);
    std::cout << "  median " << median(ratios_n) << "x\n    total/whole-frame floor --jobs " << n
              << ":";
    print_values(ratios_n_whole);
    std::cout << "  median " << median(ratios_n_whole) << "x\n    total/floor --jobs 1:";
    print_values(ratios_1);
    std::cout << "  median " << median(ratios_1) << "x\n    speedup --jobs " << n << " over 1:";
    print_values(speedups);
    std::cout << "  median " << median(speedups) << "x\n"
              << "  after the fixed cost (each render less the round's first-frame-alone render, "
                 "median "
              << median(first_frame_s) << " s, of which " << start_s
              << " s starting the program):\n    speedup --jobs " << n << " over 1:";
    print_values(speedups_after_first);
    std::cout << "  median " << median(speedups_after_first) << "x\n    total/floor --jobs " << n
              << ":";
    print_values(ratios_n_after_first);
    std::cout << "  median " << median(ratios_n_after_first) << "x\n"
              << "  fastest of the rounds: PNG total --jobs " << n << " " << pngn.wall_s
              << " s, --jobs 1 " << png1.wall_s << " s (speedup " << png1.wall_s / pngn.wall_s
              << "x); floor " << floorn << " s on " << n << " threads, " << floor1
              << " s on 1; total/floor " << pngn.wall_s / floorn << "x (--jobs " << n << "), "
              << png1.wall_s / floor1 << "x (--jobs 1)";
    std::cout << "\n"
              << "  with --png-compression small (libdeflate-1, every frame whole: "
              << profile["small_encoder_speedup_vs_cairo"] << "x faster than cairo, size "
              << profile["small_encoder_size_vs_cairo"] << " of cairo's), each of "
              << small_rounds.size() << " rounds:\n    total/floor --jobs " << n << ":";
    print_values(small_ratios_n);
    std::cout << "  median " << median(small_ratios_n) << "x\n    total/floor --jobs 1:";
    print_values(small_ratios_1);
    std::cout << "  median " << median(small_ratios_1) << "x\n    speedup --jobs " << n
              << " over 1:";
    print_values(small_speedups);
    std::cout << "  median " << median(small_speedups) << "x\n"
              << "  first frame alone: " << first_frame_cold.wall_s
              << " s with no layers cached (GDAL loaded), " << median(first_frame_s)
              << " s with them (median)\n"
              << "  stages: load+project " << st["load_project_cold"] << " s ("
              << st["load_project_layer_cache"] << " s from the layer cache), static layers "
              << st["static_layers"] << " s, drawing " << st["draw_per_frame_mean"]
              << " s/frame, encoding " << st["encode_per_frame_mean"] << " s/frame\n"
              << "  encoder vs cairo: " << results["encoder_speedup_vs_cairo"] << "x faster, size "
              << results["encoder_size_vs_cairo"] << " of cairo's (every frame deflated whole); "
              << results["encoder_speedup_vs_cairo_in_turn"] << "x faster in turn, "
              << results["bands_reused_fraction"] << " of the bands reused\n"
              << "  peak RSS: " << pngn.peak_rss_mib << " MiB (240 frames)";
    if (results.contains("png_2400")) {
        std::cout << ", " << results["png_2400"]["jobs_" + n]["peak_rss_mib"]
                  << " MiB (2400)\n  2400 frames: --jobs 1 "
                  << results["png_2400"]["jobs_1"]["wall_s"] << " s, --jobs " << n << " "
                  << results["png_2400"]["jobs_" + n]["wall_s"] << " s, speedup "
                  << results["png_2400"]["speedup_jobs_" + n + "_vs_1"] << "x";
    }
    const auto& labels = results["labels"];
    std::cout << "\n  labels, CPU ms per frame after the first at --jobs 1: seed "
              << labels["korea-russia-2024"]["cpu_ms_per_frame_after_first"] << ", 300 movements "
              << labels["movements_300"]["cpu_ms_per_frame_after_first"] << ", 600 movements "
              << labels["movements_600"]["cpu_ms_per_frame_after_first"] << " (x"
              << labels["doubling_ratio"] << ")";
    std::cout << "\n  SVG: mean " << svg.mean / 1024 << " KB, max " << svg.max / 1024.0
              << " KB per frame\n  results: " << (out / "results.json").string() << '\n';
    return 0;
}

}  // namespace gt::bench

int main(int argc, char** argv) {
    gt::configure_sqlite_for_threads();  // as the program does: the in-process stages match it
    try {
        return gt::bench::run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "geotimeline_bench: " << e.what() << '\n';
        return 1;
    }
}
