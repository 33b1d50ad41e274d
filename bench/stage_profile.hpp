#pragma once
// In-process measurements on one thread: the time of each stage of a render (load and project,
// static layers, per-frame drawing, encoding), the encode-only floor, and the PNG encoders
// compared on the same frames.
#include <filesystem>
#include <nlohmann/json.hpp>

namespace gt::bench {

struct ProfileOptions {
    std::filesystem::path scenario;
    std::filesystem::path scratch;        ///< emptied and used for encoded files
    unsigned threads = 1;                 ///< for the parallel encode-only floor
    std::size_t alternative_stride = 10;  ///< alternatives encode every n-th frame
};

/// @returns {"stages_s": ..., "encode_floor_s": {"threads_1": ...}, "encoders": [...]}.
[[nodiscard]] nlohmann::json profile_stages(const ProfileOptions& options);

/// Seconds to encode and write the scenario's frames as PNG on `options.threads` threads with
/// the program's encoder: the frames are drawn into memory first, in batches, untimed.
[[nodiscard]] double parallel_encode_floor(const ProfileOptions& options);

}  // namespace gt::bench
