#include "track/where_filter.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace gt {

namespace {

struct Token {
    enum class Kind { word, name, text, number, symbol, end };
    Kind kind = Kind::end;
    std::string text;  ///< a word in upper case; a symbol as written
    std::size_t position = 0;
};

/// Thrown inside the parser only; where_problem turns it into its answer.
struct Refusal {
    WhereProblem problem;
};

[[noreturn]] void refuse(std::string message, std::size_t position) {
    throw Refusal{{std::move(message), position}};
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

/// A quoted run ('text' or "name"), a doubled quote standing for one.
std::size_t quoted_end(const std::string& s, std::size_t at) {
    const char quote = s[at];
    for (std::size_t i = at + 1; i < s.size(); ++i) {
        if (s[i] != quote) continue;
        if (i + 1 < s.size() && s[i + 1] == quote) {
            ++i;
            continue;
        }
        return i + 1;
    }
    refuse(
        quote == '\'' ? "text opened here is never closed" : "a name opened here is never closed",
        at + 1);
}

std::size_t number_end(const std::string& s, std::size_t i) {
    while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) != 0 || s[i] == '.'))
        ++i;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) != 0) ++i;
    }
    return i;
}

std::vector<Token> tokens_of(const std::string& s) {
    std::vector<Token> out;
    // Arithmetic, concatenation and ';' are read, so that the parser can say where they are
    // not wanted.
    static const std::vector<std::string> kSymbols{
        "<=", ">=", "<>", "!=", "==", "||", "=", "<", ">", "(", ")", ",", "-", "+", "*", "/", ";"};
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        const std::size_t start = i;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        if (c == '\'' || c == '"') {
            i = quoted_end(s, i);
            out.push_back({c == '\'' ? Token::Kind::text : Token::Kind::name,
                           s.substr(start, i - start), start + 1});
        } else if (std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.') {
            i = number_end(s, i);
            out.push_back({Token::Kind::number, s.substr(start, i - start), start + 1});
        } else if (word_char(c)) {
            while (i < s.size() && word_char(s[i])) ++i;
            std::string word = s.substr(start, i - start);
            std::transform(word.begin(), word.end(), word.begin(),
                           [](unsigned char w) { return static_cast<char>(std::toupper(w)); });
            out.push_back({Token::Kind::word, word, start + 1});
        } else {
            const auto symbol = std::find_if(kSymbols.begin(), kSymbols.end(), [&](const auto& y) {
                return s.compare(i, y.size(), y) == 0;
            });
            if (symbol == kSymbols.end())
                refuse("'" + std::string(1, c) + "' is not allowed", i + 1);
            i += symbol->size();
            out.push_back({Token::Kind::symbol, *symbol, start + 1});
        }
    }
    out.push_back({Token::Kind::end, "", s.size() + 1});
    return out;
}

bool reserved(const std::string& word) {
    static const std::vector<std::string> kReserved{
        "AND",  "OR",   "NOT",   "IS",   "NULL", "LIKE",   "ILIKE",  "IN",   "BETWEEN", "SELECT",
        "WITH", "FROM", "UNION", "CASE", "WHEN", "EXISTS", "ESCAPE", "GLOB", "MATCH"};
    return std::find(kReserved.begin(), kReserved.end(), word) != kReserved.end();
}

/// Recursive descent over the grammar in where_filter.hpp.
class WhereParser {
  public:
    explicit WhereParser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

    void parse() {
        disjunction(0);
        if (peek().kind != Token::Kind::end)
            refuse("'" + peek().text + "' is not expected here", peek().position);
    }

  private:
    [[nodiscard]] const Token& peek(std::size_t ahead = 0) const {
        return tokens_[std::min(at_ + ahead, tokens_.size() - 1)];
    }
    const Token& take() {
        const Token& t = peek();
        if (at_ < tokens_.size() - 1) ++at_;
        return t;
    }
    [[nodiscard]] bool is(const char* text, std::size_t ahead = 0) const {
        const Token& t = peek(ahead);
        return (t.kind == Token::Kind::word || t.kind == Token::Kind::symbol) && t.text == text;
    }
    bool accept(const char* text) {
        if (!is(text)) return false;
        take();
        return true;
    }
    void expect(const char* text) {
        if (!accept(text)) refuse(std::string("'") + text + "' expected", peek().position);
    }

    void disjunction(int depth) {
        conjunction(depth);
        while (accept("OR")) conjunction(depth);
    }
    void conjunction(int depth) {
        negation(depth);
        while (accept("AND")) negation(depth);
    }
    void negation(int depth) {
        if (depth > max_where_depth) {
            refuse("nested deeper than " + std::to_string(max_where_depth) + " levels",
                   peek().position);
        }
        if (accept("NOT")) return negation(depth + 1);
        if (accept("(")) {
            disjunction(depth + 1);
            expect(")");
            return;
        }
        predicate();
    }
    void predicate() {
        operand();
        if (accept("IS")) {
            accept("NOT");
            expect("NULL");
            return;
        }
        const bool negated = accept("NOT");
        if (accept("LIKE") || accept("ILIKE")) return operand();
        if (accept("IN")) {
            expect("(");
            do operand();
            while (accept(","));
            return expect(")");
        }
        if (accept("BETWEEN")) {
            operand();
            expect("AND");
            return operand();
        }
        if (negated) refuse("LIKE, IN or BETWEEN expected after NOT", peek().position);
        for (const char* op : {"=", "==", "<>", "!=", "<", ">", "<=", ">="}) {
            if (accept(op)) return operand();
        }
        refuse("a comparison (=, <>, <, >, LIKE, IN, BETWEEN, IS NULL) expected", peek().position);
    }
    void operand() {
        const Token& t = peek();
        if (t.kind == Token::Kind::text || t.kind == Token::Kind::name ||
            t.kind == Token::Kind::number) {
            take();
            return;
        }
        if (is("-") && peek(1).kind == Token::Kind::number) {
            take();
            take();
            return;
        }
        if (t.kind == Token::Kind::word && !reserved(t.text)) {
            if (is("(", 1)) refuse("a function call (" + t.text + ") is not allowed", t.position);
            take();
            return;
        }
        if (t.kind == Token::Kind::end) refuse("the filter ends too soon", t.position);
        refuse("'" + t.text + "' is not a field name or a value", t.position);
    }

    std::vector<Token> tokens_;
    std::size_t at_ = 0;
};

}  // namespace

std::optional<WhereProblem> where_problem(const std::string& where) {
    try {
        WhereParser(tokens_of(where)).parse();
    } catch (const Refusal& r) {
        return r.problem;
    }
    return std::nullopt;
}

}  // namespace gt
