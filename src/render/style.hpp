#pragma once
// A map style: colours, fonts, sizes and which furniture is shown, read from styles/<name>.yaml
// and then adjusted by the scenario's own `style:` block. Sizes are in pixels on a canvas 1080
// pixels high and scale with the canvas.
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

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
        Rgba sea{0.776, 0.859, 0.910}, land{0.953, 0.937, 0.902}, border{0.635, 0.612, 0.565};
        Rgba coast{0.459, 0.576, 0.651}, text{0.114, 0.114, 0.106}, muted_text{0.333, 0.322, 0.3};
        Rgba halo{1, 1, 1}, panel{1, 1, 1, 0.9}, place{0.176, 0.176, 0.176};
        Rgba event{0.643, 0.086, 0.102}, timeline_track{0.847, 0.831, 0.792};
        Rgba timeline_fill{0.235, 0.235, 0.235}, route_planned{0.353, 0.353, 0.353, 0.4};
        Rgba country_label{0.45, 0.43, 0.40}, graticule{0.3, 0.4, 0.5, 0.35};
        Rgba inset_frame{0.2, 0.2, 0.2};
    } colors;
    std::array<Rgba, 5> confidence{{{0.702, 0.149, 0.118},
                                    {0.851, 0.282, 0.059},
                                    {0.439, 0.282, 0.659},
                                    {0.490, 0.490, 0.490},
                                    {0.290, 0.290, 0.290}}};  ///< indexed by Confidence
    struct Sizes {
        double title = 34, subtitle = 19, date = 46, time = 20, place_label = 17, unit_label = 17;
        double event_label = 16, footer = 13, legend = 14, place_symbol = 5, unit_symbol = 10;
        double event_symbol = 9, route = 4, border = 0.8, coast = 1.0, margin = 24;
        double country_label = 15, inset = 190, max_flow_width = 22, trail = 0.25;
        double north_label = 11;    ///< the N on the north arrow (not a style setting)
        double water_label = 10.5;  ///< the smallest name of a sea, lake or river (not a setting)
    } sizes;
    struct Show {
        bool legend = true, scale_bar = true, north_arrow = true, inset = true;
        bool graticule = false, country_labels = true, statements = true, timeline_strip = false;
        bool flow_widths = false;  ///< route width proportional to `count` (a flow map)
        bool events_fade = false;  ///< past events fade out instead of staying
    } show;

    [[nodiscard]] const Rgba& color_of(Confidence c) const {
        return confidence[static_cast<std::size_t>(c)];
    }
};

/// Local names are drawn at this share of sizes.place_label, under the place's name.
inline constexpr double kLocalNameShare = 0.8;

/// The size of the smallest text a map in this style draws (style pixels).
[[nodiscard]] double smallest_text_size(const Style::Sizes& sizes);

/// Raises every text size below `minimum` (style pixels) so that no text is drawn smaller;
/// larger texts keep their sizes. Symbols, lines and margins are left as they are.
void raise_text_sizes(Style::Sizes& sizes, double minimum);

/// Every path a style may set ("colors.sea", "sizes.route", "show.legend"...).
[[nodiscard]] std::vector<std::string> style_paths();

/// Applies settings to a style. Appends a diagnostic for unknown paths and bad values.
void apply_style_settings(Style& style, const std::vector<Setting>& settings,
                          std::vector<Diagnostic>& out);

/// Reads styles/<name>.yaml from `style_dir`, then applies `overrides` (the scenario's `style:`).
/// @throws InputError (file:line:column) for unknown keys, bad values, an unknown style.
[[nodiscard]] Style load_style(const std::filesystem::path& style_dir, const std::string& name,
                               const SourcePos& requested_at,
                               const std::vector<Setting>& overrides = {});

}  // namespace gt
