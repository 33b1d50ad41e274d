#pragma once
// Instants and durations as the scenario writes them (ISO 8601), parsed with Howard Hinnant's
// date library because GCC 12's <chrono> has no std::chrono::parse.
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace gt {

using Instant = std::chrono::sys_seconds;
using Seconds = std::chrono::seconds;

/// Parses "2024-10-08", "2024-10-08T06:00", "2024-10-08T06:00:00Z" or "...+09:00".
/// A date alone means midnight UTC, and a time without Z or an offset is a UTC time. Returns
/// nullopt when the text is not one of these forms. Track files' times are read so.
[[nodiscard]] std::optional<Instant> parse_instant(std::string_view text);

/// As parse_instant, but a date alone is midnight, and a time without Z or an offset a clock
/// time, in `utc_offset`: how a scenario and --at read them, so that "2024-10-08T06:00" means
/// the 06:00 the map's clock shows.
[[nodiscard]] std::optional<Instant> parse_local_instant(std::string_view text, Seconds utc_offset);

/// Parses a duration such as "6h", "1d", "30m", "45s", "1w" or a sum like "1d12h".
/// Returns nullopt for anything else, including zero or negative durations and durations over
/// a thousand years.
[[nodiscard]] std::optional<Seconds> parse_duration(std::string_view text);

/// Parses a UTC offset "+09:00", "-05:30" or "+0000" (at most 14 hours, as on Earth).
[[nodiscard]] std::optional<Seconds> parse_utc_offset(std::string_view text);

/// How a clock in this offset is named: "UTC", "UTC+9", "UTC+5:30", "UTC-3".
[[nodiscard]] std::string utc_offset_label(Seconds offset);

/// "2024-10-08T06:00:00Z".
[[nodiscard]] std::string format_iso(Instant t);

/// "2024-10-08T15:00:00+09:00" (or "...Z" at offset 0): an instant as a clock at `utc_offset`
/// reads it, for messages about a scenario's dates, which are written so.
[[nodiscard]] std::string format_local_iso(Instant t, Seconds utc_offset);

/// Formats with strftime-style conversions (e.g. "%-d %B %Y"), shifted by utc_offset first, with
/// month and day names in `locale`'s language from ICU ("8 Oktober 2024" for "id").
/// Supported: %d %-d %e %m %-m %B %b %Y %y %A %a %H %-H %M %S %p %%; other text is kept.
[[nodiscard]] std::string format_label(Instant t, const std::string& format,
                                       Seconds utc_offset = Seconds{0},
                                       const std::string& locale = "en");

/// The first conversion in `format` that format_label does not support ("%Q", or "%" at the
/// end), if any.
[[nodiscard]] std::optional<std::string> unsupported_conversion(const std::string& format);

/// The conversions format_label supports, for messages: "%d %-d ... %%".
[[nodiscard]] std::string supported_conversions();

/// format_label for many instants: keeps one ICU formatter per format, since making a formatter
/// costs far more than formatting with it (a frame formats some thirty dates). Not thread-safe:
/// one per thread.
class DateFormatter {
  public:
    DateFormatter(std::string locale, Seconds utc_offset);
    ~DateFormatter();
    DateFormatter(const DateFormatter&) = delete;
    DateFormatter& operator=(const DateFormatter&) = delete;

    /// The same text as format_label(t, format, utc_offset, locale).
    [[nodiscard]] std::string format(Instant t, const std::string& format);

  private:
    struct Formatter;
    std::string locale_;
    Seconds utc_offset_;
    std::map<std::string, std::unique_ptr<Formatter>> formatters_;
};

/// True when ICU has data for this locale's language ("id", "ko_KR", "ru"...).
[[nodiscard]] bool is_known_locale(const std::string& locale);

}  // namespace gt
