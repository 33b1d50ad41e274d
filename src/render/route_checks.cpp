#include "render/route_checks.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "geo/route.hpp"
#include "render/box.hpp"
#include "render/frame_renderer.hpp"

namespace gt {

namespace {

/// A route sampled every 2 km: lon/lat, and the map CRS point (NaN where it has no image).
struct Samples {
    std::vector<LonLat> lonlat;
    std::vector<XY> map;
};

Samples sample(const Movement& m, const Projection& projection) {
    const Route route(m.route_points(), 2000);
    Samples s{route.points(), {}};
    for (const LonLat& p : s.lonlat) s.map.push_back({p.lon, p.lat});
    projection.forward_in_place(s.map);
    return s;
}

double km_between(LonLat a, LonLat b) {
    constexpr double r = 6371.0, rad = M_PI / 180;
    const double dlat = (b.lat - a.lat) * rad, dlon = (b.lon - a.lon) * rad;
    const double h = std::pow(std::sin(dlat / 2), 2) + std::cos(a.lat * rad) *
                                                           std::cos(b.lat * rad) *
                                                           std::pow(std::sin(dlon / 2), 2);
    return 2 * r * std::asin(std::min(1.0, std::sqrt(h)));
}

/// Even-odd over every ring of the land, with each ring's box tested first.
class LandTest {
  public:
    explicit LandTest(const std::vector<Feature>& land) {
        for (const Feature& f : land) {
            for (const Ring& ring : f.rings) {
                Box b{ring.front().x, ring.front().y, ring.front().x, ring.front().y};
                for (const XY& p : ring) {
                    b = {std::min(b.x0, p.x), std::min(b.y0, p.y), std::max(b.x1, p.x),
                         std::max(b.y1, p.y)};
                }
                rings_.push_back({&ring, b});
            }
        }
    }
    [[nodiscard]] bool on_land(XY p) const {
        bool in = false;
        for (const auto& [ring, b] : rings_) {
            if (p.x < b.x0 || p.x > b.x1 || p.y < b.y0 || p.y > b.y1) continue;
            const Ring& r = *ring;
            for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
                if ((r[i].y > p.y) != (r[j].y > p.y) &&
                    p.x < (r[j].x - r[i].x) * (p.y - r[i].y) / (r[j].y - r[i].y) + r[i].x) {
                    in = !in;
                }
            }
        }
        return in;
    }

  private:
    std::vector<std::pair<const Ring*, Box>> rings_;
};

std::string lonlat_text(LonLat p) {
    char text[48];
    std::snprintf(text, sizeof text, "[%.2f, %.2f]", p.lon, p.lat);
    return text;
}

/// The nearest sample point of a circle search around `at` whose surface is `want_land`: where
/// a waypoint would take the route off the wrong surface.
std::optional<LonLat> nearest_surface(const LandTest& land, const Projection& projection, LonLat at,
                                      bool want_land) {
    for (double km = 5; km <= 300; km += 5) {
        for (int k = 0; k < 24; ++k) {
            const double a = k * M_PI / 12;
            const LonLat q{at.lon + km / (111.32 * std::cos(at.lat * M_PI / 180)) * std::cos(a),
                           at.lat + km / 110.57 * std::sin(a)};
            const auto xy = projection.forward(q);
            if (xy && land.on_land(*xy) == want_land) return q;
        }
    }
    return std::nullopt;
}

/// The longest run of samples on the wrong surface away from the route's two ends (a port
/// may lie a little inland, a railhead on a quay), when it is longer than the mode allows.
void check_surface(const Movement& m, const Samples& s, const LandTest& land,
                   const Projection& projection, std::vector<Diagnostic>& out) {
    if (m.mode != Mode::sea && m.mode != Mode::land && m.mode != Mode::rail) return;
    const bool sea = m.mode == Mode::sea;
    const double allowed = sea ? sea_over_land_km : land_over_sea_km;
    double best = 0;
    LonLat best_mid{};
    std::size_t run_start = 0;
    double run_km = 0;
    bool in_run = false;
    for (std::size_t i = 0; i < s.map.size(); ++i) {
        const bool wrong = !std::isnan(s.map[i].x) && land.on_land(s.map[i]) == sea;
        if (wrong && !in_run) {
            in_run = true;
            run_start = i;
            run_km = 0;
        } else if (wrong) {
            run_km += km_between(s.lonlat[i - 1], s.lonlat[i]);
        }
        const bool ends = in_run && (!wrong || i + 1 == s.map.size());
        if (ends) {
            in_run = false;
            const bool at_an_end = run_start == 0 || (wrong && i + 1 == s.map.size());
            if (!at_an_end && run_km > best) {
                best = run_km;
                best_mid = s.lonlat[(run_start + i) / 2];
            }
        }
    }
    if (best <= allowed) return;
    const auto fix = nearest_surface(land, projection, best_mid, !sea);
    const std::string where = fix ? " near " + lonlat_text(*fix) : "";
    char km[32];
    std::snprintf(km, sizeof km, "%.0f km", best);
    out.push_back(
        {Diagnostic::Severity::warning, m.pos,
         "movement '" + m.id + "' is by " + (sea ? "sea" : "land") + " but its route " +
             "crosses " + km + " of " + (sea ? "land" : "open sea") + " around " +
             lonlat_text(best_mid),
         "add a waypoint under 'via:'" + where + " to keep it " + (sea ? "at sea" : "on land")});
}

/// The first sample outside the canvas or under a fixed panel in the view at `t`.
void check_canvas(const Movement& m, const Samples& s, FrameRenderer& renderer, const Scene& scene,
                  Instant t, std::vector<Diagnostic>& out) {
    const MapView view = renderer.view_at(t);
    const auto panels = renderer.fixed_furniture_at(t);
    const Layout& l = scene.layout;
    for (std::size_t i = 0; i < s.map.size(); ++i) {
        if (std::isnan(s.map[i].x)) continue;
        const XY p = view.to_pixel(s.map[i]);
        const bool off = p.x < 0 || p.y < 0 || p.x >= l.width || p.y >= l.height;
        const bool under = std::any_of(panels.begin(), panels.end(), [&](const auto& r) {
            return p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height;
        });
        if (!off && !under) continue;
        const XY inside{
            std::clamp(p.x, l.map_area.x + l.margin, l.map_area.x + l.map_area.width - l.margin),
            std::clamp(p.y, l.map_area.y + l.margin, l.map_area.y + l.map_area.height - l.margin)};
        const auto fix = scene.projection.inverse(view.to_map(inside));
        out.push_back({Diagnostic::Severity::warning, m.pos,
                       "movement '" + m.id + "' " +
                           (off ? "leaves the map" : "runs under the title, legend or timeline") +
                           " at " + lonlat_text(s.lonlat[i]),
                       "add a waypoint under 'via:'" + (fix ? " near " + lonlat_text(*fix) : "") +
                           ", or widen the map's extent"});
        return;
    }
}

}  // namespace

std::vector<Diagnostic> route_warnings(const Scene& scene) {
    std::vector<Diagnostic> out;
    if (scene.basemaps.empty()) return out;
    const LandTest land(scene.basemaps.back().land);
    FrameRenderer renderer(scene);
    for (const Movement& m : scene.scenario.movements) {
        if (m.route_points().size() < 2) continue;
        const Samples s = sample(m, scene.projection);
        check_surface(m, s, land, scene.projection, out);
        const std::size_t before = out.size();
        const Instant middle = m.start + (m.end - m.start) / 2;
        for (const Instant t : {m.start, middle, m.end}) {
            if (out.size() == before) check_canvas(m, s, renderer, scene, t, out);
        }
    }
    return out;
}

}  // namespace gt
