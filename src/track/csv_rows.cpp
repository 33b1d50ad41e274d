#include "track/csv_rows.hpp"

namespace gt {

std::string_view trim_blanks(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string quoted_list(const CsvRecord& record) {
    std::string out;
    for (const CsvField& f : record) out += (out.empty() ? "'" : ", '") + f.text + "'";
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
        record.push_back(std::move(field));
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
