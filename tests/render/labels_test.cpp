#include "render/labels.hpp"

#include <gtest/gtest.h>

namespace gt {

TEST(LabelPlacer, PrefersTheRightSideThenAvoidsCollisions) {
    LabelPlacer placer({0, 0, 1000, 1000});
    const auto first = placer.place({500, 500}, 100, 20, 10, true);
    ASSERT_TRUE(first);
    EXPECT_DOUBLE_EQ(first->x, 510);
    EXPECT_DOUBLE_EQ(first->y, 490);
    const auto second = placer.place({500, 500}, 100, 20, 10, true);
    ASSERT_TRUE(second);
    EXPECT_DOUBLE_EQ(second->x, 390);  // left of the anchor
}

TEST(LabelPlacer, StaysInsideTheCanvas) {
    LabelPlacer placer({0, 0, 300, 300});
    const auto at = placer.place({290, 150}, 100, 20, 10, true);
    ASSERT_TRUE(at);
    EXPECT_LE(at->x + 100, 300);
}

TEST(LabelPlacer, DenseLabelsNeverOverlap) {
    LabelPlacer placer({0, 0, 1920, 1080});
    int placed = 0;
    for (int i = 0; i < 50; ++i) {
        const XY anchor{300 + (i % 10) * 130.0, 300 + (i / 10) * 90.0};
        if (placer.place(anchor, 110, 22, 8, false)) ++placed;
    }
    EXPECT_GE(placed, 45);
    const auto& boxes = placer.taken();
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            EXPECT_FALSE(boxes[i].overlaps(boxes[j])) << i << " " << j;
        }
    }
}

TEST(LabelPlacer, OptionalLabelIsDroppedWhenNoCandidateIsFree) {
    LabelPlacer placer({0, 0, 100, 100});
    placer.block({0, 0, 100, 100});
    EXPECT_FALSE(placer.place({50, 50}, 20, 10, 5, false));
}

}  // namespace gt
