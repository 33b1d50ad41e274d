#include "timeline/time.hpp"

#include <date/date.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <array>
#include <cctype>
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
        ++i;
    }
    if (total <= 0) return std::nullopt;
    return Seconds{total};
}

std::string format_iso(Instant t) { return date::format("%FT%TZ", t); }

namespace {

/// strftime conversions -> ICU date pattern; literal text is quoted for ICU.
std::string icu_pattern(const std::string& format) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> table{{
        {"%-d", "d"}, {"%-m", "M"}, {"%-H", "H"}, {"%d", "dd"}, {"%e", "d"}, {"%m", "MM"},
        {"%B", "MMMM"}, {"%b", "MMM"}, {"%Y", "y"}, {"%y", "yy"}, {"%A", "EEEE"}, {"%a", "EEE"},
        {"%H", "HH"}, {"%M", "mm"}, {"%S", "ss"}, {"%p", "a"}, {"%%", "%"}}};
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

std::string format_label(Instant t, const std::string& format, Seconds utc_offset,
                         const std::string& locale) {
    if (format.empty()) return {};
    UErrorCode status = U_ZERO_ERROR;
    icu::SimpleDateFormat formatter(icu::UnicodeString::fromUTF8(icu_pattern(format)),
                                    icu::Locale(locale.c_str()), status);
    if (U_FAILURE(status)) return format_iso(t);
    // The offset is applied to the instant and the result formatted as GMT, so no time-zone
    // database is consulted and output is the same on every machine.
    formatter.adoptTimeZone(icu::TimeZone::createTimeZone("Etc/GMT"));
    const auto local = t + utc_offset;
    const UDate millis = static_cast<UDate>(local.time_since_epoch().count()) * 1000.0;
    icu::UnicodeString text;
    formatter.format(millis, text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace gt
