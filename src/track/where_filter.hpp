#pragma once
// A track's `where:` filter, checked before any database sees it. GDAL hands an attribute filter
// on a GeoPackage to SQLite as SQL, where a recursive query never ends and randomblob() takes
// any memory; so a filter is held to a small grammar of comparisons that every driver runs in
// time proportional to the rows: fields and values compared (= <> != < > <= >=, LIKE, IN,
// BETWEEN, IS [NOT] NULL), joined with AND, OR, NOT and parentheses. No functions, no queries.
#include <optional>
#include <string>

namespace gt {

struct WhereProblem {
    std::string message;       ///< what is wrong, e.g. "a function call (randomblob)"
    std::size_t position = 0;  ///< 1-based character in the filter where it is
};

/// Parentheses and NOTs nested at most this deep.
inline constexpr int max_where_depth = 32;

/// Nothing when `where` is a condition of the grammar above, else the first problem.
[[nodiscard]] std::optional<WhereProblem> where_problem(const std::string& where);

}  // namespace gt
