#include "output/shard.hpp"

#include <charconv>

#include "common/error.hpp"

namespace gt {

Shard parse_shard(const std::string& text) {
    Shard shard;
    const std::size_t slash = text.find('/');
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    bool ok = slash != std::string::npos;
    if (ok) {
        const auto a = std::from_chars(begin, begin + slash, shard.index);
        const auto b = std::from_chars(begin + slash + 1, end, shard.count);
        ok = a.ec == std::errc{} && a.ptr == begin + slash && b.ec == std::errc{} && b.ptr == end &&
             shard.count >= 1 && shard.index >= 1 && shard.index <= shard.count;
    }
    if (!ok) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {"--shard", 0, 0},
                                    "'" + text + "' is not a shard",
                                    "write I/N with 1 <= I <= N, e.g. --shard 2/4"});
    }
    return shard;
}

}  // namespace gt
