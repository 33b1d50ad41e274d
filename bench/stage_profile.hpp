#pragma once
// In-process measurements: the time of each stage of a render on one thread (load and project,
// static layers, per-frame drawing, encoding), the PNG encoders compared on the same frames, and
// the encode-only floor on any number of threads.
#include <filesystem>
#include <nlohmann/json.hpp>

#include "output/png_encoder.hpp"

namespace gt::bench {

struct ProfileOptions {
    std::filesystem::path scenario;
    std::filesystem::path scratch;        ///< emptied and used for encoded files
    unsigned threads = 1;                 ///< parallel_encode_floor's threads
    std::size_t alternative_stride = 10;  ///< alternatives encode every n-th frame
};

/// @returns {"stages_s": ..., "encoders": [...], ...}.
[[nodiscard]] nlohmann::json profile_stages(const ProfileOptions& options);

/// Seconds to encode and write the scenario's frames as PNG on `options.threads` threads with
/// the program's encoder (its settings unless given): the frames are drawn into memory first,
/// in batches, untimed. Each thread's encoder takes every threads-th frame in turn, as a
/// render's workers do, so it reuses unchanged bands as they do.
[[nodiscard]] double parallel_encode_floor(const ProfileOptions& options,
                                           const PngSettings& settings = {});

}  // namespace gt::bench
