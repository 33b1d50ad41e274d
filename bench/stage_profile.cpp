#include "stage_profile.hpp"

#include <algorithm>
#include <cstring>
#include <iostream>
#include <map>
#include <thread>

#include "cli/app.hpp"
#include "output/frame_writer.hpp"
#include "output/parallel_frames.hpp"
#include "output/png_encoder.hpp"
#include "png_alternatives.hpp"
#include "render/draw.hpp"
#include "scenario/loader.hpp"
#include "stopwatch.hpp"
#include "timeline/schedule.hpp"

namespace gt::bench {

namespace fs = std::filesystem;

namespace {

const std::string small_compression_name =
    "--png-compression small: libdeflate-1 filter-none, whole frames (chosen before ISA-L)";

/// Bytes and seconds summed over the frames one encoder wrote.
struct EncoderTally {
    double seconds = 0;
    std::size_t bytes = 0;
    std::size_t frames = 0;

    void add(double s, std::size_t b) {
        seconds += s;
        bytes += b;
        ++frames;
    }
    [[nodiscard]] nlohmann::json json(const std::string& name) const {
        return {{"name", name},
                {"frames", frames},
                {"ms_per_frame", 1000 * seconds / static_cast<double>(frames)},
                {"mean_bytes", static_cast<double>(bytes) / static_cast<double>(frames)}};
    }
};

/// Copies the pixels of `from` into `to`, an image of the same size and format.
void copy_pixels(cairo_surface_t* from, cairo_surface_t* to) {
    cairo_surface_flush(to);
    std::memcpy(cairo_image_surface_get_data(to), cairo_image_surface_get_data(from),
                static_cast<std::size_t>(cairo_image_surface_get_stride(from)) *
                    static_cast<std::size_t>(cairo_image_surface_get_height(from)));
    cairo_surface_mark_dirty(to);
}

cairo_surface_t* copy_surface(cairo_surface_t* s) {
    cairo_surface_t* copy = cairo_image_surface_create(
        CAIRO_FORMAT_RGB24, cairo_image_surface_get_width(s), cairo_image_surface_get_height(s));
    copy_pixels(s, copy);
    return copy;
}

std::size_t size_of(const fs::path& f) { return static_cast<std::size_t>(fs::file_size(f)); }

/// The encode-only floor on `threads` threads. Frames are drawn into memory in batches (not
/// timed); each thread then takes its frames of a batch (runs as a render's workers take them),
/// copies its pixels into a
/// surface of its own (not timed: this leaves them in the cache, as a frame just drawn is) and
/// times encoding and writing it. The floor is the busiest thread's summed encoding time, as if
/// the threads did nothing else: waiting at the end of a batch does not count.
double encode_floor(FrameWriter& writer, const std::vector<Instant>& times, unsigned threads,
                    const fs::path& scratch, const PngSettings& settings) {
    const std::size_t batch = 8 * threads;
    std::vector<std::unique_ptr<PngEncoder>> encoders;
    std::vector<cairo_surface_t*> own;
    for (unsigned t = 0; t < threads; ++t) {
        encoders.push_back(std::make_unique<PngEncoder>(settings));
        own.push_back(copy_surface(writer.draw_raster(times.front())));
    }
    // Which thread encodes each frame: the runs of consecutive frames a render's workers take
    // (next_run_size), each to the thread with the fewest frames so far, as workers of equal
    // speed take the next run when they finish the last.
    std::vector<unsigned> owner(times.size());
    std::vector<std::size_t> taken(threads, 0);
    for (std::size_t at = 0; at < times.size();) {
        const auto taker =
            static_cast<unsigned>(std::min_element(taken.begin(), taken.end()) - taken.begin());
        const std::size_t run = next_run_size(times.size() - at, threads);
        for (std::size_t i = at; i < at + run; ++i) owner[i] = taker;
        taken[taker] += run;
        at += run;
    }
    std::vector<double> busy(threads, 0);
    for (std::size_t first = 0; first < times.size(); first += batch) {
        std::vector<cairo_surface_t*> frames;
        for (std::size_t i = first; i < std::min(times.size(), first + batch); ++i) {
            frames.push_back(copy_surface(writer.draw_raster(times[i])));
        }
        std::vector<std::jthread> workers;
        for (unsigned t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                for (std::size_t k = 0; k < frames.size(); ++k) {
                    if (owner[first + k] != t) continue;
                    copy_pixels(frames[k], own[t]);
                    const fs::path file = scratch / ("floor-" + std::to_string(first + k) + ".png");
                    busy[t] += time_it([&] { encoders[t]->write(own[t], file); });
                }
            });
        }
        workers.clear();  // joins
        for (cairo_surface_t* s : frames) cairo_surface_destroy(s);
    }
    for (cairo_surface_t* s : own) cairo_surface_destroy(s);
    return *std::max_element(busy.begin(), busy.end());
}

}  // namespace

nlohmann::json profile_stages(const ProfileOptions& options) {
    fs::remove_all(options.scratch);
    fs::create_directories(options.scratch);
    const AppPaths paths = default_paths();
    nlohmann::json stages;

    std::optional<LoadedScenario> loaded;
    stages["scenario_parse"] = time_it([&] { loaded.emplace(load_scenario(options.scenario)); });
    const Scenario& scenario = loaded->scenario;
    const SceneOptions scene_options{paths.style_dir, paths.basemap, 1, "", {}};
    std::optional<Scene> scene;
    stages["load_project_cold"] =
        time_it([&] { scene.emplace(prepare_scene(scenario, scene_options)); });
    double warm = 1e9;
    for (int i = 0; i < 3; ++i) {
        warm = std::min(warm, time_it([&] { (void)prepare_scene(scenario, scene_options); }));
    }
    stages["load_project_warm"] = warm;
    // As a render finds its layers once a first render has kept them: no GDAL, no projecting.
    SceneOptions cached = scene_options;
    cached.layer_cache = options.scratch / "layer-cache";
    (void)prepare_scene(scenario, cached);
    double from_cache = 1e9;
    for (int i = 0; i < 3; ++i) {
        from_cache = std::min(from_cache, time_it([&] { (void)prepare_scene(scenario, cached); }));
    }
    stages["load_project_layer_cache"] = from_cache;
    const Projection projection = make_projection(scenario);
    double basemap = 1e9;
    for (int i = 0; i < 3; ++i) {
        basemap = std::min(
            basemap, time_it([&] { (void)load_basemap(paths.basemap, projection, scene->view); }));
    }
    stages["basemap_" + scene->basemap_details() + "_load_project"] = basemap;

    std::optional<FrameWriter> writer;
    stages["renderer_setup_label_placement"] = time_it([&] { writer.emplace(*scene); });
    {
        cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, scene->layout.width,
                                                        scene->layout.height);
        cairo_t* cr = cairo_create(s);
        const TextPainter text;
        LabelPlacer unused({0, 0, 0, 0});
        const ViewFrame frame =
            ViewFramer(*scene).frame(scene->camera.pose_at(scenario.timeline.start));
        DateFormatter dates(scene->scenario.timeline.locale, scene->scenario.timeline.utc_offset);
        PanelCache panels;
        const DrawContext dc{cr, *scene, frame, text, unused, Instant{}, dates, panels};
        stages["static_layers"] = time_it([&] {
            draw_basemap(dc);
            draw_place_symbols(dc);
            cairo_surface_flush(s);
        });
        cairo_destroy(cr);
        cairo_surface_destroy(s);
    }
    const std::vector<Instant> times = frame_times(scenario.timeline);
    stages["first_frame_with_static_layer"] = time_it([&] { (void)writer->draw_raster(times[0]); });

    // Every frame: draw (timed), encode with the program's encoder and with Cairo's (timed
    // apart, same pixels); every n-th frame also with the alternatives.
    std::vector<PngAlternative> alternatives = png_alternatives();
    // Each variant encodes every n-th frame in turn: its band reuse sees frames n apart.
    const std::vector<std::pair<std::string, PngSettings>> own_variants{
        {"isal-0 filter-sub", {PngFilter::sub}},
        {"isal-0 filter-up", {PngFilter::up}},
        {"isal-0 filter-none bands of 16 rows", {PngFilter::none, 16}},
        {"isal-0 filter-none bands of 64 rows", {PngFilter::none, 64}},
        {small_compression_name, {PngFilter::none, 32, false, PngCompression::small}}};
    // The chosen encoder with every frame deflated whole: what it costs on a frame alone.
    PngEncoder whole_frames({PngFilter::none, 32, false});
    std::vector<std::unique_ptr<PngEncoder>> variant_encoders;
    for (const auto& v : own_variants)
        variant_encoders.push_back(std::make_unique<PngEncoder>(v.second));
    EncoderTally chosen, chosen_whole, cairo, chosen_sampled, cairo_sampled;
    std::size_t bands = 0, reused = 0;
    std::map<std::string, EncoderTally> sampled;
    double drawing = 0;
    for (std::size_t i = 0; i < times.size(); ++i) {
        cairo_surface_t* frame = nullptr;
        drawing += time_it([&] { frame = writer->draw_raster(times[i]); });
        const fs::path mine = options.scratch / ("frame-" + std::to_string(i) + ".png");
        const double s = time_it([&] {
            const std::vector<unsigned char>& bytes = writer->encode_png();
            write_bytes(mine, bytes.data(), bytes.size());
        });
        chosen.add(s, size_of(mine));
        bands += writer->last_png_bands().bands;
        reused += writer->last_png_bands().reused;
        const fs::path whole = options.scratch / ("whole-" + std::to_string(i) + ".png");
        const double whole_s = time_it([&] { whole_frames.write(frame, whole); });
        chosen_whole.add(whole_s, size_of(whole));
        const fs::path theirs = options.scratch / ("cairo-" + std::to_string(i) + ".png");
        const double cairo_s = time_it([&] { (void)alternatives[0].write(frame, theirs); });
        cairo.add(cairo_s, size_of(theirs));
        if (i % options.alternative_stride != 0) continue;
        chosen_sampled.add(s, size_of(mine));
        cairo_sampled.add(cairo_s, size_of(theirs));
        for (std::size_t a = 1; a < alternatives.size(); ++a) {
            const fs::path f = options.scratch / ("alt-" + std::to_string(a) + ".png");
            std::size_t bytes = 0;
            const double t = time_it([&] { bytes = alternatives[a].write(frame, f); });
            sampled[alternatives[a].name].add(t, bytes);
        }
        for (std::size_t v = 0; v < own_variants.size(); ++v) {
            const fs::path f = options.scratch / ("own-" + std::to_string(v) + ".png");
            const double t = time_it([&] { variant_encoders[v]->write(frame, f); });
            sampled[own_variants[v].first].add(t, size_of(f));
        }
        std::cerr << "\rstage profile: frame " << i + 1 << "/" << times.size() << std::flush;
    }
    std::cerr << '\n';
    stages["draw_total"] = drawing;
    stages["draw_per_frame_mean"] = drawing / static_cast<double>(times.size());
    stages["encode_total"] = chosen.seconds;
    stages["encode_per_frame_mean"] = chosen.seconds / static_cast<double>(times.size());

    nlohmann::json encoders = nlohmann::json::array();
    encoders.push_back(
        chosen.json("chosen: isal-0 filter-none, bands of 32 rows, in turn (all frames)"));
    encoders.push_back(chosen_whole.json("chosen, every frame deflated whole (all frames)"));
    encoders.push_back(cairo.json("cairo_surface_write_to_png (all frames)"));
    encoders.push_back(chosen_sampled.json("chosen, in turn (sampled frames)"));
    for (const auto& [name, tally] : sampled)
        encoders.push_back(tally.json(name + " (sampled frames)"));

    // --png-compression small against Cairo on the same (sampled) frames.
    const EncoderTally& small = sampled.at(small_compression_name);
    fs::remove_all(options.scratch);
    return {{"frames", times.size()},
            {"stages_s", stages},
            {"encoders", encoders},
            {"encoder_speedup_vs_cairo", cairo.seconds / chosen_whole.seconds},
            {"encoder_speedup_vs_cairo_in_turn", cairo.seconds / chosen.seconds},
            {"bands_reused_fraction", static_cast<double>(reused) / static_cast<double>(bands)},
            {"small_encoder_speedup_vs_cairo", cairo_sampled.seconds / small.seconds},
            {"small_encoder_size_vs_cairo",
             static_cast<double>(small.bytes) / static_cast<double>(cairo_sampled.bytes)},
            {"encoder_size_vs_cairo",
             static_cast<double>(chosen.bytes) / static_cast<double>(cairo.bytes)}};
}

double parallel_encode_floor(const ProfileOptions& options, const PngSettings& settings) {
    fs::remove_all(options.scratch);
    fs::create_directories(options.scratch);
    const LoadedScenario loaded = load_scenario(options.scenario);
    const AppPaths paths = default_paths();
    const Scene scene = prepare_scene(loaded.scenario, {paths.style_dir, paths.basemap, 1, "", {}});
    FrameWriter writer(scene);
    const double seconds = encode_floor(writer, frame_times(loaded.scenario.timeline),
                                        options.threads, options.scratch, settings);
    fs::remove_all(options.scratch);
    return seconds;
}

}  // namespace gt::bench
