#pragma once
// Movements whose path is a file (`track:`): reading the files and dating the movements.
#include <filesystem>
#include <vector>

#include "common/error.hpp"
#include "scenario/limits.hpp"
#include "scenario/model.hpp"

namespace gt {

/// Reads the track of every movement that has one, relative to `scenario_folder` and only from
/// inside it (read_track refuses files that resolve outside it): fills its
/// track points (and times), and takes its start and end from the first and last timestamps
/// (a `start` or `end` written beside them must agree) or, for a track without times, from
/// the movement's own. Problems go to `out` at the `track` key, followed by those with a place
/// in the track file (`ais.csv:LINE:COLUMN`). Limits: limits.max_track_file_bytes per file,
/// limits.max_track_points per track and limits.max_track_points_total for all of them.
void load_tracks(Scenario& s, const std::filesystem::path& scenario_folder,
                 std::vector<Diagnostic>& out, const ScenarioLimits& limits);

}  // namespace gt
