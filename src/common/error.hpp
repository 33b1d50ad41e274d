#pragma once
// The project's exception hierarchy. Only the CLI's entry point catches these; it maps
// InputError to exit code 2 and RuntimeError to exit code 1.
#include <stdexcept>
#include <string>
#include <vector>

namespace gt {

/// Where a value came from: a file and a 1-based line and column (0 when unknown).
struct SourcePos {
    std::string file;
    int line = 0;
    int column = 0;
    [[nodiscard]] std::string str() const;
};

/// One problem found in user input.
struct Diagnostic {
    enum class Severity { error, warning };
    Severity severity = Severity::error;
    SourcePos pos;
    std::string message;
    std::string hint;  ///< how to fix it; may be empty
    /// "file:line:column: error: message" followed by "  hint: ..." when there is a hint.
    [[nodiscard]] std::string str() const;
};

/// Base of every error geotimeline throws on purpose.
class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// The user's input (scenario, style, flags) is wrong. Carries every problem found.
class InputError : public Error {
  public:
    explicit InputError(std::vector<Diagnostic> diagnostics);
    explicit InputError(Diagnostic diagnostic);
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

  private:
    std::vector<Diagnostic> diagnostics_;
};

/// Something outside the input failed: a file, GDAL, PROJ, Cairo. The message names the path.
class RuntimeError : public Error {
  public:
    using Error::Error;
};

/// A stop was requested (SIGINT/SIGTERM) and the work stopped cleanly: the command that catches
/// it reports the signal in its exit code.
class Interrupted : public Error {
  public:
    Interrupted() : Error("interrupted") {}
};

}  // namespace gt
