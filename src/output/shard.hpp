#pragma once
// A shard: one of N deterministic slices of a render's frames, for spreading one scenario over
// several processes or machines. Shard I of N holds the frames whose 1-based index k satisfies
// (k - 1) % N == I - 1, so every shard gets frames from the whole timeline.
#include <cstddef>
#include <string>

namespace gt {

struct Shard {
    int index = 1;  ///< 1-based, <= count
    int count = 1;

    [[nodiscard]] bool holds(std::size_t frame_index) const {
        return (frame_index - 1) % static_cast<std::size_t>(count) ==
               static_cast<std::size_t>(index - 1);
    }
    [[nodiscard]] bool whole() const { return count == 1; }
};

/// "2/4" -> shard 2 of 4. @throws InputError when it is not I/N with 1 <= I <= N.
[[nodiscard]] Shard parse_shard(const std::string& text);

}  // namespace gt
