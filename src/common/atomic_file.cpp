#include "common/atomic_file.hpp"

#include <unistd.h>

#include <string>
#include <thread>

#include "common/error.hpp"

namespace gt {

void write_atomically(const std::filesystem::path& file,
                      const std::function<void(const std::filesystem::path&)>& write) {
    std::error_code ec;
    if (!file.parent_path().empty()) std::filesystem::create_directories(file.parent_path(), ec);
    const std::string writer =
        std::to_string(getpid()) + "-" +
        std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id()));
    const std::filesystem::path partial =
        file.parent_path() / ("." + file.filename().string() + ".partial-" + writer);
    try {
        write(partial);
    } catch (...) {
        std::filesystem::remove(partial, ec);
        throw;
    }
    std::filesystem::rename(partial, file, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        throw RuntimeError(file.string() + ": cannot put the new file in place");
    }
}

}  // namespace gt
