#include "render/style.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>

#include "scenario/yaml_reader.hpp"

namespace gt {

std::optional<Rgba> parse_color(const std::string& text) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#') return std::nullopt;
    unsigned value[4] = {0, 0, 0, 255};
    for (std::size_t i = 0; i * 2 + 1 < text.size(); ++i) {
        const std::string pair = text.substr(1 + i * 2, 2);
        if (pair.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
            return std::nullopt;
        }
        value[i] = static_cast<unsigned>(std::stoul(pair, nullptr, 16));
    }
    return Rgba{value[0] / 255.0, value[1] / 255.0, value[2] / 255.0, value[3] / 255.0};
}

namespace {

/// The text sizes of a style, each with the share of it the smallest text drawn at it takes.
std::vector<std::pair<double Style::Sizes::*, double>> text_sizes() {
    using Z = Style::Sizes;
    return {{&Z::title, 1},       {&Z::subtitle, 1},    {&Z::date, 1},
            {&Z::time, 1},        {&Z::unit_label, 1},  {&Z::event_label, 1},
            {&Z::footer, 1},      {&Z::legend, 1},      {&Z::country_label, 1},
            {&Z::north_label, 1}, {&Z::water_label, 1}, {&Z::place_label, kLocalNameShare}};
}

}  // namespace

double smallest_text_size(const Style::Sizes& sizes) {
    double smallest = 1e9;
    for (const auto& [member, share] : text_sizes()) {
        smallest = std::min(smallest, sizes.*member * share);
    }
    return smallest;
}

void raise_text_sizes(Style::Sizes& sizes, double minimum) {
    for (const auto& [member, share] : text_sizes()) {
        sizes.*member = std::max(sizes.*member, minimum / share);
    }
}

namespace {

/// Sets one field from text; returns a hint when the text is not a valid value.
using Setter = std::function<std::optional<std::string>(Style&, const std::string&)>;

Setter color(Rgba Style::Colors::*member) {
    return [member](Style& s, const std::string& v) -> std::optional<std::string> {
        auto c = parse_color(v);
        if (!c) return "write a colour as \"#rrggbb\" or \"#rrggbbaa\" (quoted)";
        s.colors.*member = *c;
        return std::nullopt;
    };
}

/// The sea is painted first, on nothing: a PNG frame (RGB) would show a translucent sea over
/// black.
Setter opaque_color(Rgba Style::Colors::*member) {
    return [member](Style& s, const std::string& v) -> std::optional<std::string> {
        auto c = parse_color(v);
        if (!c) return "write a colour as \"#rrggbb\" (quoted)";
        if (c->a < 1) {
            return "the sea is the map's background and cannot be translucent: write it as "
                   "\"#rrggbb\"; for a transparent background, use geotimeline still "
                   "--transparent";
        }
        s.colors.*member = *c;
        return std::nullopt;
    };
}

Setter level(Confidence c) {
    return [c](Style& s, const std::string& v) -> std::optional<std::string> {
        auto parsed = parse_color(v);
        if (!parsed) return "write a colour as \"#rrggbb\" or \"#rrggbbaa\" (quoted)";
        s.confidence[static_cast<std::size_t>(c)] = *parsed;
        return std::nullopt;
    };
}

Setter size(double Style::Sizes::*member) {
    return [member](Style& s, const std::string& v) -> std::optional<std::string> {
        try {
            std::size_t used = 0;
            const double d = std::stod(v, &used);
            if (used != v.size() || !(d >= 0 && d <= 1000)) throw std::invalid_argument(v);
            s.sizes.*member = d;
            return std::nullopt;
        } catch (const std::exception&) {
            return "write a number of pixels between 0 and 1000";
        }
    };
}

Setter flag(bool Style::Show::*member) {
    return [member](Style& s, const std::string& v) -> std::optional<std::string> {
        if (v == "true" || v == "yes" || v == "on")
            s.show.*member = true;
        else if (v == "false" || v == "no" || v == "off")
            s.show.*member = false;
        else
            return "write true or false";
        return std::nullopt;
    };
}

std::vector<std::pair<std::string, Setter>> make_fields() {
    using C = Style::Colors;
    using Z = Style::Sizes;
    using S = Style::Show;
    std::vector<std::pair<std::string, Setter>> f{
        {"font",
         [](Style& s, const std::string& v) -> std::optional<std::string> {
             if (v.empty()) return "name a font family, e.g. Noto Sans";
             s.font = v;
             return std::nullopt;
         }},
        {"colors.sea", opaque_color(&C::sea)},
        {"colors.land", color(&C::land)},
        {"colors.border", color(&C::border)},
        {"colors.coast", color(&C::coast)},
        {"colors.text", color(&C::text)},
        {"colors.muted_text", color(&C::muted_text)},
        {"colors.halo", color(&C::halo)},
        {"colors.panel", color(&C::panel)},
        {"colors.place", color(&C::place)},
        {"colors.event", color(&C::event)},
        {"colors.timeline_track", color(&C::timeline_track)},
        {"colors.timeline_fill", color(&C::timeline_fill)},
        {"colors.route_planned", color(&C::route_planned)},
        {"colors.country_label", color(&C::country_label)},
        {"colors.graticule", color(&C::graticule)},
        {"colors.inset_frame", color(&C::inset_frame)},
        {"sizes.title", size(&Z::title)},
        {"sizes.subtitle", size(&Z::subtitle)},
        {"sizes.date", size(&Z::date)},
        {"sizes.time", size(&Z::time)},
        {"sizes.place_label", size(&Z::place_label)},
        {"sizes.unit_label", size(&Z::unit_label)},
        {"sizes.event_label", size(&Z::event_label)},
        {"sizes.footer", size(&Z::footer)},
        {"sizes.legend", size(&Z::legend)},
        {"sizes.place_symbol", size(&Z::place_symbol)},
        {"sizes.unit_symbol", size(&Z::unit_symbol)},
        {"sizes.event_symbol", size(&Z::event_symbol)},
        {"sizes.route", size(&Z::route)},
        {"sizes.border", size(&Z::border)},
        {"sizes.coast", size(&Z::coast)},
        {"sizes.margin", size(&Z::margin)},
        {"sizes.country_label", size(&Z::country_label)},
        {"sizes.inset", size(&Z::inset)},
        {"sizes.max_flow_width", size(&Z::max_flow_width)},
        {"sizes.trail", size(&Z::trail)},
        {"show.legend", flag(&S::legend)},
        {"show.scale_bar", flag(&S::scale_bar)},
        {"show.north_arrow", flag(&S::north_arrow)},
        {"show.inset", flag(&S::inset)},
        {"show.graticule", flag(&S::graticule)},
        {"show.country_labels", flag(&S::country_labels)},
        {"show.statements", flag(&S::statements)},
        {"show.timeline_strip", flag(&S::timeline_strip)},
        {"show.flow_widths", flag(&S::flow_widths)},
        {"show.events_fade", flag(&S::events_fade)},
    };
    for (int i = 0; i < 5; ++i) {
        const auto c = static_cast<Confidence>(i);
        f.emplace_back(std::string("confidence.") + to_string(c), level(c));
    }
    return f;
}

}  // namespace

std::vector<std::string> style_paths() {
    std::vector<std::string> paths;
    for (const auto& [path, setter] : make_fields()) paths.push_back(path);
    return paths;
}

void apply_style_settings(Style& style, const std::vector<Setting>& settings,
                          std::vector<Diagnostic>& out) {
    const auto table = make_fields();
    for (const Setting& s : settings) {
        auto it = std::find_if(table.begin(), table.end(),
                               [&](const auto& f) { return f.first == s.path; });
        if (it == table.end()) {
            out.push_back({Diagnostic::Severity::error, s.pos,
                           "unknown style setting '" + s.path + "'",
                           suggestion_hint(s.path, style_paths())});
        } else if (auto hint = it->second(style, s.value)) {
            out.push_back({Diagnostic::Severity::error, s.pos,
                           "'" + s.value + "' is not a valid value for '" + s.path + "'", *hint});
        }
    }
}

Style load_style(const std::filesystem::path& style_dir, const std::string& name,
                 const SourcePos& requested_at, const std::vector<Setting>& overrides) {
    const std::filesystem::path file = style_dir / (name + ".yaml");
    std::ifstream in(file);
    if (name.find('/') != std::string::npos || name.find("..") != std::string::npos || !in) {
        std::vector<std::string> available;
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(style_dir, ec)) {
            if (entry.path().extension() == ".yaml")
                available.push_back(entry.path().stem().string());
        }
        std::sort(available.begin(), available.end());
        throw InputError(Diagnostic{Diagnostic::Severity::error, requested_at,
                                    "unknown style '" + name + "' (no " + file.string() + ")",
                                    suggestion_hint(name, available)});
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<Diagnostic> diagnostics;
    YamlReader reader(file.string(), diagnostics);
    std::vector<Setting> settings;
    try {
        reader.flatten(YAML::Load(text.str()), "", settings);
    } catch (const YAML::Exception& e) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {file.string(), e.mark.line + 1, e.mark.column + 1},
                                    "YAML syntax: " + e.msg,
                                    ""});
    }
    Style style;
    style.name = name;
    apply_style_settings(style, settings, diagnostics);
    apply_style_settings(style, overrides, diagnostics);
    if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
    return style;
}

}  // namespace gt
