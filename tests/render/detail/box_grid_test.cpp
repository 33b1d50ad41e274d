#include "render/detail/box_grid.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

namespace gt::detail {

TEST(BoxGrid, FindsEveryOverlappingBoxOnceInTheOrderAdded) {
    BoxGrid grid({0, 0, 1000, 600}, 50);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> x(-100, 1100), y(-100, 700), size(1, 180);
    for (int i = 0; i < 500; ++i) {
        const double x0 = x(random), y0 = y(random);
        grid.add({x0, y0, x0 + size(random), y0 + size(random)});
    }
    std::vector<std::uint32_t> found;
    for (int q = 0; q < 200; ++q) {
        const double x0 = x(random), y0 = y(random);
        const Box query{x0, y0, x0 + size(random), y0 + size(random)};
        grid.near(query, found);
        EXPECT_TRUE(std::is_sorted(found.begin(), found.end()));
        EXPECT_EQ(std::adjacent_find(found.begin(), found.end()), found.end()) << "each once";
        for (std::uint32_t i = 0; i < grid.boxes().size(); ++i) {
            if (!grid.boxes()[i].overlaps(query)) continue;
            EXPECT_TRUE(std::binary_search(found.begin(), found.end(), i))
                << "box " << i << " overlaps the query but was not found";
        }
    }
}

TEST(BoxGrid, AQueryLooksOnlyAtNearbyCells) {
    BoxGrid grid({0, 0, 1000, 1000}, 50);
    for (int i = 0; i < 20; ++i) {
        for (int j = 0; j < 20; ++j)
            grid.add({i * 50.0 + 5, j * 50.0 + 5, i * 50.0 + 45, j * 50.0 + 45});
    }
    std::vector<std::uint32_t> found;
    grid.near({510, 510, 540, 540}, found);
    EXPECT_EQ(found.size(), 1U) << "one cell, one box: not a scan of all 400";
}

TEST(BoxGrid, AnEmptyAreaStillHoldsBoxes) {
    BoxGrid grid({0, 0, 0, 0});
    grid.add({10, 10, 20, 20});
    std::vector<std::uint32_t> found;
    grid.near({15, 15, 16, 16}, found);
    EXPECT_EQ(found.size(), 1U);
}

}  // namespace gt::detail
