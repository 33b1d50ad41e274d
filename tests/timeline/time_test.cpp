#include "timeline/time.hpp"

#include <gtest/gtest.h>

namespace gt {

TEST(ParseInstant, DateAloneIsMidnightUtc) {
    auto t = parse_instant("2024-10-08");
    ASSERT_TRUE(t);
    EXPECT_EQ(format_iso(*t), "2024-10-08T00:00:00Z");
}

TEST(ParseInstant, AcceptsTimesWithAndWithoutSecondsAndZone) {
    EXPECT_EQ(format_iso(*parse_instant("2024-10-08T06:30")), "2024-10-08T06:30:00Z");
    EXPECT_EQ(format_iso(*parse_instant("2024-10-08T06:30:15Z")), "2024-10-08T06:30:15Z");
    EXPECT_EQ(format_iso(*parse_instant("2024-10-08 06:30")), "2024-10-08T06:30:00Z");
}

TEST(ParseInstant, AppliesTheUtcOffset) {
    EXPECT_EQ(format_iso(*parse_instant("2024-10-08T15:00+09:00")), "2024-10-08T06:00:00Z");
    EXPECT_EQ(format_iso(*parse_instant("2024-10-08T01:00-05:00")), "2024-10-08T06:00:00Z");
}

TEST(ParseLocalInstant, ReadsWhatNamesNoOffsetInTheGivenOne) {
    const Seconds tokyo{9 * 3600};
    EXPECT_EQ(format_iso(*parse_local_instant("2024-10-08", tokyo)), "2024-10-07T15:00:00Z");
    EXPECT_EQ(format_iso(*parse_local_instant("2024-10-08T06:00", tokyo)), "2024-10-07T21:00:00Z");
    EXPECT_EQ(format_iso(*parse_local_instant("2024-10-08 06:00:30", -tokyo)),
              "2024-10-08T15:00:30Z");
    // Z or an offset of its own wins.
    EXPECT_EQ(format_iso(*parse_local_instant("2024-10-08T06:00Z", tokyo)), "2024-10-08T06:00:00Z");
    EXPECT_EQ(format_iso(*parse_local_instant("2024-10-08T06:00-02:00", tokyo)),
              "2024-10-08T08:00:00Z");
    EXPECT_FALSE(parse_local_instant("2024-13-08", tokyo));
}

TEST(FormatLocalIso, WritesTheClockTimeAndItsOffset) {
    const Instant t = *parse_instant("2024-10-08T06:00Z");
    EXPECT_EQ(format_local_iso(t, Seconds{0}), "2024-10-08T06:00:00Z");
    EXPECT_EQ(format_local_iso(t, Seconds{9 * 3600}), "2024-10-08T15:00:00+09:00");
    EXPECT_EQ(format_local_iso(t, -Seconds{5 * 3600 + 1800}), "2024-10-08T00:30:00-05:30");
    // It reads back as the same instant.
    EXPECT_EQ(*parse_instant(format_local_iso(t, -Seconds{5 * 3600 + 1800})), t);
}

TEST(ParseInstant, RejectsMalformedDates) {
    for (const char* bad : {"", "2024", "2024-1-8", "2024-13-01", "2024-02-30", "08/10/2024",
                            "2024-10-08T25:00", "2024-10-08T06:00Zjunk", "yesterday"}) {
        EXPECT_FALSE(parse_instant(bad)) << bad;
    }
}

TEST(ParseInstant, MalformedTimesNeverReachDateParse) {
    // Found by fuzzing: date::parse computed with NaN seconds on these (UBSan).
    for (const char* bad : {"2024-10-05 e,d m:osea", "2024-10-05T06:00:nan", "2024-10-05T06:00:.5",
                            "2024-10-05T06:00:1e9", "2024-10-05T6:00", "2024-10-05T06:00+9",
                            "2024-10-08T15:00+0900", "2024-10-01T25:00Z"}) {
        EXPECT_FALSE(parse_instant(bad)) << bad;
    }
    EXPECT_EQ(format_iso(*parse_instant("2024-10-08 15:00:30Z")), "2024-10-08T15:00:30Z");
    EXPECT_EQ(format_iso(*parse_instant("2024-10-08T15:00:30-01:00")), "2024-10-08T16:00:30Z");
}

TEST(ParseUtcOffset, ReadsSignedHoursAndMinutes) {
    EXPECT_EQ(parse_utc_offset("+09:00")->count(), 9 * 3600);
    EXPECT_EQ(parse_utc_offset("-05:30")->count(), -(5 * 3600 + 1800));
    EXPECT_EQ(parse_utc_offset("+0000")->count(), 0);
    for (const char* bad : {"", "09:00", "+9:00", "+15:00", "+09:60", "+09-00", "nine hours"}) {
        EXPECT_FALSE(parse_utc_offset(bad)) << bad;
    }
}

TEST(UtcOffsetLabel, NamesTheOffsetAsNewsroomsWriteIt) {
    EXPECT_EQ(utc_offset_label(Seconds{0}), "UTC");
    EXPECT_EQ(utc_offset_label(Seconds{9 * 3600}), "UTC+9");
    EXPECT_EQ(utc_offset_label(Seconds{-3 * 3600}), "UTC-3");
    EXPECT_EQ(utc_offset_label(*parse_utc_offset("+05:30")), "UTC+5:30");
    EXPECT_EQ(utc_offset_label(*parse_utc_offset("+05:45")), "UTC+5:45");
    EXPECT_EQ(utc_offset_label(*parse_utc_offset("-09:30")), "UTC-9:30");
    EXPECT_EQ(utc_offset_label(*parse_utc_offset("+14:00")), "UTC+14");
}

TEST(ParseDuration, ReadsUnitsAndSums) {
    EXPECT_EQ(parse_duration("6h")->count(), 6 * 3600);
    EXPECT_EQ(parse_duration("1d")->count(), 86400);
    EXPECT_EQ(parse_duration("30m")->count(), 1800);
    EXPECT_EQ(parse_duration("1w")->count(), 7 * 86400);
    EXPECT_EQ(parse_duration("1d12h")->count(), 36 * 3600);
}

TEST(ParseDuration, RejectsZeroNegativeAndUnknownUnits) {
    for (const char* bad : {"", "0h", "-6h", "6", "h", "6y", "6 h", "99999999999d"}) {
        EXPECT_FALSE(parse_duration(bad)) << bad;
    }
}

TEST(ParseDuration, LongSumsCannotOverflow) {
    std::string sum;
    for (int i = 0; i < 200000; ++i) sum += "99999999w";  // each term alone is allowed
    EXPECT_FALSE(parse_duration(sum));
    EXPECT_FALSE(parse_duration("60000w"));
    EXPECT_EQ(parse_duration("52w")->count(), 52 * 7 * 86400);
}

TEST(FormatLabel, FormatsDayWithoutPaddingAndShiftsByOffset) {
    const Instant t = *parse_instant("2024-10-08T20:00Z");
    EXPECT_EQ(format_label(t, "%-d %B %Y"), "8 October 2024");
    EXPECT_EQ(format_label(t, "%-d %B %Y %H:%M", Seconds{10 * 3600}), "9 October 2024 06:00");
}

TEST(FormatLabel, MonthNamesComeFromTheLocale) {
    const Instant t = *parse_instant("2024-10-08T06:00Z");
    EXPECT_EQ(format_label(t, "%-d %B %Y", Seconds{0}, "id"), "8 Oktober 2024");
    EXPECT_EQ(format_label(t, "%-d %B %Y", Seconds{0}, "ru"), "8 октября 2024");
    EXPECT_EQ(format_label(t, "%Y년 %B %-d일", Seconds{0}, "ko"), "2024년 10월 8일");
    EXPECT_EQ(format_label(t, "%A %d.%m.%y %H:%M", Seconds{0}, "de"), "Dienstag 08.10.24 06:00");
    EXPECT_EQ(format_label(t, "100%% at %H:%M 'UTC'"), "100% at 06:00 'UTC'");
}

TEST(FormatLabel, KnowsWhichLocalesExist) {
    for (const char* ok : {"en", "id", "ko", "ru", "ko_KR", "fr"})
        EXPECT_TRUE(is_known_locale(ok)) << ok;
    for (const char* bad : {"xx", "", "klingon"}) EXPECT_FALSE(is_known_locale(bad)) << bad;
}

}  // namespace gt

namespace gt {

TEST(DateFormatter, GivesWhatFormatLabelGivesWithEachFormatKept) {
    DateFormatter id("id", Seconds{9 * 3600});
    const Instant t = *parse_instant("2024-10-08T20:00:00Z");  // the 9th in Seoul
    for (int pass = 0; pass < 2; ++pass) {
        EXPECT_EQ(id.format(t, "%-d %B %Y"), "9 Oktober 2024");
        EXPECT_EQ(id.format(t, "%H:%M"), "05:00");
        EXPECT_EQ(id.format(t, "%-d %B %Y"), format_label(t, "%-d %B %Y", Seconds{9 * 3600}, "id"));
    }
    EXPECT_EQ(id.format(t, ""), "");
    DateFormatter ko("ko", Seconds{0});
    EXPECT_EQ(ko.format(t, "%B"), format_label(t, "%B", Seconds{0}, "ko"));
}

}  // namespace gt

namespace gt {

TEST(UnsupportedConversion, FindsTheFirstConversionLabelsCannotShow) {
    EXPECT_EQ(unsupported_conversion("%-d %B %Y, %H:%M UTC"), std::nullopt);
    EXPECT_EQ(unsupported_conversion("100%% sure"), std::nullopt);
    EXPECT_EQ(unsupported_conversion("%d %Q %Y %Z"), "%Q");
    EXPECT_EQ(unsupported_conversion("%-q of %B"), "%-q");
    EXPECT_EQ(unsupported_conversion("%H:%M %"), "%");
    EXPECT_EQ(unsupported_conversion("%%%"), "%");
    EXPECT_NE(supported_conversions().find("%-d"), std::string::npos);
}

}  // namespace gt
