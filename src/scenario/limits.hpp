#pragma once
// How big a scenario may get before it is rejected. The limits protect memory, time and disk
// from hostile or mistaken input; real scenarios stay far below every one of them.
#include <cstddef>

namespace gt {

struct ScenarioLimits {
    std::size_t max_file_bytes = 2U * 1024U * 1024U;  ///< yaml-cpp reads ~1 MB/s
    int max_nesting = 64;  ///< lists and mappings inside each other
    std::size_t max_scalar_bytes = 64U * 1024U;
    long max_values = 500'000;       ///< every value, with aliases expanded
    std::size_t max_entries = 10'000;  ///< places, movements, events, sources, via points
    int max_pixels_per_side = 16384;
    long max_frames = 100000;
    std::size_t max_errors = 100;  ///< reporting stops after this many problems
};

}  // namespace gt
