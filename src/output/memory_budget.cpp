#include "output/memory_budget.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "common/error.hpp"

namespace gt {

namespace {

constexpr std::uint64_t mib = 1ULL << 20U;
constexpr std::uint64_t gib = 1ULL << 30U;
/// Cairo's RGB24 and ARGB32 surfaces: four bytes a pixel.
constexpr std::uint64_t bytes_per_pixel = 4;
/// The program, the basemap layers of a view, the fonts and the gazetteer, measured on the seed
/// scenario at a small size.
constexpr std::uint64_t fixed_bytes = 128 * mib;
/// Frame-sized surfaces held once (the static layer and the basemap of a view) and by each frame
/// drawn at a time (the frame, the layer under the labels, the encoder's rows and its output).
constexpr std::uint64_t shared_surfaces = 2;
constexpr std::uint64_t raster_surfaces_per_job = 3;
/// An SVG frame is a stream of drawing commands: a small fraction of a raster.
constexpr std::uint64_t vector_bytes_per_job = 32 * mib;

}  // namespace

RenderCost estimate_render_cost(std::uint64_t width, std::uint64_t height, bool raster) {
    const std::uint64_t surface = width * height * bytes_per_pixel;
    RenderCost cost;
    cost.fixed = fixed_bytes;
    cost.shared = shared_surfaces * surface;
    cost.per_job = raster ? raster_surfaces_per_job * surface : vector_bytes_per_job;
    return cost;
}

unsigned jobs_within_budget(const Scenario& scenario, double scale, bool raster, unsigned jobs,
                            std::uint64_t budget) {
    const auto side = [scale](int px) {
        return static_cast<std::uint64_t>(std::max(1L, std::lround(px * scale)));
    };
    const std::uint64_t width = side(scenario.map.width);
    const std::uint64_t height = side(scenario.map.height);
    const RenderCost cost = estimate_render_cost(width, height, raster);
    const std::uint64_t one = cost.fixed + cost.shared + cost.per_job;
    if (one > budget) {
        char frame[96];
        std::snprintf(frame, sizeof frame, "a frame of %llu x %llu pixels",
                      static_cast<unsigned long long>(width),
                      static_cast<unsigned long long>(height));
        throw InputError(Diagnostic{
            Diagnostic::Severity::error, scenario.map.size_pos,
            std::string(frame) + (scale != 1 ? " (size times --scale)" : "") + " needs about " +
                memory_text(one) + " to render, over the memory budget of " + memory_text(budget),
            "make 'size' or --scale smaller, or allow more memory with --memory " +
                std::to_string((one + gib - 1) / gib) + "G"});
    }
    const std::uint64_t fit = (budget - cost.fixed - cost.shared) / cost.per_job;
    return static_cast<unsigned>(std::clamp<std::uint64_t>(fit, 1, std::max(jobs, 1U)));
}

std::uint64_t parse_memory_size(const std::string& text) {
    double value = 0;
    std::size_t used = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        return 0;
    }
    std::string unit = text.substr(used);
    if (!unit.empty() && (unit.back() == 'B' || unit.back() == 'b')) unit.pop_back();
    if (unit.size() == 2 && (unit[1] == 'i' || unit[1] == 'I')) unit.pop_back();
    double factor = 0;
    if (unit.empty() || unit == "M" || unit == "m") factor = static_cast<double>(mib);
    if (unit == "K" || unit == "k") factor = 1024.0;
    if (unit == "G" || unit == "g") factor = static_cast<double>(gib);
    if (unit == "T" || unit == "t") factor = static_cast<double>(mib) * 1024.0 * 1024.0;
    const double bytes = value * factor;
    // From 16 MiB (less cannot hold the program) to 1 PiB.
    if (!(bytes >= 16.0 * static_cast<double>(mib) && bytes <= std::pow(2.0, 50))) return 0;
    return static_cast<std::uint64_t>(bytes);
}

std::string memory_text(std::uint64_t bytes) {
    char text[32];
    if (bytes < 10 * gib) {
        std::snprintf(text, sizeof text, "%llu MiB",
                      static_cast<unsigned long long>((bytes + mib - 1) / mib));
    } else {
        std::snprintf(text, sizeof text, "%.1f GiB",
                      static_cast<double>(bytes) / static_cast<double>(gib));
    }
    return text;
}

}  // namespace gt
