#include "timeline/schedule.hpp"

#include <algorithm>

namespace gt {

long frame_count(const TimelineSpec& t) {
    if (t.frames) return *t.frames;
    const auto span = (t.end - t.start).count();
    const auto step = t.step ? t.step->count() : 86400;
    const long whole_steps = span / step;
    return whole_steps + 1 + (span % step != 0 ? 1 : 0);
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

EventPhase event_phase(const Event& e, Instant t) {
    if (t < e.start) return EventPhase::hidden;
    const Instant active_until = std::max(e.end, e.start + Seconds{86400});
    return t < active_until ? EventPhase::active : EventPhase::past;
}

}  // namespace gt
