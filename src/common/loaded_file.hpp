#pragma once
// Which file on disk a piece of loaded code came from (the program or a shared library).
#include <filesystem>

namespace gt {

/// The canonical path of the file the code at `address` was loaded from (dladdr); empty when
/// the dynamic loader cannot say.
[[nodiscard]] std::filesystem::path loaded_file(const void* address);

}  // namespace gt
