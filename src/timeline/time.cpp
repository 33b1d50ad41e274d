#include "timeline/time.hpp"

#include <date/date.h>

#include <array>
#include <cctype>
#include <ctime>
#include <sstream>

namespace gt {

namespace {

template <class Duration>
bool parse_exact(std::string_view text, const char* format, Duration& out,
                 std::chrono::minutes* offset = nullptr) {
    std::istringstream in{std::string(text)};
    if (offset != nullptr) {
        in >> date::parse(format, out, *offset);
    } else {
        in >> date::parse(format, out);
    }
    return !in.fail() && in.peek() == std::char_traits<char>::eof();
}

bool digits_at(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return false;
    for (std::size_t i = at; i < at + count; ++i) {
        if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) return false;
    }
    return true;
}

/// True when `text` has exactly the shape YYYY-MM-DD[(T| )hh:mm[:ss][Z|+hh:mm]]. Only then
/// is it given to date::parse, which accepts looser forms ("2024-1-8") and, on some malformed
/// seconds, computes with NaN (undefined behaviour found by fuzzing).
bool has_valid_shape(std::string_view text) {
    if (!digits_at(text, 0, 4) || text.substr(4, 1) != "-" || !digits_at(text, 5, 2) ||
        text.substr(7, 1) != "-" || !digits_at(text, 8, 2)) {
        return false;
    }
    if (text.size() == 10) return true;
    if ((text[10] != 'T' && text[10] != ' ') || !digits_at(text, 11, 2) ||
        text.substr(13, 1) != ":" || !digits_at(text, 14, 2)) {
        return false;
    }
    std::string_view rest = text.substr(16);
    if (rest.starts_with(':')) {
        if (!digits_at(rest, 1, 2)) return false;
        rest.remove_prefix(3);
    }
    if (rest.empty() || rest == "Z") return true;
    if (rest[0] != '+' && rest[0] != '-') return false;
    return rest.size() == 6 && digits_at(rest, 1, 2) && rest[3] == ':' && digits_at(rest, 4, 2);
}

}  // namespace

std::optional<Instant> parse_instant(std::string_view text) {
    if (!has_valid_shape(text)) return std::nullopt;
    if (text.size() == 10) {
        date::sys_days day;
        if (parse_exact(text, "%F", day)) return Instant{day};
        return std::nullopt;
    }
    // The shape is known, so name the one format that fits: trying %T on a time without
    // seconds makes date::parse compute with NaN (undefined behaviour).
    const bool with_seconds = text.size() >= 19 && text[16] == ':';
    const bool with_offset = text.back() != 'Z' && text.size() > 19 - (with_seconds ? 0 : 3);
    std::string format = text[10] == 'T' ? "%FT" : "%F ";
    format += with_seconds ? "%T" : "%R";
    std::string_view body = text.back() == 'Z' ? text.substr(0, text.size() - 1) : text;
    Instant t;
    if (with_offset) {
        std::chrono::minutes offset{0};
        format += "%Ez";
        if (parse_exact(body, format.c_str(), t, &offset)) return t;
    } else if (parse_exact(body, format.c_str(), t)) {
        return t;
    }
    return std::nullopt;
}

std::optional<Seconds> parse_duration(std::string_view text) {
    constexpr long kMaxDurationSeconds = 1000L * 366 * 86400;  // a thousand years
    static constexpr std::array<std::pair<char, long>, 5> units{
        {{'w', 604800}, {'d', 86400}, {'h', 3600}, {'m', 60}, {'s', 1}}};
    long total = 0;
    std::size_t i = 0;
    if (text.empty()) return std::nullopt;
    while (i < text.size()) {
        long value = 0;
        std::size_t digits = 0;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0) {
            value = value * 10 + (text[i] - '0');
            if (value > 100000000) return std::nullopt;
            ++i;
            ++digits;
        }
        if (digits == 0 || i == text.size()) return std::nullopt;
        long factor = 0;
        for (auto [unit, seconds] : units) {
            if (text[i] == unit) factor = seconds;
        }
        if (factor == 0) return std::nullopt;
        total += value * factor;
        if (total > kMaxDurationSeconds) return std::nullopt;  // keeps the sum from overflowing
        ++i;
    }
    if (total <= 0) return std::nullopt;
    return Seconds{total};
}

std::optional<Seconds> parse_utc_offset(std::string_view text) {
    const auto digit = [&](std::size_t i) {
        return std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    };
    const bool colon = text.size() == 6 && text[3] == ':';
    if ((!colon && text.size() != 5) || (text[0] != '+' && text[0] != '-')) return std::nullopt;
    const std::size_t minutes_at = colon ? 4 : 3;
    if (!digit(1) || !digit(2) || !digit(minutes_at) || !digit(minutes_at + 1)) {
        return std::nullopt;
    }
    const int hours = (text[1] - '0') * 10 + (text[2] - '0');
    const int minutes = (text[minutes_at] - '0') * 10 + (text[minutes_at + 1] - '0');
    if (minutes >= 60 || hours * 60 + minutes > 14 * 60) return std::nullopt;
    const Seconds offset{(hours * 60 + minutes) * 60};
    return text[0] == '-' ? -offset : offset;
}

std::string format_iso(Instant t) { return date::format("%FT%TZ", t); }

std::string format_label(Instant t, const std::string& format, Seconds utc_offset) {
    const auto local = t + utc_offset;
    const auto day = date::floor<date::days>(local);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss hms{local - day};
    std::tm tm{};
    tm.tm_year = static_cast<int>(ymd.year()) - 1900;
    tm.tm_mon = static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
    tm.tm_mday = static_cast<int>(static_cast<unsigned>(ymd.day()));
    tm.tm_hour = static_cast<int>(hms.hours().count());
    tm.tm_min = static_cast<int>(hms.minutes().count());
    tm.tm_sec = static_cast<int>(hms.seconds().count());
    tm.tm_wday = static_cast<int>(date::weekday{day}.c_encoding());
    tm.tm_yday = static_cast<int>((day - date::sys_days{ymd.year() / 1 / 1}).count());
    std::array<char, 256> buffer{};
    const std::size_t n = std::strftime(buffer.data(), buffer.size(), format.c_str(), &tm);
    return std::string(buffer.data(), n);
}

}  // namespace gt
