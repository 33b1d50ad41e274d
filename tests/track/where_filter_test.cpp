// A track's `where:` filter is held to comparisons joined by AND, OR and NOT before GDAL (and,
// for a GeoPackage, SQLite) sees it.
#include "track/where_filter.hpp"

#include <gtest/gtest.h>

namespace gt {

TEST(WhereFilter, ComparisonsOfFieldsAndValuesPass) {
    for (const char* where :
         {"name = 'Convoy'", "mmsi = 366940480", "speed > 5 AND speed <= 12.5",
          "name = 'O''Brien' OR \"vessel name\" <> 'x'", "NOT (a = 1 OR b = 2)", "name LIKE 'Con%'",
          "name not like 'x%'", "kind IN ('ferry', 'tug')", "speed BETWEEN 1 AND 2", "a IS NULL",
          "a IS NOT NULL", "lon > -130.5", "t >= 1e3"}) {
        EXPECT_FALSE(where_problem(where)) << where << ": " << where_problem(where)->message;
    }
}

TEST(WhereFilter, FunctionsQueriesAndStatementsAreRefused) {
    const auto refused = [](const std::string& where, const std::string& message,
                            std::size_t position) {
        const auto p = where_problem(where);
        ASSERT_TRUE(p) << where;
        EXPECT_EQ(p->message, message) << where;
        EXPECT_EQ(p->position, position) << where;
    };
    refused("length(randomblob(999999999)) > 0", "a function call (LENGTH) is not allowed", 1);
    refused(
        "1 IN (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c)",
        "'WITH' is not a field name or a value", 7);
    refused("name = 'a'; DROP TABLE x", "';' is not expected here", 11);
    refused("name = 'a' | 1", "'|' is not allowed", 12);
    refused("name = 'a' -- comment", "'-' is not expected here", 12);
    refused("(SELECT 1) = 1", "'SELECT' is not a field name or a value", 2);
    refused("name = 'open", "text opened here is never closed", 8);
    refused("name =", "the filter ends too soon", 7);
    refused("name", "a comparison (=, <>, <, >, LIKE, IN, BETWEEN, IS NULL) expected", 5);
}

TEST(WhereFilter, NestingIsBounded) {
    const std::string deep = std::string(100, '(') + "a = 1" + std::string(100, ')');
    const auto p = where_problem(deep);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->message, "nested deeper than 32 levels");
    std::string nots;
    for (int i = 0; i < 100'000; ++i) nots += "NOT ";
    EXPECT_TRUE(where_problem(nots + "a = 1"));
}

}  // namespace gt
