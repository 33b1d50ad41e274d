#include "cli/still_command.hpp"

#include <cmath>
#include <cstdio>
#include <ostream>
#include <regex>

#include "cli/option_checks.hpp"
#include "output/still_writer.hpp"
#include "scenario/loader.hpp"
#include "timeline/schedule.hpp"
#include "timeline/time.hpp"

namespace gt {

namespace {

/// Cairo's image surfaces stop at 32767 pixels a side; a poster at 300 dpi is far below.
constexpr int kMaxPixels = 20000;

[[noreturn]] void bad_option(const std::string& option, const std::string& what,
                             const std::string& hint) {
    throw InputError(Diagnostic{Diagnostic::Severity::error, {option, 0, 0}, what, hint});
}

/// The instant `text` names, within the timeline.
Instant still_instant(const std::string& text, const Scenario& scenario) {
    const auto t = parse_local_instant(text, scenario.timeline.utc_offset);
    if (!t) {
        bad_option("--at", "'" + text + "' is not a date",
                   "write 2024-10-10 or 2024-10-10T12:00 (on the scenario's utc_offset clock), "
                   "or 2024-10-10T12:00Z");
    }
    const std::vector<Instant> all = frame_times(scenario.timeline);
    if (*t < all.front() || *t > all.back()) {
        bad_option(
            "--at",
            "'" + text + "' lies " + (*t < all.front() ? "before" : "after") + " the timeline",
            "choose a date from " + format_local_iso(all.front(), scenario.timeline.utc_offset) +
                " to " + format_local_iso(all.back(), scenario.timeline.utc_offset));
    }
    return *t;
}

}  // namespace

double parse_length_mm(const std::string& text, const std::string& option) {
    static const std::regex length(R"((\d+(?:\.\d+)?)\s*(mm|cm|in|pt))");
    std::smatch m;
    if (!std::regex_match(text, m, length)) {
        bad_option(option, "'" + text + "' is not a length",
                   "write a number and a unit: 160mm, 16cm, 6.3in or 453pt");
    }
    const double value = std::stod(m[1]);
    const std::string unit = m[2];
    const double mm = unit == "mm"   ? value
                      : unit == "cm" ? value * 10
                      : unit == "in" ? value * 25.4
                                     : value * 25.4 / 72;
    if (!(mm >= 10 && mm <= 2000)) {
        bad_option(option, "'" + text + "' is outside 10 mm .. 2000 mm",
                   "give a size a page or a screen can hold");
    }
    return mm;
}

void StillCommand::setup(CLI::App& app) {
    app.add_option("scenario", scenario_, "scenario YAML file")->required();
    app.add_option("--at", at_, "the moment to draw, e.g. 2024-10-13 or 2024-10-13T12:00")
        ->required();
    app.add_option("-o,--output", output_,
                   "the file to write; its extension (.png, .svg or .pdf) chooses the format")
        ->required();
    app.add_option("--width", width_, "width: 160mm, 16cm, 6.3in or 453pt")->capture_default_str();
    app.add_option("--height", height_,
                   "height, as --width (default: the width times the scenario's map height/width)");
    app.add_option("--dpi", dpi_, "pixels per inch of a PNG; the layout's points become pixels")
        ->capture_default_str()
        ->check(within(36, 1200));
    app.add_option("--min-text", min_text_, "smallest text size in points")
        ->capture_default_str()
        ->check(within(3, 72));
    app.add_flag("--transparent", transparent_,
                 "leave the sea and the page around the map transparent (PNG, SVG, PDF)");
    scene_.add_to(app);
    // The page and the dpi set the pixels: a pixel scale has no meaning here.
    app.remove_option(app.get_option("--scale"));
}

int StillCommand::run(CliContext& context) {
    const StillFormat format = still_format(output_);
    StillPage page{parse_length_mm(width_, "--width"), 0, dpi_};
    const LoadedScenario loaded = load_scenario(scenario_, {}, context.gazetteer);
    for (const Diagnostic& d : loaded.warnings) context.err << d.str() << '\n';
    const Scenario& scenario = loaded.scenario;
    page.height_mm = height_.empty() ? page.width_mm * scenario.map.height / scenario.map.width
                                     : parse_length_mm(height_, "--height");
    const Instant t = still_instant(at_, scenario);
    const auto [width_px, height_px] = still_pixels(page);
    if (width_px > kMaxPixels || height_px > kMaxPixels) {
        bad_option(
            "--dpi",
            "the still would be " + std::to_string(width_px) + " x " + std::to_string(height_px) +
                " pixels",
            "lower --dpi or the size: at most " + std::to_string(kMaxPixels) + " pixels a side");
    }
    SceneOptions options = scene_.resolve(context);
    options.scale = dpi_ / 72;
    options.physical = SceneOptions::Physical{width_px, height_px, min_text_};
    options.transparent = transparent_;
    for (const Diagnostic& d : basemap_warnings(scenario, options.basemap, options.layer_cache)) {
        context.err << d.str() << '\n';
    }
    const Scene scene = prepare_scene(scenario, options);
    const std::filesystem::path file(output_);
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
    write_still(scene, t, format, page, file);
    char summary[160];
    std::snprintf(summary, sizeof summary,
                  " (%.4g x %.4g mm, %d x %d px at %.4g dpi; smallest text %.1f pt)", page.width_mm,
                  page.height_mm, width_px, height_px, dpi_,
                  smallest_text_size(scene.style.sizes) * scene.layout.unit * 72 / dpi_);
    context.out << "wrote " << file.string() << summary << '\n';
    return 0;
}

}  // namespace gt
