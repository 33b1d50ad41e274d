#include "output/parallel_frames.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace gt {

namespace {

/// What the workers and the calling thread share.
struct Shared {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable changed;
    std::size_t done = 0;      ///< guarded by mutex
    std::size_t running = 0;   ///< workers still running; guarded by mutex
    std::exception_ptr error;  ///< the first failure; guarded by mutex
};

/// Frames [first, last) for one worker.
struct Run {
    std::size_t first = 0;
    std::size_t last = 0;
};

/// The next run of frames: a share of what is left (guided scheduling), so that each worker
/// draws runs of consecutive frames, each over the one before it, as one worker draws them all;
/// the runs shrink as the frames run out, so the workers finish within a frame of each other.
/// Frames taken one by one, every worker's next frame lay `threads` frames on from its last:
/// more of it to draw again and fewer unchanged PNG bands to reuse.
Run claim(Shared& shared, std::size_t count, std::size_t threads) {
    std::size_t first = shared.next.load();
    while (first < count) {
        const std::size_t size = next_run_size(count - first, threads);
        if (shared.next.compare_exchange_weak(first, first + size)) return {first, first + size};
    }
    return {count, count};
}

void work(Shared& shared, std::size_t count, std::size_t threads,
          const std::function<FrameTask()>& make_task) {
    try {
        const FrameTask task = make_task();
        while (!shared.stop.load()) {
            const Run run = claim(shared, count, threads);
            if (run.first >= count) break;
            for (std::size_t i = run.first; i < run.last && !shared.stop.load(); ++i) {
                task(i);
                const std::lock_guard lock(shared.mutex);
                ++shared.done;
                shared.changed.notify_all();
            }
        }
    } catch (...) {
        shared.stop = true;
        const std::lock_guard lock(shared.mutex);
        if (!shared.error) shared.error = std::current_exception();
    }
    const std::lock_guard lock(shared.mutex);
    --shared.running;
    shared.changed.notify_all();
}

}  // namespace

std::size_t next_run_size(std::size_t left, std::size_t threads) {
    return std::max<std::size_t>(1, left / (2 * std::max<std::size_t>(1, threads)));
}

std::size_t worker_threads(unsigned jobs, std::size_t count) {
    return std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(count, 1));
}

unsigned available_cores() { return std::max(1U, std::thread::hardware_concurrency()); }

void run_frames_in_parallel(std::size_t count, const std::function<FrameTask()>& make_task,
                            const ParallelControl& control) {
    if (count == 0) return;
    Shared shared;
    const std::size_t threads = worker_threads(control.jobs, count);
    shared.running = threads;
    std::vector<std::jthread> workers;
    workers.reserve(threads);
    for (std::size_t w = 0; w < threads; ++w) {
        workers.emplace_back([&] { work(shared, count, threads, make_task); });
    }
    bool interrupted = false;
    std::size_t reported = 0;
    std::unique_lock lock(shared.mutex);
    while (shared.running > 0) {
        // Wake up now and then even without progress: the interrupt check lives on this thread.
        shared.changed.wait_for(lock, std::chrono::milliseconds(20));
        if (!interrupted && control.interrupted && control.interrupted()) {
            interrupted = true;
            shared.stop = true;
        }
        if (control.progress && shared.done != reported) {
            reported = shared.done;
            lock.unlock();
            control.progress(reported, count);
            lock.lock();
        }
    }
    lock.unlock();
    workers.clear();  // joins
    if (control.progress && shared.done != reported) control.progress(shared.done, count);
    if (shared.error) std::rethrow_exception(shared.error);
    if (interrupted) throw Interrupted();
}

}  // namespace gt
