#pragma once
// Renders every frame of a scenario into out/<scenario>/ (atomically) with a manifest.json, on
// several threads; a shard renders its slice of the frames with a partial manifest instead, and
// a selection of frames goes into a folder of its own, so that it never replaces a whole render.
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include "output/frame_writer.hpp"
#include "output/memory_budget.hpp"
#include "output/parallel_frames.hpp"
#include "output/shard.hpp"
#include "render/scene.hpp"

namespace gt {

struct RenderOptions {
    std::filesystem::path out_root = "out";
    std::vector<Format> formats{Format::png};
    SceneOptions scene;
    /// Render just the frames with these 1-based numbers, ascending (empty: every frame), into
    /// out/<scenario>-frames-.../ (see selection_folder).
    std::vector<std::size_t> only;
    unsigned jobs = 1;                             ///< worker threads, each with its own renderer
    std::uint64_t memory = default_memory_budget;  ///< bytes the render may take (--memory)
    Shard shard;                                   ///< the whole render unless a shard is given
    PngSettings png;                               ///< how PNG frames are compressed
    SvgText svg_text = SvgText::text;              ///< how SVG frames hold their text
};

/// The folder a render of `scenario_name` goes into: `scenario_name` for every frame, else named
/// by the frames chosen: "x-frame-7", "x-frames-3-5" (3 to 5), "x-frames-1+4-5" (1, 4 and 5);
/// a long list becomes its first run and a digest of all ("x-frames-1+more-89ab12cd").
/// @pre `only` is ascending.
[[nodiscard]] std::string selection_folder(const std::string& scenario_name,
                                           const std::vector<std::size_t>& only);

struct RenderSummary {
    std::filesystem::path folder;
    std::size_t frames = 0;                    ///< frames written (this shard's only)
    std::vector<std::filesystem::path> files;  ///< inside folder, in manifest order
};

/// Extra controls: progress (frames done, frames to do) and a stop request, both used on the
/// calling thread only.
struct RenderControl {
    Progress progress;
    std::function<bool()> interrupted;  ///< true: stop after the frames being drawn
    /// Told of each route that crosses the wrong surface or runs off the map (route_warnings).
    std::function<void(const Diagnostic&)> warn;
};

/// "frame-00042.png"
[[nodiscard]] std::string frame_name(std::size_t index, Format f);

/// Whether a file in an output folder is one a render writes (a frame, a manifest), which a new
/// render replaces; everything else there (a video, the HTML player, a PDF) is kept.
[[nodiscard]] bool is_render_output(const std::string& name);

/// The output is the same, byte for byte, whatever `options.jobs`.
/// At most as many frames are drawn at once as fit in `options.memory` (jobs_within_budget).
/// @throws InputError for a bad style or CRS or a frame over the memory budget, RuntimeError for
/// data or output failures, Interrupted when `control.interrupted` asked to stop; the previous
/// output folder is then left as it was and no staging folder remains.
RenderSummary render_scenario(const Scenario& scenario, const RenderOptions& options,
                              const RenderControl& control = {});

}  // namespace gt
