// Fuzzes the scenario loader and validator: any input must end in a loaded scenario or an
// InputError. A crash, a sanitizer report, a hang, running out of memory or any other exception
// is a bug (libFuzzer reports an escaping exception as a crash).
#include <cstddef>
#include <cstdint>
#include <string>

#include "scenario/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const gt::LoadedScenario loaded = gt::load_scenario_text(text, "fuzz.yaml");
        for (const gt::Diagnostic& d : loaded.warnings) (void)d.str();
    } catch (const gt::InputError& e) {
        if (e.diagnostics().empty()) __builtin_trap();  // an InputError always says what is wrong
        for (const gt::Diagnostic& d : e.diagnostics()) (void)d.str();
    }
    return 0;
}
