#include "track/csv_rows.hpp"

#include <algorithm>

#include "common/contained_file.hpp"

namespace gt {

std::string_view trim_blanks(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string quoted_list(const CsvRecord& record) {
    std::string out;
    std::size_t quoted = 0;
    std::size_t shown = 0;
    // The fields are data from the file: a header of a million commas must not fill the screen.
    for (const CsvField& f : record) {
        if (quoted >= max_quoted_bytes) break;
        const std::string part = quoted_excerpt(f.text, max_quoted_bytes - quoted);
        quoted += std::max<std::size_t>(part.size(), 1);
        out += (out.empty() ? "'" : ", '") + part + "'";
        ++shown;
    }
    if (shown < record.size()) out += " and " + std::to_string(record.size() - shown) + " more";
    return out;
}

CsvRows::CsvRows(std::string_view text) : text_(text) {
    if (text_.starts_with("\xEF\xBB\xBF")) at_ = 3;
}

void CsvRows::advance() {
    if (text_[at_] == '\n') {
        ++line_;
        column_ = 1;
    } else {
        ++column_;
    }
    ++at_;
}

std::optional<CsvRecord> CsvRows::next() {
    while (at_ < text_.size() && (text_[at_] == '\n' || text_[at_] == '\r')) advance();
    if (at_ >= text_.size()) return std::nullopt;
    cut_ = false;
    CsvRecord record;
    while (true) {
        CsvField field{"", line_, column_};
        if (at_ < text_.size() && text_[at_] == '"') {
            const std::pair<int, int> opened{line_, column_};
            advance();
            bool closed = false;
            while (at_ < text_.size()) {
                if (text_[at_] == '"') {
                    advance();
                    if (at_ < text_.size() && text_[at_] == '"') {
                        field.text += '"';
                        advance();
                        continue;
                    }
                    closed = true;
                    break;
                }
                field.text += text_[at_];
                advance();
            }
            if (!closed) unclosed_ = opened;
        }
        // Unquoted text, or whatever follows a closing quote up to the separator.
        while (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '\n' &&
               text_[at_] != '\r') {
            field.text += text_[at_];
            advance();
        }
        if (record.size() < max_fields) {
            record.push_back(std::move(field));
        } else {
            cut_ = true;
        }
        if (at_ < text_.size() && text_[at_] == ',') {
            advance();
            continue;
        }
        break;
    }
    if (at_ < text_.size() && text_[at_] == '\r') advance();
    if (at_ < text_.size() && text_[at_] == '\n') advance();
    return record;
}

}  // namespace gt
