#include "gdal/gdal_errors.hpp"

#include <cpl_error.h>

#include "common/contained_file.hpp"

namespace gt {

QuietGdalErrors::QuietGdalErrors() {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
}

QuietGdalErrors::~QuietGdalErrors() { CPLPopErrorHandler(); }

std::string gdal_says(const std::filesystem::path& file) {
    std::string message = CPLGetLastErrorMsg();
    const std::string path = file.string();
    const std::string name = file.filename().string();
    // Searching on after the name put in: a path that is its own name would be found for ever.
    for (auto at = message.find(path); !path.empty() && at != std::string::npos;
         at = message.find(path, at + name.size())) {
        message.replace(at, path.size(), name);
    }
    // GDAL's messages can quote the file they failed on.
    return message.empty() ? "" : " (" + quoted_excerpt(message) + ")";
}

}  // namespace gt
