#pragma once
// Turns SIGINT and SIGTERM into a polite stop request while a long command runs: the handler only
// records the signal (in the one sig_atomic_t a handler may set); the render checks it between
// frames, removes its staging folder and returns, so the previous output stays untouched.
#include <signal.h>

namespace gt {

class SignalStop {
  public:
    /// Installs the handlers (a second signal of the same kind kills the process as usual).
    SignalStop();
    /// Restores the handlers that were there before.
    ~SignalStop();
    SignalStop(const SignalStop&) = delete;
    SignalStop& operator=(const SignalStop&) = delete;

    /// The signal received since construction, 0 when none.
    [[nodiscard]] int received() const;

  private:
    struct sigaction previous_int_ {};
    struct sigaction previous_term_ {};
};

}  // namespace gt
