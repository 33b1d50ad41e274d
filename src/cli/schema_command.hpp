#pragma once
#include "cli/command.hpp"

namespace gt {

/// `geotimeline schema`: prints the JSON Schema of the scenario format (for editors).
class SchemaCommand : public Command {
  public:
    [[nodiscard]] std::string name() const override { return "schema"; }
    [[nodiscard]] std::string description() const override {
        return "print the JSON Schema (draft 2020-12) of the scenario format, for editors";
    }
    void setup(CLI::App&) override {}
    int run(CliContext& context) override;
};

}  // namespace gt
