#pragma once
// GDAL for the whole program: its driver registry belongs to the process, and GDAL opens files on
// several threads (the basemap's layers at once, track files while loading), so the drivers are
// registered once, by whichever thread comes first; datasets are owned and closed by DatasetPtr.
#include <gdal_priv.h>

#include <memory>

namespace gt {

/// Registers GDAL's drivers (vector and raster) unless done already, with contain_gdal's
/// settings; safe on any thread.
void register_gdal_drivers();

/// Turns GDAL's and its PROJ's network access off (HTTP requests fail, /vsicurl/ opens nothing)
/// and stops GDAL listing folders on open and KML documents fetching styles from others.
void contain_gdal();

/// The drivers a track file may be read with: formats that name no other file or URL (VRT,
/// WFS and their kind are left out).
inline const char* const track_drivers[] = {
    "GPX", "KML", "LIBKML", "GeoJSON", "ESRI Shapefile", "GPKG", "FlatGeobuf", nullptr};

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
/// A GDAL dataset, closed when it goes.
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

}  // namespace gt
