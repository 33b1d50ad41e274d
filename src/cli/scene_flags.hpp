#pragma once
// Options shared by every command that draws frames: styles, basemap, theme, scale.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "common/atomic_file.hpp"
#include "render/scene.hpp"

namespace gt {

struct SceneFlags {
    std::string styles;
    std::string basemap;
    std::string theme;
    double scale = 1;

    void add_to(CLI::App& app);
    [[nodiscard]] SceneOptions resolve(const CliContext& context) const;
};

/// The 1-based numbers of the frames chosen by `--frames A:B` (inclusive) and/or `--at DATE`
/// (the frame nearest each date), ascending, each once; empty when neither is given. A date or
/// time without Z or an offset is in `utc_offset`, the scenario's, as its frames show times.
/// @throws InputError for a malformed range or one past the last frame, for a malformed date,
///         or for a date outside the timeline (by more than half a frame step).
[[nodiscard]] std::vector<std::size_t> select_frames(const std::vector<Instant>& all,
                                                     const std::string& range,
                                                     const std::vector<std::string>& at,
                                                     Seconds utc_offset = Seconds{0});

/// Warnings only the basemap can give: a word under 'words: countries:' for a name it lacks.
/// Reads the basemap's country names (from the layer cache in `cache` when they are kept there)
/// only when the scenario names countries.
/// @throws RuntimeError when the basemap cannot be read.
[[nodiscard]] std::vector<Diagnostic> basemap_warnings(const Scenario& scenario,
                                                       const std::filesystem::path& basemap,
                                                       const std::filesystem::path& cache);

/// The instants of the frames numbered `chosen` (1-based) in `all`; all of them when `chosen`
/// is empty.
/// @pre every number in `chosen` is within 1..all.size().
[[nodiscard]] std::vector<Instant> chosen_times(const std::vector<Instant>& all,
                                                const std::vector<std::size_t>& chosen);

}  // namespace gt
