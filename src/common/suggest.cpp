#include "common/suggest.hpp"

#include <algorithm>
#include <numeric>

namespace gt {

namespace {
/// Optimal string alignment distance: edits plus swaps of neighbours ("rial" -> "rail" is 1).
std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t w = b.size() + 1;
    std::vector<std::size_t> d((a.size() + 1) * w);
    for (std::size_t i = 0; i <= a.size(); ++i) d[i * w] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t best = std::min(
                {d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                best = std::min(best, d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = best;
        }
    }
    return d.back();
}
}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    if (word.size() > 64) return {};
    const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
    std::string best;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        // The length difference is a lower bound of the distance: skip hopeless candidates
        // cheaply, so a long list of long names cannot make a suggestion slow.
        const std::size_t length_gap = candidate.size() > word.size()
                                           ? candidate.size() - word.size()
                                           : word.size() - candidate.size();
        if (length_gap >= best_distance) continue;
        const std::size_t d = edit_distance(word, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

std::string suggestion_hint(std::string_view word, const std::vector<std::string>& candidates) {
    const std::string best = closest_match(word, candidates);
    if (!best.empty()) return "did you mean '" + best + "'?";
    std::string list;
    const std::size_t shown = std::min<std::size_t>(candidates.size(), 12);
    for (std::size_t i = 0; i < shown; ++i) list += (i ? ", " : "") + candidates[i];
    if (candidates.size() > shown) list += ", ...";
    return candidates.empty() ? std::string{} : "expected one of: " + list;
}

}  // namespace gt
