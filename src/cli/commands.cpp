#include "cli/command.hpp"
#include "cli/html_command.hpp"
#include "cli/info_command.hpp"
#include "cli/init_command.hpp"
#include "cli/merge_command.hpp"
#include "cli/pdf_command.hpp"
#include "cli/render_command.hpp"
#include "cli/schema_command.hpp"
#include "cli/still_command.hpp"
#include "cli/validate_command.hpp"
#include "cli/video_command.hpp"

namespace gt {

std::vector<std::unique_ptr<Command>> make_commands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<RenderCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<PdfCommand>());
    commands.push_back(std::make_unique<StillCommand>());
    commands.push_back(std::make_unique<VideoCommand>());
    commands.push_back(std::make_unique<HtmlCommand>());
    commands.push_back(std::make_unique<SchemaCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<MergeCommand>());
    return commands;
}

}  // namespace gt
