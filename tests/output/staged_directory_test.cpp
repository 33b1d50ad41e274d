#include "output/staged_directory.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

TEST(StagedDirectory, CommitReplacesThePreviousOutput) {
    test::TempDir dir;
    const fs::path target = dir.path() / "scenario";
    fs::create_directory(target);
    std::ofstream(target / "old.txt") << "old";
    {
        StagedDirectory staged(target);
        std::ofstream(staged.path() / "new.txt") << "new";
        EXPECT_TRUE(fs::exists(target / "old.txt"));  // untouched until commit
        staged.commit();
    }
    EXPECT_FALSE(fs::exists(target / "old.txt"));
    EXPECT_EQ(test::read_file(target / "new.txt"), "new");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(StagedDirectory, FailureKeepsThePreviousOutputAndLeavesNoLitter) {
    test::TempDir dir;
    const fs::path target = dir.path() / "scenario";
    fs::create_directory(target);
    std::ofstream(target / "old.txt") << "old";
    {
        StagedDirectory staged(target);
        std::ofstream(staged.path() / "half.txt") << "half";
    }  // no commit: as when rendering throws
    EXPECT_EQ(test::read_file(target / "old.txt"), "old");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(StagedDirectory, SafeComponentKeepsOutputInsideTheFolder) {
    EXPECT_EQ(safe_component("../../etc"), ".._.._etc");
    EXPECT_EQ(safe_component(".."), "scenario");
    EXPECT_EQ(safe_component("korea-russia-2024"), "korea-russia-2024");
}

}  // namespace gt
