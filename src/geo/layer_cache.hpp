#pragma once
// Basemap layers as load_layer makes them (cut to the map's boxes, clipped, projected), kept on
// disk between runs. Reading one back is a copy of a few megabytes; making it means loading GDAL
// (about 140 libraries, 30 ms before main), opening the GeoPackage and projecting every point.
// Every render of the same map needs the same layers, so a render finds them here.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "geo/basemap.hpp"

namespace gt {

/// What load_layer's result depends on, written out: the basemap file (path, size, modification
/// time, and those of its SQLite -wal and -journal files), the layer, the CRS, the boxes and the
/// tolerance, and the files (size, modification time) of the core and GDAL libraries and of
/// PROJ's, so that neither an edited basemap, a rebuilt program nor an updated PROJ ever reads
/// an entry made before.
struct LayerKey {
    std::string text;  ///< compared whole when an entry is read
    [[nodiscard]] static LayerKey of(const std::filesystem::path& gpkg, const std::string& layer,
                                     const Projection& projection, const std::vector<Extent>& boxes,
                                     double tolerance);
};

/// A folder of layers. Entries are written through a temporary file renamed into place, so
/// renders running at once (shards, parallel tests) never read half an entry; an unreadable or
/// foreign entry counts as missing. The least recently used entries beyond `max_entries` go.
class LayerCache {
  public:
    /// No folder: nothing is read or kept.
    LayerCache() = default;
    explicit LayerCache(std::filesystem::path folder) : folder_(std::move(folder)) {}

    /// The layer, from the cache when it holds it, else read with load_layer and kept.
    /// @throws RuntimeError as load_layer does (an unreadable basemap, or the GDAL library not
    ///         loading); a folder that cannot be written only goes unused.
    [[nodiscard]] std::vector<Feature> layer(const std::filesystem::path& gpkg,
                                             const std::string& layer, const Projection& projection,
                                             const std::vector<Extent>& boxes,
                                             double tolerance = 0) const;

    /// basemap_country_names, from the cache when it holds them, else read and kept.
    /// @throws RuntimeError as basemap_country_names does.
    [[nodiscard]] std::vector<std::string> country_names(const std::filesystem::path& gpkg) const;

    /// The entry for `key`, or nullopt when there is none or it cannot be read (whatever fails).
    [[nodiscard]] std::optional<std::vector<Feature>> find(const LayerKey& key) const noexcept;
    /// Keeps `features` under `key`; fails silently (a cache that cannot be written is not used).
    void store(const LayerKey& key, const std::vector<Feature>& features) const noexcept;

    [[nodiscard]] const std::filesystem::path& folder() const { return folder_; }

    /// Entries kept: the seed map needs 4 (two layers at one detail, and the locator map's land).
    static constexpr std::size_t max_entries = 48;

  private:
    /// A folder, and the GDAL library beside the core library: its file is part of every key,
    /// so without it nothing could say which code made an entry.
    [[nodiscard]] bool usable() const;
    [[nodiscard]] std::optional<std::vector<Feature>> find_entry(const LayerKey& key) const;
    void store_entry(const LayerKey& key, const std::vector<Feature>& features) const;
    [[nodiscard]] std::filesystem::path entry_path(const LayerKey& key) const;
    void remove_oldest() const;

    std::filesystem::path folder_;
};

/// The cache folder a user's environment asks for: GEOTIMELINE_CACHE when set ("off" or empty:
/// none), else $XDG_CACHE_HOME/geotimeline, else $HOME/.cache/geotimeline; empty when there is
/// no home either.
[[nodiscard]] std::filesystem::path cache_folder_from_environment();

}  // namespace gt
