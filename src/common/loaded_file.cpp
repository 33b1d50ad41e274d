#include "common/loaded_file.hpp"

#include <dlfcn.h>

namespace gt {

std::filesystem::path loaded_file(const void* address) {
    Dl_info info{};
    if (dladdr(address, &info) == 0 || info.dli_fname == nullptr) return {};
    std::error_code ec;
    const std::filesystem::path path = std::filesystem::canonical(info.dli_fname, ec);
    return ec ? std::filesystem::path() : path;
}

}  // namespace gt
