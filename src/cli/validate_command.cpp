#include "cli/validate_command.hpp"

#include <ostream>

#include "render/scene.hpp"
#include "scenario/loader.hpp"

namespace gt {

void ValidateCommand::setup(CLI::App& app) {
    app.add_option("scenario", scenario_, "scenario YAML file")->required();
}

int ValidateCommand::run(CliContext& context) {
    const LoadedScenario loaded = load_scenario(scenario_);
    for (const Diagnostic& d : loaded.warnings) context.err << d.str() << '\n';
    // A CRS PROJ rejects and a bad style or style override are input errors too.
    (void)make_projection(loaded.scenario);
    (void)load_style(context.style_dir, loaded.scenario.map.style, loaded.scenario.map.style_pos,
                     loaded.scenario.style_overrides);
    context.out << scenario_ << ": ok (" << loaded.scenario.movements.size() << " movements, "
                << loaded.scenario.events.size() << " events, " << loaded.warnings.size()
                << " warnings)\n";
    return 0;
}

}  // namespace gt
