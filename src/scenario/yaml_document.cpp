#include "scenario/yaml_document.hpp"

#include "common/error.hpp"
#include "scenario/text_scan.hpp"
#include "scenario/yaml_guard.hpp"

namespace gt {

YAML::Node load_yaml_document(const std::string& yaml, const std::string& file,
                              const ScenarioLimits& limits) {
    if (auto problem = scan_text(yaml, file, limits.max_nesting)) {
        throw InputError(std::move(*problem));
    }
    const std::string text = text_for_yaml_cpp(yaml);
    if (auto problem = check_yaml_structure(text, file, limits)) {
        throw InputError(std::move(*problem));
    }
    try {
        return YAML::Load(text);
    } catch (const YAML::Exception& e) {
        throw InputError(yaml_syntax_error(e, file));
    }
}

}  // namespace gt
