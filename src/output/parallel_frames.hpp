#pragma once
// Runs frame tasks on worker threads. Each worker makes its own task state first (a FrameWriter
// with its own Pango context: Pango and the encoder are not shared between threads), then takes
// runs of consecutive frame numbers from a shared counter, each run a share of the frames left.
// Nothing is queued: a worker holds one frame at a time, so memory does not grow with the number
// of frames.
#include <cstddef>
#include <functional>

#include "common/error.hpp"

namespace gt {

/// Renders one frame (by its position in the list of frames to render).
using FrameTask = std::function<void(std::size_t)>;

/// Called with (frames done, frames in total), always on the calling thread.
using Progress = std::function<void(std::size_t, std::size_t)>;

struct ParallelControl {
    unsigned jobs = 1;                  ///< worker threads; at most one per frame
    Progress progress;                  ///< may be empty
    std::function<bool()> interrupted;  ///< polled on the calling thread only; may be empty
};

/// Runs `task(i)` for every i in [0, count), each i exactly once, on `control.jobs` threads;
/// each thread gets its task from `make_task()` (called on that thread).
/// @throws Interrupted when `control.interrupted()` returned true before all frames were done;
/// otherwise rethrows the first exception a worker threw (the other workers stop after their
/// current frame).
void run_frames_in_parallel(std::size_t count, const std::function<FrameTask()>& make_task,
                            const ParallelControl& control);

/// How many worker threads run_frames_in_parallel starts for `count` frames.
[[nodiscard]] std::size_t worker_threads(unsigned jobs, std::size_t count);

/// How many consecutive frames a worker takes when `left` frames are not yet taken and
/// `threads` workers share them: half of its share of what is left, at least one.
[[nodiscard]] std::size_t next_run_size(std::size_t left, std::size_t threads);

/// The number of cores, at least 1.
[[nodiscard]] unsigned available_cores();

}  // namespace gt
