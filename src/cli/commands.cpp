#include "cli/command.hpp"
#include "cli/merge_command.hpp"
#include "cli/render_command.hpp"
#include "cli/validate_command.hpp"

namespace gt {

std::vector<std::unique_ptr<Command>> make_commands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<RenderCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<MergeCommand>());
    return commands;
}

}  // namespace gt
