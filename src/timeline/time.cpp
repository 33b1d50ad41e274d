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

bool has_valid_shape(std::string_view text) {
    // date::parse accepts "2024-1-8"; ISO 8601 wants fixed widths, so insist on YYYY-MM-DD.
    if (text.size() < 10) return false;
    for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
        if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) return false;
    }
    return text[4] == '-' && text[7] == '-';
}

}  // namespace

std::optional<Instant> parse_instant(std::string_view text) {
    if (!has_valid_shape(text)) return std::nullopt;
    if (text.size() == 10) {
        date::sys_days day;
        if (parse_exact(text, "%F", day)) return Instant{day};
        return std::nullopt;
    }
    std::string body(text);
    bool utc = false;
    if (body.back() == 'Z') {
        body.pop_back();
        utc = true;
    }
    std::chrono::minutes offset{0};
    Instant t;
    for (const char* f : {"%FT%T", "%FT%R", "%F %T", "%F %R"}) {
        if (parse_exact(body, f, t)) return t;
        if (!utc) {
            std::string with_offset = std::string(f) + "%Ez";
            if (parse_exact(body, with_offset.c_str(), t, &offset)) return t;
        }
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
