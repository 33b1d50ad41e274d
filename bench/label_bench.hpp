#pragma once
// The label bench: crowded scenarios generated with a fixed seed (make-label-scenario.py: 300
// and 600 movements, 50 events, 50 labelled places) and the seed scenario, each rendered as PNG
// at 1920x1080 with --jobs 1, whole and as its first frame alone: the CPU a frame costs after the
// first, where label placement grows with the number of labels and symbols.
#include <filesystem>
#include <nlohmann/json.hpp>

namespace gt::bench {

/// Generates the scenarios into `out`, renders them there and returns, per scenario, the CPU
/// seconds of the whole render and of its first frame alone and the milliseconds of CPU per
/// frame after the first, with `doubling_ratio`: 600 movements' ms per frame over 300's.
/// @throws std::runtime_error when the generator or a render fails.
nlohmann::json measure_labels(const std::filesystem::path& program,
                              const std::filesystem::path& bench_dir,
                              const std::filesystem::path& out, int repeat);

}  // namespace gt::bench
