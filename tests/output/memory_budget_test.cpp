#include "output/memory_budget.hpp"

#include <gtest/gtest.h>

namespace gt {

namespace {

Scenario sized(int width, int height) {
    Scenario s;
    s.map.width = width;
    s.map.height = height;
    s.map.size_pos = {"s.yaml", 5, 9};
    return s;
}

constexpr std::uint64_t mib = 1ULL << 20U;

}  // namespace

TEST(MemoryBudget, ReadsSizesWithUnits) {
    EXPECT_EQ(parse_memory_size("512M"), 512 * mib);
    EXPECT_EQ(parse_memory_size("2G"), 2048 * mib);
    EXPECT_EQ(parse_memory_size("1.5GiB"), 1536 * mib);
    EXPECT_EQ(parse_memory_size("300"), 300 * mib);  // a plain number is MiB
    EXPECT_EQ(parse_memory_size("lots"), 0U);
    EXPECT_EQ(parse_memory_size("1K"), 0U);  // less than the program itself
    EXPECT_EQ(parse_memory_size("-1G"), 0U);
    EXPECT_EQ(parse_memory_size("nanG"), 0U);
    EXPECT_EQ(parse_memory_size("2X"), 0U);
}

TEST(MemoryBudget, LowersTheJobsToWhatFits) {
    // 1920 x 1080: about 7.9 MiB a surface; 128 MiB + 2 shared + 3 a job.
    EXPECT_EQ(jobs_within_budget(sized(1920, 1080), 1, true, 8, default_memory_budget), 8U);
    // At --scale 4: 126.6 MiB a surface, 380 MiB a job, 381 MiB before the first.
    EXPECT_EQ(jobs_within_budget(sized(1920, 1080), 4, true, 8, default_memory_budget), 1U);
    EXPECT_EQ(jobs_within_budget(sized(1920, 1080), 4, true, 8, 2048 * mib), 4U);
    // SVG frames keep no raster: the jobs are not lowered for the frame size.
    EXPECT_EQ(jobs_within_budget(sized(1920, 1080), 4, false, 8, default_memory_budget), 8U);
}

TEST(MemoryBudget, RefusesAFrameThatDoesNotFitAloneAtItsSize) {
    try {
        (void)jobs_within_budget(sized(16384, 16384), 1, true, 2, default_memory_budget);
        FAIL() << "a 16384 x 16384 frame fits in 1 GiB";
    } catch (const InputError& e) {
        const Diagnostic& d = e.diagnostics().front();
        EXPECT_EQ(d.pos.line, 5);
        EXPECT_EQ(d.pos.column, 9);
        EXPECT_EQ(d.message,
                  "a frame of 16384 x 16384 pixels needs about 5248 MiB to render, over the "
                  "memory budget of 1024 MiB");
        EXPECT_EQ(d.hint, "make 'size' or --scale smaller, or allow more memory with --memory 6G");
    }
}

}  // namespace gt
