#include "cli/schema_command.hpp"

#include <ostream>

#include "render/style.hpp"
#include "scenario/json_schema.hpp"

namespace gt {

int SchemaCommand::run(CliContext& context) {
    context.out << scenario_json_schema(style_paths()).dump(2) << '\n';
    return 0;
}

}  // namespace gt
