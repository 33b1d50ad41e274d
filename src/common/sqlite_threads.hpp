#pragma once
// SQLite for a program that reads SQLite files on several threads at once.

namespace gt {

/// Turns SQLite's memory statistics off for the process. GDAL's GeoPackage driver (the basemap)
/// and PROJ (proj.db) read SQLite files on several threads at once, and with the statistics on,
/// every SQLite allocation takes one lock shared by all of them: the basemap's layers were read
/// one after the other in effect. A 4-frame render takes 0.956 of the time without them.
/// @pre nothing has used SQLite yet (call it first in main); later it changes nothing.
void configure_sqlite_for_threads();

}  // namespace gt
