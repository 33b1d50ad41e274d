#pragma once
#include "cli/command.hpp"

namespace gt {

/// `geotimeline info SCENARIO [--json]`: frames, dates, extent, CRS, size and sources.
class InfoCommand : public Command {
  public:
    [[nodiscard]] std::string name() const override { return "info"; }
    [[nodiscard]] std::string description() const override {
        return "show a scenario's frames, dates, extent, projection and sources";
    }
    void setup(CLI::App& app) override;
    int run(CliContext& context) override;

  private:
    std::string scenario_;
    bool json_ = false;
};

}  // namespace gt
