#pragma once
// GDAL's error messages for track files: kept off stderr while a file is read, then quoted in
// the problem reported for it.
#include <filesystem>
#include <string>

namespace gt {

/// Keeps GDAL's messages off stderr while alive; they are read with CPLGetLastErrorMsg.
class QuietGdalErrors {
  public:
    QuietGdalErrors();
    ~QuietGdalErrors();
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};

/// " (GDAL's last message)", or "" when it said nothing; `file`'s path in it is cut to its name,
/// the message to max_quoted_bytes (common/contained_file.hpp).
[[nodiscard]] std::string gdal_says(const std::filesystem::path& file);

}  // namespace gt
