#pragma once
// The dates a locale writes by default: "2 March 2025" in English, "2. März 2025" in German,
// "2025年3月2日" in Japanese. ICU knows each language's order and words; the formats are given
// back in the strftime-style conversions the scenario's date_format uses.
#include <optional>
#include <string>

namespace gt {

/// How `locale` writes a date of the kinds ICU's `skeleton` names ("dMMMMy": day, month's name,
/// year; "dMMM": day and short month), as date_format conversions ("%Y年%-m月%-d日").
/// nullopt when ICU's pattern holds a field the conversions cannot say (an era, a quarter).
[[nodiscard]] std::optional<std::string> locale_date_format(const std::string& locale,
                                                            const std::string& skeleton);

/// ICU's date pattern ("d. MMMM y", quoted literals 'г.') in date_format conversions; nullopt
/// for a field they cannot say.
[[nodiscard]] std::optional<std::string> conversions_of_icu_pattern(const std::string& pattern);

}  // namespace gt
