#include "track/gdal_errors.hpp"

#include <cpl_error.h>

namespace gt {

QuietGdalErrors::QuietGdalErrors() {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
}

QuietGdalErrors::~QuietGdalErrors() { CPLPopErrorHandler(); }

std::string gdal_says(const std::filesystem::path& file) {
    std::string message = CPLGetLastErrorMsg();
    const std::string path = file.string();
    for (auto at = message.find(path); !path.empty() && at != std::string::npos;
         at = message.find(path)) {
        message.replace(at, path.size(), file.filename().string());
    }
    return message.empty() ? "" : " (" + message + ")";
}

}  // namespace gt
