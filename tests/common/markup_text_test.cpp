#include "common/markup_text.hpp"

#include <gtest/gtest.h>

namespace gt {

TEST(MarkupText, EscapesMarkupAndLeavesOutForbiddenControlCharacters) {
    EXPECT_EQ(markup_text("Ships & <ports> \"say\" it's"),
              "Ships &amp; &lt;ports&gt; &quot;say&quot; it&apos;s");
    EXPECT_EQ(markup_text("Kursk\a\x01 oblast\tnorth\n"), "Kursk oblast\tnorth\n");
    EXPECT_EQ(markup_text("청진 Владивосток"), "청진 Владивосток");  // UTF-8 kept whole
}

}  // namespace gt
