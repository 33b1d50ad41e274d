#pragma once
#include "cli/command.hpp"
#include "scenario/loader.hpp"

namespace gt {

/// `geotimeline validate SCENARIO [--json]`: reports every problem, renders nothing.
class ValidateCommand : public Command {
  public:
    [[nodiscard]] std::string name() const override { return "validate"; }
    [[nodiscard]] std::string description() const override {
        return "check a scenario and report every problem with file:line:column";
    }
    void setup(CLI::App& app) override;
    int run(CliContext& context) override;

  private:
    int check(CliContext& context);
    /// The scenario with every warning, the basemap's too.
    /// @throws InputError as load_scenario does.
    [[nodiscard]] LoadedScenario load(const CliContext& context) const;

    std::string scenario_;
    bool json_ = false;
};

}  // namespace gt
