// Country names: the countries the story is about first, each once, at the point of its
// visible part farthest from its borders, then the others where room is left.
#include "render/country_labels.hpp"

#include <glib.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/uregion.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "render/detail/outline.hpp"
#include "render/draw.hpp"

namespace gt {

namespace {

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

/// A country that reaches the map, in pixels.
struct Candidate {
    const Feature* feature;
    std::string name;  ///< as drawn: capitals in the map's language
    std::vector<std::vector<XY>> rings;
    Box bounds;
    bool story;  ///< holds a place, an event or a route's end of the scenario
};

Box bounds_of(const std::vector<std::vector<XY>>& rings) {
    Box b{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (const auto& ring : rings) {
        for (const XY& p : ring) {
            b = {std::min(b.x0, p.x), std::min(b.y0, p.y), std::max(b.x1, p.x),
                 std::max(b.y1, p.y)};
        }
    }
    return b;
}

/// Where the story is, in map units: its places, its events and its routes' ends.
std::vector<XY> story_points(const Scene& scene) {
    std::vector<XY> points = scene.places;
    points.insert(points.end(), scene.events.begin(), scene.events.end());
    for (const ProjectedRoute& route : scene.routes) {
        if (route.points.empty()) continue;
        points.push_back(route.points.front());
        points.push_back(route.points.back());
    }
    std::erase_if(points, [](const XY& p) { return std::isnan(p.x); });
    return points;
}

bool holds_any(const Feature& country, const std::vector<XY>& points) {
    std::vector<std::vector<XY>> rings;
    for (const Ring& ring : country.rings) rings.push_back(ring);
    return std::any_of(points.begin(), points.end(),
                       [&](const XY& p) { return detail::inside_rings(rings, p); });
}

/// The countries that reach the map area, the story's first (in the basemap's order within
/// each group), each name once: a country cut in two at the antimeridian is one label.
std::vector<Candidate> candidates(const Scene& scene, const ViewFrame& frame) {
    const Layout& l = scene.layout;
    const std::vector<XY> points = story_points(scene);
    std::vector<Candidate> out;
    for (const Feature& country : frame.basemap.countries) {
        const std::string label = country_label(scene.scenario, country);
        if (label.empty() || !reaches_map_area(country, frame.view, l.map_area)) continue;
        Candidate c{&country, upper(label, scene.scenario.timeline.locale), {}, {}, false};
        for (const Ring& ring : country.rings) {
            for (auto& line : to_pixel_lines(frame.view, ring, 2.0))
                c.rings.push_back(std::move(line));
        }
        if (c.rings.empty()) continue;
        c.bounds = bounds_of(c.rings);
        c.story = holds_any(country, points);
        out.push_back(std::move(c));
    }
    std::stable_partition(out.begin(), out.end(), [](const Candidate& c) { return c.story; });
    return out;
}

/// A spot inside a country, and how far it lies from the country's border.
struct Interior {
    XY at;
    double distance;
};

/// Points of a grid over the map area inside `c`, where a label of `size` centred would stay
/// in the map area, the farthest from the border first.
std::vector<Interior> interior_points(const Candidate& c, const Layout& l, const TextSize& size) {
    const double step = l.px(11);
    const detail::Outline outline(c.rings);
    const PixelRect& a = l.map_area;
    std::vector<Interior> out;
    for (double y = a.y + size.height / 2; y <= a.y + a.height - size.height / 2; y += step) {
        if (y < c.bounds.y0 || y > c.bounds.y1) continue;
        const std::vector<double> row = outline.crossings(y);
        for (double x = a.x + size.width / 2; x <= a.x + a.width - size.width / 2; x += step) {
            if (x < c.bounds.x0 || x > c.bounds.x1 || !detail::Outline::inside(row, x)) continue;
            out.push_back({{x, y}, outline.distance({x, y}, 0)});
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Interior& p, const Interior& q) { return p.distance > q.distance; });
    return out;
}

Box centred(XY at, const TextSize& size) {
    return {at.x - size.width / 2, at.y - size.height / 2, at.x + size.width / 2,
            at.y + size.height / 2};
}

/// True when no corner or edge midpoint of `box` lies inside a country other than `own`: the
/// name of a small or thin country may run over the sea, never over its neighbour.
bool off_other_countries(const Box& box, const std::vector<Candidate>& all, const Candidate& own) {
    const XY probes[] = {{box.x0, box.y0},
                         {box.x1, box.y0},
                         {box.x0, box.y1},
                         {box.x1, box.y1},
                         {(box.x0 + box.x1) / 2, box.y0},
                         {(box.x0 + box.x1) / 2, box.y1}};
    for (const Candidate& other : all) {
        if (&other == &own || !other.bounds.overlaps(box)) continue;
        for (const XY& p : probes) {
            if (detail::inside_rings(other.rings, p)) return false;
        }
    }
    return true;
}

bool all_inside(const Box& box, const Candidate& c) {
    for (XY corner :
         {XY{box.x0, box.y0}, XY{box.x1, box.y0}, XY{box.x0, box.y1}, XY{box.x1, box.y1}}) {
        if (!detail::inside_rings(c.rings, corner)) return false;
    }
    return true;
}

/// Places `c`'s name: inside the country where it fits, at the free spot farthest from the
/// border; else, for a country too small or too thin for its name, centred on its most
/// interior free spot running over the sea.
std::optional<Box> place_one(const Candidate& c, const std::vector<Candidate>& all, const Layout& l,
                             const TextSize& size, LabelPlacer& placer) {
    const std::vector<Interior> points = interior_points(c, l, size);
    constexpr std::size_t tries = 80;  // the farthest spots: past them the name reads as a border's
    const std::size_t n = std::min(points.size(), tries);
    for (std::size_t i = 0; i < n && points[i].distance >= size.height / 2; ++i) {
        const Box box = centred(points[i].at, size);
        if (all_inside(box, c) && placer.try_box(box)) return box;
    }
    // Over the sea only for a country at least as large on the map as its name: an islet
    // under a name twice its size would read as the sea's name.
    const double cell = l.px(11);
    if (static_cast<double>(points.size()) * cell * cell < size.width * size.height) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const Box box = centred(points[i].at, size);
        if (off_other_countries(box, all, c) && placer.try_box(box)) return box;
    }
    return std::nullopt;
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
    const std::vector<Candidate> all = candidates(scene, frame);
    std::set<std::string> named;
    for (const Candidate& c : all) {
        if (named.count(c.name) != 0) continue;
        const TextStyle style = country_style(scene.style, l, c.name);
        const TextSize size = text.measure(c.name, style);
        if (const auto box = place_one(c, all, l, size, placer)) {
            out.push_back({c.name, *box});
            named.insert(c.name);
        }
    }
    return out;
}

void draw_country_labels(const DrawContext& dc, const std::vector<CountryLabel>& labels) {
    for (const CountryLabel& label : labels) {
        dc.text.draw(dc.cr, label.text, country_style(dc.style(), dc.scene.layout, label.text),
                     label.box.x0, label.box.y0);
    }
}

}  // namespace gt
