#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gt {

/// The candidate closest to `word` by edit distance, or "" when none is close enough to be a
/// plausible typo (distance at most a third of the word's length, and at least 1). Words over 64
/// characters get no suggestion.
[[nodiscard]] std::string closest_match(std::string_view word,
                                        const std::vector<std::string>& candidates);

/// "did you mean 'x'?" when a close match exists, otherwise "expected one of: a, b, c".
[[nodiscard]] std::string suggestion_hint(std::string_view word,
                                          const std::vector<std::string>& candidates);

}  // namespace gt
