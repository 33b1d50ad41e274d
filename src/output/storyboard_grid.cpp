#include "output/storyboard_grid.hpp"

#include <algorithm>

namespace gt {

StoryboardGrid storyboard_grid(int count, double height_per_width, const PixelRect& area,
                               double gap, double caption_height) {
    StoryboardGrid best;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        const double by_width = (area.width - gap * (columns - 1)) / columns;
        const double by_height =
            ((area.height - gap * (rows - 1)) / rows - caption_height) / height_per_width;
        const double width = std::max(0.0, std::min(by_width, by_height));
        if (width > best.frame_width) {
            best.columns = columns;
            best.rows = rows;
            best.frame_width = width;
        }
    }
    best.frame_height = best.frame_width * height_per_width;
    best.step_x = best.frame_width + gap;
    best.step_y = best.frame_height + caption_height + gap;
    const double used_width = best.columns * best.step_x - gap;
    const double used_height = best.rows * best.step_y - gap;
    best.left = area.x + (area.width - used_width) / 2;
    best.top = area.y + (area.height - used_height) / 2;
    return best;
}

}  // namespace gt
