#pragma once
// The memory one render may take, checked before any frame or surface is allocated: a frame too
// big for the budget is refused at the scenario's `size`, and fewer frames are drawn at once when
// `--jobs` of them would not fit.
#include <cstdint>
#include <string>

#include "scenario/model.hpp"

namespace gt {

/// Bytes a render may take unless `--memory` says otherwise: 1 GiB.
inline constexpr std::uint64_t default_memory_budget = 1ULL << 30U;

/// What a render of frames `width` x `height` pixels is expected to take: `fixed` whatever the
/// frame (program, basemap, fonts), `shared` once (the static layers of the views), `per_job`
/// for each frame drawn at the same time (its surfaces and the encoder's buffers).
struct RenderCost {
    std::uint64_t fixed = 0;
    std::uint64_t shared = 0;
    std::uint64_t per_job = 0;
};

/// The estimate for frames of `width` x `height` pixels, drawn as rasters (PNG) or not.
[[nodiscard]] RenderCost estimate_render_cost(std::uint64_t width, std::uint64_t height,
                                              bool raster);

/// How many of `jobs` frames may be drawn at once within `budget` bytes (at least 1).
/// @throws InputError at the scenario's `map.size` when even one frame does not fit: nothing has
/// been drawn or allocated yet.
[[nodiscard]] unsigned jobs_within_budget(const Scenario& scenario, double scale, bool raster,
                                          unsigned jobs, std::uint64_t budget);

/// Reads a `--memory` value: bytes with a unit, "512M", "2G", "1.5G" (K, M, G, T: powers of
/// 1024); a plain number is MiB. Returns 0 when `text` is not such a size.
[[nodiscard]] std::uint64_t parse_memory_size(const std::string& text);

/// "1024 MiB", "2.5 GiB"
[[nodiscard]] std::string memory_text(std::uint64_t bytes);

}  // namespace gt
