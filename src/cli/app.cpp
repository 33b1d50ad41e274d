#include "cli/app.hpp"

#include <algorithm>
#include <iostream>
#include <optional>
#include <utility>

#include "cli/command.hpp"
#include "common/error.hpp"
#include "common/suggest.hpp"
#include "geo/layer_cache.hpp"

#ifndef GEOTIMELINE_STYLE_DIR
#error "GEOTIMELINE_STYLE_DIR must be defined by the build"
#endif

namespace gt {

namespace {

/// The first "--name" after the command in `args` that `sub` has no option for, with a hint
/// naming the closest option it has; nothing when every one is known.
std::optional<std::pair<std::string, std::string>> unknown_long_option(
    const std::vector<std::string>& args, const CLI::App& sub) {
    std::vector<std::string> known{"--help"};
    for (const CLI::Option* option : sub.get_options()) {
        for (const std::string& name : option->get_lnames()) known.push_back("--" + name);
    }
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--") break;  // what follows is positional
        if (args[i].rfind("--", 0) != 0) continue;
        const std::string name = args[i].substr(0, args[i].find('='));
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            return std::pair{name, suggestion_hint(name, known)};
        }
    }
    return std::nullopt;
}

}  // namespace

AppPaths default_paths() {
    // Installed (make install): <prefix>/bin/geotimeline finds <prefix>/share/geotimeline/.
    // Otherwise the build tree's own files.
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    const auto share = exe.parent_path().parent_path() / "share" / "geotimeline";
    if (!ec && std::filesystem::exists(share / "styles" / "report.yaml", ec)) {
        return {share / "styles", share / "geodata" / "basemap.gpkg",
                share / "geodata" / "cities.tsv.gz", cache_folder_from_environment()};
    }
    return {GEOTIMELINE_STYLE_DIR, GEOTIMELINE_BASEMAP, GEOTIMELINE_GAZETTEER,
            cache_folder_from_environment()};
}

int run_app(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            const AppPaths& paths) {
    CLI::App app{
        "geotimeline: turns a YAML scenario of dated movements and events into an "
        "animated map (PNG and SVG frames)",
        "geotimeline"};
    app.set_version_flag("--version", std::string("geotimeline ") + GEOTIMELINE_VERSION);
    app.require_subcommand(1);
    app.footer("'geotimeline help COMMAND' shows every option of a command.");
    std::vector<std::unique_ptr<Command>> commands = make_commands();
    std::vector<std::pair<CLI::App*, Command*>> registered;
    for (auto& command : commands) {
        CLI::App* sub = app.add_subcommand(command->name(), command->description());
        command->setup(*sub);
        registered.emplace_back(sub, command.get());
    }
    CliContext context{out, err, paths.style_dir, paths.basemap, paths.gazetteer, paths.cache};
    try {
        // `geotimeline help CMD` is `geotimeline CMD --help`, as in git and osmium.
        if (args.size() == 2 && args[0] == "help") {
            std::vector<std::string> names;
            for (auto& [sub, command] : registered) {
                if (command->name() == args[1]) {
                    out << sub->help("geotimeline");
                    return exit_ok;
                }
                names.push_back(command->name());
            }
            err << "geotimeline: error: unknown command '" << args[1]
                << "'\n  hint: " << suggestion_hint(args[1], names) << "\n";
            return exit_bad_input;
        }
        if (args.size() == 1 && args[0] == "help") {
            out << app.help();
            return exit_ok;
        }
        if (!args.empty() && !args[0].empty() && args[0][0] != '-') {
            std::vector<std::string> names;
            for (auto& [sub, command] : registered) names.push_back(command->name());
            if (std::find(names.begin(), names.end(), args[0]) == names.end() &&
                args[0] != "help") {
                err << "geotimeline: error: unknown command '" << args[0]
                    << "'\n  hint: " << suggestion_hint(args[0], names)
                    << "; 'geotimeline help' lists them\n";
                return exit_bad_input;
            }
        }
        for (auto& [sub, command] : registered) {
            if (args.empty() || command->name() != args[0]) continue;
            if (const auto unknown = unknown_long_option(args, *sub)) {
                err << "geotimeline: error: '" << args[0] << "' has no option '" << unknown->first
                    << "'\n  hint: " << unknown->second << " ('geotimeline help " << args[0]
                    << "' lists its options)\n";
                return exit_bad_input;
            }
        }
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
        for (auto& [sub, command] : registered) {
            if (sub->parsed()) return command->run(context);
        }
        return exit_bad_input;
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return exit_ok;
    } catch (const CLI::CallForVersion&) {
        out << app.version() << '\n';
        return exit_ok;
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) {
            out << app.help();
            return exit_ok;
        }
        const bool known_command =
            !args.empty() && std::any_of(registered.begin(), registered.end(), [&](const auto& r) {
                return r.second->name() == args[0];
            });
        err << "geotimeline: error: " << e.what() << "\n  hint: run 'geotimeline help"
            << (known_command ? " " + args[0] : std::string()) << "'\n";
        return exit_bad_input;
    } catch (const InputError& e) {
        for (const Diagnostic& d : e.diagnostics()) err << d.str() << '\n';
        return exit_bad_input;
    } catch (const Error& e) {
        err << "geotimeline: error: " << e.what() << '\n';
        return exit_runtime_error;
    } catch (const std::bad_alloc&) {
        err << "geotimeline: error: out of memory\n";
        return exit_runtime_error;
    } catch (const std::exception& e) {
        err << "geotimeline: internal error: " << e.what() << '\n';
        return exit_runtime_error;
    }
}

}  // namespace gt
