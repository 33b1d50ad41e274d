#include "output/svg_text.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace gt {

std::string normalize_svg_ids(const std::string& svg) {
    // Cairo names SVG groups after a process-wide surface counter ("surface132"), so the same
    // frame rendered twice in one process would differ. Renumber them in order of appearance.
    std::string out;
    out.reserve(svg.size());
    std::map<std::string, std::string> renamed;
    const std::string prefix = "surface";
    std::size_t at = 0;
    while (true) {
        const std::size_t found = svg.find(prefix, at);
        if (found == std::string::npos) break;
        std::size_t end = found + prefix.size();
        while (end < svg.size() && std::isdigit(static_cast<unsigned char>(svg[end])) != 0) ++end;
        out.append(svg, at, found - at);
        if (end == found + prefix.size()) {
            out += prefix;
        } else {
            const std::string id = svg.substr(found, end - found);
            auto [it, inserted] = renamed.emplace(id, "");
            if (inserted) it->second = prefix + std::to_string(renamed.size());
            out += it->second;
        }
        at = end;
    }
    out.append(svg, at, std::string::npos);
    return out;
}

namespace {

/// A coordinate in integer tenths of a pixel: deltas between rounded absolute values add up
/// exactly, so relative path data never drifts.
long tenths(const std::string& number) {
    return std::lround(std::strtod(number.c_str(), nullptr) * 10);
}

/// Writes path data with as few separators as SVG's grammar allows: none before a minus sign,
/// a command letter or a number after a letter, none before ".5" after a number with a dot.
class PathWriter {
  public:
    explicit PathWriter(std::string& out) : out_(out) {}

    void command(char letter) {
        out_ += letter;
        after_letter_ = true;
    }
    void number(long tenths) {
        std::string text;
        if (tenths < 0) text += '-';
        const long magnitude = std::labs(tenths);
        if (magnitude >= 10 || magnitude == 0) text += std::to_string(magnitude / 10);
        if (magnitude % 10 != 0) {
            text += '.';
            text += static_cast<char>('0' + magnitude % 10);
        }
        const bool needs_space =
            !after_letter_ && text[0] != '-' && (text[0] != '.' || !last_had_dot_);
        if (needs_space) out_ += ' ';
        out_ += text;
        last_had_dot_ = text.find('.') != std::string::npos;
        after_letter_ = false;
    }

  private:
    std::string& out_;
    bool after_letter_ = true;
    bool last_had_dot_ = false;
};

std::vector<std::string> split_tokens(const std::string& d) {
    std::vector<std::string> tokens;
    std::size_t at = 0;
    while (at < d.size()) {
        std::size_t end = d.find(' ', at);
        if (end == std::string::npos) end = d.size();
        if (end > at) tokens.push_back(d.substr(at, end - at));
        at = end + 1;
    }
    return tokens;
}

/// One path's data (Cairo writes M, L, C and Z, tokens separated by spaces) with rounded,
/// relative coordinates; unchanged if anything else shows up.
std::string compact_path_data(const std::string& d) {
    const std::vector<std::string> tokens = split_tokens(d);
    std::string out;
    out.reserve(d.size() / 2);
    PathWriter writer(out);
    long x = 0, y = 0, start_x = 0, start_y = 0;
    char command = 0;  // the command the coming numbers belong to
    char written = 0;  // the last command letter written
    std::size_t i = 0;
    while (i < tokens.size()) {
        const std::string& t = tokens[i];
        if (t.size() == 1 && std::isalpha(static_cast<unsigned char>(t[0]))) {
            command = t[0];
            ++i;
            if (command == 'Z') {
                writer.command('Z');
                written = 'Z';
                x = start_x;
                y = start_y;
            } else if (command != 'M' && command != 'L' && command != 'C') {
                return d;
            }
            continue;
        }
        const std::size_t count = command == 'C' ? 6 : 2;
        if (command == 0 || command == 'Z' || i + count > tokens.size()) return d;
        long v[6];
        for (std::size_t k = 0; k < count; ++k) v[k] = tenths(tokens[i + k]);
        i += count;
        if (command == 'M') {
            writer.command('M');
            writer.number(v[0]);
            writer.number(v[1]);
            x = start_x = v[0];
            y = start_y = v[1];
            written = 'M';
            command = 'L';  // pairs after a moveto are linetos
            continue;
        }
        const char letter = command == 'L' ? 'l' : 'c';
        const bool new_command = written != letter;
        if (new_command) {
            writer.command(letter);
            written = letter;
        }
        for (std::size_t k = 0; k < count; k += 2) {
            writer.number(v[k] - x);
            writer.number(v[k + 1] - y);
        }
        x = v[count - 2];
        y = v[count - 1];
    }
    return out;
}

/// Rounds the x="..." and y="..." of a <use> tag to tenths.
std::string round_use_position(const std::string& tag) {
    std::string out = tag;
    for (const char* name : {" x=\"", " y=\""}) {
        const std::size_t at = out.find(name);
        if (at == std::string::npos) continue;
        const std::size_t value = at + 4;
        const std::size_t close = out.find('"', value);
        if (close == std::string::npos) continue;
        std::string rounded;
        PathWriter(rounded).number(tenths(out.substr(value, close - value)));
        out.replace(value, close - value, rounded);
    }
    return out;
}

}  // namespace

std::string compact_svg_paths(const std::string& svg) {
    static constexpr char path_data[] = " d=\"";
    static constexpr char use_tag[] = "<use ";
    std::string out;
    out.reserve(svg.size());
    std::size_t at = 0;
    while (true) {
        const std::size_t d = svg.find(path_data, at);
        const std::size_t use = svg.find(use_tag, at);
        if (d == std::string::npos && use == std::string::npos) break;
        if (use < d) {
            const std::size_t close = svg.find('>', use);
            if (close == std::string::npos) break;
            out.append(svg, at, use - at);
            out += round_use_position(svg.substr(use, close - use));
            at = close;
            continue;
        }
        const std::size_t data = d + sizeof path_data - 1;
        const std::size_t close = svg.find('"', data);
        if (close == std::string::npos) break;
        out.append(svg, at, data - at);
        out += compact_path_data(svg.substr(data, close - data));
        at = close;
    }
    out.append(svg, at, std::string::npos);
    return out;
}

namespace {

/// A `<path style="..." d="..."/>` tag as Cairo writes it (nothing else in it).
struct PlainPath {
    std::string_view style;
    std::string_view data;
};

std::optional<PlainPath> plain_path(std::string_view tag) {
    static constexpr std::string_view head = "<path style=\"";
    static constexpr std::string_view middle = "\" d=\"";
    static constexpr std::string_view tail = "\"/>";
    if (!tag.starts_with(head) || !tag.ends_with(tail)) return std::nullopt;
    const std::size_t split = tag.find(middle, head.size());
    if (split == std::string_view::npos) return std::nullopt;
    const std::string_view data =
        tag.substr(split + middle.size(), tag.size() - tail.size() - split - middle.size());
    if (data.find('"') != std::string_view::npos) return std::nullopt;
    return PlainPath{tag.substr(head.size(), split - head.size()), data};
}

/// Calls `f(begin, end)` for every "<path ... />" tag of `svg`.
template <typename F>
void for_each_path_tag(const std::string& svg, F&& f) {
    std::size_t at = 0;
    while ((at = svg.find("<path ", at)) != std::string::npos) {
        const std::size_t end = svg.find("/>", at);
        if (end == std::string::npos) return;
        f(at, end + 2);
        at = end + 2;
    }
}

}  // namespace

std::string share_repeated_paths(const std::string& svg, std::size_t min_length) {
    std::map<std::string_view, int> seen;
    for_each_path_tag(svg, [&](std::size_t begin, std::size_t end) {
        const auto path = plain_path(std::string_view(svg).substr(begin, end - begin));
        if (path && path->data.size() >= min_length) ++seen[path->data];
    });
    std::map<std::string_view, int> ids;  // shared path data -> its number, by first appearance
    std::string out;
    out.reserve(svg.size());
    std::size_t copied = 0;
    for_each_path_tag(svg, [&](std::size_t begin, std::size_t end) {
        const auto path = plain_path(std::string_view(svg).substr(begin, end - begin));
        if (!path || path->data.size() < min_length || seen[path->data] < 2) return;
        out.append(svg, copied, begin - copied);
        copied = end;
        auto [it, first] = ids.emplace(path->data, static_cast<int>(ids.size()) + 1);
        const std::string id = "shared-path" + std::to_string(it->second);
        if (first) {
            out += "<defs><path id=\"" + id + "\" d=\"";
            out += path->data;
            out += "\"/></defs>";
        }
        // Fill and stroke properties are inherited, so the <use> styles the shared geometry.
        out += "<use xlink:href=\"#" + id + "\" style=\"";
        out += path->style;
        out += "\"/>";
    });
    out.append(svg, copied, std::string::npos);
    return out;
}

namespace {

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (true) {
        const std::size_t found = text.find(from, at);
        if (found == std::string::npos) break;
        out.append(text, at, found - at);
        out += to;
        at = found + from.size();
    }
    out.append(text, at, std::string::npos);
    text = std::move(out);
}

/// "rgb(100%,50.196078%,0%)" as "#ff8000" when every channel is a whole byte; else nullopt.
std::optional<std::string> hex_colour(std::string_view rgb) {
    std::string hex = "#";
    std::size_t at = 4;  // after "rgb("
    for (int channel = 0; channel < 3; ++channel) {
        const std::size_t percent = rgb.find('%', at);
        if (percent == std::string_view::npos) return std::nullopt;
        const double value =
            std::strtod(std::string(rgb.substr(at, percent - at)).c_str(), nullptr) * 2.55;
        const long byte = std::lround(value);
        if (std::abs(value - static_cast<double>(byte)) > 1e-3 || byte < 0 || byte > 255)
            return std::nullopt;
        static constexpr char digits[] = "0123456789abcdef";
        hex += digits[byte / 16];
        hex += digits[byte % 16];
        at = percent + 2;  // past "%,"
    }
    return hex;
}

}  // namespace

std::string compact_svg_names(const std::string& svg) {
    std::string out = svg;
    replace_all(out, "id=\"glyph", "id=\"g");
    replace_all(out, "\"#glyph", "\"#g");
    std::string result;
    result.reserve(out.size());
    std::size_t at = 0;
    while (true) {
        const std::size_t found = out.find("rgb(", at);
        if (found == std::string::npos) break;
        const std::size_t close = out.find(')', found);
        if (close == std::string::npos) break;
        result.append(out, at, found - at);
        const std::string_view colour = std::string_view(out).substr(found, close + 1 - found);
        result += hex_colour(colour).value_or(std::string(colour));
        at = close + 1;
    }
    result.append(out, at, std::string::npos);
    return result;
}

}  // namespace gt
