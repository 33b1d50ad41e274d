#pragma once
// The basemap: Natural Earth land and countries read with GDAL from the GeoPackage built from
// geodata/, filtered by the visible area, clipped, projected once into the map CRS and simplified
// to the output resolution.
#include <filesystem>
#include <string>
#include <vector>

#include "geo/map_view.hpp"

namespace gt {

using Ring = std::vector<XY>;
class LayerCache;

/// A feature of a basemap layer: its name (may be empty), its rings for filling and its outline
/// for stroking, in map CRS units. The outline leaves out the edges made by cutting (at the clip
/// box, and at the antimeridian where Natural Earth splits polygons): they are not coasts.
struct Feature {
    std::string name;
    /// A country's ISO 3166 numeric code ("410"), or a river's WDBII level ("1" major to "4"
    /// minor), where the layer has one.
    std::string code;
    std::vector<Ring> rings;  ///< closed rings; holes are separate rings
    /// Open lines: the real coast or border; a line layer's (rivers) lines, with no rings.
    std::vector<std::vector<XY>> outlines;
};

struct Basemap {
    std::string detail;              ///< "10m", "50m" or "110m": the Natural Earth scale used
    std::vector<Feature> land;       ///< land polygons
    std::vector<Feature> countries;  ///< country polygons with their names (borders, labels)
    std::vector<Feature> lakes;      ///< GSHHG lakes at the resolution that goes with `detail`
    std::vector<Feature> rivers;     ///< WDBII permanent rivers (lines), level in `code`
    /// Disputed areas: `code` is "dashed" where the worldview draws the area's land boundary
    /// dashed; else the countries layer already draws it as the worldview does.
    std::vector<Feature> disputed;
};

/// Which borders a map draws: none (coasts only), or today's as one worldview sees them.
struct BorderView {
    bool drawn = true;
    std::string worldview = "un";  ///< a worldview the basemap has layers for (geodata/)
};

/// The worldviews the basemap has country layers for; the first is the default.
[[nodiscard]] const std::vector<std::string>& worldviews();

/// Basemap rings are simplified to this many pixels of the output: finer detail does not show,
/// yet it made up most of an SVG frame's bytes and of the static layer's drawing time.
inline constexpr double simplify_tolerance_px = 0.5;

/// Natural Earth detail that suits a map scale: 1:10m below 3 km per pixel, 1:50m below 12.
[[nodiscard]] std::string detail_for_scale(double metres_per_pixel);

/// Every country name in the GeoPackage's finest countries layer, as its labels are looked up.
/// @throws RuntimeError naming the path when it cannot be read.
[[nodiscard]] std::vector<std::string> basemap_country_names(const std::filesystem::path& gpkg);

/// @throws RuntimeError naming the path when the file or one of its layers cannot be read.
[[nodiscard]] Basemap load_basemap(const std::filesystem::path& gpkg, const Projection& projection,
                                   const MapView& view);

/// Land, countries, disputed areas (as `borders` asks), lakes and rivers at one Natural Earth
/// `detail` inside lon/lat `boxes`, projected but not simplified: the camera's views simplify it
/// each to their own scale (simplified_basemap). The layers are read on two threads, or found in
/// `cache`.
/// @throws RuntimeError naming the path when the file or one of its layers cannot be read.
[[nodiscard]] Basemap load_basemap_detail(const std::filesystem::path& gpkg,
                                          const Projection& projection,
                                          const std::vector<Extent>& boxes,
                                          const std::string& detail, const LayerCache& cache,
                                          const BorderView& borders = {});

/// `raw` with every ring simplified to `tolerance` map units; rings left with fewer than three
/// points are dropped, exactly as load_basemap drops them.
[[nodiscard]] Basemap simplified_basemap(const Basemap& raw, double tolerance);

/// Reads one layer ("land_110m"...) of the GeoPackage inside lon/lat `boxes`, clipped to them and
/// projected with `projection`, simplified to `tolerance` map units (0: not at all). Read with
/// GDAL through gdal_reader(), which loads the GDAL library on first use.
/// @throws RuntimeError naming the path, or when the GDAL library cannot be loaded.
[[nodiscard]] std::vector<Feature> load_layer(const std::filesystem::path& gpkg,
                                              const std::string& layer,
                                              const Projection& projection,
                                              const std::vector<Extent>& boxes,
                                              double tolerance = 0);

/// Clips a closed lon/lat ring to a box (Sutherland-Hodgman); may return an empty ring.
[[nodiscard]] std::vector<LonLat> clip_ring(const std::vector<LonLat>& ring, const Extent& box);

/// Makes a ring's longitudes continuous: Natural Earth's merged land jumps from 180 to -180 and
/// back inside one ring, and a flat clip would take each jump for an edge across the whole map.
/// Longitudes may then pass 180 (PROJ wraps them). A ring round a pole comes back unchanged.
[[nodiscard]] std::vector<LonLat> unwrap_longitudes(const std::vector<LonLat>& ring);

/// Inserts points so no segment spans more than `max_step` degrees. A clipped ring runs along its
/// box for tens of degrees; unless densified, that edge is a straight chord once projected.
/// @pre max_step > 0
[[nodiscard]] std::vector<LonLat> densify(const std::vector<LonLat>& line, double max_step,
                                          bool closed);

/// The runs of a closed lon/lat ring that are real coast or border: edges lying on the clip box
/// or on the antimeridian are left out. A ring with no such edge comes back closed, as one run.
[[nodiscard]] std::vector<std::vector<LonLat>> outline_runs(const std::vector<LonLat>& ring,
                                                            const Extent& box);

}  // namespace gt
