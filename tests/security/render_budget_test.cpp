// A scenario within the documented limits either renders within the memory budget or is refused
// before any work, at its position, with exit code 2. Each case runs the program as a child
// process and measures its wall time and its peak memory (getrusage through wait4).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>

#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

// A sanitizer's shadow memory and quarantine add to the child's peak: the memory budget holds
// in plain builds, where it is measured; time and exit codes are checked in every build.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kMeasuresMemory = false;
#else
constexpr bool kMeasuresMemory = true;
#endif

struct Measured {
    int exit_code = -1;
    std::string err;
    double seconds = 0;
    long peak_mib = 0;  ///< the child's maximum resident set
    [[nodiscard]] std::string first_line() const { return err.substr(0, err.find('\n')); }
};

/// Runs the program with `args`, its stdout discarded and its stderr kept; `file_limit` (bytes,
/// 0: none) is set as the child's RLIMIT_FSIZE, as `ulimit -f` does.
Measured run_measured(const std::vector<std::string>& args, rlim_t file_limit = 0) {
    std::vector<std::string> words{test::program().string()};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    int err_pipe[2];
    if (pipe(err_pipe) != 0) throw std::runtime_error("pipe");
    const auto started = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(err_pipe[1], STDERR_FILENO);
        close(err_pipe[0]);
        if (file_limit > 0) {
            const rlimit limit{file_limit, file_limit};
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(err_pipe[1]);
    Measured m;
    char buffer[4096];
    for (ssize_t n = 0; (n = read(err_pipe[0], buffer, sizeof buffer)) > 0;) {
        m.err.append(buffer, static_cast<std::size_t>(n));
    }
    close(err_pipe[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    m.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    m.peak_mib = usage.ru_maxrss / 1024;  // KiB on Linux
    return m;
}

/// tests/data/small.yaml with `from` replaced by `to`, written as `name` in `dir`.
fs::path small_with(const fs::path& dir, const std::string& from, const std::string& to,
                    const std::string& name = "small.yaml") {
    std::string text = test::read_file(test::data_dir() / "small.yaml");
    if (!from.empty()) {
        const auto at = text.find(from);
        if (at == std::string::npos) throw std::runtime_error("no '" + from + "' in small.yaml");
        text.replace(at, from.size(), to);
    }
    std::ofstream(dir / name) << text;
    return dir / name;
}

}  // namespace

TEST(RenderBudget, AFrameOverTheBudgetIsRefusedAtItsSizeBeforeDrawing) {
    test::TempDir dir;
    const fs::path scenario = small_with(dir.path(), "size: [960, 600]", "size: [16384, 16384]");
    const Measured m = run_measured(
        {"render", scenario.string(), "--out", (dir.path() / "out").string(), "--jobs", "2"});
    EXPECT_EQ(m.exit_code, 2) << m.err;
    EXPECT_EQ(m.first_line(), scenario.string() +
                                  ":7:9: error: a frame of 16384 x 16384 pixels needs about "
                                  "5248 MiB to render, over the memory budget of 1024 MiB")
        << m.err;
    EXPECT_NE(m.err.find("--memory 6G"), std::string::npos) << m.err;
    EXPECT_LT(m.seconds, 10);
    if (kMeasuresMemory) {
        EXPECT_LT(m.peak_mib, 512);
    }
    EXPECT_FALSE(fs::exists(dir.path() / "out" / "small"));
}

TEST(RenderBudget, ScaleEightOverASmallerBudgetIsRefused) {
    test::TempDir dir;
    const fs::path scenario = small_with(dir.path(), "", "");
    const Measured m =
        run_measured({"render", scenario.string(), "--out", (dir.path() / "out").string(),
                      "--scale", "8", "--memory", "512M", "--jobs", "2"});
    EXPECT_EQ(m.exit_code, 2) << m.err;
    EXPECT_EQ(m.first_line(), scenario.string() +
                                  ":7:9: error: a frame of 7680 x 4800 pixels (size times "
                                  "--scale) needs about 832 MiB to render, over the memory "
                                  "budget of 512 MiB")
        << m.err;
    EXPECT_LT(m.seconds, 10);
    if (kMeasuresMemory) {
        EXPECT_LT(m.peak_mib, 512);
    }
}

TEST(RenderBudget, FewerFramesAreDrawnAtOnceToStayWithinTheBudget) {
    test::TempDir dir;
    const fs::path scenario = small_with(dir.path(), "", "");
    const Measured m =
        run_measured({"render", scenario.string(), "--out", (dir.path() / "out").string(),
                      "--scale", "4", "--memory", "400M", "--jobs", "4", "--frames", "1:2"});
    EXPECT_EQ(m.exit_code, 0) << m.err;
    EXPECT_EQ(m.first_line(),
              "geotimeline: note: drawing 1 frame at once, not 4: more would not fit in the "
              "memory budget of 400 MiB (--memory)");
    if (kMeasuresMemory) {
        EXPECT_LT(m.peak_mib, 400);
    }
}

TEST(RenderBudget, AMemorySizeThatIsNoneIsRefused) {
    const Measured m =
        run_measured({"render", (test::data_dir() / "small.yaml").string(), "--memory", "lots"});
    EXPECT_NE(m.exit_code, 0);
    EXPECT_NE(m.err.find("'lots' is not a memory size"), std::string::npos) << m.err;
}

TEST(RenderLeftovers, ALongScenarioNameRendersWithItsStagingNameWithin255Bytes) {
    test::TempDir dir;
    const std::string name = std::string(240, 'a') + ".yaml";
    const fs::path scenario = small_with(dir.path(), "", "", name);
    const Measured m =
        run_measured({"render", scenario.string(), "--out", (dir.path() / "out").string()});
    EXPECT_EQ(m.exit_code, 0) << m.err;
    EXPECT_TRUE(fs::exists(dir.path() / "out" / std::string(240, 'a') / "manifest.json"));
}

TEST(RenderLeftovers, StagingFoldersOfDeadProcessesAreRemovedByTheNextRender) {
    test::TempDir dir;
    const fs::path scenario = small_with(dir.path(), "", "");
    const fs::path out = dir.path() / "out";
    // A process id no process has: above the kernel's pid_max (at most 2^22).
    const fs::path stale = out / ".small.partial-9999999";
    const fs::path alive = out / (".small.partial-" + std::to_string(getpid()));
    const fs::path other = out / ".other.partial-9999999";
    for (const fs::path& p : {stale, alive, other}) fs::create_directories(p / "x");
    const Measured m = run_measured({"render", scenario.string(), "--out", out.string()});
    EXPECT_EQ(m.exit_code, 0) << m.err;
    EXPECT_FALSE(fs::exists(stale));
    EXPECT_TRUE(fs::exists(alive)) << "a running process's staging folder was removed";
    EXPECT_TRUE(fs::exists(other)) << "another scenario's folder was removed";
}

TEST(RenderLeftovers, AFileSizeLimitIsReportedAsAnErrorNotASignal) {
    test::TempDir dir;
    const fs::path scenario = small_with(dir.path(), "", "");
    const Measured m = run_measured(
        {"render", scenario.string(), "--out", (dir.path() / "out").string()}, 16 * 1024);
    EXPECT_EQ(m.exit_code, 1) << m.err;
    EXPECT_NE(m.err.find("cannot write: File too large"), std::string::npos) << m.err;
    EXPECT_TRUE(fs::is_empty(dir.path() / "out")) << "a staging folder was left behind";
}

}  // namespace gt
