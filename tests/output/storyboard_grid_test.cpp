#include "output/storyboard_grid.hpp"

#include <gtest/gtest.h>

namespace gt {

namespace {

// An A4 landscape page in points, less 10 mm margins, a title and a sources footer.
const PixelRect a4_area{28.35, 60, 785.2, 480};
constexpr double wide = 9.0 / 16;  // 1920x1080 frames
constexpr double gap = 11.3;
constexpr double caption = 13;

}  // namespace

TEST(StoryboardGrid, FramesFitTheAreaWithoutOverlapping) {
    for (int count = 1; count <= 24; ++count) {
        const StoryboardGrid g = storyboard_grid(count, wide, a4_area, gap, caption);
        EXPECT_GE(g.columns * g.rows, count) << count;
        EXPECT_LT((g.rows - 1) * g.columns, count) << count << ": a row is left empty";
        const PixelRect first = g.frame(0);
        const PixelRect last = g.frame(g.columns * g.rows - 1);
        EXPECT_GE(first.x, a4_area.x - 1e-9) << count;
        EXPECT_GE(first.y, a4_area.y - 1e-9) << count;
        EXPECT_LE(last.x + last.width, a4_area.x + a4_area.width + 1e-9) << count;
        EXPECT_LE(last.y + last.height + caption, a4_area.y + a4_area.height + 1e-9) << count;
        EXPECT_NEAR(g.frame_height, g.frame_width * wide, 1e-9);
        if (g.columns > 1) {
            EXPECT_NEAR(g.frame(1).x - (first.x + first.width), gap, 1e-9);
        }
        if (g.rows > 1) {
            EXPECT_NEAR(g.frame(g.columns).y - (first.y + first.height + caption), gap, 1e-9);
        }
    }
}

TEST(StoryboardGrid, TheGridIsCentredAndNoOtherColumnCountGivesLargerFrames) {
    const StoryboardGrid g = storyboard_grid(6, wide, a4_area, gap, caption);
    const PixelRect last = g.frame(5);
    const double left_space = g.frame(0).x - a4_area.x;
    const double right_space = a4_area.x + a4_area.width - (last.x + last.width);
    const double top_space = g.frame(0).y - a4_area.y;
    const double bottom_space = a4_area.y + a4_area.height - (last.y + last.height + caption);
    EXPECT_NEAR(left_space, right_space, 1e-9);
    EXPECT_NEAR(top_space, bottom_space, 1e-9);
    EXPECT_EQ(g.columns, 3);
    // The rows sit together: no more than a gap between a caption and the next row.
    EXPECT_NEAR(g.step_y, g.frame_height + caption + gap, 1e-9);
    // Four frames: two by two beats one row of four on a landscape page.
    EXPECT_EQ(storyboard_grid(4, wide, a4_area, gap, caption).columns, 2);
    // A tall area takes one column.
    EXPECT_EQ(storyboard_grid(3, wide, {0, 0, 400, 1200}, gap, caption).columns, 1);
}

}  // namespace gt
