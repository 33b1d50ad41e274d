#pragma once
// GDAL's driver registry belongs to the whole process, and GDAL opens files on several threads
// (the basemap's layers at once, track files while loading): the drivers are registered once, by
// whichever thread comes first.

namespace gt {

/// Registers GDAL's drivers (vector and raster) unless done already; safe on any thread.
void register_gdal_drivers();

}  // namespace gt
