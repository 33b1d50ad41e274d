#include "cli/html_command.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/scene_flags.hpp"
#include "output/html_player.hpp"
#include "output/staged_directory.hpp"
#include "scenario/loader.hpp"

namespace gt {

void HtmlCommand::setup(CLI::App& app) {
    app.add_option("scenario", scenario_, "scenario YAML file, rendered before")->required();
    app.add_option("-o,--out", out_, "output root holding <scenario>/")->capture_default_str();
    app.add_option("--frames", image_format_, "which frames to show: png or svg")
        ->check(CLI::IsMember({"png", "svg"}))
        ->capture_default_str();
}

int HtmlCommand::run(CliContext& context) {
    const LoadedScenario loaded = load_scenario(scenario_, {}, context.gazetteer);
    const std::filesystem::path folder =
        std::filesystem::path(out_) / safe_component(loaded.scenario.name);
    const std::string page = player_html(folder, loaded.scenario, image_format_);
    const std::filesystem::path file = folder / "index.html";
    write_atomically(file, [&](const std::filesystem::path& partial) {
        std::ofstream(partial) << page;
    });
    context.out << "wrote " << file.string() << "\nembed it with:\n"
                << embed_snippet(file.filename().string(), loaded.scenario.title, loaded.scenario.map.width,
                                 loaded.scenario.map.height)
                << '\n';
    return 0;
}

}  // namespace gt
