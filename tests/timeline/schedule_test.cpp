#include "timeline/schedule.hpp"

#include <gtest/gtest.h>

namespace gt {

namespace {
TimelineSpec span(const char* start, const char* end) {
    TimelineSpec t;
    t.start = *parse_instant(start);
    t.end = *parse_instant(end);
    return t;
}
}  // namespace

TEST(FrameTimes, StepsFromStartAndIncludesTheEnd) {
    TimelineSpec t = span("2024-10-08", "2024-10-09");
    t.step = Seconds{6 * 3600};
    const auto times = frame_times(t);
    ASSERT_EQ(times.size(), 5U);
    EXPECT_EQ(frame_count(t), 5);
    EXPECT_EQ(format_iso(times[1]), "2024-10-08T06:00:00Z");
    EXPECT_EQ(format_iso(times.back()), "2024-10-09T00:00:00Z");
}

TEST(FrameTimes, AddsTheEndWhenTheStepDoesNotDivideTheSpan) {
    TimelineSpec t = span("2024-10-08", "2024-10-08T10:00Z");
    t.step = Seconds{4 * 3600};
    const auto times = frame_times(t);
    ASSERT_EQ(times.size(), 4U);  // 00, 04, 08, 10
    EXPECT_EQ(format_iso(times[3]), "2024-10-08T10:00:00Z");
}

TEST(FrameTimes, EveryFrameAtMidnightInTheTimelinesOffset) {
    TimelineSpec t = span("1864-11-15", "1864-12-21");
    EXPECT_TRUE(every_frame_at_midnight(t));  // a day by default, long before 1970
    t.step = Seconds{2 * 86400};
    EXPECT_TRUE(every_frame_at_midnight(t));
    t.step = Seconds{6 * 3600};
    EXPECT_FALSE(every_frame_at_midnight(t));
    t.step.reset();
    t.frames = 37;  // 36 days apart: a day each
    EXPECT_TRUE(every_frame_at_midnight(t));
    t.frames = 73;  // half days
    EXPECT_FALSE(every_frame_at_midnight(t));
    // Midnight in Tokyo is 15:00 UTC.
    TimelineSpec tokyo = span("2025-03-01T15:00Z", "2025-03-06T15:00Z");
    EXPECT_FALSE(every_frame_at_midnight(tokyo));
    tokyo.utc_offset = Seconds{9 * 3600};
    EXPECT_TRUE(every_frame_at_midnight(tokyo));
}

TEST(MomentFormat, GivesTheTimeOfDayOnlyForMomentsGivenOne) {
    TimelineSpec t = span("2024-10-08", "2024-10-09");
    EXPECT_EQ(moment_format(t, *parse_instant("2024-10-08")), "%-d %b");
    EXPECT_EQ(moment_format(t, *parse_instant("2024-10-08T14:30Z")), "%-d %b %H:%M");
    EXPECT_EQ(
        format_label(*parse_instant("2024-10-08T14:30Z"),
                     moment_format(t, *parse_instant("2024-10-08T14:30Z")), t.utc_offset, "en"),
        "8 Oct 14:30");
    // Midnight is the timeline's: in +09:00, 15:00 UTC is the next day's midnight.
    t.utc_offset = Seconds{9 * 3600};
    EXPECT_EQ(moment_format(t, *parse_instant("2024-10-08T15:00Z")), "%-d %b");
    // A date alone, read in the offset as a scenario's is, stays a date.
    EXPECT_EQ(moment_format(t, *parse_local_instant("2024-10-08", t.utc_offset)), "%-d %b");
    EXPECT_EQ(moment_format(t, *parse_instant("2024-10-08T00:00Z")), "%-d %b %H:%M");
    EXPECT_EQ(moment_format(t, *parse_instant("2024-10-08T14:30Z")), "%-d %b %H:%M");
    t.utc_offset = Seconds{-5 * 3600};
    const Instant day = *parse_local_instant("2024-10-08", t.utc_offset);
    EXPECT_EQ(moment_format(t, day), "%-d %b");
    EXPECT_EQ(format_label(day, moment_format(t, day), t.utc_offset, "en"), "8 Oct");
    // Without a clock under the date, a time names its offset.
    t.time_format.clear();
    EXPECT_EQ(moment_format(t, *parse_instant("2024-10-08T14:30Z")), "%-d %b %H:%M UTC-5");
    // Before 1970 too (Napoleon's 1812 campaign).
    t.utc_offset = Seconds{0};
    EXPECT_EQ(moment_format(t, *parse_instant("1812-06-24")), "%-d %b");
    EXPECT_EQ(moment_format(t, *parse_instant("1812-06-24T05:00Z")), "%-d %b %H:%M UTC");
}

TEST(FrameTimes, FrameCountSpreadsFramesEvenly) {
    TimelineSpec t = span("2024-10-08", "2024-10-10");
    t.frames = 5;
    const auto times = frame_times(t);
    ASSERT_EQ(times.size(), 5U);
    EXPECT_EQ(format_iso(times[2]), "2024-10-09T00:00:00Z");
    EXPECT_EQ(format_iso(times[4]), "2024-10-10T00:00:00Z");
}

TEST(Progress, LinearAndEasedProgressAreClampedAndSymmetric) {
    const Instant a = *parse_instant("2024-10-08");
    const Instant b = *parse_instant("2024-10-13");
    EXPECT_DOUBLE_EQ(linear_progress(a, b, a - Seconds{1}), 0);
    EXPECT_DOUBLE_EQ(linear_progress(a, b, b + Seconds{1}), 1);
    EXPECT_DOUBLE_EQ(linear_progress(a, b, *parse_instant("2024-10-09")), 0.2);
    EXPECT_DOUBLE_EQ(ease_in_out(0.5), 0.5);
    EXPECT_LT(ease_in_out(0.2), 0.2);  // slow start
    EXPECT_GT(ease_in_out(0.8), 0.8);  // slow arrival
    EXPECT_NEAR(ease_in_out(0.3) + ease_in_out(0.7), 1.0, 1e-12);
}

TEST(Progress, EventPhasesFollowTheDates) {
    Event e;
    e.start = *parse_instant("2024-10-13");
    e.end = e.start;
    EXPECT_EQ(event_phase(e, *parse_instant("2024-10-12T23:00Z")), EventPhase::hidden);
    EXPECT_EQ(event_phase(e, *parse_instant("2024-10-13T12:00Z")), EventPhase::active);
    EXPECT_EQ(event_phase(e, *parse_instant("2024-10-14T00:00Z")), EventPhase::past);
}

TEST(TimedProgress, FollowsTheTimesNotTheDistance) {
    // Three samples: the first leg covers 90% of the length in 1 hour, the second 10% in 9.
    const std::vector<Instant> times{*parse_instant("2025-03-01T00:00Z"),
                                     *parse_instant("2025-03-01T01:00Z"),
                                     *parse_instant("2025-03-01T10:00Z")};
    const std::vector<double> fractions{0.0, 0.9, 1.0};
    EXPECT_DOUBLE_EQ(timed_progress(times, fractions, *parse_instant("2025-03-01T00:30Z")), 0.45);
    EXPECT_DOUBLE_EQ(timed_progress(times, fractions, *parse_instant("2025-03-01T01:00Z")), 0.9);
    EXPECT_NEAR(timed_progress(times, fractions, *parse_instant("2025-03-01T05:30Z")), 0.95, 1e-12);
    // Before the first and after the last sample it stays at the ends.
    EXPECT_DOUBLE_EQ(timed_progress(times, fractions, *parse_instant("2025-02-28")), 0.0);
    EXPECT_DOUBLE_EQ(timed_progress(times, fractions, *parse_instant("2025-03-02")), 1.0);
}

TEST(TimedProgress, StaysPutWhileTheSamplesReportTheSamePlace) {
    // In port from 06:00 to 18:00: samples at the same fraction of the path.
    const std::vector<Instant> times{
        *parse_instant("2025-03-01T00:00Z"), *parse_instant("2025-03-01T06:00Z"),
        *parse_instant("2025-03-01T12:00Z"), *parse_instant("2025-03-01T18:00Z"),
        *parse_instant("2025-03-02T00:00Z")};
    const std::vector<double> fractions{0.0, 0.4, 0.4, 0.4, 1.0};
    for (const char* t :
         {"2025-03-01T06:00Z", "2025-03-01T09:00Z", "2025-03-01T15:59Z", "2025-03-01T18:00Z"}) {
        EXPECT_DOUBLE_EQ(timed_progress(times, fractions, *parse_instant(t)), 0.4) << t;
    }
    EXPECT_GT(timed_progress(times, fractions, *parse_instant("2025-03-01T19:00Z")), 0.4);
    EXPECT_LT(timed_progress(times, fractions, *parse_instant("2025-03-01T05:00Z")), 0.4);
}

TEST(StoryMoments, EventStartsAndMovementStartsAndEndsInOrderEachOnce) {
    Scenario sc;
    Movement m;
    m.start = *parse_instant("2024-10-08");
    m.end = *parse_instant("2024-10-13");
    sc.movements = {m, m};
    Event e;
    e.start = *parse_instant("2024-10-11");
    e.end = *parse_instant("2024-10-18");  // an event's end is not a moment: it fades
    Event same_day;
    same_day.start = m.end;
    sc.events = {e, same_day};
    EXPECT_EQ(story_moments(sc), (std::vector<Instant>{m.start, e.start, m.end}));
}

}  // namespace gt
