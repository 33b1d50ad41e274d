#pragma once
// The track reading tests' way to ask for a track.
#include <cstddef>
#include <filesystem>
#include <string>
#include <utility>

#include "track/track.hpp"

namespace gt::test {

/// A request with the defaults of everything not given: the CSV and the OGR tests both build
/// their requests with it.
inline TrackRequest track_request(std::filesystem::path file, std::string layer = {},
                                  std::string where = {}, TrackColumns columns = {},
                                  std::size_t max_points = 200'000,
                                  std::size_t max_bytes = 64U * 1024U * 1024U) {
    return {std::move(file), std::move(layer),          std::move(where), std::move(columns),
            max_points,      "the limit for one track", max_bytes,        {}};
}

}  // namespace gt::test
