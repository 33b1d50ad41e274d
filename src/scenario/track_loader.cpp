#include "scenario/track_loader.hpp"

#include <algorithm>

#include "timeline/time.hpp"
#include "track/track.hpp"

namespace gt {

namespace {

class TrackLoader {
  public:
    /// @param utc_offset the timeline's: the scenario's dates are read in it, a track's are UTC
    TrackLoader(std::vector<Diagnostic>& out, const ScenarioLimits& limits, Seconds utc_offset)
        : out_(out), limits_(limits), utc_offset_(utc_offset) {}

    void load(Movement& m, const std::filesystem::path& folder) {
        const TrackSpec& spec = *m.track;
        const std::string owner = "movement '" + m.id + "'";
        const std::size_t budget =
            limits_.max_track_points_total - std::min(used_points_, limits_.max_track_points_total);
        if (budget < 2) {
            error(spec.pos,
                  "the tracks hold more than " + std::to_string(limits_.max_track_points_total) +
                      " positions together, the limit",
                  "thin the tracks (ogr2ogr -simplify) or split the scenario");
            return;
        }
        const bool budget_binds = budget < limits_.max_track_points;
        const TrackRequest request{folder / spec.file,
                                   spec.layer,
                                   spec.where,
                                   spec.columns,
                                   budget_binds ? budget : limits_.max_track_points,
                                   budget_binds
                                       ? "what is left of the limit for all tracks together (" +
                                             std::to_string(limits_.max_track_points_total) + ")"
                                       : std::string("the limit for one track"),
                                   limits_.max_track_file_bytes,
                                   folder.empty() ? std::filesystem::path(".") : folder};
        Track track;
        try {
            track = read_track(request);
        } catch (const InputError& e) {
            report(spec, e.diagnostics());
            return;
        }
        used_points_ += track.points.size();
        m.track_points = std::move(track.points);
        m.track_times = std::move(track.times);
        date(m, owner);
    }

  private:
    void error(const SourcePos& pos, std::string message, std::string hint) {
        out_.push_back({Diagnostic::Severity::error, pos, std::move(message), std::move(hint)});
    }

    /// Problems without a place in the file are told at the `track` key; those with one
    /// (CSV rows) follow a line there that counts them.
    void report(const TrackSpec& spec, const std::vector<Diagnostic>& problems) {
        const std::string file = "track file '" + spec.file + "'";
        const auto located = static_cast<std::size_t>(std::count_if(
            problems.begin(), problems.end(), [](const Diagnostic& d) { return d.pos.line > 0; }));
        if (located > 0) {
            error(spec.pos,
                  file + " has " + std::to_string(located) +
                      (located == 1 ? " problem" : " problems"),
                  "listed below at their line and column in " + problems.front().pos.file);
        }
        for (const Diagnostic& d : problems) {
            if (d.pos.line > 0)
                out_.push_back(d);
            else
                error(spec.pos, file + ": " + d.message, d.hint);
        }
    }

    void date(Movement& m, const std::string& owner) {
        const TrackSpec& spec = *m.track;
        if (m.track_times.empty()) {
            if (!spec.start || !spec.end) {
                // A date written but unreadable is reported already.
                const bool start_missing = !spec.start && spec.start_pos.line == 0;
                const bool end_missing = !spec.end && spec.end_pos.line == 0;
                if (!start_missing && !end_missing) return;
                error(spec.pos,
                      owner + " has no '" + (start_missing ? "start" : "end") +
                          "', and its track no times to take it from",
                      "give 'start' and 'end', or use a track with times (a CSV with a time "
                      "column, or GPX with 'layer: track_points')");
                return;
            }
            m.start = *spec.start;
            m.end = *spec.end;
            m.dates_read = true;
            return;
        }
        const Instant first = m.track_times.front();
        const Instant last = m.track_times.back();
        bool agree = true;
        if (spec.start && *spec.start != first) {
            agree = false;
            error(spec.start_pos,
                  owner + " starts " + format_local_iso(*spec.start, utc_offset_) +
                      " but its track's first time is " + track_time(first),
                  "leave 'start' out to take the track's, or correct it (a time written without Z "
                  "is in the timeline's utc_offset)");
        }
        if (spec.end && *spec.end != last) {
            agree = false;
            error(spec.end_pos,
                  owner + " ends " + format_local_iso(*spec.end, utc_offset_) +
                      " but its track's last time is " + track_time(last),
                  "leave 'end' out to take the track's, or correct it (a time written without Z "
                  "is in the timeline's utc_offset)");
        }
        m.start = first;
        m.end = last;
        m.dates_read = agree;
    }

    /// "2025-03-01T15:00:00+09:00", with the track's own "(2025-03-01T06:00:00Z)" when the
    /// offset is not UTC's: a time written without Z is read in the offset, a track's in UTC.
    [[nodiscard]] std::string track_time(Instant t) const {
        const std::string local = format_local_iso(t, utc_offset_);
        return utc_offset_.count() == 0 ? local : local + " (" + format_iso(t) + ")";
    }

    std::vector<Diagnostic>& out_;
    const ScenarioLimits& limits_;
    Seconds utc_offset_;
    std::size_t used_points_ = 0;
};

}  // namespace

void load_tracks(Scenario& s, const std::filesystem::path& scenario_folder,
                 std::vector<Diagnostic>& out, const ScenarioLimits& limits) {
    TrackLoader loader(out, limits, s.timeline.utc_offset);
    for (Movement& m : s.movements) {
        if (m.track) loader.load(m, scenario_folder);
    }
}

}  // namespace gt
