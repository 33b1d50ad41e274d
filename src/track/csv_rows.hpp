#pragma once
// Comma-separated values (RFC 4180: quoted fields, "" inside quotes, CRLF or LF) split into
// records whose every field keeps its line and column, so a bad value can be pointed at.
// GDAL's CSV driver reads the same files but gives no positions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gt {

struct CsvField {
    std::string text;
    int line = 0;    ///< 1-based line where the field starts
    int column = 0;  ///< 1-based byte column where the field starts
};

using CsvRecord = std::vector<CsvField>;

/// `text` without the spaces and tabs around it ("2025-03-01, 129.5" writes " 129.5").
[[nodiscard]] std::string_view trim_blanks(std::string_view text);

/// A record's fields quoted and listed ("'time', 'lon', 'lat'"), as messages name the columns:
/// at most max_quoted_bytes of their text, then how many more there are.
[[nodiscard]] std::string quoted_list(const CsvRecord& record);

/// Reads records one at a time from text held elsewhere (a UTF-8 byte-order mark is skipped).
class CsvRows {
  public:
    explicit CsvRows(std::string_view text);

    /// Fields a record keeps at most: the rest of a wider one is passed over, so that a line of
    /// a million commas costs no more memory than a line of a thousand.
    static constexpr std::size_t max_fields = 1000;

    /// The next record, skipping empty lines; nullopt at the end of the text.
    /// A quote left open runs to the end of the text; `unclosed_quote()` then says where.
    [[nodiscard]] std::optional<CsvRecord> next();

    /// Whether the last record had more than max_fields fields (and was cut to them).
    [[nodiscard]] bool cut() const { return cut_; }

    /// Line and column of a quote that was never closed (line 0: none).
    [[nodiscard]] std::pair<int, int> unclosed_quote() const { return unclosed_; }

  private:
    void advance();  ///< one byte forward, keeping line and column

    std::string_view text_;
    std::size_t at_ = 0;
    int line_ = 1;
    int column_ = 1;
    std::pair<int, int> unclosed_{0, 0};
    bool cut_ = false;
};

}  // namespace gt
