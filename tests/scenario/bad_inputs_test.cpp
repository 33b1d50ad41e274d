// Hostile and mistaken scenarios: every one must be rejected with exit code 2 and its exact
// first error line (file:line:column), never crash or hang, and never touch previous output.
// The files and their expected first lines are in tests/bad-inputs/; the cases too large to
// commit are generated here.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <map>
#include <sstream>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

struct BadInput {
    std::string file;      ///< name in tests/bad-inputs
    std::string expected;  ///< first stderr line after "<path>:"
};

/// Names the case in gtest's messages.
void PrintTo(const BadInput& c, std::ostream* os) { *os << c.file; }

fs::path bad_inputs_dir() { return test::source_dir() / "tests" / "bad-inputs"; }

/// expected.txt: one "<file><TAB><line>:<column>: error: <message>" per line; @SOURCE_DIR@
/// stands for the checkout, for messages that name a file of it.
std::vector<BadInput> read_expected() {
    std::vector<BadInput> cases;
    std::ifstream in(bad_inputs_dir() / "expected.txt");
    const std::string placeholder = "@SOURCE_DIR@";
    for (std::string line; std::getline(in, line);) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        BadInput c{line.substr(0, tab), line.substr(tab + 1)};
        if (const auto at = c.expected.find(placeholder); at != std::string::npos) {
            c.expected.replace(at, placeholder.size(), test::source_dir().string());
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

/// Every regular file under `dir` by relative path, with its bytes; folders as "<path>/".
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        const std::string name = fs::relative(entry.path(), dir).string();
        if (entry.is_directory())
            files[name + "/"] = "";
        else
            files[name] = test::read_file(entry.path());
    }
    return files;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

/// The output of rendering tests/data/small.yaml, made once per build tree and shared by every
/// case (ctest runs each case in its own process). Each case starts from a copy of it and puts
/// its bad scenario in place under the name small.yaml, so it would write to the same output
/// folder if it were accepted.
class BadInputs : public ::testing::Test {
  public:
    static void SetUpTestSuite() {
        if (fs::exists(previous_output() / "small" / "manifest.json")) return;
        // Render privately, then move into place: parallel processes may race to do this.
        test::TempDir fresh;
        const auto r = test::run({"render", (test::data_dir() / "small.yaml").string(), "--out",
                                  fresh.path().string(), "--quiet"});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        fs::create_directories(previous_output());
        std::error_code lost_the_race;  // another process renamed its copy in first: fine
        fs::rename(fresh.path() / "small", previous_output() / "small", lost_the_race);
    }

  protected:
    static fs::path previous_output() {
        return fs::path(GEOTIMELINE_TEST_WORK_DIR) / "bad-inputs-previous-output";
    }

    void SetUp() override {
        ASSERT_TRUE(fs::exists(previous_output() / "small" / "manifest.json"));
        fs::copy(previous_output(), out(), fs::copy_options::recursive);
        before_ = snapshot(out());
        fs::create_directory(work_.path() / "in");
        // The track files some cases name, beside the scenario as in a real project.
        fs::copy(bad_inputs_dir() / "tracks", work_.path() / "in" / "tracks");
    }

    [[nodiscard]] fs::path out() const { return work_.path() / "out"; }
    [[nodiscard]] fs::path scenario() const { return work_.path() / "in" / "small.yaml"; }

    void write_scenario(const std::string& text) const {
        std::ofstream(scenario(), std::ios::binary) << text;
    }

    /// Renders scenario() into out() and checks the rejection: exit code 2, the first line,
    /// a hint after it, and the previous output untouched with nothing added beside it.
    void expect_rejected(const std::string& expected_after_path, bool with_hint = true) const {
        const auto r = test::run({"render", scenario().string(), "--out", out().string()});
        EXPECT_EQ(r.exit_code, 2) << r.err;
        const auto lines = lines_of(r.err);
        ASSERT_FALSE(lines.empty());
        EXPECT_EQ(lines[0], scenario().string() + ":" + expected_after_path);
        if (with_hint) {
            ASSERT_GE(lines.size(), 2U) << r.err;
            EXPECT_EQ(lines[1].rfind("  hint: ", 0), 0U) << r.err;
            EXPECT_GT(lines[1].size(), 10U) << r.err;
        }
        EXPECT_TRUE(snapshot(out()) == before_) << "the previous output changed or gained files";
    }

  private:
    test::TempDir work_;
    std::map<std::string, std::string> before_;
};

class BadInputFile : public BadInputs, public ::testing::WithParamInterface<BadInput> {};

TEST_P(BadInputFile, IsRejectedWithItsFirstErrorAndKeepsPreviousOutput) {
    fs::copy_file(bad_inputs_dir() / GetParam().file, scenario());
    expect_rejected(GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Files, BadInputFile, ::testing::ValuesIn(read_expected()),
                         [](const ::testing::TestParamInfo<BadInput>& info) {
                             std::string name =
                                 info.param.file.substr(0, info.param.file.rfind('.'));
                             for (char& c : name) {
                                 if (std::isalnum(static_cast<unsigned char>(c)) == 0) c = '_';
                             }
                             return name;
                         });

TEST(BadInputCatalogue, EveryFileHasOneExpectedLineAndThereAreAHundred) {
    std::map<std::string, int> listed;
    for (const BadInput& c : read_expected()) ++listed[c.file];
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(bad_inputs_dir())) {
        if (entry.path().extension() != ".yaml") continue;
        ++files;
        EXPECT_EQ(listed[entry.path().filename().string()], 1) << entry.path();
    }
    EXPECT_EQ(listed.size(), files) << "expected.txt lists a file that does not exist";
    EXPECT_GE(files, 100U);
}

// ---- cases generated at run time: too large to commit, or not files at all

/// tests/bad-inputs/154's scenario with its track naming `file` instead.
std::string scenario_with_track(const std::string& file) {
    std::string yaml = test::read_file(bad_inputs_dir() / "154-track-file-missing.yaml");
    const std::string written = "{file: tracks/missing.gpx}";
    yaml.replace(yaml.find(written), written.size(), "{file: " + file + "}");
    return yaml;
}

TEST_F(BadInputs, TrackLinkedToAFileOutsideTheScenarioFolder) {
    const fs::path secret = scenario().parent_path().parent_path() / "secret.csv";
    std::ofstream(secret) << "AWS_SECRET_ACCESS_KEY=hunter2\n";
    fs::create_symlink(secret, scenario().parent_path() / "tracks" / "link.csv");
    write_scenario(scenario_with_track("tracks/link.csv"));
    expect_rejected(
        "15:5: error: track file 'tracks/link.csv': is outside the scenario's folder (after '..' "
        "and symbolic links)");
    const auto r = test::run({"validate", scenario().string()});
    EXPECT_EQ(r.err.find("hunter2"), std::string::npos) << r.err;
}

TEST_F(BadInputs, TrackLinkedToTheProcessEnvironment) {
    fs::create_symlink("/proc/self/environ", scenario().parent_path() / "tracks" / "env.csv");
    write_scenario(scenario_with_track("tracks/env.csv"));
    expect_rejected(
        "15:5: error: track file 'tracks/env.csv': is outside the scenario's folder (after '..' "
        "and symbolic links)");
}

TEST_F(BadInputs, TrackThatIsAFifo) {
    ASSERT_EQ(::mkfifo((scenario().parent_path() / "tracks" / "pipe.csv").c_str(), 0600), 0);
    write_scenario(scenario_with_track("tracks/pipe.csv"));
    expect_rejected("15:5: error: track file 'tracks/pipe.csv': is not a regular file");
}

TEST_F(BadInputs, StyleThatIsAFifo) {
    const fs::path fifo = scenario().parent_path() / "style.yaml";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const std::string name = (scenario().parent_path() / "style").string();
    std::string yaml = test::read_file(bad_inputs_dir() / "013-unknown-style.yaml");
    yaml.replace(yaml.find("fancy"), 5, name);
    write_scenario(yaml);
    expect_rejected("6:10: error: style '" + name + "' is not a style name");
}

TEST_F(BadInputs, ScenarioThatIsAFifo) {
    ASSERT_EQ(::mkfifo(scenario().c_str(), 0600), 0);
    expect_rejected(" error: is not a regular file");
}

TEST_F(BadInputs, ScenarioLinkedToTheProcessEnvironment) {
    fs::create_symlink("/proc/self/environ", scenario());
    expect_rejected(" error: is under /proc, /sys or /dev");
}

TEST_F(BadInputs, DirectoryInsteadOfAFile) {
    fs::create_directory(scenario());
    expect_rejected(" error: is a directory, not a scenario file");
}

TEST_F(BadInputs, FileOverTheSizeLimit) {
    write_scenario("title: " + std::string(4U * 1024U * 1024U, 'x') + "\n");
    expect_rejected(" error: file is over the limit of 2097152 bytes");
}

TEST_F(BadInputs, MegabyteScalar) {
    write_scenario("title: " + std::string(2000U * 1000U, 'x') + "\n");
    expect_rejected("1:8: error: a value of 2000000 bytes, over the limit of 65536");
}

TEST_F(BadInputs, MegabyteLineOfBrackets) {
    write_scenario("title: " + std::string(2000U * 1000U, '[') + "\n");
    expect_rejected("1:72: error: brackets nested deeper than 64 levels");
}

TEST_F(BadInputs, IndentationNestedThousandsDeep) {
    std::string yaml = "title: x\n";
    for (int depth = 0; depth < 2000; ++depth) {  // 2 MB: just under the size limit
        yaml += std::string(static_cast<std::size_t>(depth), ' ') + "k:\n";
    }
    write_scenario(yaml);
    expect_rejected("66:65: error: lists and mappings nested deeper than 64 levels");
}

TEST_F(BadInputs, ListItemsNestedThousandsDeep) {
    std::string yaml = "title: x\nmovements:\n";
    for (int depth = 0; depth < 5000; ++depth) yaml += "- ";
    write_scenario(yaml + "x\n");
    expect_rejected("3:127: error: lists and mappings nested deeper than 64 levels");
}

TEST_F(BadInputs, WideAliasBomb) {
    std::string yaml = "title: x\nwide: &w [";
    for (int i = 0; i < 2000; ++i) yaml += "lol, ";
    yaml += "lol]\nbomb: [";
    for (int i = 0; i < 1000; ++i) yaml += "*w, ";
    write_scenario(yaml + "*w]\n");
    expect_rejected(
        "3:1004: error: the document holds over 500000 values (aliases counted as often as "
        "they repeat)");
}

TEST_F(BadInputs, MoreEntriesThanTheLimit) {
    std::string yaml =
        "title: x\nmap: {extent: [0, 0, 10, 10]}\ntimeline: {start: 2024-10-01, "
        "end: 2024-10-02}\nplaces:\n";
    for (int i = 0; i <= 10000; ++i) yaml += "  p" + std::to_string(i) + ": {at: [1, 1]}\n";
    write_scenario(yaml);
    expect_rejected("5:3: error: 'places' has 10001 entries, over the limit of 10000");
}

TEST_F(BadInputs, ThousandsOfErrorsAreCutShort) {
    std::string yaml =
        "title: x\nmap: {extent: [0, 0, 10, 10]}\ntimeline: {start: 2024-10-01, "
        "end: 2024-10-02}\nsources: {s: {title: t}}\nplaces:\n";
    for (int i = 0; i < 2000; ++i) yaml += "  p" + std::to_string(i) + ": {at: [1, 1]}\n";
    yaml += "movements:\n";
    for (int i = 0; i < 1000; ++i) {
        yaml += "  - {id: m" + std::to_string(i) + ", from: q" + std::to_string(i) + ", to: p" +
                std::to_string(i) +
                ", start: 2024-10-01, end: 2024-10-02, source: s, "
                "confidence: claimed}\n";
    }
    write_scenario(yaml);
    expect_rejected("2007:20: error: unknown place 'q0'");
    const auto r = test::run({"validate", scenario().string()});
    EXPECT_NE(r.err.find(": error: 900 more errors not shown"), std::string::npos);
    EXPECT_LT(lines_of(r.err).size(), 250U);
}

}  // namespace gt
