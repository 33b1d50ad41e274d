#pragma once
// GDAL for the whole program: its driver registry belongs to the process, and GDAL opens files on
// several threads (the basemap's layers at once, track files while loading), so the drivers are
// registered once, by whichever thread comes first; datasets are owned and closed by DatasetPtr.
#include <gdal_priv.h>

#include <memory>

namespace gt {

/// Registers GDAL's drivers (vector and raster) unless done already; safe on any thread.
void register_gdal_drivers();

/// Turns SQLite's memory statistics off for the process. GDAL's GeoPackage driver (the basemap)
/// and PROJ (proj.db) read SQLite files on several threads at once, and with the statistics on,
/// every SQLite allocation takes one lock shared by all of them: the basemap's layers were read
/// one after the other in effect. A 4-frame render takes 0.956 of the time without them.
/// @pre nothing has used SQLite yet (call it first in main); later it changes nothing.
void configure_sqlite_for_threads();

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
/// A GDAL dataset, closed when it goes.
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

}  // namespace gt
