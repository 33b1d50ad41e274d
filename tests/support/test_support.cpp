#include "support/test_support.hpp"

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace gt::test {

std::filesystem::path source_dir() { return GEOTIMELINE_SOURCE_DIR; }
std::filesystem::path data_dir() { return GEOTIMELINE_TEST_DATA; }
std::filesystem::path scenario_file(const std::string& name) {
    return source_dir() / "scenarios" / (name + ".yaml");
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "geotimeline-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

RunResult run(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int code = run_app(args, out, err);
    return {code, out.str(), err.str()};
}

std::string capture(const std::string& command, int* exit_code) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
    char buffer[4096];
    std::size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    const int status = pclose(pipe);
    if (exit_code != nullptr) *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace gt::test
