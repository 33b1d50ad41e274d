#include "cli/scene_flags.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <regex>

#include "cli/option_checks.hpp"
#include "geo/basemap.hpp"
#include "geo/layer_cache.hpp"
#include "scenario/words.hpp"
#include "timeline/time.hpp"

namespace gt {

void SceneFlags::add_to(CLI::App& app) {
    app.add_option("--scale", scale, "pixel scale: 2 draws the same map at twice the pixels")
        ->check(within(0.25, 8))
        ->capture_default_str();
    app.add_option("--theme", theme,
                   "style to use instead of the scenario's (report, dark, print)");
    app.add_option("--styles", styles, "folder of style files (default: the installed styles/)");
    app.add_option("--basemap", basemap, "basemap GeoPackage (default: the built basemap.gpkg)");
    app.footer(
        "Environment: GEOTIMELINE_CACHE=DIR keeps the basemap layers a render reads (clipped and "
        "projected) for the next render of the same map, at most 48 of them; 'off' or empty: "
        "none. Default: $XDG_CACHE_HOME/geotimeline, else ~/.cache/geotimeline.");
}

SceneOptions SceneFlags::resolve(const CliContext& context) const {
    return {styles.empty() ? context.style_dir : std::filesystem::path(styles),
            basemap.empty() ? context.basemap : std::filesystem::path(basemap), scale, theme,
            context.cache};
}

namespace {

std::vector<std::size_t> frames_in_range(std::size_t count, const std::string& range) {
    const std::regex pattern(R"((\d{1,9}):(\d{1,9}))");
    std::smatch m;
    const auto n = static_cast<long>(count);
    if (!std::regex_match(range, m, pattern) || std::stol(m[1]) < 1 ||
        std::stol(m[2]) < std::stol(m[1]) || std::stol(m[2]) > n) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {"--frames", 0, 0},
                                    "'" + range + "' is not a frame range of this timeline",
                                    "write FIRST:LAST, 1-based, within 1:" + std::to_string(n)});
    }
    std::vector<std::size_t> out;
    for (long i = std::stol(m[1]); i <= std::stol(m[2]); ++i) {
        out.push_back(static_cast<std::size_t>(i));
    }
    return out;
}

std::size_t frame_nearest(const std::vector<Instant>& all, const std::string& text,
                          Seconds utc_offset) {
    const auto t = parse_local_instant(text, utc_offset);
    if (!t) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {"--at", 0, 0},
                                    "'" + text + "' is not a date",
                                    "write 2024-10-10 or 2024-10-10T12:00 (on the scenario's "
                                    "utc_offset clock), or 2024-10-10T12:00Z"});
    }
    // Within half a step of the first or last frame still means that frame; further out the
    // date is a mistake, not a request for the frame at the edge. A timeline of one frame has
    // no step: any date means that frame.
    if (all.size() == 1) return 1;
    const auto slack = (all[1] - all[0]) / 2;
    if (*t < all.front() - slack || *t > all.back() + slack) {
        throw InputError(Diagnostic{
            Diagnostic::Severity::error,
            {"--at", 0, 0},
            "'" + text + "' lies " + (*t < all.front() ? "before" : "after") + " the timeline",
            "choose a date from " + format_local_iso(all.front(), utc_offset) + " to " +
                format_local_iso(all.back(), utc_offset)});
    }
    const auto nearest = std::min_element(all.begin(), all.end(), [&](Instant a, Instant b) {
        return std::chrono::abs(a - *t) < std::chrono::abs(b - *t);
    });
    return static_cast<std::size_t>(nearest - all.begin()) + 1;
}

}  // namespace

std::vector<Diagnostic> basemap_warnings(const Scenario& scenario,
                                         const std::filesystem::path& basemap,
                                         const std::filesystem::path& cache) {
    if (scenario.words.countries.empty()) return {};
    return unknown_country_words(scenario.words, LayerCache(cache).country_names(basemap));
}

std::vector<std::size_t> select_frames(const std::vector<Instant>& all, const std::string& range,
                                       const std::vector<std::string>& at, Seconds utc_offset) {
    std::vector<std::size_t> out;
    if (!range.empty()) out = frames_in_range(all.size(), range);
    for (const std::string& text : at) out.push_back(frame_nearest(all, text, utc_offset));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<Instant> chosen_times(const std::vector<Instant>& all,
                                  const std::vector<std::size_t>& chosen) {
    if (chosen.empty()) return all;
    std::vector<Instant> out;
    for (std::size_t number : chosen) out.push_back(all.at(number - 1));
    return out;
}

}  // namespace gt
