// A FrameWriter draws each raster frame over the last one: whatever it wrote in between (SVG of
// the same frame, frames out of order), each PNG equals the one a fresh writer makes.
#include "output/frame_writer.hpp"

#include <gtest/gtest.h>

#include "cli/app.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"
#include "timeline/schedule.hpp"

namespace gt {

TEST(FrameWriter, EachPngEqualsAFreshWritersWhateverCameBefore) {
    const LoadedScenario loaded = load_scenario(test::data_dir() / "small.yaml");
    const Scene scene = prepare_scene(
        loaded.scenario, {test::source_dir() / "styles", default_paths().basemap, 1, ""});
    std::vector<Instant> times = frame_times(loaded.scenario.timeline);
    ASSERT_GE(times.size(), 3u);
    times.push_back(times[1]);  // back in time, as a worker's next frame may be
    FrameWriter busy(scene);
    for (const Instant t : times) {
        (void)busy.draw_svg(t);
        const std::vector<unsigned char> drawn = [&] {
            const auto& bytes = busy.png_encoder().encode(busy.draw_raster(t));
            return std::vector<unsigned char>(bytes.begin(), bytes.end());
        }();
        FrameWriter fresh(scene);
        EXPECT_EQ(drawn, fresh.png_encoder().encode(fresh.draw_raster(t)));
    }
}

}  // namespace gt
