#pragma once
// Where a storyboard's frames go on its page: as large as the page allows, in a packed grid
// centred in the space between the title and the sources.
#include "geo/map_view.hpp"

namespace gt {

struct StoryboardGrid {
    int columns = 1;
    int rows = 1;
    double frame_width = 0;  ///< each frame, keeping its aspect
    double frame_height = 0;
    double left = 0;  ///< of the first frame
    double top = 0;
    double step_x = 0;  ///< from one column to the next: a frame and a gap
    double step_y = 0;  ///< from one row to the next: a frame, its caption and a gap

    /// Where frame `i` (0-based, row by row) goes.
    [[nodiscard]] PixelRect frame(int i) const {
        return {left + (i % columns) * step_x, top + (i / columns) * step_y, frame_width,
                frame_height};
    }
};

/// The grid of `count` frames, each `height_per_width` as tall as wide with a caption
/// `caption_height` tall under it, `gap` apart: of every number of columns, the one giving the
/// largest frames (the fewer columns of equals), packed and centred in `area`.
/// @pre count >= 1, and every size positive.
[[nodiscard]] StoryboardGrid storyboard_grid(int count, double height_per_width,
                                             const PixelRect& area, double gap,
                                             double caption_height);

}  // namespace gt
