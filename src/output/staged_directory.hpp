#pragma once
// Atomic replacement of an output folder: frames are written into a hidden staging folder beside
// the target, which replaces the target only once everything is complete. Until commit() the
// previous output stays untouched; a failure (the destructor runs) removes the staging folder.
// commit() swaps the two folders in one step where the file system can (renameat2's
// RENAME_EXCHANGE), so that a reader (a browser showing the HTML player during --watch) never
// finds the output missing.
#include <filesystem>
#include <functional>
#include <string>

namespace gt {

/// Whether an entry of the previous output (by its file name) is to be kept by a new one.
using KeepPrevious = std::function<bool(const std::string& name)>;

class StagedDirectory {
  public:
    /// @throws RuntimeError naming the path when the staging folder cannot be made.
    explicit StagedDirectory(std::filesystem::path target);
    ~StagedDirectory();
    StagedDirectory(const StagedDirectory&) = delete;
    StagedDirectory& operator=(const StagedDirectory&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return staging_; }
    [[nodiscard]] const std::filesystem::path& target() const { return target_; }

    /// Swaps the staging folder in for the target, then removes the previous output. First the
    /// entries of the previous output that `keep` accepts and the new one lacks are brought
    /// over (what other commands wrote there: a video, a player): files as hard links (copies
    /// where a link cannot be made), so the previous output still has them until the swap;
    /// folders are moved.
    /// @throws RuntimeError when the rename fails; the previous output is then kept, or when a
    ///         kept entry cannot be brought over.
    void commit(const KeepPrevious& keep = {});

  private:
    std::filesystem::path target_;
    std::filesystem::path staging_;
    bool committed_ = false;
};

/// A name safe to use as one path component: letters, digits, '-', '_', '.'; never "." or "..".
[[nodiscard]] std::string safe_component(const std::string& name);

}  // namespace gt
