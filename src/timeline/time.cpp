#include "timeline/time.hpp"

#include <date/date.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>
#include <utility>

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
    // +hh:mm within the offsets clocks use: -14:00 .. +14:00.
    return rest.size() == 6 && parse_utc_offset(rest).has_value();
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

std::optional<Instant> parse_local_instant(std::string_view text, Seconds utc_offset) {
    auto t = parse_instant(text);
    const bool names_its_offset =
        text.size() > 10 &&
        (text.back() == 'Z' || text.find_first_of("+-", 10) != std::string_view::npos);
    if (t && !names_its_offset) *t -= utc_offset;
    return t;
}

std::string format_local_iso(Instant t, Seconds utc_offset) {
    std::string text = format_iso(t + utc_offset);
    if (utc_offset.count() == 0) return text;
    const long minutes = std::abs(utc_offset.count()) / 60;
    char offset[32];
    std::snprintf(offset, sizeof offset, "%c%02ld:%02ld", utc_offset.count() < 0 ? '-' : '+',
                  minutes / 60, minutes % 60);
    text.back() = offset[0];
    return text + (offset + 1);
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

std::string utc_offset_label(Seconds offset) {
    if (offset.count() == 0) return "UTC";
    const long minutes = std::abs(offset.count()) / 60;
    std::string label =
        std::string("UTC") + (offset.count() < 0 ? "-" : "+") + std::to_string(minutes / 60);
    if (minutes % 60 != 0) {
        label += (minutes % 60 < 10 ? ":0" : ":") + std::to_string(minutes % 60);
    }
    return label;
}

std::string format_iso(Instant t) { return date::format("%FT%TZ", t); }

namespace {

/// The strftime conversions supported, with the ICU pattern each becomes; longest first where
/// one starts another.
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> conversions{{{"%-d", "d"},
                                                                                     {"%-m", "M"},
                                                                                     {"%-H", "H"},
                                                                                     {"%d", "dd"},
                                                                                     {"%e", "d"},
                                                                                     {"%m", "MM"},
                                                                                     {"%B", "MMMM"},
                                                                                     {"%b", "MMM"},
                                                                                     {"%Y", "y"},
                                                                                     {"%y", "yy"},
                                                                                     {"%A", "EEEE"},
                                                                                     {"%a", "EEE"},
                                                                                     {"%H", "HH"},
                                                                                     {"%M", "mm"},
                                                                                     {"%S", "ss"},
                                                                                     {"%p", "a"},
                                                                                     {"%%", "%"}}};

/// strftime conversions -> ICU date pattern; literal text is quoted for ICU.
std::string icu_pattern(const std::string& format) {
    const auto& table = conversions;
    std::string out;
    std::string literal;
    auto flush = [&] {
        if (literal.empty()) return;
        std::string quoted;
        for (char c : literal) quoted += c == '\'' ? std::string("''") : std::string(1, c);
        out += "'" + quoted + "'";
        literal.clear();
    };
    for (std::size_t i = 0; i < format.size();) {
        bool matched = false;
        for (const auto& [from, to] : table) {
            if (format.compare(i, from.size(), from) == 0 && from != "%%") {
                flush();
                out += to;
                i += from.size();
                matched = true;
                break;
            }
        }
        if (matched) continue;
        if (format.compare(i, 2, "%%") == 0) {
            literal += '%';
            i += 2;
            continue;
        }
        literal += format[i++];
    }
    flush();
    return out;
}

}  // namespace

bool is_known_locale(const std::string& locale) {
    const icu::Locale wanted(locale.c_str());
    if (wanted.isBogus() || std::string(wanted.getLanguage()).empty()) return false;
    int32_t count = 0;
    const icu::Locale* available = icu::Locale::getAvailableLocales(count);
    for (int32_t i = 0; i < count; ++i) {
        if (std::string(available[i].getLanguage()) == wanted.getLanguage()) return true;
    }
    return false;
}

std::optional<std::string> unsupported_conversion(const std::string& format) {
    for (std::size_t i = format.find('%'); i != std::string::npos; i = format.find('%', i)) {
        const auto known = std::find_if(conversions.begin(), conversions.end(), [&](const auto& c) {
            return format.compare(i, c.first.size(), c.first) == 0;
        });
        if (known == conversions.end()) {
            const bool dash = format.compare(i, 2, "%-") == 0;
            return format.substr(i, dash ? 3 : 2);
        }
        i += known->first.size();
    }
    return std::nullopt;
}

std::string supported_conversions() {
    std::string out;
    for (const auto& [conversion, pattern] : conversions) {
        if (!out.empty()) out += ' ';
        out += conversion;
    }
    return out;
}

struct DateFormatter::Formatter {
    std::unique_ptr<icu::SimpleDateFormat> icu;  ///< null when ICU refused the pattern
};

DateFormatter::DateFormatter(std::string locale, Seconds utc_offset)
    : locale_(std::move(locale)), utc_offset_(utc_offset) {}

DateFormatter::~DateFormatter() = default;

std::string DateFormatter::format(Instant t, const std::string& format) {
    if (format.empty()) return {};
    auto& slot = formatters_[format];
    if (!slot) {
        slot = std::make_unique<Formatter>();
        UErrorCode status = U_ZERO_ERROR;
        auto icu = std::make_unique<icu::SimpleDateFormat>(
            icu::UnicodeString::fromUTF8(icu_pattern(format)), icu::Locale(locale_.c_str()),
            status);
        // The offset is applied to the instant and the result formatted as GMT, so no time-zone
        // database is consulted and output is the same on every machine.
        if (U_SUCCESS(status)) {
            icu->adoptTimeZone(icu::TimeZone::createTimeZone("Etc/GMT"));
            slot->icu = std::move(icu);
        }
    }
    if (!slot->icu) return format_iso(t);
    const auto local = t + utc_offset_;
    const UDate millis = static_cast<UDate>(local.time_since_epoch().count()) * 1000.0;
    icu::UnicodeString text;
    slot->icu->format(millis, text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string format_label(Instant t, const std::string& format, Seconds utc_offset,
                         const std::string& locale) {
    return DateFormatter(locale, utc_offset).format(t, format);
}

}  // namespace gt
