#include "render/water_labels.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "geo/water_names.hpp"
#include "render/draw.hpp"
#include "render/water_layer.hpp"

namespace gt {

namespace {

/// Land of the view, drawn at a quarter of the canvas resolution: where a name would sit on land.
class LandMask {
  public:
    LandMask(const ViewFrame& frame, const PixelRect& area) : x0_(area.x), y0_(area.y) {
        const int w = std::max(1, static_cast<int>(area.width / step));
        const int h = std::max(1, static_cast<int>(area.height / step));
        surface_.reset(cairo_image_surface_create(CAIRO_FORMAT_A8, w, h));
        cairo_t* cr = cairo_create(surface_.get());
        cairo_scale(cr, 1 / step, 1 / step);
        cairo_translate(cr, -x0_, -y0_);
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
        add(cr, frame, frame.basemap.land);
        cairo_fill(cr);
        add(cr, frame, frame.basemap.lakes);
        cairo_set_operator(cr, CAIRO_OPERATOR_CLEAR);
        cairo_fill(cr);
        cairo_destroy(cr);
        cairo_surface_flush(surface_.get());
    }

    /// Share of a grid of points over the rectangle of `w` x `h` centred on `c`, turned by
    /// `angle`, that is water (off the mask counts as land).
    [[nodiscard]] double water_share(XY c, double w, double h, double angle) const {
        const int cols = 9, rows = 3;
        int water = 0;
        const double cos_a = std::cos(angle), sin_a = std::sin(angle);
        for (int i = 0; i < cols; ++i) {
            for (int j = 0; j < rows; ++j) {
                const double u = (i / (cols - 1.0) - 0.5) * w;
                const double v = (j / (rows - 1.0) - 0.5) * h;
                if (is_water(c.x + u * cos_a - v * sin_a, c.y + u * sin_a + v * cos_a)) ++water;
            }
        }
        return static_cast<double>(water) / (cols * rows);
    }

  private:
    static constexpr double step = 4;

    static void add(cairo_t* cr, const ViewFrame& frame, const std::vector<Feature>& features) {
        for (const Feature& f : features) {
            for (const Ring& ring : f.rings) {
                for (const auto& line : to_pixel_lines(frame.view, ring, step)) {
                    add_polygon(cr, line);
                }
            }
        }
    }

    [[nodiscard]] bool is_water(double x, double y) const {
        cairo_surface_t* s = surface_.get();
        const int i = static_cast<int>(std::floor((x - x0_) / step));
        const int j = static_cast<int>(std::floor((y - y0_) / step));
        if (i < 0 || j < 0 || i >= cairo_image_surface_get_width(s) ||
            j >= cairo_image_surface_get_height(s)) {
            return false;
        }
        const unsigned char* data = cairo_image_surface_get_data(s);
        return data[j * cairo_image_surface_get_stride(s) + i] < 128;
    }

    struct SurfaceFree {
        void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
    };
    std::unique_ptr<cairo_surface_t, SurfaceFree> surface_;
    double x0_, y0_;
};

/// The axis-aligned box round a `w` x `h` rectangle centred on `c` and turned by `angle`.
Box turned_box(XY c, double w, double h, double angle) {
    const double hw = (std::abs(w * std::cos(angle)) + std::abs(h * std::sin(angle))) / 2;
    const double hh = (std::abs(w * std::sin(angle)) + std::abs(h * std::cos(angle))) / 2;
    return {c.x - hw, c.y - hh, c.x + hw, c.y + hh};
}

/// An angle turned by half a turn where needed so the text reads left to right.
double upright(double angle) {
    if (angle > M_PI / 2) return angle - M_PI;
    if (angle < -M_PI / 2) return angle + M_PI;
    return angle;
}

/// A parenthesised second name on a line of its own: "Sea of Japan\n(East Sea)".
std::string lines_of(std::string text) {
    const std::size_t open = text.find(" (");
    if (open != std::string::npos) text[open] = '\n';
    return text;
}

struct Placing {
    const Scene& scene;
    const ViewFrame& frame;
    const TextPainter& text;
    LabelPlacer& placer;
    const Projection projection;
    const LandMask mask;
    const Box area;
    const std::string language;
    std::vector<WaterLabel> out;

    std::optional<XY> pixel(const LonLat& p) const {
        const auto xy = projection.forward(p);
        if (!xy) return std::nullopt;
        const XY q = frame.view.to_pixel(*xy);
        if (q.x < area.x0 || q.x > area.x1 || q.y < area.y0 || q.y > area.y1) return std::nullopt;
        return q;
    }

    bool inside(const Box& b) const {
        return b.x0 >= area.x0 && b.y0 >= area.y0 && b.x1 <= area.x1 && b.y1 <= area.y1;
    }

    /// Takes the first of the spots round `at` where the name fits over water and is free.
    bool try_spots(const std::string& name, XY at, double angle, double size, double min_water) {
        const TextSize ts = text.measure(name, water_text_style(scene.style, size));
        const double sx = ts.width * 0.35, sy = ts.height * 0.6;
        const XY shifts[] = {{0, 0},       {0, -sy},    {0, sy},     {sx, 0},
                             {-sx, 0},     {sx, sy},    {-sx, -sy},  {sx * 2, 0},
                             {-sx * 2, 0}, {0, sy * 2}, {0, -sy * 2}};
        for (const XY& s : shifts) {
            const XY c{at.x + s.x * std::cos(angle) - s.y * std::sin(angle),
                       at.y + s.x * std::sin(angle) + s.y * std::cos(angle)};
            const Box box = turned_box(c, ts.width, ts.height, angle);
            if (!inside(box) || mask.water_share(c, ts.width, ts.height, angle) < min_water) {
                continue;
            }
            if (!placer.try_box(box)) continue;
            out.push_back({name, c, angle, size, false});
            return true;
        }
        return false;
    }

    void place_body(const WaterName& w) {
        // A lake shows as a lake, and is worth its name, when far smaller than a sea does.
        const double min_side = w.kind == WaterName::Kind::lake ? 20 : 60;
        double size =
            water_name_size(w.size, frame.furniture.metres_per_pixel, scene.layout.px(1), min_side);
        if (size <= 0) return;
        // A page's smallest text size (see raise_text_sizes) holds for water names too.
        size = std::max(size, scene.layout.px(scene.style.sizes.water_label));
        const std::string name = lines_of(w.in(language));
        if (w.placement == WaterName::Placement::line) {
            const auto a = pixel(w.points.front());
            const auto b = pixel(w.points.back());
            if (!a || !b) return;
            const double angle = upright(std::atan2(b->y - a->y, b->x - a->x));
            try_spots(name, {(a->x + b->x) / 2, (a->y + b->y) / 2}, angle, size, 0.6);
            return;
        }
        for (const LonLat& p : w.points) {
            const auto at = pixel(p);
            if (at && try_spots(name, *at, 0, size, 0.9)) return;
        }
        // A lake too small on the map for its name: beside it, as a place's name is.
        if (w.kind != WaterName::Kind::lake) return;
        const auto at = pixel(w.points.front());
        if (!at) return;
        const TextSize ts = text.measure(name, water_text_style(scene.style, size));
        const double gap = std::sqrt(w.size) * 1000 / frame.furniture.metres_per_pixel / 2;
        if (const auto corner = placer.place_near(*at, ts.width, ts.height, gap)) {
            out.push_back(
                {name, {corner->x + ts.width / 2, corner->y + ts.height / 2}, 0, size, false});
        }
    }

    void place_river(const WaterName& w);
};

/// The point of `lines` nearest `p`, with the direction of the line there; nullopt beyond
/// `reach` pixels.
struct OnLine {
    XY at;
    double angle = 0;
};

std::optional<OnLine> nearest_on(const std::vector<std::vector<XY>>& lines, XY p, double reach,
                                 double half_span) {
    std::optional<OnLine> best;
    double best_d = reach;
    for (const auto& line : lines) {
        for (std::size_t i = 0; i + 1 < line.size(); ++i) {
            const XY& a = line[i];
            const XY& b = line[i + 1];
            const double dx = b.x - a.x, dy = b.y - a.y;
            const double len2 = dx * dx + dy * dy;
            const double t =
                len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0;
            const XY q{a.x + dx * t, a.y + dy * t};
            const double d = std::hypot(p.x - q.x, p.y - q.y);
            if (d >= best_d) continue;
            best_d = d;
            // The direction over about the name's length: the chord between the points of the
            // line that far either side, so a bend under one letter does not turn the name.
            std::size_t lo = i, hi = i + 1;
            while (lo > 0 && std::hypot(line[lo].x - q.x, line[lo].y - q.y) < half_span) --lo;
            while (hi + 1 < line.size() &&
                   std::hypot(line[hi].x - q.x, line[hi].y - q.y) < half_span)
                ++hi;
            best = OnLine{q, std::atan2(line[hi].y - line[lo].y, line[hi].x - line[lo].x)};
        }
    }
    return best;
}

void Placing::place_river(const WaterName& w) {
    const double unit = scene.layout.px(1);
    const double mpp = frame.furniture.metres_per_pixel;
    // A river is named where it is drawn long enough to carry its name: its length on the map
    // would be 300 pixels or more.
    if (w.size * 1000 / mpp < 300 * unit) return;
    const int limit = river_level_limit(mpp);
    std::vector<std::vector<XY>> lines;
    for (const Feature& river : frame.basemap.rivers) {
        if (river.code.empty() || river.code[0] - '0' > limit) continue;
        for (const auto& outline : river.outlines) {
            for (auto& line : to_pixel_lines(frame.view, outline, 1)) lines.push_back(line);
        }
    }
    const double size = std::max(unit * std::clamp(10.5 + w.size / 1000, 10.5, 13.0),
                                 scene.layout.px(scene.style.sizes.water_label));
    const std::string name = w.in(language);
    const TextSize ts = text.measure(name, water_text_style(scene.style, size));
    for (const LonLat& p : w.points) {
        const auto at = pixel(p);
        if (!at) continue;
        const auto on = nearest_on(lines, *at, 30 * unit, ts.width / 2);
        if (!on) continue;
        const double angle = upright(on->angle);
        // Beside the line, not over it: half the text's height and a little more off it.
        const double off = ts.height * 0.5 + river_width(1, mpp) * unit + unit;
        for (double side : {-1.0, 1.0}) {
            const XY c{on->at.x - std::sin(angle) * off * side,
                       on->at.y + std::cos(angle) * off * side};
            const Box box = turned_box(c, ts.width, ts.height, angle);
            if (!inside(box) || !placer.try_box(box)) continue;
            out.push_back({name, c, angle, size, true});
            return;
        }
    }
}

std::string language_of(const std::string& locale) {
    return locale.substr(0, locale.find_first_of("-_"));
}

/// A turned name, drawn as outlines with its halo: Cairo would write turned glyphs into an SVG
/// as <symbol>s, and SVG frames hold their texts as <text> or as plain paths.
void draw_turned(cairo_t* cr, const std::string& text, const TextStyle& style, double x, double y) {
    PangoLayout* layout = pango_cairo_create_layout(cr);
    PangoFontDescription* font = pango_font_description_from_string(style.font.c_str());
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    PangoAttrList* attributes = pango_attr_list_new();
    pango_attr_list_insert(attributes, pango_attr_letter_spacing_new(
                                           static_cast<int>(style.letter_spacing * PANGO_SCALE)));
    pango_layout_set_attributes(layout, attributes);
    pango_attr_list_unref(attributes);
    pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
    cairo_new_path(cr);
    cairo_move_to(cr, x, y);
    pango_cairo_layout_path(cr, layout);
    g_object_unref(layout);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    set_source(cr, style.halo);
    cairo_set_line_width(cr, style.halo_width * 2);
    cairo_stroke_preserve(cr);
    set_source(cr, style.color);
    cairo_fill(cr);
}

}  // namespace

TextStyle water_text_style(const Style& style, double size) {
    TextStyle t{style.font + " Italic", size,       false, style.colors.coast,
                style.colors.sea,       size * 0.18};
    t.color = {style.colors.coast.r * 0.8, style.colors.coast.g * 0.8, style.colors.coast.b * 0.85,
               1};
    t.letter_spacing = size * 0.12;
    t.align = TextStyle::Align::center;
    return t;
}

double water_name_size(double area_km2, double metres_per_pixel, double unit, double min_side) {
    // The side of a square of the body's area, in pixels of the style's unit.
    const double side = std::sqrt(area_km2) * 1000 / metres_per_pixel / unit;
    if (side < min_side) return 0;
    return unit * std::clamp(0.75 * std::sqrt(side), 10.5, 24.0);
}

std::vector<WaterLabel> place_water_labels(const Scene& scene, const ViewFrame& frame,
                                           const TextPainter& text, LabelPlacer& placer) {
    const PixelRect& a = scene.layout.map_area;
    Placing placing{scene,
                    frame,
                    text,
                    placer,
                    scene.projection.clone(),
                    LandMask(frame, a),
                    Box{a.x, a.y, a.x + a.width, a.y + a.height},
                    language_of(scene.scenario.timeline.locale),
                    {}};
    // Larger bodies first: an ocean's name before a bay's; rivers after the waters.
    std::vector<const WaterName*> order;
    for (const WaterName& w : water_names()) order.push_back(&w);
    std::stable_sort(order.begin(), order.end(), [](const WaterName* x, const WaterName* y) {
        const bool xr = x->kind == WaterName::Kind::river, yr = y->kind == WaterName::Kind::river;
        if (xr != yr) return yr;
        return x->size > y->size;
    });
    for (const WaterName* w : order) {
        if (w->kind == WaterName::Kind::river)
            placing.place_river(*w);
        else
            placing.place_body(*w);
    }
    return std::move(placing.out);
}

void draw_water_labels(const DrawContext& dc, const std::vector<WaterLabel>& labels) {
    for (const WaterLabel& label : labels) {
        const TextStyle style = water_text_style(dc.style(), label.size);
        const TextSize ts = dc.text.measure(label.text, style);
        // Lines centred on each other, in a box wide enough that Pango breaks them only at
        // the table's line breaks.
        TextStyle boxed = style;
        boxed.max_width = ts.width * 1.2 + label.size;
        cairo_save(dc.cr);
        cairo_translate(dc.cr, label.centre.x, label.centre.y);
        if (label.angle != 0) {
            cairo_rotate(dc.cr, label.angle);
            draw_turned(dc.cr, label.text, style, -ts.width / 2, -ts.height / 2);
        } else {
            dc.text.draw(dc.cr, label.text, boxed, -boxed.max_width / 2, -ts.height / 2);
        }
        cairo_restore(dc.cr);
        dc.mark(turned_box(label.centre, ts.width, ts.height, label.angle));
    }
}

}  // namespace gt
