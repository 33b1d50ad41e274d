#include "child_run.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

#include "stopwatch.hpp"

namespace gt::bench {

ChildRun run_child(const std::filesystem::path& program, const std::vector<std::string>& args) {
    std::vector<std::string> all{program.string()};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    const Stopwatch watch;
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) throw std::runtime_error("wait4 failed");
    ChildRun run;
    run.wall_s = watch.seconds();
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
    run.cpu_s = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    run.peak_rss_mib = usage.ru_maxrss / 1024.0;  // kilobytes on Linux
    if (run.exit_code != 0) {
        throw std::runtime_error(program.string() + " exited with " +
                                 std::to_string(run.exit_code));
    }
    return run;
}

}  // namespace gt::bench
