#include "track/csv_rows.hpp"

#include <gtest/gtest.h>

namespace gt {

TEST(CsvRows, SplitsFieldsAndKeepsTheirLineAndColumn) {
    CsvRows rows("\xEF\xBB\xBFtime,lon,lat\r\n2025-03-01,129.5,34.2\r\n\r\n2025-03-02,130,35\n");
    const auto header = rows.next();
    ASSERT_TRUE(header);
    ASSERT_EQ(header->size(), 3U);
    EXPECT_EQ((*header)[0].text, "time");  // the byte-order mark is not part of it
    EXPECT_EQ((*header)[2].text, "lat");
    const auto first = rows.next();
    ASSERT_TRUE(first);
    EXPECT_EQ((*first)[1].text, "129.5");
    EXPECT_EQ((*first)[1].line, 2);
    EXPECT_EQ((*first)[1].column, 12);
    const auto second = rows.next();  // the empty line is skipped
    ASSERT_TRUE(second);
    EXPECT_EQ((*second)[2].text, "35");
    EXPECT_EQ((*second)[2].line, 4);
    EXPECT_EQ((*second)[2].column, 16);
    EXPECT_FALSE(rows.next());
}

TEST(CsvRows, ReadsQuotedFieldsWithCommasQuotesAndNewlines) {
    CsvRows rows("name,note\n\"Ship, A\",\"said \"\"hi\"\"\nthen left\"\nB,x\n");
    (void)rows.next();
    const auto row = rows.next();
    ASSERT_TRUE(row);
    ASSERT_EQ(row->size(), 2U);
    EXPECT_EQ((*row)[0].text, "Ship, A");
    EXPECT_EQ((*row)[1].text, "said \"hi\"\nthen left");
    const auto next = rows.next();
    ASSERT_TRUE(next);
    EXPECT_EQ((*next)[0].text, "B");
    EXPECT_EQ((*next)[0].line, 4);  // after the newline inside quotes
    EXPECT_EQ(rows.unclosed_quote().first, 0);
}

TEST(CsvRows, ReportsWhereAQuoteIsLeftOpen) {
    CsvRows rows("a,b\n1,\"open\n2,3\n");
    (void)rows.next();
    const auto row = rows.next();
    ASSERT_TRUE(row);
    EXPECT_EQ(rows.unclosed_quote(), (std::pair<int, int>{2, 3}));
    EXPECT_FALSE(rows.next());
}

}  // namespace gt
