#include "timeline/schedule.hpp"

#include <algorithm>

#include "timeline/time.hpp"

namespace gt {

long frame_count(const TimelineSpec& t) {
    if (t.frames) return *t.frames;
    const auto span = (t.end - t.start).count();
    const auto step = t.step ? t.step->count() : 86400;
    const long whole_steps = span / step;
    return whole_steps + 1 + (span % step != 0 ? 1 : 0);
}

namespace {

constexpr long day = 86400;

bool at_local_midnight(const TimelineSpec& t, Instant at) {
    const long local = (at + t.utc_offset).time_since_epoch().count();
    return ((local % day) + day) % day == 0;
}

}  // namespace

std::string moment_format(const TimelineSpec& t, Instant at) {
    // A date given without a time is local midnight: it shows as a date.
    if (at_local_midnight(t, at)) return t.short_date_format;
    // With no clock under the date (a daily map), the time names its own offset.
    if (t.time_format.empty())
        return t.short_date_format + " %H:%M " + utc_offset_label(t.utc_offset);
    return t.short_date_format + " %H:%M";
}

bool every_frame_at_midnight(const TimelineSpec& t) {
    const auto at_midnight = [&](Instant at) { return at_local_midnight(t, at); };
    if (!at_midnight(t.start) || !at_midnight(t.end)) return false;
    if (t.frames) {
        const long gaps = *t.frames - 1;
        const long span = (t.end - t.start).count();
        return gaps == 0 || (span % gaps == 0 && (span / gaps) % day == 0);
    }
    return t.step.value_or(Seconds{day}).count() % day == 0;
}

std::vector<Instant> frame_times(const TimelineSpec& t) {
    const long n = frame_count(t);
    std::vector<Instant> times;
    times.reserve(static_cast<std::size_t>(n));
    if (t.frames) {
        const auto span = (t.end - t.start).count();
        for (long i = 0; i < n; ++i) {
            const auto offset = n == 1 ? 0 : span * i / (n - 1);
            times.push_back(t.start + Seconds{offset});
        }
        return times;
    }
    const Seconds step = t.step.value_or(Seconds{86400});
    for (Instant at = t.start; at < t.end; at += step) times.push_back(at);
    times.push_back(t.end);
    return times;
}

double linear_progress(Instant start, Instant end, Instant t) {
    if (t <= start) return 0;
    if (t >= end) return 1;
    return static_cast<double>((t - start).count()) / static_cast<double>((end - start).count());
}

double ease_in_out(double x) {
    x = std::clamp(x, 0.0, 1.0);
    return x * x * (3 - 2 * x);
}

double movement_progress(const Movement& m, Instant t) {
    return ease_in_out(linear_progress(m.start, m.end, t));
}

double timed_progress(const std::vector<Instant>& times, const std::vector<double>& fractions,
                      Instant t) {
    if (t <= times.front()) return fractions.front();
    if (t >= times.back()) return fractions.back();
    const auto after = std::upper_bound(times.begin(), times.end(), t);
    const auto i = static_cast<std::size_t>(after - times.begin());
    const double share = linear_progress(times[i - 1], times[i], t);
    return fractions[i - 1] + (fractions[i] - fractions[i - 1]) * share;
}

EventPhase event_phase(const Event& e, Instant t) {
    if (t < e.start) return EventPhase::hidden;
    const Instant active_until = std::max(e.end, e.start + Seconds{86400});
    return t < active_until ? EventPhase::active : EventPhase::past;
}

std::vector<Instant> story_moments(const Scenario& scenario) {
    std::vector<Instant> out;
    for (const Event& e : scenario.events) out.push_back(e.start);
    for (const Movement& m : scenario.movements) {
        out.push_back(m.start);
        out.push_back(m.end);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace gt
