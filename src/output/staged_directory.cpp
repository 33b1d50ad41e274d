#include "output/staged_directory.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "common/error.hpp"

namespace gt {

namespace fs = std::filesystem;

std::string safe_component(const std::string& name) {
    std::string out;
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        out += ok ? c : '_';
    }
    if (out.empty() || out.find_first_not_of('.') == std::string::npos) out = "scenario";
    return out;
}

namespace {

/// File systems allow 255 bytes a name.
constexpr std::size_t max_name_bytes = 255;

/// "." + `target` + "." + `kind` + "-": the start of a helper folder's name beside `target`,
/// which is cut and given a digest of the whole name when the name would pass 255 bytes with a
/// process id after it.
std::string helper_prefix(const std::string& target, const std::string& kind) {
    std::string prefix = "." + target + "." + kind + "-";
    constexpr std::size_t pid_digits = 10;
    if (prefix.size() + pid_digits <= max_name_bytes) return prefix;
    std::uint32_t digest = 2166136261U;
    for (const char c : target) digest = (digest ^ static_cast<unsigned char>(c)) * 16777619U;
    char hex[10];
    std::snprintf(hex, sizeof hex, "~%08x", digest);
    const std::size_t keep = max_name_bytes - pid_digits - kind.size() - 2 - 1 - 9;
    return "." + target.substr(0, keep) + hex + "." + kind + "-";
}

/// Removes the staging folders beside `parent/target` that renders killed before they could
/// clean up left behind: those of processes that no longer exist.
void remove_stale_staging(const fs::path& parent, const std::string& prefix) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(parent, ec)) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with(prefix)) continue;
        const std::string pid_text = name.substr(prefix.size());
        if (pid_text.empty() || pid_text.size() > 9 ||
            pid_text.find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        const auto pid = static_cast<pid_t>(std::stol(pid_text));
        if (pid <= 0 || pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH) continue;
        std::error_code ignored;
        fs::remove_all(entry.path(), ignored);
    }
}

}  // namespace

StagedDirectory::StagedDirectory(fs::path target) : target_(std::move(target)) {
    const fs::path parent = target_.parent_path().empty() ? fs::path(".") : target_.parent_path();
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) throw RuntimeError(parent.string() + ": cannot create output folder: " + ec.message());
    const std::string prefix = helper_prefix(target_.filename().string(), "partial");
    remove_stale_staging(parent, prefix);
    staging_ = parent / (prefix + std::to_string(getpid()));
    fs::remove_all(staging_, ec);
    fs::create_directory(staging_, ec);
    if (ec) throw RuntimeError(staging_.string() + ": cannot create folder: " + ec.message());
}

StagedDirectory::~StagedDirectory() {
    if (committed_) return;
    std::error_code ec;
    fs::remove_all(staging_, ec);
}

namespace {

/// Swaps `from` and `to` in one step (both must exist): no moment without `to`.
/// @returns false where the file system cannot (errno EINVAL or ENOSYS), true when done.
/// @throws RuntimeError on any other failure.
bool exchange(const fs::path& from, const fs::path& to) {
    if (renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_EXCHANGE) == 0) return true;
    if (errno == EINVAL || errno == ENOSYS) return false;
    throw RuntimeError(to.string() + ": cannot put new output in place: " + std::strerror(errno));
}

/// Brings the entries of `previous` that `keep` accepts into `staging`, unless it has them.
void carry_over(const fs::path& previous, const fs::path& staging, const KeepPrevious& keep) {
    std::error_code ec;
    if (!keep || !fs::is_directory(fs::symlink_status(previous, ec))) return;
    for (const fs::directory_entry& entry : fs::directory_iterator(previous, ec)) {
        const std::string name = entry.path().filename().string();
        const fs::path to = staging / name;
        if (!keep(name) || fs::exists(fs::symlink_status(to, ec))) continue;
        const fs::file_status status = entry.symlink_status(ec);
        if (fs::is_regular_file(status)) {
            fs::create_hard_link(entry.path(), to, ec);
            if (ec) fs::copy_file(entry.path(), to, ec);
        } else if (fs::is_directory(status) || fs::is_symlink(status)) {
            fs::rename(entry.path(), to, ec);
        }
        if (ec)
            throw RuntimeError(to.string() +
                               ": cannot keep it from the previous output: " + ec.message());
    }
}

}  // namespace

void StagedDirectory::commit(const KeepPrevious& keep) {
    std::error_code ec;
    carry_over(target_, staging_, keep);
    if (fs::exists(target_, ec) && exchange(staging_, target_)) {
        // The previous output now lies in the staging folder's place.
        committed_ = true;
        fs::remove_all(staging_, ec);
        return;
    }
    // No previous output, or a file system that cannot swap: move it aside first.
    const fs::path old =
        staging_.parent_path() /
        (helper_prefix(target_.filename().string(), "previous") + std::to_string(getpid()));
    const bool had_previous = fs::exists(target_, ec);
    if (had_previous) {
        fs::rename(target_, old, ec);
        if (ec)
            throw RuntimeError(target_.string() +
                               ": cannot move previous output aside: " + ec.message());
    }
    fs::rename(staging_, target_, ec);
    if (ec) {
        std::error_code restore;
        if (had_previous) fs::rename(old, target_, restore);
        throw RuntimeError(target_.string() + ": cannot put new output in place: " + ec.message());
    }
    committed_ = true;
    if (had_previous) fs::remove_all(old, ec);
}

}  // namespace gt
