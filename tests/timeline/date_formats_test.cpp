#include "timeline/date_formats.hpp"

#include <gtest/gtest.h>

#include "timeline/time.hpp"

namespace gt {

TEST(DateFormats, EachLanguageWritesItsOwnOrderAndWords) {
    const Instant t = *parse_instant("2025-03-02");
    const auto long_date = [&](const std::string& locale) {
        return format_label(t, locale_date_format(locale, "dMMMMy").value_or("?"), Seconds{0},
                            locale);
    };
    EXPECT_EQ(long_date("ja"), "2025年3月2日");
    EXPECT_EQ(long_date("ko"), "2025년 3월 2일");
    EXPECT_EQ(long_date("de"), "2. März 2025");
    EXPECT_EQ(long_date("fr"), "2 mars 2025");
    EXPECT_EQ(long_date("ru"), "2 марта 2025\u202Fг.");  // a narrow no-break space
    const auto short_date = [&](const std::string& locale) {
        return format_label(t, locale_date_format(locale, "dMMM").value_or("?"), Seconds{0},
                            locale);
    };
    EXPECT_EQ(short_date("ja"), "3月2日");
    EXPECT_EQ(short_date("de"), "2. März");
}

TEST(DateFormats, IcuPatternsBecomeConversionsOrNothing) {
    EXPECT_EQ(conversions_of_icu_pattern("d. MMMM y"), "%-d. %B %Y");
    EXPECT_EQ(conversions_of_icu_pattern("y'年'M'月'd'日'"), "%Y年%-m月%-d日");
    EXPECT_EQ(conversions_of_icu_pattern("dd/MM/yy 'at' '100%'"), "%d/%m/%y at 100%%");
    EXPECT_EQ(conversions_of_icu_pattern("EEEE, d MMM"), "%A, %-d %b");
    EXPECT_EQ(conversions_of_icu_pattern("h 'o''clock'"), std::nullopt);  // h: no conversion
    EXPECT_EQ(conversions_of_icu_pattern("d 'o''clock' y"), "%-d o'clock %Y");
    EXPECT_EQ(conversions_of_icu_pattern("d MMMM y G"), std::nullopt);  // an era
}

}  // namespace gt
