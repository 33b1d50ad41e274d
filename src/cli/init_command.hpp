#pragma once
#include "cli/command.hpp"

namespace gt {

/// `geotimeline init FILE [--from NAME --to NAME] [--extent W,S,E,N] [--title TEXT]`: writes a
/// commented starter scenario, with places looked up in the gazetteer.
class InitCommand : public Command {
  public:
    [[nodiscard]] std::string name() const override { return "init"; }
    [[nodiscard]] std::string description() const override {
        return "write a commented starter scenario for a region or between two named places";
    }
    void setup(CLI::App& app) override;
    int run(CliContext& context) override;

  private:
    std::string file_;
    std::string from_;
    std::string to_;
    std::vector<double> extent_;
    std::string title_ = "New scenario";
    bool force_ = false;
};

}  // namespace gt
