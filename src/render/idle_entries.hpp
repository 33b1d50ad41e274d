#pragma once
// The per-worker image caches (text sprites, furniture panels) keep what recent frames drew and
// drop the rest, so memory holds a few frames' worth however long the timeline is.
#include <cstdint>

namespace gt {

/// Erases the entries of `cache` (a map whose values carry `used`, the last frame that drew
/// them) that no frame drew in the `idle_frames` frames before `frame`, handing each (const) to
/// `drop` first (to free what it owns).
template <class Map, class Drop>
void erase_idle(Map& cache, std::uint64_t frame, std::uint64_t idle_frames, Drop drop) {
    std::erase_if(cache, [&](auto& entry) {
        if (entry.second.used + idle_frames >= frame) return false;
        drop(entry.second);
        return true;
    });
}

}  // namespace gt
