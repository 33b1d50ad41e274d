#include "cli/signal_stop.hpp"

#include <csignal>

namespace gt {

namespace {

// The only global: a signal handler can reach nothing else safely.
volatile std::sig_atomic_t received_signal = 0;

extern "C" void record_signal(int signal_number) { received_signal = signal_number; }

}  // namespace

SignalStop::SignalStop() {
    received_signal = 0;
    struct sigaction action {};
    action.sa_handler = record_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;  // a second Ctrl-C stops the program at once
    sigaction(SIGINT, &action, &previous_int_);
    sigaction(SIGTERM, &action, &previous_term_);
}

SignalStop::~SignalStop() {
    sigaction(SIGINT, &previous_int_, nullptr);
    sigaction(SIGTERM, &previous_term_, nullptr);
}

int SignalStop::received() const { return received_signal; }

}  // namespace gt
