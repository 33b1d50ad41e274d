#pragma once
// Where a raster frame drew over its base layer. The next frame on the same surface copies the
// base layer back only there instead of over the whole frame (8 MB at 1080p, a fifth of a frame's
// drawing).
#include <cairo.h>

#include <vector>

#include "render/labels.hpp"

namespace gt {

/// The whole pixels `box` touches (widened outwards; kept to a range an int holds).
[[nodiscard]] cairo_rectangle_int_t whole_pixels(const Box& box);
/// Adds the rectangles of `region` to `cr`'s path (for a clip or a fill).
void add_region_to_path(cairo_t* cr, const cairo_region_t* region);

class Damage {
  public:
    Damage() : region_(cairo_region_create()) {}
    ~Damage() { cairo_region_destroy(region_); }
    Damage(const Damage&) = delete;
    Damage& operator=(const Damage&) = delete;

    /// Adds `box`, widened to whole pixels.
    void add(const Box& box);
    /// Adds what `other` holds.
    void add(const Damage& other);
    /// Something was drawn whose bounds are not known: the whole frame counts as drawn over.
    void add_everything() { everything_ = true; }
    /// Forgets all that was added.
    void clear();
    /// Takes what `other` holds and leaves it empty.
    void take(Damage& other);

    [[nodiscard]] bool everything() const { return everything_; }
    /// The boxes added so far, merged (meaningless when everything()).
    [[nodiscard]] const cairo_region_t* region() const;

  private:
    /// Merges the boxes added since the last merge into region_, in one union: a union per box
    /// costs time in the number of boxes already merged, and a frame of many routes adds
    /// thousands.
    void merge() const;

    mutable cairo_region_t* region_;
    mutable std::vector<cairo_rectangle_int_t> added_;  ///< not yet in region_
    bool everything_ = false;
};

}  // namespace gt
