#include "track/track_time.hpp"

#include <cctype>
#include <charconv>
#include <string>

namespace gt {

namespace {

/// "1728367200" or "1728367200.5" (at most twelve digits before the point: until year 33658).
std::optional<Instant> parse_unix_seconds(std::string_view text) {
    const std::size_t point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? "" : text.substr(point + 1);
    if (whole.empty() || whole.size() > 12) return std::nullopt;
    for (char c : fraction) {
        if (std::isdigit(static_cast<unsigned char>(c)) == 0) return std::nullopt;
    }
    long long seconds = 0;
    const auto [end, error] = std::from_chars(whole.data(), whole.data() + whole.size(), seconds);
    if (error != std::errc() || end != whole.data() + whole.size() || seconds < 0) {
        return std::nullopt;
    }
    return Instant{Seconds{seconds}};
}

}  // namespace

std::optional<Instant> parse_track_time(std::string_view text) {
    if (text.size() >= 4 && std::isdigit(static_cast<unsigned char>(text[0])) != 0 &&
        text.find('-') == std::string_view::npos) {
        return parse_unix_seconds(text);
    }
    // Fractional seconds after hh:mm:ss are dropped: frames are whole seconds apart at best.
    std::string iso(text);
    if (iso.size() > 20 && iso[19] == '.') {
        std::size_t digits_end = 20;
        while (digits_end < iso.size() &&
               std::isdigit(static_cast<unsigned char>(iso[digits_end])) != 0) {
            ++digits_end;
        }
        if (digits_end > 20) iso.erase(19, digits_end - 19);
    }
    return parse_instant(iso);
}

}  // namespace gt
