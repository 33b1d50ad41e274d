#include "geo/gdal_dataset.hpp"

#include <gdal.h>
#include <sqlite3.h>

#include <mutex>

namespace gt {

void register_gdal_drivers() {
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
}

void configure_sqlite_for_threads() {
    // SQLITE_MISUSE once SQLite has started: then it keeps its statistics, which is only slower.
    (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

}  // namespace gt
