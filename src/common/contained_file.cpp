#include "common/contained_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <optional>

#include "common/error.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

FileProblem problem(FileProblem::Kind kind, std::string message, std::string hint) {
    return FileProblem{kind, std::move(message), std::move(hint)};
}

bool inside(const fs::path& root, const fs::path& target) {
    const fs::path relative = target.lexically_relative(root);
    return !relative.empty() && *relative.begin() != "..";
}

/// Kernel interfaces: stat() calls /proc/self/environ a regular file, and reading a device can
/// block or never end.
bool system_path(const fs::path& canonical) {
    static const std::array<fs::path, 3> roots{"/proc", "/sys", "/dev"};
    return std::any_of(roots.begin(), roots.end(),
                       [&](const fs::path& root) { return inside(root, canonical); });
}

const char* const kNotRegularHint = "name a regular file, not a pipe, device or socket";

std::optional<FileProblem> type_problem(const struct stat& st) {
    if (S_ISDIR(st.st_mode)) {
        return problem(FileProblem::Kind::folder, "is a folder, not a file", "name a file in it");
    }
    if (!S_ISREG(st.st_mode)) {
        // Opening a FIFO would wait for a writer; a device could be read for ever.
        return problem(FileProblem::Kind::not_regular, "is not a regular file", kNotRegularHint);
    }
    return std::nullopt;
}

}  // namespace

OpenedFile::OpenedFile(int fd, fs::path path, std::uintmax_t size)
    : fd_(fd), path_(std::move(path)), size_(size) {}

OpenedFile::~OpenedFile() {
    if (fd_ >= 0) ::close(fd_);
}

OpenedFile::OpenedFile(OpenedFile&& other) noexcept
    : fd_(other.fd_), path_(std::move(other.path_)), size_(other.size_) {
    other.fd_ = -1;
}

OpenedFile& OpenedFile::operator=(OpenedFile&& other) noexcept {
    std::swap(fd_, other.fd_);
    std::swap(path_, other.path_);
    std::swap(size_, other.size_);
    return *this;
}

std::string OpenedFile::read(std::size_t max_bytes) const {
    std::string text;
    std::array<char, 65536> buffer{};
    // pread from 0: the same bytes whoever read the descriptor before.
    off_t at = 0;
    while (text.size() <= max_bytes) {
        const std::size_t want = std::min(buffer.size(), max_bytes + 1 - text.size());
        const ssize_t got = ::pread(fd_, buffer.data(), want, at);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw RuntimeError(path_.string() + ": cannot read: " + std::strerror(errno));
        if (got == 0) break;
        text.append(buffer.data(), static_cast<std::size_t>(got));
        at += got;
    }
    return text;
}

OpenResult open_regular_file(const fs::path& path) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(path, ec);
    if (ec) {
        if (ec == std::errc::no_such_file_or_directory) {
            return problem(FileProblem::Kind::missing, "does not exist", "check the path");
        }
        return problem(FileProblem::Kind::unreadable, "cannot be read: " + ec.message(),
                       "check the path and its permissions");
    }
    if (system_path(canonical)) {
        return problem(FileProblem::Kind::system, "is under /proc, /sys or /dev",
                       "name an ordinary file (this one resolves to " + canonical.string() + ")");
    }
    struct stat st {};
    if (::stat(canonical.c_str(), &st) == 0) {
        if (auto refused = type_problem(st)) return *refused;
    }
    const int fd =
        ::open(canonical.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP) {  // replaced by a link since it was resolved
            return problem(FileProblem::Kind::not_regular, "is a symbolic link", kNotRegularHint);
        }
        return problem(error == ENOENT ? FileProblem::Kind::missing : FileProblem::Kind::unreadable,
                       error == ENOENT ? "does not exist"
                                       : std::string("cannot be opened: ") + std::strerror(error),
                       "check the path and its permissions");
    }
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return problem(FileProblem::Kind::unreadable,
                       std::string("cannot be read: ") + std::strerror(error),
                       "check the path and its permissions");
    }
    if (auto refused = type_problem(st)) {
        ::close(fd);
        return *refused;
    }
    return OpenedFile(fd, canonical, static_cast<std::uintmax_t>(st.st_size));
}

bool resolves_inside(const fs::path& folder, const fs::path& path) {
    std::error_code ec;
    const fs::path root = fs::canonical(folder.empty() ? fs::path(".") : folder, ec);
    if (ec) return false;
    const fs::path target = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return !ec && inside(root, target);
}

OpenResult open_contained_file(const fs::path& folder, const fs::path& path) {
    const std::string text = path.string();
    // GDAL takes a path starting /vsi as a virtual file system, and some drivers take URLs.
    if (text.rfind("/vsi", 0) == 0 || text.find("://") != std::string::npos) {
        return problem(FileProblem::Kind::virtual_path,
                       "names a URL or a GDAL virtual file system (/vsi...)",
                       "download the file into the scenario's folder and name it relative to "
                       "the scenario");
    }
    if (!resolves_inside(folder, path)) {
        std::error_code ec;
        const fs::path root = fs::weakly_canonical(folder.empty() ? fs::path(".") : folder, ec);
        return problem(FileProblem::Kind::outside,
                       "is outside the scenario's folder (after '..' and symbolic links)",
                       "copy the file into " + root.string() +
                           ", or a folder below it, and name it relative to the scenario");
    }
    return open_regular_file(path);
}

OpenResult open_listed_file(const fs::path& folder, const std::string& name) {
    const std::string quoted = "'" + quoted_excerpt(name) + "'";
    const bool plain =
        !name.empty() && name != "." && name != ".." &&
        std::none_of(name.begin(), name.end(), [](char c) {
            return c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
        });
    if (!plain) {
        return problem(FileProblem::Kind::outside, quoted + " is not a file name",
                       "a listing names files in its own folder: render again");
    }
    const fs::path path = folder / name;
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
        return problem(FileProblem::Kind::not_regular, quoted + " is a symbolic link",
                       "replace the link with the file itself, or render again");
    }
    OpenResult result = open_regular_file(path);
    if (auto* refused = std::get_if<FileProblem>(&result)) {
        refused->message = quoted + " " + refused->message;
    }
    return result;
}

std::string quoted_excerpt(std::string_view text, std::size_t max_bytes) {
    std::size_t end = text.size();
    const bool cut = end > max_bytes;
    if (cut) {
        end = max_bytes;
        // Never half a character: back off over UTF-8 continuation bytes.
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) --end;
    }
    std::string out(text.substr(0, end));
    for (char& c : out) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F) c = '?';
    }
    return cut ? out + "..." : out;
}

}  // namespace gt
