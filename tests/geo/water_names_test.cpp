#include "geo/water_names.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "common/error.hpp"

namespace gt {
namespace {

TEST(WaterNames, ParsesARowWithItsNamesAndPoints) {
    const auto rows = parse_water_names(
        "# comment\nsea\tYellow Sea\t380000\tpoints\t123.5 35.5;124.8 37.3\tru=Жёлтое "
        "море|ko=황해\n");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].kind, WaterName::Kind::sea);
    EXPECT_EQ(rows[0].size, 380000);
    ASSERT_EQ(rows[0].points.size(), 2u);
    EXPECT_DOUBLE_EQ(rows[0].points[1].lat, 37.3);
    EXPECT_EQ(rows[0].in("ru"), "Жёлтое море");
    EXPECT_EQ(rows[0].in("de"), "Yellow Sea");
}

TEST(WaterNames, AMalformedRowNamesItsLine) {
    try {
        (void)parse_water_names("# c\nsea\tX\tlots\tpoints\t1 2\t\n");
        FAIL() << "no error";
    } catch (const RuntimeError& e) {
        EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
    }
}

TEST(WaterNames, TheCommittedTableHoldsTheSeasAndRiversOfTheScenarios) {
    const auto& table = water_names();
    for (const char* name : {"Sea of Japan (East Sea)",
                             "Sea of Okhotsk",
                             "Yellow Sea",
                             "Korea Strait",
                             "Tatar Strait",
                             "Peter the Great Gulf",
                             "English Channel",
                             "North Sea",
                             "Baltic Sea",
                             "Barents Sea",
                             "Atlantic Ocean",
                             "Pacific Ocean",
                             "Amur",
                             "Ussuri",
                             "Tumen",
                             "Berezina",
                             "Niemen",
                             "Dnieper",
                             "Volga",
                             "Rhine",
                             "Seine",
                             "Thames",
                             "Lake Khanka (Xingkai)",
                             "Lake Baikal",
                             "Lake Ladoga"}) {
        EXPECT_TRUE(std::any_of(table.begin(), table.end(), [&](const WaterName& w) {
            return w.name == name;
        })) << name;
    }
}

}  // namespace
}  // namespace gt
