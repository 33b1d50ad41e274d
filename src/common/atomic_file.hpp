#pragma once
// Files that readers only ever see whole: written under a temporary name beside them, then
// renamed into place (a rename within one folder is atomic).
#include <filesystem>
#include <functional>

namespace gt {

/// Writes a file through a temporary name beside it, renamed into place only when complete.
/// `write` receives the temporary path: `.<name>.partial-<process>-<thread>`, one per writer, so
/// that processes and threads writing the same file at once never write into one another's.
/// @throws whatever `write` throws (the temporary file is then removed), RuntimeError on rename.
void write_atomically(const std::filesystem::path& file,
                      const std::function<void(const std::filesystem::path&)>& write);

}  // namespace gt
