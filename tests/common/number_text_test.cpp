#include "common/number_text.hpp"

#include <gtest/gtest.h>

namespace gt {

TEST(LocaleNumber, GroupsDigitsAsTheLocaleWritesThem) {
    EXPECT_EQ(locale_number(1200, "en"), "1,200");
    EXPECT_EQ(locale_number(1200, "de"), "1.200");
    EXPECT_EQ(locale_number(1200, "id"), "1.200");
    EXPECT_EQ(locale_number(1200, "fr"), "1\u202f200");  // a narrow no-break space
    EXPECT_EQ(locale_number(1200, "ru"), "1\u00a0200");  // a no-break space
    // Spanish groups only from five digits on.
    EXPECT_EQ(locale_number(1200, "es"), "1200");
    EXPECT_EQ(locale_number(12000, "es"), "12.000");
    EXPECT_EQ(locale_number(-3500000, "en"), "-3,500,000");
    EXPECT_EQ(locale_number(7, "ko"), "7");
}

TEST(NumberText, WritesNumbersWithoutTrailingZeros) {
    EXPECT_EQ(number_text(0.1), "0.1");
    EXPECT_EQ(number_text(126.5), "126.5");
    EXPECT_EQ(count_text(1, "frame", "frames"), "1 frame");
    EXPECT_EQ(count_text(2, "frame", "frames"), "2 frames");
}

}  // namespace gt
