#pragma once
// Timestamps as track files write them.
#include <optional>
#include <string_view>

#include "timeline/time.hpp"

namespace gt {

/// ISO 8601 as in scenarios ("2024-10-08T06:00:00Z", "2024-10-08 06:00:00"), also with
/// fractional seconds (dropped: "06:00:00.250Z"), or Unix seconds ("1728367200", "1728367200.5").
/// Returns nullopt for anything else.
[[nodiscard]] std::optional<Instant> parse_track_time(std::string_view text);

}  // namespace gt
