// End to end: the example scenario with track files (scenarios/track-files.yaml) rendered,
// and its units found in the frames where the files put them.
#include <cairo.h>
#include <gtest/gtest.h>

#include <cmath>

#include "e2e/rendered_scenario.hpp"
#include "geo/route.hpp"
#include "render/scene.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// Pixels of `colour` (within 0.06 per channel) in a disc of `radius` around `centre` of a PNG.
int pixels_near(const fs::path& png, XY centre, double radius, const Rgba& colour) {
    cairo_surface_t* s = cairo_image_surface_create_from_png(png.c_str());
    EXPECT_EQ(cairo_surface_status(s), CAIRO_STATUS_SUCCESS) << png;
    const unsigned char* data = cairo_image_surface_get_data(s);
    const int stride = cairo_image_surface_get_stride(s);
    int count = 0;
    for (int y = static_cast<int>(centre.y - radius); y <= static_cast<int>(centre.y + radius);
         ++y) {
        for (int x = static_cast<int>(centre.x - radius); x <= static_cast<int>(centre.x + radius);
             ++x) {
            if (std::hypot(x + 0.5 - centre.x, y + 0.5 - centre.y) > radius) continue;
            const auto pixel = reinterpret_cast<const uint32_t*>(
                data + static_cast<std::ptrdiff_t>(y) * stride)[x];
            const double r = ((pixel >> 16) & 0xff) / 255.0, g = ((pixel >> 8) & 0xff) / 255.0,
                         b = (pixel & 0xff) / 255.0;
            if (std::abs(r - colour.r) <= 0.06 && std::abs(g - colour.g) <= 0.06 &&
                std::abs(b - colour.b) <= 0.06) {
                ++count;
            }
        }
    }
    cairo_surface_destroy(s);
    return count;
}

/// Renders scenarios/track-files.yaml at two times once for all tests of this suite.
class TrackFilesScenario : public test::RenderedScenarioSuite<TrackFilesScenario> {
  protected:
    static void SetUpTestSuite() {
        render_once(test::scenario_file("track-files"),
                    {"--quiet", "--at", "2025-03-01T04:00Z", "--at", "2025-03-01T12:00Z"});
    }
    /// The n-th (1-based) of the two frames rendered.
    static fs::path frame(int n) {
        return test::chosen_pngs(out_->path(), "track-files").at(static_cast<std::size_t>(n - 1));
    }
    static const Movement& movement(const char* id) {
        for (const Movement& m : loaded_->scenario.movements) {
            if (m.id == id) return m;
        }
        throw std::logic_error(id);
    }
    /// A unit symbol fills about half of a disc of 6 px around its centre (55 of 113 pixels);
    /// the route line through the same disc fills about 16.
    static constexpr double kDisc = 6;
    static constexpr int kSymbol = 40;
};

}  // namespace

TEST_F(TrackFilesScenario, ShipWaitingInPortStaysThere) {
    // The CSV reports the ship at Izuhara (129.30, 34.20) from 06:00 to 18:00; at 12:00, half
    // the day, a unit moved by time over the whole track would be far from there.
    const Movement& ship = movement("survey-ship");
    ASSERT_EQ(ship.track_times.size(), 13U);
    const Rgba colour = scene_->style.color_of(Confidence::reported);
    const XY port = pixel_of({129.30, 34.20});
    const XY by_length = pixel_of(Route(ship.track_points).at(0.5));
    ASSERT_GT(std::hypot(port.x - by_length.x, port.y - by_length.y), 20);
    EXPECT_GT(pixels_near(frame(2), port, kDisc, colour), kSymbol);
    EXPECT_LT(pixels_near(frame(2), by_length, kDisc, colour), kSymbol / 2);
}

TEST_F(TrackFilesScenario, ShipBetweenReportsIsWhereTheTimesPutIt) {
    // 04:00 is two thirds of the way from the 03:00 report (129.56, 34.72) to the 04:30 one
    // (129.48, 34.42).
    const Rgba colour = scene_->style.color_of(Confidence::reported);
    const XY a = pixel_of({129.56, 34.72});
    const XY b = pixel_of({129.48, 34.42});
    const XY expected{a.x + (b.x - a.x) * 2 / 3, a.y + (b.y - a.y) * 2 / 3};
    EXPECT_GT(pixels_near(frame(1), expected, kDisc, colour), kSymbol);
    EXPECT_LT(pixels_near(frame(1), a, kDisc, colour), kSymbol / 2);
}

TEST_F(TrackFilesScenario, FerryFollowsItsGpxPath) {
    // No times in the GPX path: from 08:00 to 16:00 with ease-in-out, so at 12:00 the ferry is
    // half-way along the file's line, which bends at its points.
    const Movement& ferry = movement("ferry");
    ASSERT_EQ(ferry.track_points.size(), 11U);
    const XY expected = pixel_of(Route(ferry.track_points).at(0.5));
    const Rgba colour = scene_->style.color_of(Confidence::confirmed);
    EXPECT_GT(pixels_near(frame(2), expected, kDisc, colour), kSymbol);
    // Half-way along a straight line from Busan to Hakata is elsewhere (at sea, off the path).
    const XY straight =
        pixel_of(Route({ferry.track_points.front(), ferry.track_points.back()}).at(0.5));
    ASSERT_GT(std::hypot(straight.x - expected.x, straight.y - expected.y), 10);
    EXPECT_LT(pixels_near(frame(2), straight, kDisc, colour), kSymbol / 2);
}

}  // namespace gt
