#pragma once
// A map style: colours, fonts and sizes, read from styles/<name>.yaml. Sizes are in pixels on a
// canvas 1080 pixels high and scale with the canvas.
#include <array>
#include <filesystem>
#include <optional>
#include <string>

#include "scenario/model.hpp"

namespace gt {

struct Rgba {
    double r = 0, g = 0, b = 0, a = 1;
};

/// "#rrggbb" or "#rrggbbaa"; nullopt otherwise.
[[nodiscard]] std::optional<Rgba> parse_color(const std::string& text);

struct Style {
    std::string name;
    std::string font = "Noto Sans";
    struct Colors {
        Rgba sea, land, border, coast, text, muted_text, halo, panel, place, event;
        Rgba timeline_track, timeline_fill, route_planned;
    } colors;
    std::array<Rgba, 5> confidence{};  ///< indexed by Confidence
    struct Sizes {
        double title = 34, subtitle = 19, date = 46, time = 20, place_label = 17, unit_label = 17;
        double event_label = 16, footer = 13, legend = 14, place_symbol = 5, unit_symbol = 10;
        double event_symbol = 9, route = 4, border = 0.8, coast = 1.0, margin = 24;
    } sizes;

    [[nodiscard]] const Rgba& color_of(Confidence c) const {
        return confidence[static_cast<std::size_t>(c)];
    }
};

/// Reads styles/<name>.yaml from `style_dir`.
/// @throws InputError (file:line:column) for unknown keys, bad colours, missing style.
[[nodiscard]] Style load_style(const std::filesystem::path& style_dir, const std::string& name,
                               const SourcePos& requested_at);

}  // namespace gt
