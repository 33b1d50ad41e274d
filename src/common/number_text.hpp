#pragma once
#include <cstddef>
#include <string>

namespace gt {

/// A number as people write it in messages: 0.1 and 126.5 rather than 0.100000 and 126.500000.
[[nodiscard]] std::string number_text(double value);

/// A whole number as `locale` writes it, digits grouped by ICU: "1,200" in en, "1.200" in de,
/// "1 200" in fr (a narrow no-break space), "1200" but "12.000" in es. An unknown locale gets
/// ICU's root form.
[[nodiscard]] std::string locale_number(long value, const std::string& locale);

/// A number as `locale` writes it, with at most `fraction_digits` after its decimal mark and
/// digits not grouped: "1.5" and "2214.2" in en, "1,5" in de and fr.
[[nodiscard]] std::string locale_decimal(double value, const std::string& locale,
                                         int fraction_digits = 2);

/// A count with its noun: "1 movement", "2 movements", "0 warnings".
[[nodiscard]] std::string count_text(std::size_t count, const std::string& singular,
                                     const std::string& plural);

}  // namespace gt
