#include "support/test_support.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace gt::test {

std::filesystem::path source_dir() { return GEOTIMELINE_SOURCE_DIR; }
std::filesystem::path data_dir() { return GEOTIMELINE_TEST_DATA; }
std::filesystem::path scenario_file(const std::string& name) {
    return source_dir() / "scenarios" / (name + ".yaml");
}
SceneOptions scene_options() {
    return {source_dir() / "styles", default_paths().basemap, 1, "", {}};
}

TempDir::TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "geotimeline-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

RunResult run(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    AppPaths paths = default_paths();
    // Never the user's ~/.cache, also when the tests run outside ctest (which sets it too).
    paths.cache = std::filesystem::path(GEOTIMELINE_TEST_WORK_DIR) / "layer-cache";
    const int code = run_app(args, out, err, paths);
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

std::filesystem::path program() { return GEOTIMELINE_PROGRAM; }

int spawn_program(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    const std::string path = program().string();
    argv.push_back(const_cast<char*>(path.c_str()));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

std::map<std::string, std::string> file_hashes(const std::filesystem::path& folder) {
    std::map<std::string, std::string> hashes;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (!entry.is_regular_file()) continue;
        std::uint64_t h = 14695981039346656037ULL;
        for (const char c : read_file(entry.path())) {
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        }
        char hex[17];
        std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
        hashes[entry.path().filename().string()] = hex;
    }
    return hashes;
}

std::vector<std::string> hidden_entries(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with('.')) names.push_back(name);
    }
    return names;
}

std::string replace_line(const std::string& source, const std::string& prefix,
                         const std::string& line) {
    std::istringstream in(source);
    std::string out, current;
    while (std::getline(in, current)) out += (current.starts_with(prefix) ? line : current) + '\n';
    return out;
}

std::filesystem::path chosen_folder(const std::filesystem::path& out_root,
                                    const std::string& scenario) {
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::directory_iterator(out_root)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(scenario + "-frame-", 0) == 0 || name.rfind(scenario + "-frames-", 0) == 0) {
            found.push_back(entry.path());
        }
    }
    if (found.size() != 1) {
        throw std::runtime_error(std::to_string(found.size()) + " folders of chosen frames of " +
                                 scenario + " in " + out_root.string());
    }
    return found.front();
}

std::vector<std::filesystem::path> chosen_pngs(const std::filesystem::path& out_root,
                                               const std::string& scenario) {
    const std::filesystem::path folder = chosen_folder(out_root, scenario);
    const auto manifest = nlohmann::json::parse(read_file(folder / "manifest.json"));
    std::vector<std::filesystem::path> out;
    for (const auto& frame : manifest["frames"]) {
        out.push_back(folder / frame["files"]["png"].get<std::string>());
    }
    return out;
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace gt::test
