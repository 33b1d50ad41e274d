#include "output/parallel_frames.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <latch>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace gt {

namespace {

/// The frames each worker drew, in the order it drew them. No worker starts drawing before
/// every worker has made its task, so that all of them take frames.
std::vector<std::vector<std::size_t>> frames_by_worker(std::size_t count, unsigned jobs) {
    std::mutex mutex;
    std::vector<std::vector<std::size_t>> drawn;
    std::latch all_made(std::min<std::ptrdiff_t>(jobs, static_cast<std::ptrdiff_t>(count)));
    run_frames_in_parallel(count,
                           [&]() -> FrameTask {
                               std::size_t worker = 0;
                               {
                                   const std::lock_guard lock(mutex);
                                   worker = drawn.size();
                                   drawn.emplace_back();
                               }
                               all_made.arrive_and_wait();
                               return [&, worker](std::size_t i) {
                                   // Long enough that every worker takes a share.
                                   std::this_thread::sleep_for(std::chrono::microseconds(200));
                                   const std::lock_guard lock(mutex);
                                   drawn[worker].push_back(i);
                               };
                           },
                           {jobs, {}, {}});
    return drawn;
}

}  // namespace

TEST(ParallelFrames, EveryFrameIsDrawnOnce) {
    for (unsigned jobs : {1U, 2U, 3U, 8U}) {
        std::vector<std::size_t> all;
        for (const auto& frames : frames_by_worker(97, jobs)) {
            all.insert(all.end(), frames.begin(), frames.end());
        }
        std::sort(all.begin(), all.end());
        ASSERT_EQ(all.size(), 97U) << jobs;
        for (std::size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i], i) << jobs;
    }
}

TEST(ParallelFrames, WorkersDrawRunsOfConsecutiveFrames) {
    const auto drawn = frames_by_worker(240, 2);
    ASSERT_EQ(drawn.size(), 2U);
    std::size_t jumps = 0;  // a frame that does not follow the worker's last one
    for (const auto& frames : drawn) {
        for (std::size_t k = 1; k < frames.size(); ++k) {
            if (frames[k] != frames[k - 1] + 1) ++jumps;
        }
    }
    // Taken one by one, nearly every frame would be a jump; in runs, about a dozen are.
    EXPECT_LT(jumps, 24U);
}

TEST(ParallelFrames, RunsAreAShareOfWhatIsLeft) {
    EXPECT_EQ(next_run_size(240, 2), 60U);
    EXPECT_EQ(next_run_size(240, 1), 120U);
    EXPECT_EQ(next_run_size(3, 2), 1U);
    EXPECT_EQ(next_run_size(1, 8), 1U);
    EXPECT_EQ(next_run_size(10, 0), 5U);
}

}  // namespace gt
