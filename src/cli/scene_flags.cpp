#include "cli/scene_flags.hpp"

#include <unistd.h>

#include <algorithm>
#include <regex>

namespace gt {

void SceneFlags::add_to(CLI::App& app) {
    app.add_option("--scale", scale, "pixel scale: 2 draws the same map at twice the pixels")
        ->check(CLI::Range(0.25, 8.0))
        ->capture_default_str();
    app.add_option("--theme", theme, "style to use instead of the scenario's (report, dark, print)");
    app.add_option("--styles", styles, "folder of style files (default: the installed styles/)");
    app.add_option("--basemap", basemap, "basemap GeoPackage (default: the built basemap.gpkg)");
}

SceneOptions SceneFlags::resolve(const CliContext& context) const {
    return {styles.empty() ? context.style_dir : std::filesystem::path(styles),
            basemap.empty() ? context.basemap : std::filesystem::path(basemap), scale, theme};
}

std::vector<Instant> select_frames(const std::vector<Instant>& all, const std::string& range,
                                   const std::vector<std::string>& at) {
    std::vector<Instant> out;
    if (!range.empty()) {
        const std::regex pattern(R"((\d+):(\d+))");
        std::smatch m;
        const long n = static_cast<long>(all.size());
        if (!std::regex_match(range, m, pattern) || std::stol(m[1]) < 1 ||
            std::stol(m[2]) < std::stol(m[1]) || std::stol(m[1]) > n) {
            throw InputError(Diagnostic{Diagnostic::Severity::error, {"--frames", 0, 0},
                                        "'" + range + "' is not a frame range",
                                        "write FIRST:LAST, 1-based, within 1:" + std::to_string(n)});
        }
        const long last = std::min(std::stol(m[2]), n);
        for (long i = std::stol(m[1]); i <= last; ++i) out.push_back(all[static_cast<std::size_t>(i - 1)]);
    }
    for (const std::string& text : at) {
        const auto t = parse_instant(text);
        if (!t) {
            throw InputError(Diagnostic{Diagnostic::Severity::error, {"--at", 0, 0},
                                        "'" + text + "' is not a date",
                                        "write 2024-10-10 or 2024-10-10T12:00Z"});
        }
        out.push_back(*std::min_element(all.begin(), all.end(), [&](Instant a, Instant b) {
            return std::chrono::abs(a - *t) < std::chrono::abs(b - *t);
        }));
    }
    return range.empty() && at.empty() ? all : out;
}

void write_atomically(const std::filesystem::path& file,
                      const std::function<void(const std::filesystem::path&)>& write) {
    std::error_code ec;
    if (!file.parent_path().empty()) std::filesystem::create_directories(file.parent_path(), ec);
    const std::filesystem::path partial =
        file.parent_path() / ("." + file.filename().string() + ".partial-" + std::to_string(getpid()));
    try {
        write(partial);
    } catch (...) {
        std::filesystem::remove(partial, ec);
        throw;
    }
    std::filesystem::rename(partial, file, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        throw RuntimeError(file.string() + ": cannot put the new file in place");
    }
}

}  // namespace gt
