#pragma once
// The per-worker image caches (text sprites, furniture panels) keep what recent frames drew and
// drop the rest, so memory holds a few frames' worth however long the timeline is.
#include <cstdint>

namespace gt {

/// Erases the entries of `cache` (a map whose values carry `used`, the last frame that drew
/// them) that no frame drew in the `idle_frames` frames before `frame`, handing each (const) to
/// `drop` first (to free what it owns). Entries for which `keep` is true stay, idle or not.
template <class Map, class Drop, class Keep>
void erase_idle(Map& cache, std::uint64_t frame, std::uint64_t idle_frames, Drop drop, Keep keep) {
    std::erase_if(cache, [&](auto& entry) {
        if (keep(entry.second) || entry.second.used + idle_frames >= frame) return false;
        drop(entry.second);
        return true;
    });
}

template <class Map, class Drop>
void erase_idle(Map& cache, std::uint64_t frame, std::uint64_t idle_frames, Drop drop) {
    erase_idle(cache, frame, idle_frames, drop, [](const auto&) { return false; });
}

}  // namespace gt
