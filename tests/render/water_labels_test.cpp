#include "render/water_labels.hpp"

#include <gtest/gtest.h>

#include "render/water_layer.hpp"

namespace gt {
namespace {

TEST(WaterLabels, ANameGrowsWithTheBodysAreaOnTheMap) {
    // The Sea of Japan at the default map's scale against the Korea Strait at it.
    const double sea = water_name_size(978000, 800, 1);
    const double strait = water_name_size(50000, 800, 1);
    EXPECT_GT(sea, strait);
    EXPECT_LE(sea, 24);
    EXPECT_GE(strait, 10.5);
    // The same strait on a world map is too small to name.
    EXPECT_EQ(water_name_size(50000, 20000, 1), 0);
    // Lake Khanka on the default map: named as a lake, though a sea that small would not be.
    EXPECT_EQ(water_name_size(4070, 1150, 1), 0);
    EXPECT_GE(water_name_size(4070, 1150, 1, 20), 10.5);
}

TEST(WaterLayer, MoreAndWiderRiversAsTheMapGetsCloser) {
    EXPECT_EQ(river_level_limit(20000), 1);
    EXPECT_EQ(river_level_limit(1000), 2);
    EXPECT_EQ(river_level_limit(20), 4);
    EXPECT_GT(river_width(1, 20), river_width(1, 1000));
    EXPECT_GT(river_width(1, 1000), river_width(3, 1000));
}

}  // namespace
}  // namespace gt
