#include "gdal/gdal_dataset.hpp"

#include <cpl_conv.h>
#include <cpl_http.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <mutex>

namespace gt {

namespace {

/// Every HTTP request GDAL would make (a GeoJSON "crs" link, a driver's web service) fails
/// here instead: a scenario never makes the program reach the network.
CPLHTTPResult* refuse_http(const char* /*url*/, CSLConstList /*options*/,
                           GDALProgressFunc /*progress*/, void* /*progress_arg*/,
                           CPLHTTPFetchWriteFunc /*write*/, void* /*write_arg*/,
                           void* /*user_data*/) {
    auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup("network access is off in geotimeline");
    return result;
}

}  // namespace

void contain_gdal() {
    // No network: /vsicurl/ accepts no file name, HTTP fails at once, PROJ fetches no grid.
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".geotimeline-network-off");
    CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetConfigOption("GDAL_HTTP_CONNECTTIMEOUT", "1");
    CPLSetConfigOption("PROJ_NETWORK", "OFF");
    // Listing a file's folder on open is not needed and reads what is beside the file.
    CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "TRUE");
    // KML styles in other documents would be fetched by name.
    CPLSetConfigOption("LIBKML_RESOLVE_STYLE", "NO");
    CPLHTTPSetFetchCallback(refuse_http, nullptr);
    OSRSetPROJEnableNetwork(0);
}

void register_gdal_drivers() {
    static std::once_flag registered;
    std::call_once(registered, [] {
        contain_gdal();
        GDALAllRegister();
    });
}

}  // namespace gt
