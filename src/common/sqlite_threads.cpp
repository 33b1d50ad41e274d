#include "common/sqlite_threads.hpp"

#include <sqlite3.h>

namespace gt {

void configure_sqlite_for_threads() {
    // SQLITE_MISUSE once SQLite has started: then it keeps its statistics, which is only slower.
    (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

}  // namespace gt
