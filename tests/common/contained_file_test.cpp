// The containment policy for files the input names: inside the scenario's folder after links,
// regular files only, nothing under /proc, /sys or /dev, no blocking on a FIFO.
#include "common/contained_file.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// A scenario folder `in/` with a track in it, and a secret beside the folder.
class ContainedFile : public ::testing::Test {
  protected:
    void SetUp() override {
        fs::create_directories(folder() / "tracks");
        std::ofstream(folder() / "tracks" / "ship.csv") << "time,lon,lat\n";
        std::ofstream(dir_.path() / "secret.txt") << "password=hunter2\n";
    }
    [[nodiscard]] fs::path folder() const { return dir_.path() / "in"; }
    [[nodiscard]] fs::path secret() const { return dir_.path() / "secret.txt"; }

    /// The problem of opening `written` relative to folder(), or nullopt when it opens.
    [[nodiscard]] std::optional<FileProblem> refusal(const fs::path& written) const {
        OpenResult r = open_contained_file(folder(), folder() / written);
        if (const auto* p = std::get_if<FileProblem>(&r)) return *p;
        return std::nullopt;
    }

  private:
    test::TempDir dir_;
};

}  // namespace

TEST_F(ContainedFile, AFileInsideTheFolderOpensAndReads) {
    OpenResult r = open_contained_file(folder(), folder() / "tracks" / "ship.csv");
    ASSERT_TRUE(std::holds_alternative<OpenedFile>(r));
    EXPECT_EQ(std::get<OpenedFile>(r).read(1000), "time,lon,lat\n");
    EXPECT_EQ(std::get<OpenedFile>(r).read(3), "time");  // one byte past the limit, no more
}

TEST_F(ContainedFile, ALinkInsideTheFolderToAFileInsideOpens) {
    fs::create_symlink("tracks/ship.csv", folder() / "alias.csv");
    EXPECT_FALSE(refusal("alias.csv"));
}

TEST_F(ContainedFile, ParentFoldersAbsolutePathsAndLinksOutAreRefused) {
    fs::create_symlink(secret(), folder() / "tracks" / "link.csv");
    fs::create_symlink("/proc/self/environ", folder() / "env.csv");
    fs::create_symlink(folder().parent_path(), folder() / "up");
    for (const fs::path& written :
         {fs::path("../secret.txt"), fs::path("tracks/../../secret.txt"), secret(),
          fs::path("/etc/passwd"), fs::path("/proc/self/environ"), fs::path("tracks/link.csv"),
          fs::path("env.csv"), fs::path("up/secret.txt")}) {
        const auto p = refusal(written);
        ASSERT_TRUE(p) << written;
        EXPECT_EQ(p->kind, FileProblem::Kind::outside) << written;
    }
}

TEST_F(ContainedFile, AMissingFileOutsideIsRefusedAsOutsideNotAsMissing) {
    // Whether a file exists outside the folder is not the scenario's business.
    EXPECT_EQ(refusal("../no-such-file")->kind, FileProblem::Kind::outside);
    EXPECT_EQ(refusal("no-such-file")->kind, FileProblem::Kind::missing);
}

TEST_F(ContainedFile, UrlsAndGdalVirtualFileSystemsAreRefusedByName) {
    for (const char* written : {"/vsicurl/http://127.0.0.1:9/a.geojson", "/vsizip//etc/a.zip/b",
                                "https://example.org/a.gpx"}) {
        OpenResult r = open_contained_file(folder(), written);
        ASSERT_TRUE(std::holds_alternative<FileProblem>(r)) << written;
        EXPECT_EQ(std::get<FileProblem>(r).kind, FileProblem::Kind::virtual_path) << written;
    }
}

TEST_F(ContainedFile, AFifoIsRefusedAtOnceWithoutBlocking) {
    ASSERT_EQ(::mkfifo((folder() / "pipe.csv").c_str(), 0600), 0);
    const auto started = std::chrono::steady_clock::now();
    const auto p = refusal("pipe.csv");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->kind, FileProblem::Kind::not_regular);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
    OpenResult direct = open_regular_file(folder() / "pipe.csv");
    EXPECT_TRUE(std::holds_alternative<FileProblem>(direct));
}

TEST_F(ContainedFile, AFolderIsRefusedAsAFolder) {
    EXPECT_EQ(refusal("tracks")->kind, FileProblem::Kind::folder);
}

TEST(OpenRegularFile, KernelFilesAreRefusedEvenThroughALink) {
    test::TempDir dir;
    fs::create_symlink("/proc/self/environ", dir.path() / "environ");
    for (const fs::path& file : {fs::path("/proc/self/environ"), dir.path() / "environ",
                                 fs::path("/dev/zero"), fs::path("/dev/null")}) {
        OpenResult r = open_regular_file(file);
        ASSERT_TRUE(std::holds_alternative<FileProblem>(r)) << file;
        EXPECT_EQ(std::get<FileProblem>(r).kind, FileProblem::Kind::system) << file;
    }
}

TEST(OpenListedFile, OnlyPlainFilesOfTheFolderByName) {
    test::TempDir dir;
    std::ofstream(dir.path() / "frame-00001.png") << "png";
    std::ofstream(dir.path() / "secret") << "secret";
    fs::create_directory(dir.path() / "shard");
    fs::create_symlink(dir.path() / "secret", dir.path() / "shard" / "frame-00002.png");
    std::ofstream(dir.path() / "shard" / "frame-00001.png") << "png";
    EXPECT_TRUE(std::holds_alternative<OpenedFile>(
        open_listed_file(dir.path() / "shard", "frame-00001.png")));
    const std::vector<std::string> names{
        "frame-00002.png", "../secret", (dir.path() / "secret").string(), "..", "", "a\nb"};
    for (const std::string& name : names) {
        OpenResult r = open_listed_file(dir.path() / "shard", name);
        ASSERT_TRUE(std::holds_alternative<FileProblem>(r)) << name;
        EXPECT_EQ(std::get<FileProblem>(r).message.rfind("'", 0), 0U) << name;
    }
}

TEST(QuotedExcerpt, CutsAtEightyBytesOnACharacterBoundaryAndHidesControlCharacters) {
    EXPECT_EQ(quoted_excerpt("short"), "short");
    EXPECT_EQ(quoted_excerpt(std::string(1000, 'x')), std::string(80, 'x') + "...");
    // 79 ASCII bytes, then a two-byte character that would be cut in half.
    const std::string text = std::string(79, 'a') + "\xC3\xA9" + "tail";
    EXPECT_EQ(quoted_excerpt(text), std::string(79, 'a') + "...");
    EXPECT_EQ(quoted_excerpt("a\x1b[2Jb\n"), "a?[2Jb?");
}

}  // namespace gt
