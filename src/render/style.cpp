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

class StyleParser {
public:
    StyleParser(YamlReader& r) : r_(r) {}

    void parse(const YAML::Node& root, Style& s) {
        if (!r_.mapping(root, "the style", {"font", "colors", "confidence", "sizes"})) return;
        s.font = r_.text(root, "font", false).value_or(s.font);
        auto& c = s.colors;
        const std::vector<std::pair<std::string, Rgba*>> colors{
            {"sea", &c.sea},
            {"land", &c.land},
            {"border", &c.border},
            {"coast", &c.coast},
            {"text", &c.text},
            {"muted_text", &c.muted_text},
            {"halo", &c.halo},
            {"panel", &c.panel},
            {"place", &c.place},
            {"event", &c.event},
            {"timeline_track", &c.timeline_track},
            {"timeline_fill", &c.timeline_fill},
            {"route_planned", &c.route_planned}};
        color_group(root, "colors", colors);
        std::vector<std::pair<std::string, Rgba*>> levels;
        for (int i = 0; i < 5; ++i) {
            levels.emplace_back(to_string(static_cast<Confidence>(i)), &s.confidence[i]);
        }
        color_group(root, "confidence", levels);
        auto& z = s.sizes;
        const std::vector<std::pair<std::string, double*>> sizes{
            {"title", &z.title},
            {"subtitle", &z.subtitle},
            {"date", &z.date},
            {"time", &z.time},
            {"place_label", &z.place_label},
            {"unit_label", &z.unit_label},
            {"event_label", &z.event_label},
            {"footer", &z.footer},
            {"legend", &z.legend},
            {"place_symbol", &z.place_symbol},
            {"unit_symbol", &z.unit_symbol},
            {"event_symbol", &z.event_symbol},
            {"route", &z.route},
            {"border", &z.border},
            {"coast", &z.coast},
            {"margin", &z.margin}};
        const YAML::Node node = root["sizes"];
        if (!node || !r_.mapping(node, "'sizes'", names(sizes))) return;
        for (const auto& [key, target] : sizes) {
            *target = r_.number(node, key.c_str(), false, 0, 1000).value_or(*target);
        }
    }

private:
    template <class T>
    static std::vector<std::string> names(const std::vector<std::pair<std::string, T*>>& fields) {
        std::vector<std::string> out;
        for (const auto& f : fields) out.push_back(f.first);
        return out;
    }

    void color_group(const YAML::Node& root, const char* group,
                     const std::vector<std::pair<std::string, Rgba*>>& fields) {
        const YAML::Node node = root[group];
        if (!node) {
            r_.error(root, std::string("missing required key '") + group + "'");
            return;
        }
        if (!r_.mapping(node, std::string("'") + group + "'", names(fields))) return;
        for (const auto& [key, target] : fields) {
            auto text = r_.text(node, key.c_str(), true);
            if (!text) continue;
            if (auto color = parse_color(*text)) *target = *color;
            else r_.error(node[key], "'" + *text + "' is not a colour", "write #rrggbb or #rrggbbaa");
        }
    }

    YamlReader& r_;
};

}  // namespace

Style load_style(const std::filesystem::path& style_dir, const std::string& name,
                 const SourcePos& requested_at) {
    const std::filesystem::path file = style_dir / (name + ".yaml");
    std::ifstream in(file);
    if (name.find('/') != std::string::npos || name.find("..") != std::string::npos || !in) {
        std::vector<std::string> available;
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(style_dir, ec)) {
            if (entry.path().extension() == ".yaml") available.push_back(entry.path().stem().string());
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
    Style style;
    style.name = name;
    try {
        StyleParser(reader).parse(YAML::Load(text.str()), style);
    } catch (const YAML::ParserException& e) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {file.string(), e.mark.line + 1, e.mark.column + 1},
                                    "YAML syntax: " + e.msg, ""});
    }
    if (!diagnostics.empty()) throw InputError(std::move(diagnostics));
    return style;
}

}  // namespace gt
