#pragma once
// GDAL for the whole program: its driver registry belongs to the process, and GDAL opens files on
// several threads (the basemap's layers at once, track files while loading), so the drivers are
// registered once, by whichever thread comes first; datasets are owned and closed by DatasetPtr.
#include <gdal_priv.h>

#include <memory>

namespace gt {

/// Registers GDAL's drivers (vector and raster) unless done already; safe on any thread.
void register_gdal_drivers();

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
/// A GDAL dataset, closed when it goes.
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

}  // namespace gt
