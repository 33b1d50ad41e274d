#include "output/staged_directory.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <atomic>
#include <fstream>
#include <thread>

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

TEST(StagedDirectory, CommitKeepsWhatOtherCommandsWroteThere) {
    test::TempDir dir;
    const fs::path target = dir.path() / "scenario";
    fs::create_directories(target / "extra");
    std::ofstream(target / "frame-00009.png") << "stale frame";
    std::ofstream(target / "animation.mp4") << "video";
    std::ofstream(target / "index.html") << "old player";
    std::ofstream(target / "extra" / "notes.txt") << "notes";
    {
        StagedDirectory staged(target);
        std::ofstream(staged.path() / "frame-00001.png") << "new frame";
        std::ofstream(staged.path() / "index.html") << "new player";
        staged.commit([](const std::string& name) { return name != "frame-00009.png"; });
    }
    EXPECT_FALSE(fs::exists(target / "frame-00009.png"));
    EXPECT_EQ(test::read_file(target / "frame-00001.png"), "new frame");
    EXPECT_EQ(test::read_file(target / "animation.mp4"), "video");
    EXPECT_EQ(test::read_file(target / "index.html"), "new player");  // the new output's wins
    EXPECT_EQ(test::read_file(target / "extra" / "notes.txt"), "notes");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(StagedDirectory, ReaderNeverFindsTheOutputMissing) {
    // A browser showing the HTML player while --watch renders again: the folder is swapped in
    // one step, never moved aside first.
    test::TempDir dir;
    const fs::path target = dir.path() / "scenario";
    fs::create_directory(target);
    std::atomic<bool> done{false};
    std::atomic<int> missing{0};
    std::atomic<int> looks{0};
    std::thread reader([&] {
        while (!done.load()) {
            struct stat info {};
            if (::stat(target.c_str(), &info) != 0) ++missing;
            ++looks;
        }
    });
    for (int i = 0; i < 300; ++i) {
        StagedDirectory staged(target);
        std::ofstream(staged.path() / "frame.txt") << i;
        staged.commit();
    }
    done = true;
    reader.join();
    EXPECT_GT(looks.load(), 300);
    EXPECT_EQ(missing.load(), 0);
    EXPECT_EQ(test::read_file(target / "frame.txt"), "299");
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
