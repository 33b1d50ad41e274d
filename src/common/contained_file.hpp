#pragma once
// The containment policy for files the input names (docs/security.md): a file a scenario names
// resolves, after symbolic links, inside the scenario's folder; every file read on the input's
// behalf is a regular file, outside /proc, /sys and /dev, opened without following a final
// symbolic link and without blocking on a FIFO; and text quoted from a file is cut short.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

namespace gt {

/// Why a file cannot be read: what is wrong and how to fix it.
struct FileProblem {
    enum class Kind { missing, folder, not_regular, system, outside, virtual_path, unreadable };
    Kind kind = Kind::unreadable;
    std::string message;
    std::string hint;
};

/// A regular file open for reading; closed when it goes.
class OpenedFile {
  public:
    OpenedFile(int fd, std::filesystem::path path, std::uintmax_t size);
    ~OpenedFile();
    OpenedFile(OpenedFile&& other) noexcept;
    OpenedFile& operator=(OpenedFile&& other) noexcept;
    OpenedFile(const OpenedFile&) = delete;
    OpenedFile& operator=(const OpenedFile&) = delete;

    [[nodiscard]] int fd() const { return fd_; }
    /// Canonical: every symbolic link resolved.
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] std::uintmax_t size() const { return size_; }

    /// The file's bytes from the start, at most `max_bytes + 1` of them, so that a caller can
    /// tell a file over its limit without reading all of it.
    /// @throws RuntimeError naming the file when reading fails.
    [[nodiscard]] std::string read(std::size_t max_bytes) const;

  private:
    int fd_ = -1;
    std::filesystem::path path_;
    std::uintmax_t size_ = 0;
};

using OpenResult = std::variant<OpenedFile, FileProblem>;

/// Opens `path` (symbolic links on the way resolved first: the path is the user's own) as a
/// regular file: refuses folders, FIFOs, devices, sockets and anything under /proc, /sys or
/// /dev, without reading a byte of them and without blocking.
[[nodiscard]] OpenResult open_regular_file(const std::filesystem::path& path);

/// Opens `path`, a file the input names (`folder` joined with what it wrote), only when it
/// resolves inside `folder` after every symbolic link; refuses GDAL's virtual file systems
/// (/vsicurl/, /vsizip/...) and URLs by name, then as open_regular_file.
[[nodiscard]] OpenResult open_contained_file(const std::filesystem::path& folder,
                                             const std::filesystem::path& path);

/// Opens `name`, a file a manifest lists, in `folder`: a plain file name (no '/', not '.' or
/// '..', no control characters), not a symbolic link, then as open_regular_file. A problem's
/// message starts with the name quoted. Programs write
/// the files they list; a link or a path in a listing was put there by someone else.
[[nodiscard]] OpenResult open_listed_file(const std::filesystem::path& folder,
                                          const std::string& name);

/// Whether `path` resolves (after symbolic links, those of the part that exists) inside
/// `folder`, itself resolved.
[[nodiscard]] bool resolves_inside(const std::filesystem::path& folder,
                                   const std::filesystem::path& path);

/// Characters of data read from a file that a message quotes at most.
inline constexpr std::size_t max_quoted_bytes = 80;

/// `text` cut to `max_quoted_bytes` (at a UTF-8 character boundary, "..." added when cut), with
/// control characters shown as "?", for quoting data from a file in a message.
[[nodiscard]] std::string quoted_excerpt(std::string_view text,
                                         std::size_t max_bytes = max_quoted_bytes);

}  // namespace gt
