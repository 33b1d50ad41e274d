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

TEST(LabelPlacer, KeepsClearOfOtherLabelsWhereThereIsRoomAndTouchesThemWhereNot) {
    LabelPlacer placer({0, 0, 1000, 1000}, 2);
    // A label ending 1 px left of where the next label's right-hand spot begins.
    ASSERT_TRUE(placer.try_box({611, 490, 700, 510}));
    const auto beside = placer.place({500, 500}, 100, 20, 10, false);
    ASSERT_TRUE(beside);
    EXPECT_DOUBLE_EQ(beside->x, 390) << "not the free spot on the other side, as near";
    // A symbol (a block) needs no clearance: right beside it is fine.
    LabelPlacer by_symbol({0, 0, 1000, 1000}, 2);
    by_symbol.block({611, 490, 620, 510});
    const auto next_to_symbol = by_symbol.place({500, 500}, 100, 20, 10, false);
    ASSERT_TRUE(next_to_symbol);
    EXPECT_DOUBLE_EQ(next_to_symbol->x, 510);
    // Hemmed in on every side but one spot that touches: touching beats being left out.
    LabelPlacer tight({490, 470, 611, 531}, 2);
    tight.try_box({490, 470, 611, 489});  // above, 1 px off
    tight.try_box({490, 511, 611, 531});  // below, 1 px off
    const auto touching = tight.place({500, 500}, 100, 20, 10, false);
    ASSERT_TRUE(touching);
    EXPECT_DOUBLE_EQ(touching->x, 510);
}

TEST(LabelPlacer, ALabelKeepsItsSideTouchingRatherThanMoveOffIt) {
    // A label that had the right-hand side keeps it, though it now touches a neighbour: a label
    // that changed sides whenever a gap shrank below the clearance would flicker.
    LabelPlacer placer({0, 0, 1000, 1000}, 2);
    ASSERT_TRUE(placer.try_box({611, 490, 700, 510}));
    const auto spot = placer.place_preferring({500, 500}, 100, 20, 10, 0);
    ASSERT_TRUE(spot);
    EXPECT_EQ(spot->side, 0);
    EXPECT_DOUBLE_EQ(spot->at.x, 510);
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

TEST(LabelPlacer, PlaceNearTakesOnlyTheNearestRing) {
    LabelPlacer placer({0, 0, 1000, 1000});
    // Everything within 60 px of the anchor is taken: place would go farther out, place_near not.
    placer.block({440, 440, 560, 560});
    EXPECT_FALSE(placer.place_near({500, 500}, 40, 10, 20).has_value());
    EXPECT_TRUE(placer.place({500, 500}, 40, 10, 20, false).has_value());
    LabelPlacer open({0, 0, 1000, 1000});
    const auto at = open.place_near({500, 500}, 40, 10, 20);
    ASSERT_TRUE(at.has_value());
    EXPECT_DOUBLE_EQ(at->x, 520);  // right of it, at the gap
    EXPECT_EQ(open.taken().size(), 1u);
}

TEST(LabelPlacer, PreferredSideIsTakenNearestFirstElseTheUsualOrder) {
    // Side 1 is "left of the anchor": a label that took it in one view keeps that side in the
    // next. Labels 10 px wide: the left side has room at each of its three distances.
    LabelPlacer placer({0, 0, 1000, 1000});
    std::vector<double> lefts;
    for (int k = 0; k < 3; ++k) {
        const auto left = placer.place_preferring({500, 500}, 10, 20, 10, 1);
        ASSERT_TRUE(left);
        EXPECT_EQ(left->side, 1);
        EXPECT_DOUBLE_EQ(left->at.y, 490);
        lefts.push_back(left->at.x);
    }
    // Nearest first: 1, 2.2 and 3.6 times the gap to the left of the anchor.
    EXPECT_EQ(lefts, (std::vector<double>{480, 468, 454}));
    // The left side full at every distance: the usual order, which starts on the right.
    const auto right = placer.place_preferring({500, 500}, 10, 20, 10, 1);
    ASSERT_TRUE(right);
    EXPECT_EQ(right->side, 0);
    EXPECT_DOUBLE_EQ(right->at.x, 510);
    // No preference (or one out of range) is place() without `required`, spot for spot.
    LabelPlacer a({0, 0, 1000, 1000}), b({0, 0, 1000, 1000});
    for (int i = 0; i < 40; ++i) {
        const XY anchor{200 + (i % 8) * 60.0, 200 + (i / 8) * 40.0};
        const auto plain = a.place(anchor, 90, 18, 6, false);
        const auto spot = b.place_preferring(anchor, 90, 18, 6,
                                             i % 2 == 0 ? std::nullopt : std::optional<int>{9});
        ASSERT_EQ(plain.has_value(), spot.has_value()) << i;
        if (plain) {
            EXPECT_DOUBLE_EQ(plain->x, spot->at.x) << i;
            EXPECT_DOUBLE_EQ(plain->y, spot->at.y) << i;
        }
    }
    EXPECT_EQ(a.taken().size(), b.taken().size());
}

}  // namespace gt
