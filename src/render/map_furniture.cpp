// Furniture that belongs to the map itself: graticule, country names, scale bar, north arrow and
// the inset locator map.
#include <glib.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/uregion.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "geo/graticule.hpp"
#include "render/draw.hpp"

namespace gt {

namespace {

bool inside_rings(const std::vector<std::vector<XY>>& rings, XY p) {
    bool inside = false;
    for (const auto& ring : rings) {
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const XY& a = ring[i];
            const XY& b = ring[j];
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) {
                inside = !inside;
            }
        }
    }
    return inside;
}

/// A country's rings in pixels, arranged for the label search's thousands of point tests: the
/// inside test is worked out once per grid row, and the distance to the border skips runs of
/// edges whose bounds lie farther than the nearest edge found so far. Both give exactly what
/// testing every edge would.
class Outline {
  public:
    explicit Outline(const std::vector<std::vector<XY>>& rings) {
        for (const auto& ring : rings) {
            for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                segments_.push_back({ring[j], ring[i]});
            }
        }
        for (std::size_t begin = 0; begin < segments_.size(); begin += chunk_size) {
            const std::size_t end = std::min(segments_.size(), begin + chunk_size);
            Box b{INFINITY, INFINITY, -INFINITY, -INFINITY};
            for (std::size_t k = begin; k < end; ++k) {
                for (const XY& p : {segments_[k].from, segments_[k].to}) {
                    b = {std::min(b.x0, p.x), std::min(b.y0, p.y), std::max(b.x1, p.x),
                         std::max(b.y1, p.y)};
                }
            }
            chunks_.push_back({b, begin, end});
        }
    }

    /// Where the row at `y` crosses the rings, sorted: a point on the row is inside when an odd
    /// number of crossings lie to its right (the even-odd rule of inside_rings).
    [[nodiscard]] std::vector<double> crossings(double y) const {
        std::vector<double> xs;
        for (const Segment& s : segments_) {
            const XY& a = s.to;  // inside_rings' orientation: this vertex, then the previous
            const XY& b = s.from;
            if ((a.y > y) != (b.y > y)) xs.push_back((b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x);
        }
        std::sort(xs.begin(), xs.end());
        return xs;
    }
    [[nodiscard]] static bool inside(const std::vector<double>& crossings, double x) {
        const auto right =
            crossings.end() - std::upper_bound(crossings.begin(), crossings.end(), x);
        return right % 2 == 1;
    }

    /// Distance from `p` to the nearest edge; once an edge is found no farther than `enough`
    /// the answer is only known to be at most `enough` (the caller wants the farthest point).
    [[nodiscard]] double distance(XY p, double enough) const {
        // Squared distances, one square root at the end.
        const double enough2 = enough * enough;
        std::vector<std::pair<double, std::size_t>> order;
        order.reserve(chunks_.size());
        for (std::size_t c = 0; c < chunks_.size(); ++c) {
            const Box& b = chunks_[c].bounds;
            const double dx = std::max({b.x0 - p.x, 0.0, p.x - b.x1});
            const double dy = std::max({b.y0 - p.y, 0.0, p.y - b.y1});
            order.emplace_back(dx * dx + dy * dy, c);
        }
        std::sort(order.begin(), order.end());
        double best = 1e36;
        for (const auto& [nearest, c] : order) {
            // No edge of this run (or a later one) can be nearer; a margin for rounding.
            if (nearest > best * (1 + 1e-9)) break;
            for (std::size_t k = chunks_[c].begin; k < chunks_[c].end; ++k) {
                const XY& a = segments_[k].from;
                const XY& b = segments_[k].to;
                const double dx = b.x - a.x, dy = b.y - a.y;
                const double len2 = dx * dx + dy * dy;
                double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
                t = std::clamp(t, 0.0, 1.0);
                const double ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy);
                best = std::min(best, ex * ex + ey * ey);
                if (best <= enough2) return std::sqrt(best);
            }
        }
        return std::sqrt(best);
    }

  private:
    static constexpr std::size_t chunk_size = 32;
    struct Segment {
        XY from, to;
    };
    struct Chunk {
        Box bounds;
        std::size_t begin, end;
    };
    std::vector<Segment> segments_;
    std::vector<Chunk> chunks_;
};

/// Capitals as the map's language writes them (Turkish İ, Greek without accents), not as the
/// process's locale would.
std::string upper(const std::string& text, const std::string& locale) {
    std::string out;
    icu::UnicodeString::fromUTF8(text).toUpper(icu::Locale(locale.c_str())).toUTF8String(out);
    return out;
}

/// Spaced capitals, as maps letter countries; a script without capitals (Hangul, Han) is set
/// unspaced, as its readers write it.
TextStyle country_style(const Style& s, const Layout& l, const std::string& label) {
    TextStyle t{s.font,   l.px(s.sizes.country_label), false, s.colors.country_label, s.colors.land,
                l.px(1.5)};
    gchar* down = g_utf8_strdown(label.c_str(), static_cast<gssize>(label.size()));
    const bool cased = label != down;
    g_free(down);
    t.letter_spacing = cased ? l.px(2.5) : 0;
    return t;
}

/// True when the box around some ring of `country` overlaps the map area: a label can only go
/// inside the country, so the others (most of them when the camera is close) are skipped.
bool reaches_map_area(const Feature& country, const MapView& view, const PixelRect& a) {
    const XY top_left = view.to_map({a.x, a.y});
    const XY bottom_right = view.to_map({a.x + a.width, a.y + a.height});
    for (const Ring& ring : country.rings) {
        double min_x = INFINITY, max_x = -INFINITY, min_y = INFINITY, max_y = -INFINITY;
        for (const XY& p : ring) {
            min_x = std::min(min_x, p.x);
            max_x = std::max(max_x, p.x);
            min_y = std::min(min_y, p.y);
            max_y = std::max(max_y, p.y);
        }
        if (max_x >= top_left.x && min_x <= bottom_right.x && max_y >= bottom_right.y &&
            min_y <= top_left.y) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::string country_label(const Scenario& scenario, const Feature& country) {
    const Words& words = scenario.words;
    if (words.countries.count(country.name) != 0) return words.country(country.name);
    const std::string& locale = scenario.timeline.locale;
    if (locale.rfind("en", 0) == 0 || country.code.empty()) return country.name;
    // Another language: the name CLDR gives the region in it ("Северная Корея", "Nordkorea").
    int numeric = 0;
    const auto [end, error] =
        std::from_chars(country.code.data(), country.code.data() + country.code.size(), numeric);
    if (error != std::errc() || end != country.code.data() + country.code.size()) {
        return country.name;
    }
    UErrorCode status = U_ZERO_ERROR;
    const URegion* region = uregion_getRegionFromNumericCode(numeric, &status);
    if (U_FAILURE(status) || region == nullptr) return country.name;
    const char* alpha2 = uregion_getRegionCode(region);
    icu::UnicodeString shown;
    icu::Locale("", alpha2).getDisplayCountry(icu::Locale(locale.c_str()), shown);
    std::string out;
    shown.toUTF8String(out);
    // ICU gives the code back when it has no name in that language.
    return out.empty() || out == alpha2 ? country.name : out;
}

std::vector<CountryLabel> place_country_labels(const Scene& scene, const ViewFrame& frame,
                                               const TextPainter& text, LabelPlacer& placer) {
    std::vector<CountryLabel> out;
    if (!scene.style.show.country_labels) return out;
    const Layout& l = scene.layout;
    const double step = l.px(22);
    for (const Feature& country : frame.basemap.countries) {
        const std::string label = country_label(scene.scenario, country);
        if (label.empty() || !reaches_map_area(country, frame.view, l.map_area)) continue;
        std::vector<std::vector<XY>> rings;
        for (const Ring& ring : country.rings) {
            for (auto& line : to_pixel_lines(frame.view, ring, 2.0))
                rings.push_back(std::move(line));
        }
        const std::string name = upper(label, scene.scenario.timeline.locale);
        const TextStyle style = country_style(scene.style, l, name);
        const TextSize size = text.measure(name, style);
        // Grid points outside the rings' bounds cannot be inside: skipped before the costly test.
        Box bounds{INFINITY, INFINITY, -INFINITY, -INFINITY};
        for (const auto& ring : rings) {
            for (const XY& p : ring) {
                bounds = {std::min(bounds.x0, p.x), std::min(bounds.y0, p.y),
                          std::max(bounds.x1, p.x), std::max(bounds.y1, p.y)};
            }
        }
        // The interior point farthest from the border (on a grid) that is inside the map area.
        const Outline outline(rings);
        XY best{NAN, NAN};
        double best_distance = 0;
        const PixelRect& a = l.map_area;
        for (double y = a.y + size.height; y < a.y + a.height - size.height; y += step) {
            if (y < bounds.y0 || y > bounds.y1) continue;
            const std::vector<double> row = outline.crossings(y);
            for (double x = a.x + size.width / 2; x < a.x + a.width - size.width / 2; x += step) {
                if (x < bounds.x0 || x > bounds.x1 || !Outline::inside(row, x)) continue;
                const double d = outline.distance({x, y}, best_distance);
                if (d > best_distance) {
                    best_distance = d;
                    best = {x, y};
                }
            }
        }
        if (std::isnan(best.x) || best_distance < size.height) continue;
        const Box box{best.x - size.width / 2, best.y - size.height / 2, best.x + size.width / 2,
                      best.y + size.height / 2};
        bool corners_inside = true;
        for (XY corner :
             {XY{box.x0, box.y0}, XY{box.x1, box.y0}, XY{box.x0, box.y1}, XY{box.x1, box.y1}}) {
            corners_inside = corners_inside && inside_rings(rings, corner);
        }
        if (corners_inside && placer.try_box(box)) out.push_back({name, box});
    }
    return out;
}

void draw_country_labels(const DrawContext& dc, const std::vector<CountryLabel>& labels) {
    for (const CountryLabel& label : labels) {
        dc.text.draw(dc.cr, label.text, country_style(dc.style(), dc.scene.layout, label.text),
                     label.box.x0, label.box.y0);
    }
}

void draw_graticule(const DrawContext& dc) {
    const Style& s = dc.style();
    cairo_t* cr = dc.cr;
    cairo_new_path(cr);
    for (const ProjectedGraticule& line : dc.frame.furniture.graticule) {
        for (const auto& px : to_pixel_lines(dc.frame.view, line.points, 1.0)) add_polyline(cr, px);
    }
    set_source(cr, s.colors.graticule);
    cairo_set_line_width(cr, dc.px(0.8));
    cairo_stroke(cr);
    // Degree labels where parallels meet the map area's left edge and meridians its bottom edge.
    TextStyle label{s.font,  dc.px(s.sizes.footer), false, s.colors.muted_text, s.colors.halo,
                    dc.px(2)};
    const PixelRect& a = dc.scene.layout.map_area;
    for (const ProjectedGraticule& line : dc.frame.furniture.graticule) {
        for (const auto& px : to_pixel_lines(dc.frame.view, line.points, 1.0)) {
            for (std::size_t i = 1; i < px.size(); ++i) {
                const XY& p = px[i - 1];
                const XY& q = px[i];
                const double edge = line.meridian ? a.y + a.height : a.x;
                const double u = line.meridian ? p.y : p.x, v = line.meridian ? q.y : q.x;
                if ((u - edge) * (v - edge) > 0 || u == v) continue;
                const double t = (edge - u) / (v - u);
                const XY at{p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t};
                if (at.x < a.x || at.x > a.x + a.width || at.y < a.y || at.y > a.y + a.height)
                    continue;
                const std::string text = dc.scene.scenario.words.degrees(
                    line.degrees, line.meridian, dc.scene.scenario.timeline.locale);
                const TextSize size = dc.text.measure(text, label);
                if (line.meridian)
                    dc.text.draw(cr, text, label, at.x + dc.px(3), at.y - size.height);
                else
                    dc.text.draw(cr, text, label, at.x + dc.px(3), at.y - size.height);
                break;
            }
        }
    }
}

PixelRect draw_scale_bar(const DrawContext& dc, double right, double bottom) {
    const Style& s = dc.style();
    const FurnitureGeometry& f = dc.frame.furniture;
    if (!s.show.scale_bar || !(f.metres_per_pixel > 0)) return {right, bottom, 0, 0};
    const ScaleBar bar = choose_scale_bar(f.metres_per_pixel, dc.px(160));
    const TextStyle label{s.font,        dc.px(s.sizes.legend), false,
                          s.colors.text, s.colors.halo,         dc.px(2)};
    const TextSize size = dc.text.measure(bar.label, label);
    const double pad = dc.px(8);
    const PixelRect panel{right - bar.pixels - 2 * pad, bottom - size.height - dc.px(10) - 2 * pad,
                          bar.pixels + 2 * pad, size.height + dc.px(10) + 2 * pad};
    fill_panel(dc.cr, panel, s.colors.panel, dc.px(4));
    dc.labels.block({panel.x, panel.y, panel.x + panel.width, panel.y + panel.height});
    cairo_t* cr = dc.cr;
    const double x0 = panel.x + pad, y = panel.y + panel.height - pad - dc.px(4);
    // Two-tone bar: half dark, half light, as on printed maps.
    set_source(cr, s.colors.text);
    cairo_rectangle(cr, x0, y, bar.pixels / 2, dc.px(4));
    cairo_fill(cr);
    set_source(cr, s.colors.halo);
    cairo_rectangle(cr, x0 + bar.pixels / 2, y, bar.pixels / 2, dc.px(4));
    cairo_fill(cr);
    set_source(cr, s.colors.text);
    cairo_set_line_width(cr, dc.px(1));
    cairo_rectangle(cr, x0, y, bar.pixels, dc.px(4));
    cairo_stroke(cr);
    dc.text.draw(cr, bar.label, label, x0 + bar.pixels / 2 - size.width / 2, panel.y + pad);
    return panel;
}

void draw_north_arrow(const DrawContext& dc, double right, double bottom) {
    const Style& s = dc.style();
    const double angle = dc.frame.furniture.north_angle;
    // Only where north is not simply up: more than a degree off at the map centre.
    if (!s.show.north_arrow || std::abs(angle) < M_PI / 180) return;
    const double r = dc.px(18);
    const XY c{right - r, bottom - r};
    fill_panel(dc.cr, {c.x - r, c.y - r, 2 * r, 2 * r}, s.colors.panel, r);
    dc.labels.block({c.x - r, c.y - r, c.x + r, c.y + r});
    cairo_t* cr = dc.cr;
    cairo_save(cr);
    cairo_translate(cr, c.x, c.y);
    cairo_rotate(cr, angle);
    cairo_new_path(cr);
    cairo_move_to(cr, 0, -r * 0.8);
    cairo_line_to(cr, r * 0.35, r * 0.5);
    cairo_line_to(cr, 0, r * 0.25);
    cairo_line_to(cr, -r * 0.35, r * 0.5);
    cairo_close_path(cr);
    set_source(cr, s.colors.text);
    cairo_fill(cr);
    cairo_restore(cr);
    const TextStyle label{s.font, dc.px(11), true, s.colors.halo};
    const TextSize size = dc.text.measure("N", label);
    dc.text.draw(cr, "N", label, c.x - size.width / 2 + std::sin(angle) * r * 0.1,
                 c.y - size.height / 2 - std::cos(angle) * r * 0.1 + dc.px(2));
}

void draw_inset(const DrawContext& dc) {
    const Style& s = dc.style();
    const Inset& inset = dc.scene.inset;
    if (!s.show.inset || inset.rect.width <= 0) return;
    cairo_t* cr = dc.cr;
    const PixelRect& r = inset.rect;
    dc.labels.block({r.x, r.y, r.x + r.width, r.y + r.height});
    cairo_save(cr);
    cairo_rectangle(cr, r.x, r.y, r.width, r.height);
    cairo_clip(cr);
    set_source(cr, s.colors.sea);
    cairo_paint(cr);
    cairo_new_path(cr);
    for (const auto& ring : inset.land) add_polygon(cr, ring);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    set_source(cr, s.colors.land);
    cairo_fill_preserve(cr);
    set_source(cr, s.colors.coast);
    cairo_set_line_width(cr, dc.px(0.6));
    cairo_stroke(cr);
    cairo_new_path(cr);
    add_polygon(cr, dc.frame.furniture.inset_frame);
    Rgba fill = s.color_of(Confidence::confirmed);
    fill.a = 0.18;
    set_source(cr, fill);
    cairo_fill_preserve(cr);
    set_source(cr, s.color_of(Confidence::confirmed));
    cairo_set_line_width(cr, dc.px(1.8));
    cairo_stroke(cr);
    cairo_restore(cr);
    cairo_rectangle(cr, r.x, r.y, r.width, r.height);
    set_source(cr, s.colors.inset_frame);
    cairo_set_line_width(cr, dc.px(1.2));
    cairo_stroke(cr);
}

void draw_map_furniture(const DrawContext& dc) {
    const Layout& l = dc.scene.layout;
    const Inset& inset = dc.scene.inset;
    const bool has_inset = dc.style().show.inset && inset.rect.width > 0;
    draw_inset(dc);
    const double right = has_inset ? inset.rect.x - dc.px(10) : l.width - l.margin;
    const double bottom = l.strip.y - l.margin * 0.5;
    const PixelRect bar = draw_scale_bar(dc, right, bottom);
    draw_north_arrow(dc, bar.width > 0 ? bar.x - dc.px(8) : right, bottom);
}

}  // namespace gt
