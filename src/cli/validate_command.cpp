#include "cli/validate_command.hpp"

#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "cli/scene_flags.hpp"
#include "common/number_text.hpp"
#include "render/route_checks.hpp"
#include "render/scene.hpp"
#include "scenario/loader.hpp"

namespace gt {

namespace {

nlohmann::json to_json(const Diagnostic& d) {
    return {{"severity", d.severity == Diagnostic::Severity::error ? "error" : "warning"},
            {"file", d.pos.file},
            {"line", d.pos.line},
            {"column", d.pos.column},
            {"message", d.message},
            {"hint", d.hint}};
}

}  // namespace

void ValidateCommand::setup(CLI::App& app) {
    app.add_option("scenario", scenario_, "scenario YAML file")->required();
    app.add_flag("--json", json_, "print the problems as JSON (for editors and scripts)");
}

int ValidateCommand::run(CliContext& context) {
    if (!json_) return check(context);
    // Machine-readable: the same checks, every diagnostic as an object; exit codes unchanged.
    std::ostringstream quiet_out, quiet_err;
    CliContext quiet{quiet_out,       quiet_err,         context.style_dir,
                     context.basemap, context.gazetteer, context.cache};
    nlohmann::json diagnostics = nlohmann::json::array();
    int code = 0;
    try {
        code = check(quiet);
        for (const Diagnostic& d : load(context).warnings) diagnostics.push_back(to_json(d));
    } catch (const InputError& e) {
        for (const Diagnostic& d : e.diagnostics()) diagnostics.push_back(to_json(d));
        code = 2;
    }
    context.out << nlohmann::json{{"file", scenario_},
                                  {"valid", code == 0},
                                  {"diagnostics", diagnostics}}
                       .dump(2)
                << '\n';
    return code;
}

LoadedScenario ValidateCommand::load(const CliContext& context) const {
    LoadedScenario loaded = load_scenario(scenario_, {}, context.gazetteer);
    for (Diagnostic& d : basemap_warnings(loaded.scenario, context.basemap, context.cache)) {
        loaded.warnings.push_back(std::move(d));
    }
    // Routes are checked on the map as drawn: its basemap, camera and furniture.
    if (!loaded.scenario.movements.empty()) {
        const Scene scene = prepare_scene(
            loaded.scenario, {context.style_dir, context.basemap, 1, "", context.cache});
        for (Diagnostic& d : route_warnings(scene)) loaded.warnings.push_back(std::move(d));
    }
    return loaded;
}

int ValidateCommand::check(CliContext& context) {
    const LoadedScenario loaded = load(context);
    for (const Diagnostic& d : loaded.warnings) context.err << d.str() << '\n';
    // A CRS PROJ rejects, a camera extent it cannot show and a bad style or style override are
    // input errors too.
    check_camera_extents(loaded.scenario, make_projection(loaded.scenario));
    (void)load_style(context.style_dir, loaded.scenario.map.style, loaded.scenario.map.style_pos,
                     loaded.scenario.style_overrides);
    context.out << scenario_ << ": ok ("
                << count_text(loaded.scenario.movements.size(), "movement", "movements") << ", "
                << count_text(loaded.scenario.events.size(), "event", "events") << ", "
                << count_text(loaded.warnings.size(), "warning", "warnings") << ")\n";
    return 0;
}

}  // namespace gt
