#include "output/svg_text_elements.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "common/error.hpp"
#include "common/markup_text.hpp"

namespace gt {

namespace {

/// "12.5", "3", "0.25": two decimals at most (a hundredth of a pixel), no trailing zeros.
std::string svg_number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    std::string out = text;
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out == "-0" ? "0" : out;
}

std::string hex_colour(const Rgba& c) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex = "#";
    for (const double channel : {c.r, c.g, c.b}) {
        const long byte = std::lround(std::clamp(channel, 0.0, 1.0) * 255);
        hex += digits[byte / 16];
        hex += digits[byte % 16];
    }
    return hex;
}

/// Which paint of a text an element draws: its halo (a stroke under it) or its glyphs.
enum class Paint { halo, fill };

std::string style_of(const VectorTextRun& run, Paint paint) {
    std::string style = "font-family:'";
    append_markup_text(style, run.family);
    style += "',sans-serif;font-size:" + svg_number(run.size) + "px";
    if (run.bold) style += ";font-weight:bold";
    if (paint == Paint::halo) {
        style += ";fill:none;stroke:" + hex_colour(run.halo) +
                 ";stroke-width:" + svg_number(2 * run.halo_width) + "px;stroke-linejoin:round";
        if (run.halo.a < 1) style += ";stroke-opacity:" + svg_number(run.halo.a);
    } else {
        style += ";fill:" + hex_colour(run.color);
        if (run.color.a < 1) style += ";fill-opacity:" + svg_number(run.color.a);
    }
    if (run.letter_spacing > 0) style += ";letter-spacing:" + svg_number(run.letter_spacing) + "px";
    if (run.anchor == VectorTextRun::Anchor::middle) style += ";text-anchor:middle";
    if (run.anchor == VectorTextRun::Anchor::end) style += ";text-anchor:end";
    return style;
}

void append_position(std::string& out, const VectorTextLine& line) {
    out += " x=\"" + svg_number(line.x) + "\" y=\"" + svg_number(line.y) + "\"";
}

/// <text> for one line; a <text> of <tspan>s, one per line, for a wrapped text.
void append_text_element(std::string& out, const VectorTextRun& run, Paint paint) {
    out += "<text xml:space=\"preserve\" style=\"" + style_of(run, paint) + "\"";
    // The halo's copy of the words is decoration: screen readers skip it.
    if (paint == Paint::halo) out += " aria-hidden=\"true\"";
    if (run.lines.size() == 1) {
        append_position(out, run.lines.front());
        out += '>';
        append_markup_text(out, run.lines.front().text);
    } else {
        out += '>';
        for (const VectorTextLine& line : run.lines) {
            out += "<tspan";
            append_position(out, line);
            out += '>';
            append_markup_text(out, line.text);
            out += "</tspan>";
        }
    }
    out += "</text>";
}

/// A haloed text as two elements, the stroked halo first and the fill over it: SVG 1.1
/// renderers (ImageMagick's, older editors) know no paint-order and would stroke over the fill.
void append_text_elements(std::string& out, const VectorTextRun& run) {
    if (run.halo_width > 0) append_text_element(out, run, Paint::halo);
    append_text_element(out, run, Paint::fill);
}

/// The run a marker numbers, from its fill "#rrggbb" (as compact_svg_names writes a colour of
/// whole bytes, which every marker's is), or nullopt.
std::optional<std::size_t> marker_index(std::string_view tag) {
    const std::size_t hex = tag.find("fill:#");
    if (hex == std::string_view::npos || hex + 12 > tag.size()) return std::nullopt;
    const std::string digits(tag.substr(hex + 6, 6));
    if (digits.find_first_not_of("0123456789abcdef") != std::string::npos) return std::nullopt;
    return static_cast<std::size_t>(std::stoul(digits, nullptr, 16));
}

}  // namespace

std::string insert_svg_texts(const std::string& svg, const std::vector<VectorTextRun>& runs) {
    std::string out;
    out.reserve(svg.size() + runs.size() * 256);
    std::size_t copied = 0;
    std::size_t replaced = 0;
    for (std::size_t found = svg.find(vector_text_marker_opacity); found != std::string::npos;
         found = svg.find(vector_text_marker_opacity, found + 1)) {
        const std::size_t open = svg.rfind("<path", found);
        const std::size_t close = svg.find("/>", found);
        if (open == std::string::npos || open < copied || close == std::string::npos) continue;
        const auto index = marker_index(std::string_view(svg).substr(open, found - open));
        if (!index || *index >= runs.size()) continue;  // a fill that only looks like a marker
        out.append(svg, copied, open - copied);
        append_text_elements(out, runs[*index]);
        copied = close + 2;
        ++replaced;
    }
    out.append(svg, copied, std::string::npos);
    // Texts were drawn and not one marker found: Cairo writes its SVG another way than this
    // reads (a newer Cairo). Losing every label silently would be worse than stopping.
    if (replaced == 0 && !runs.empty()) {
        throw RuntimeError("SVG frame: none of its " + std::to_string(runs.size()) +
                           " texts could be put in place (this Cairo writes SVG in a way "
                           "geotimeline does not know); render with --svg-text paths");
    }
    return out;
}

}  // namespace gt
