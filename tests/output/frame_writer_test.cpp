// A FrameWriter draws each raster frame over the last one: whatever it wrote in between (SVG of
// the same frame, frames out of order), each PNG equals the one a fresh writer makes; and the
// region it tells its encoder changed covers every change, so bands reused unseen are right.
#include "output/frame_writer.hpp"

#include <gtest/gtest.h>

#include "cli/app.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"
#include "timeline/schedule.hpp"
#include "timeline/time.hpp"

namespace gt {

TEST(FrameWriter, EachPngEqualsAFreshWritersWhateverCameBefore) {
    const LoadedScenario loaded = load_scenario(test::data_dir() / "small.yaml");
    const Scene scene = prepare_scene(loaded.scenario, test::scene_options());
    std::vector<Instant> times = frame_times(loaded.scenario.timeline);
    ASSERT_GE(times.size(), 3u);
    times.push_back(times[1]);  // back in time, as a worker's next frame may be
    FrameWriter busy(scene);
    for (const Instant t : times) {
        (void)busy.draw_svg(t);
        (void)busy.draw_raster(t);
        const std::vector<unsigned char> drawn = busy.encode_png();
        FrameWriter fresh(scene);
        (void)fresh.draw_raster(t);
        EXPECT_EQ(drawn, fresh.encode_png());
    }
}

namespace {

/// Renders every frame of `name` with one writer and checks each PNG against an encoder told
/// nothing (which compares every band); returns the bands the writer's encoder reused.
std::size_t bands_reused_checking_every_frame(const std::string& name) {
    const LoadedScenario loaded = load_scenario(test::scenario_file(name));
    const Scene scene = prepare_scene(loaded.scenario, test::scene_options());
    FrameWriter writer(scene);
    PngEncoder told_nothing;
    std::size_t reused = 0;
    for (const Instant t : frame_times(loaded.scenario.timeline)) {
        cairo_surface_t* frame = writer.draw_raster(t);
        const std::vector<unsigned char> hinted = writer.encode_png();
        reused += writer.last_png_bands().reused;
        EXPECT_EQ(hinted, told_nothing.encode(frame)) << name << " at " << format_iso(t);
    }
    return reused;
}

}  // namespace

TEST(FrameWriter, RegionToldToTheEncoderCoversEveryChange) {
    EXPECT_GT(bands_reused_checking_every_frame("korea-russia-2024"), 0u);
    EXPECT_GT(bands_reused_checking_every_frame("dunkirk-1940"), 0u);  // the camera moves
}

}  // namespace gt
