#pragma once
// How big a scenario may get before it is rejected. The limits protect memory, time and disk
// from hostile or mistaken input; real scenarios stay far below every one of them.
#include <cstddef>

namespace gt {

struct ScenarioLimits {
    std::size_t max_file_bytes = 2U * 1024U * 1024U;  ///< yaml-cpp reads ~1 MB/s
    int max_nesting = 64;                             ///< lists and mappings inside each other
    std::size_t max_scalar_bytes = 64U * 1024U;
    long max_values = 500'000;         ///< every value, with aliases expanded
    std::size_t max_entries = 10'000;  ///< places, movements, events, sources, via points
    int max_pixels_per_side = 16384;
    long max_frames = 100000;
    /// More frames than this get a warning: 12.5 minutes of animation at 4 fps is more than a
    /// report shows, and most often a step in minutes ('30m') meant as hours or days.
    long many_frames = 3000;
    std::size_t max_errors = 100;  ///< reporting stops after this many problems
    /// Track files (`track:`): bytes of one file, positions of one track, positions of all tracks
    /// together. A day of AIS reports every 10 seconds is 8640 positions; a week of a GPS logger
    /// every second is 600000, so a track over the limit wants thinning (ogr2ogr -simplify).
    std::size_t max_track_file_bytes = 64U * 1024U * 1024U;
    std::size_t max_track_points = 200'000;
    std::size_t max_track_points_total = 1'000'000;
};

}  // namespace gt
