#pragma once
// Frame instants of a timeline, and what each movement and event looks like at an instant.
#include <vector>

#include "scenario/model.hpp"

namespace gt {

/// Number of frames: one per step from start, plus the end itself; or `frames` spread evenly.
/// @pre t.end > t.start
[[nodiscard]] long frame_count(const TimelineSpec& t);

/// True when every frame falls on a midnight of the timeline's `utc_offset` (a daily or weekly
/// timeline): a time of day under its dates would say nothing.
/// @pre t.end > t.start
[[nodiscard]] bool every_frame_at_midnight(const TimelineSpec& t);

/// The instant of every frame, first to last (start and end included).
[[nodiscard]] std::vector<Instant> frame_times(const TimelineSpec& t);

/// Share of the span [start, end] elapsed at `t`, clamped to 0..1.
[[nodiscard]] double linear_progress(Instant start, Instant end, Instant t);

/// Ease-in-out (smoothstep): units accelerate from rest and slow down on arrival.
[[nodiscard]] double ease_in_out(double x);

/// Progress of a movement along its path at `t` (eased), 0 before start, 1 after end.
[[nodiscard]] double movement_progress(const Movement& m, Instant t);

/// Progress along a path whose points carry times (a track file): between the two samples that
/// bracket `t`, by time, so a unit that reported the same place for hours stays there.
/// `fractions[i]` is the share of the path's length at sample i. 0 before the first time, 1
/// after the last.
/// @pre times.size() == fractions.size() >= 2 and times strictly increase
[[nodiscard]] double timed_progress(const std::vector<Instant>& times,
                                    const std::vector<double>& fractions, Instant t);

/// When something happens, sorted, each once: every event's start and every movement's start
/// and end. Key frames of a storyboard go there first.
[[nodiscard]] std::vector<Instant> story_moments(const Scenario& scenario);

/// The format for when something at `at` happened, in event labels and statements: the day and
/// short month, and the hour and minute unless `at` falls on a midnight of the timeline's
/// utc_offset (as a date given without a time does). The date panel names the clock's offset;
/// on a map without one (time_format ""), the time names it: "26 May 18:57 UTC+1".
[[nodiscard]] std::string moment_format(const TimelineSpec& t, Instant at);

/// How an event shows at `t`: hidden before it starts, active during it (and for its first
/// day when it is a single date), shown as past afterwards.
enum class EventPhase { hidden, active, past };
[[nodiscard]] EventPhase event_phase(const Event& e, Instant t);

}  // namespace gt
