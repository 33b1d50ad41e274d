#include "track/track_time.hpp"

#include <gtest/gtest.h>

namespace gt {

namespace {
std::string iso(std::string_view text) {
    const auto t = parse_track_time(text);
    return t ? format_iso(*t) : "none";
}
}  // namespace

TEST(TrackTime, ReadsIso8601AsScenariosWriteIt) {
    EXPECT_EQ(iso("2025-03-01T06:00:00Z"), "2025-03-01T06:00:00Z");
    EXPECT_EQ(iso("2025-03-01 06:00:00"), "2025-03-01T06:00:00Z");
    EXPECT_EQ(iso("2025-03-01T06:00+09:00"), "2025-02-28T21:00:00Z");
}

TEST(TrackTime, DropsFractionsOfASecond) {
    EXPECT_EQ(iso("2025-03-01T06:00:07.250Z"), "2025-03-01T06:00:07Z");
    EXPECT_EQ(iso("2025-03-01T06:00:07.9"), "2025-03-01T06:00:07Z");
}

TEST(TrackTime, ReadsUnixSeconds) {
    EXPECT_EQ(iso("1740808800"), "2025-03-01T06:00:00Z");
    EXPECT_EQ(iso("1740808800.75"), "2025-03-01T06:00:00Z");
}

TEST(TrackTime, RejectsAnythingElse) {
    for (const char* text : {"", "soon", "2025-13-01", "2025-03-01T25:00", "17408O8800",
                             "1740808800.x", "1234567890123", "-1740808800", "1e9"}) {
        EXPECT_EQ(iso(text), "none") << text;
    }
}

}  // namespace gt
