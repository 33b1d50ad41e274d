#pragma once
// Names of seas, oceans, gulfs, straits, lakes and rivers, with where to set them: the table
// geodata/water-names.tsv, compiled into the program. GSHHG, which draws the lakes and rivers,
// carries no names.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "geo/projection.hpp"

namespace gt {

struct WaterName {
    enum class Kind { ocean, sea, gulf, strait, lake, river };
    /// How `points` place the name: each a spot to try in turn (the first free one shown), a
    /// line to set the name along, or points along a river, matched to the nearest river drawn.
    enum class Placement { points, line, river };

    Kind kind = Kind::sea;
    std::string name;  ///< English
    /// Area in square kilometres (a river: its length in kilometres): sizes the name on the map.
    double size = 0;
    Placement placement = Placement::points;
    std::vector<LonLat> points;
    std::vector<std::pair<std::string, std::string>> names;  ///< language code, name

    /// The name in `language` ("ru", "de"...), else the English one.
    [[nodiscard]] const std::string& in(const std::string& language) const;
};

/// Parses the table: tab-separated kind, name, size, placement, points ("lon lat;lon lat"),
/// names ("ru=...|de=..."); lines starting with '#' are comments.
/// @throws RuntimeError naming the line of a malformed row.
[[nodiscard]] std::vector<WaterName> parse_water_names(std::string_view tsv);

/// The committed table, parsed once.
[[nodiscard]] const std::vector<WaterName>& water_names();

}  // namespace gt
