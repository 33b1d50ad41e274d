#include "scenario/validate.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "common/number_text.hpp"
#include "common/suggest.hpp"
#include "timeline/schedule.hpp"

namespace gt {

namespace {

/// How long `frames` frames play at `fps`: "50 s", "21 min", "3 h 10 min".
std::string playing_time(long frames, double fps) {
    const long seconds = std::lround(static_cast<double>(frames) / fps);
    if (seconds < 120) return std::to_string(seconds) + " s";
    const long minutes = seconds / 60;
    if (minutes < 120) return std::to_string(minutes) + " min";
    return std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
}

std::string many_frames_message(const TimelineSpec& t, long frames) {
    return "the timeline has " + std::to_string(frames) +
           " frames: " + playing_time(frames, t.fps) + " of animation at " + number_text(t.fps) +
           " fps, and as many files per format in each render";
}

std::string many_frames_hint(const TimelineSpec& t) {
    if (t.step && t.step->count() < 3600 && t.step->count() % 60 == 0) {
        return "'m' in a step is minutes; for a shorter animation write a longer step (6h, 1d, "
               "1w) or 'frames: 240' instead of 'step'";
    }
    return "for a shorter animation write a longer 'step' or fewer 'frames'";
}

class Validator {
  public:
    Validator(Scenario& s, std::vector<Diagnostic>& out, const ScenarioLimits& limits)
        : s_(s), out_(out), limits_(limits) {
        for (const auto& p : s.places) {
            place_ids_.push_back(p.id);
            places_.emplace(p.id, &p);  // the first of duplicates wins, as in find_place
        }
        for (const auto& src : s.sources) {
            source_ids_.push_back(src.id);
            sources_.emplace(src.id);
        }
    }

    void error(const SourcePos& pos, std::string message, std::string hint = {}) {
        out_.push_back({Diagnostic::Severity::error, pos, std::move(message), std::move(hint)});
    }
    void warning(const SourcePos& pos, std::string message, std::string hint = {}) {
        out_.push_back({Diagnostic::Severity::warning, pos, std::move(message), std::move(hint)});
    }

    /// True once so many problems are reported that more would only be noise; the costly
    /// suggestions are skipped from then on (the loader reports how many were left out).
    [[nodiscard]] bool saturated() const { return out_.size() >= limits_.max_errors; }

    void resolve(Waypoint& w) {
        if (w.place_id.empty()) return;
        if (const auto found = places_.find(w.place_id); found != places_.end()) {
            w.position = found->second->position;
        } else if (saturated()) {
            error(w.pos, "unknown place '" + w.place_id + "'");
        } else {
            error(w.pos, "unknown place '" + w.place_id + "'",
                  place_ids_.empty() ? "define it under 'places:'"
                                     : suggestion_hint(w.place_id, place_ids_));
        }
    }

    void check_source(const std::string& id, Confidence confidence, const SourcePos& pos,
                      const std::string& owner) {
        if (id == "none") {
            if (confidence == Confidence::confirmed) {
                warning(pos, owner + " is confirmed but cites no source",
                        "name the source that confirms it, or give it the confidence its "
                        "evidence supports");
            }
            return;
        }
        if (id.empty()) {
            error(pos, owner + " has no source",
                  "add 'source: <id>' naming an entry of 'sources:', or 'source: none' to say "
                  "on purpose that it has none");
        } else if (!sources_.contains(id)) {
            error(pos, owner + " cites unknown source '" + id + "'",
                  source_ids_.empty() ? "define it under 'sources:'"
                  : saturated()       ? std::string()
                                      : suggestion_hint(id, source_ids_));
        }
    }

    void check_within_timeline(Instant start, Instant end, const SourcePos& pos,
                               const std::string& owner) {
        if (!s_.timeline.dates_read) return;  // nothing to compare with
        if (end < s_.timeline.start || start > s_.timeline.end) {
            warning(pos,
                    owner + " lies outside the timeline (" + iso(s_.timeline.start) + " .. " +
                        iso(s_.timeline.end) + ") and will not be seen",
                    "widen the timeline or correct the dates");
        }
    }

    void check_unique(std::set<std::string>& seen, const std::string& id, const SourcePos& pos,
                      const std::string& kind) {
        if (!id.empty() && !seen.insert(id).second) {
            error(pos, "duplicate " + kind + " id '" + id + "'",
                  "give each " + kind + " its own id");
        }
    }

    void run() {
        check_map(limits_);
        check_timeline(limits_);
        check_camera();
        std::set<std::string> movement_ids;
        for (auto& m : s_.movements) {
            const std::string owner = "movement '" + m.id + "'";
            check_unique(movement_ids, m.id, m.pos, "movement");
            for (auto& w : m.path) resolve(w);
            check_source(m.source_id, m.confidence, m.source_pos, owner);
            if (!m.dates_read) {
                // a date is missing or unreadable: already reported, nothing to compare
            } else if (m.end == m.start) {
                error(m.end_pos,
                      owner + " starts and ends at the same instant (" + iso(m.start) + ")",
                      "give it the time it took: make 'end' later than 'start'");
            } else if (m.end < m.start) {
                error(m.end_pos,
                      owner + " ends (" + iso(m.end) + ") before it starts (" + iso(m.start) + ")",
                      "swap 'start' and 'end' or correct one of them");
            } else {
                check_within_timeline(m.start, m.end, m.pos, owner);
            }
        }
        std::set<std::string> event_ids;
        for (auto& e : s_.events) {
            const std::string owner = "event '" + e.id + "'";
            check_unique(event_ids, e.id, e.pos, "event");
            if (e.at) resolve(*e.at);
            check_source(e.source_id, e.confidence, e.source_pos, owner);
            if (!e.dates_read) {
                // a date is missing or unreadable: already reported, nothing to compare
            } else if (e.end < e.start) {
                error(e.end_pos,
                      owner + " ends (" + iso(e.end) + ") before it starts (" + iso(e.start) + ")",
                      "swap 'start' and 'end' or correct one of them");
            } else {
                check_within_timeline(e.start, e.end, e.pos, owner);
            }
        }
        check_on_map();
    }

  private:
    /// An area of the map: `span` degrees of longitude east from `west` (it may cross the
    /// antimeridian, or exceed 360 once widened), between two latitudes.
    struct Area {
        double west, span, south, north;
    };

    /// `x` widened on its narrow side to the map's shape, as the framing shows it (a tall
    /// extent on a wide map shows more longitude; degrees of longitude shrink with latitude).
    [[nodiscard]] Area as_framed(const Extent& x) const {
        constexpr double degree = 3.14159265358979323846 / 180;
        const double shrink = std::max(0.1, std::cos((x.south + x.north) / 2 * degree));
        const double aspect =
            static_cast<double>(std::max(s_.map.width, 1)) / std::max(s_.map.height, 1);
        const double wide = x.width_degrees() * shrink;
        const double tall = x.north - x.south;
        Area out{x.west, x.width_degrees(), x.south, x.north};
        if (wide < tall * aspect) {
            const double more = (tall * aspect - wide) / shrink / 2;
            out.west -= more;
            out.span += 2 * more;
        } else {
            const double more = (wide / aspect - tall) / 2;
            out.south = std::max(-90.0, x.south - more);
            out.north = std::min(90.0, x.north + more);
        }
        return out;
    }

    /// Whether `p` lies within `a` widened by half its size on every side: near enough to the
    /// map that the framing may show it.
    static bool near_area(const Area& a, LonLat p) {
        const double lat_margin = (a.north - a.south) / 2;
        if (p.lat < a.south - lat_margin || p.lat > a.north + lat_margin) return false;
        if (a.span * 2 >= 360) return true;  // widened, it goes all the way round
        const double east_of_west = std::fmod(std::fmod(p.lon - a.west, 360.0) + 360.0, 360.0);
        return east_of_west <= a.span * 1.5 || east_of_west >= 360 - a.span / 2;
    }

    /// Places and inline points far from everything the map shows (its extent and the
    /// camera's): most often [lat, lon] written for [lon, lat], or a sign left out.
    void check_on_map() {
        if (!extent_valid_) return;  // already reported
        std::vector<Area> shown{as_framed(s_.map.extent)};
        for (const CameraKeyframe& k : s_.camera) {
            if (k.read) shown.push_back(as_framed(k.extent));
        }
        const auto on_map = [&](LonLat p) {
            return std::any_of(shown.begin(), shown.end(),
                               [&](const Area& a) { return near_area(a, p); });
        };
        const auto check = [&](LonLat p, const SourcePos& pos, const std::string& owner) {
            if (on_map(p)) return;
            const bool swapped_fits = std::abs(p.lon) <= 90 && on_map({p.lat, p.lon});
            warning(pos,
                    owner + " at [" + number_text(p.lon) + ", " + number_text(p.lat) +
                        "] lies far outside the map's extent and will not be seen",
                    swapped_fits ? "coordinates are [lon, lat]: did you mean [" +
                                       number_text(p.lat) + ", " + number_text(p.lon) + "]?"
                                 : "correct the coordinates, or widen the map's extent");
        };
        for (const Place& p : s_.places) {
            if (p.position_read && (!p.needs_lookup || p.from_gazetteer)) {
                check(p.position, p.pos, "place '" + p.id + "'");
            }
        }
        for (const Movement& m : s_.movements) {
            for (const Waypoint& w : m.path) {
                if (w.place_id.empty())
                    check(w.position, w.pos, "a point of movement '" + m.id + "'");
            }
        }
        for (const Event& e : s_.events) {
            if (e.at && e.at->place_id.empty())
                check(e.at->position, e.at->pos, "event '" + e.id + "'");
        }
    }

    /// Reports an extent with no area or out of range; `what` names it ("map extent").
    bool check_extent(const Extent& x, const SourcePos& pos, const std::string& what) {
        if (x.south >= x.north || x.west == x.east || x.south < -90 || x.north > 90 ||
            x.west < -180 || x.west > 180 || x.east < -180 || x.east > 180) {
            error(pos,
                  what + " [" + number_text(x.west) + ", " + number_text(x.south) + ", " +
                      number_text(x.east) + ", " + number_text(x.north) +
                      "] has no area or is out of range",
                  "write [west, south, east, north] with south < north, longitudes in "
                  "-180..180, latitudes in -90..90");
            return false;
        }
        // The basemap's finest detail (1:10m) shows nothing smaller, and the cost of drawing it
        // grows with the zoom: a camera a metre wide takes gigabytes.
        const double least = min_extent_degrees - 1e-9;  // 131.01 - 131 is 0.00999...
        if (x.north - x.south < least || x.width_degrees() < least) {
            error(pos,
                  what + " [" + number_text(x.west) + ", " + number_text(x.south) + ", " +
                      number_text(x.east) + ", " + number_text(x.north) +
                      "] is less than 0.01 degrees (about 1 km) across",
                  "widen it to at least 0.01 degrees a side: the basemap shows nothing smaller");
            return false;
        }
        return true;
    }

    void check_map(const ScenarioLimits& limits) {
        extent_valid_ =
            s_.map.extent_read && check_extent(s_.map.extent, s_.map.extent_pos, "map extent");
        const int max = limits.max_pixels_per_side;
        if (s_.map.width < 64 || s_.map.height < 64 || s_.map.width > max || s_.map.height > max) {
            error(s_.map.size_pos,
                  "map size " + std::to_string(s_.map.width) + "x" + std::to_string(s_.map.height) +
                      " is outside 64 .. " + std::to_string(max) + " pixels per side",
                  "e.g. size: [1920, 1080]");
        }
    }

    void check_timeline(const ScenarioLimits& limits) {
        const TimelineSpec& t = s_.timeline;
        if (!t.dates_read) return;  // missing or unreadable: already reported
        if (t.end == t.start) {
            error(t.end_pos,
                  "the timeline starts and ends at the same instant (" + iso(t.start) + ")",
                  "make 'end' later than 'start'");
            return;
        }
        if (t.end < t.start) {
            error(t.end_pos,
                  "timeline ends (" + iso(t.end) + ") before it starts (" + iso(t.start) + ")",
                  "make 'end' later than 'start'");
            return;
        }
        const long frames = frame_count(t);
        if (frames > limits.max_frames) {
            error(t.step_pos,
                  "the timeline has " + std::to_string(frames) + " frames, over the limit of " +
                      std::to_string(limits.max_frames),
                  "use a longer 'step' or fewer 'frames'");
        } else if (frames > limits.many_frames) {
            warning(t.step_pos, many_frames_message(t, frames), many_frames_hint(t));
        }
    }

    /// Keyframes in strictly increasing date order, each extent with an area, inside the
    /// timeline (a warning: the view there is only seen held, before or after it).
    void check_camera() {
        const CameraKeyframe* previous = nullptr;
        for (const CameraKeyframe& k : s_.camera) {
            if (!k.read) continue;  // already reported
            (void)check_extent(k.extent, k.extent_pos, "camera extent");
            if (previous != nullptr && k.at == previous->at) {
                error(k.pos,
                      "duplicate camera keyframe date " + iso(k.at) + " (also at line " +
                          std::to_string(previous->pos.line) + ")",
                      "give each keyframe its own date, or remove one of them");
            } else if (previous != nullptr && k.at < previous->at) {
                error(k.pos,
                      "camera keyframe " + iso(k.at) + " comes after a later one (" +
                          iso(previous->at) + ")",
                      "list the camera keyframes in date order");
            } else if (s_.timeline.dates_read &&
                       (k.at < s_.timeline.start || k.at > s_.timeline.end)) {
                warning(k.pos,
                        "camera keyframe " + iso(k.at) + " lies outside the timeline (" +
                            iso(s_.timeline.start) + " .. " + iso(s_.timeline.end) + ")",
                        "frames only reach it part of the way; move it inside the timeline");
            }
            previous = &k;
        }
    }

    /// An instant as the scenario's clock reads it, as its dates are written.
    [[nodiscard]] std::string iso(Instant t) const {
        return format_local_iso(t, s_.timeline.utc_offset);
    }

    Scenario& s_;
    std::vector<Diagnostic>& out_;
    const ScenarioLimits& limits_;
    static constexpr double min_extent_degrees = 0.01;
    bool extent_valid_ = false;  ///< the map extent was read and has an area
    std::unordered_map<std::string, const Place*> places_;
    std::unordered_set<std::string> sources_;
    std::vector<std::string> place_ids_;
    std::vector<std::string> source_ids_;
};

}  // namespace

void validate_scenario(Scenario& s, std::vector<Diagnostic>& out, const ScenarioLimits& limits) {
    Validator(s, out, limits).run();
}

}  // namespace gt
