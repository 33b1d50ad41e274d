#pragma once
// Lakes and rivers on the basemap (GSHHG lakes, WDBII rivers): lakes filled like the sea,
// rivers stroked with a width that follows the map scale, only those that matter at it.
namespace gt {

struct DrawContext;

/// The WDBII level (1 major ... 4 minor permanent rivers) of the smallest rivers worth drawing
/// at `metres_per_pixel`: the finer the map, the more rivers.
[[nodiscard]] int river_level_limit(double metres_per_pixel);

/// A river's stroke width in style units (before the layout's scale): wider for a major river,
/// and wider as the map gets closer, where a river is wide on the ground.
[[nodiscard]] double river_width(int level, double metres_per_pixel);

/// Fills the view's lakes with the sea colour, with a coastline, and strokes its rivers.
void draw_water(const DrawContext& dc);

}  // namespace gt
