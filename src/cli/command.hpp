#pragma once
// One subcommand of the geotimeline program, in the manner of osmium-tool: setup() declares its
// options on a CLI11 subcommand, run() does the work and returns an exit code.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace gt {

/// What commands need from their surroundings; passed in, never global.
struct CliContext {
    std::ostream& out;
    std::ostream& err;
    std::filesystem::path style_dir;  ///< default styles/ folder
    std::filesystem::path basemap;    ///< default basemap GeoPackage
    std::filesystem::path gazetteer;  ///< GeoNames place table (geodata/gazetteer/)
    std::filesystem::path cache;      ///< basemap layers kept between runs; empty: none
};

class Command {
  public:
    virtual ~Command() = default;
    [[nodiscard]] virtual std::string name() const = 0;
    [[nodiscard]] virtual std::string description() const = 0;
    virtual void setup(CLI::App& app) = 0;
    /// @throws InputError, RuntimeError; the caller maps them to exit codes.
    virtual int run(CliContext& context) = 0;
};

/// Every command, in the order `help` lists them.
[[nodiscard]] std::vector<std::unique_ptr<Command>> make_commands();

}  // namespace gt
