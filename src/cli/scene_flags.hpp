#pragma once
// Options shared by every command that draws frames: styles, basemap, theme, scale.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cli/command.hpp"
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

/// The frames chosen by `--frames A:B` (1-based, inclusive) and/or `--at DATE` (the nearest
/// frame to each); all frames when neither is given.
/// @throws InputError for a malformed range or date.
[[nodiscard]] std::vector<Instant> select_frames(const std::vector<Instant>& all,
                                                 const std::string& range,
                                                 const std::vector<std::string>& at);

/// Writes a file through a temporary name beside it, renamed into place only when complete.
/// `write` receives the temporary path.
/// @throws whatever `write` throws (the temporary file is then removed), RuntimeError on rename.
void write_atomically(const std::filesystem::path& file,
                      const std::function<void(const std::filesystem::path&)>& write);

}  // namespace gt
