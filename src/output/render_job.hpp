#pragma once
// Renders every frame of a scenario into out/<scenario>/ (atomically) with a manifest.json.
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include "output/frame_writer.hpp"
#include "render/scene.hpp"

namespace gt {

struct RenderOptions {
    std::filesystem::path out_root = "out";
    std::vector<Format> formats{Format::png};
    SceneOptions scene;
    std::optional<Instant> at;  ///< render only the frame nearest this instant
};

struct RenderSummary {
    std::filesystem::path folder;
    std::size_t frames = 0;
    std::vector<std::filesystem::path> files;  ///< inside folder, in manifest order
};

/// Called after each frame with (frames done, frames in total).
using Progress = std::function<void(std::size_t, std::size_t)>;

/// @throws InputError for a bad style or CRS, RuntimeError for data or output failures; the
/// previous output folder is then left as it was.
RenderSummary render_scenario(const Scenario& scenario, const RenderOptions& options,
                              const Progress& progress = {});

}  // namespace gt
