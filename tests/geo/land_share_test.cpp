#include "geo/land_share.hpp"

#include <gtest/gtest.h>

#include "cli/app.hpp"

namespace gt {

TEST(LandShare, TellsASeaCrossingFromAJourneyOverLand) {
    const auto basemap = default_paths().basemap;
    // Helsinki to Tallinn: the Gulf of Finland. Busan to Fukuoka: the Korea Strait.
    EXPECT_LT(land_share(basemap, {24.94, 60.17}, {24.75, 59.44}), 0.1);
    EXPECT_LT(land_share(basemap, {129.04, 35.10}, {130.40, 33.59}), 0.2);
    // Paris to Berlin, Moscow to Kazan: land all the way.
    EXPECT_GT(land_share(basemap, {2.35, 48.85}, {13.41, 52.52}), 0.95);
    EXPECT_GT(land_share(basemap, {37.62, 55.75}, {49.12, 55.79}), 0.95);
    // Across the Caspian Sea's widest part (a lake in Natural Earth's land, as a hole in it).
    EXPECT_LT(land_share(basemap, {49.87, 40.41}, {52.97, 40.02}), 0.2);
}

}  // namespace gt
