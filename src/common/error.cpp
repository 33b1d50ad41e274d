#include "common/error.hpp"

namespace gt {

std::string SourcePos::str() const {
    std::string s = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
        s += ':' + std::to_string(line);
        if (column > 0) s += ':' + std::to_string(column);
    }
    return s;
}

std::string Diagnostic::str() const {
    std::string s =
        pos.str() + (severity == Severity::error ? ": error: " : ": warning: ") + message;
    if (!hint.empty()) s += "\n  hint: " + hint;
    return s;
}

namespace {
std::string summary(const std::vector<Diagnostic>& diagnostics) {
    return diagnostics.empty() ? std::string("invalid input") : diagnostics.front().str();
}
}  // namespace

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : Error(summary(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(Diagnostic diagnostic)
    : InputError(std::vector<Diagnostic>{std::move(diagnostic)}) {}

}  // namespace gt
