#include "common/suggest.hpp"

#include <gtest/gtest.h>

namespace gt {

TEST(Suggest, FindsTheClosestCandidateForATypo) {
    EXPECT_EQ(closest_match("vladivostock", {"vladivostok", "ussuriysk", "khabarovsk"}),
              "vladivostok");
    EXPECT_EQ(closest_match("confimed", {"confirmed", "reported", "claimed"}), "confirmed");
}

TEST(Suggest, OffersNothingWhenNoCandidateIsClose) {
    EXPECT_EQ(closest_match("paris", {"vladivostok", "ussuriysk"}), "");
}

TEST(Suggest, HintListsAllowedValuesWhenNothingIsClose) {
    EXPECT_EQ(suggestion_hint("boat", {"sea", "land", "rail", "air"}),
              "expected one of: sea, land, rail, air");
    EXPECT_EQ(suggestion_hint("rial", {"sea", "land", "rail", "air"}), "did you mean 'rail'?");
}

}  // namespace gt
