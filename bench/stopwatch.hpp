#pragma once
// Wall-clock timing for the benchmark.
#include <chrono>

namespace gt::bench {

class Stopwatch {
  public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    [[nodiscard]] double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

  private:
    std::chrono::steady_clock::time_point start_;
};

/// Runs `f` and returns how long it took, in seconds.
template <typename F>
double time_it(F&& f) {
    const Stopwatch watch;
    f();
    return watch.seconds();
}

}  // namespace gt::bench
