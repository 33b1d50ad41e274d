// Views shared by the renderers of one render: each view set up once whatever the threads, later
// views keeping the first one's label sides, a failed set-up made again, a static layer drawn in
// bands by several threads with the pixels of one drawn whole, and renderers sharing views
// drawing what each draws alone.
#include "render/shared_views.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <future>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "render/frame_renderer.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"
#include "timeline/schedule.hpp"
#include "timeline/time.hpp"

namespace gt {

namespace {

/// tests/data/small.yaml with a camera moving in from the whole map to a port.
const char* kCamera = R"(camera:
  - {at: 2024-10-01, extent: [126.0, 36.0, 140.0, 46.0]}
  - {at: 2024-10-03, extent: [129.0, 36.5, 133.0, 39.5]}
)";

Instant at(const char* text) { return *parse_instant(text); }

class SharedViewsTest : public ::testing::Test {
  protected:
    SharedViewsTest()
        : loaded_(load_scenario_text(test::read_file(test::data_dir() / "small.yaml") + kCamera,
                                     "camera.yaml")),
          scene_(prepare_scene(loaded_.scenario, test::scene_options())),
          framer_(scene_) {}

    [[nodiscard]] ViewPose pose(const char* t) const { return scene_.camera.pose_at(at(t)); }
    /// A set-up holding only the view's frame, and `sides` as its label sides.
    [[nodiscard]] ViewSetup setup_of(const ViewPose& p,
                                     std::vector<std::optional<int>> sides = {}) {
        return ViewSetup{framer_.frame(p), {}, {}, std::move(sides), {}, LabelPlacer{Box{}}};
    }

    LoadedScenario loaded_;
    Scene scene_;
    ViewFramer framer_;
};

/// An image's pixels, row by row without padding.
std::vector<unsigned char> pixels_of(cairo_surface_t* s) {
    cairo_surface_flush(s);
    const int w = cairo_image_surface_get_width(s);
    const int h = cairo_image_surface_get_height(s);
    const int stride = cairo_image_surface_get_stride(s);
    const unsigned char* data = cairo_image_surface_get_data(s);
    std::vector<unsigned char> out;
    for (int y = 0; y < h; ++y) {
        // RGB24 leaves the fourth byte unused: only the colour counts.
        for (int x = 0; x < w; ++x)
            out.insert(out.end(), data + y * stride + 4 * x, data + y * stride + 4 * x + 3);
    }
    return out;
}

/// Antialiased shapes across the whole canvas, crossing any band's edges at slants: the base.
void draw_base_shapes(cairo_t* cr) {
    cairo_set_source_rgb(cr, 0.9, 0.95, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0.2, 0.4, 0.1);
    cairo_arc(cr, 101.3, 77.7, 61.2, 0, 2 * M_PI);
    cairo_fill(cr);
}

/// What goes over the base: a translucent curve, crossing bands and the circle.
void draw_overlay_shapes(cairo_t* cr) {
    cairo_set_source_rgba(cr, 0.8, 0.1, 0.1, 0.6);
    cairo_set_line_width(cr, 3.3);
    cairo_move_to(cr, 0.5, 3.2);
    cairo_curve_to(cr, 80.1, 190.7, 150.2, -20.4, 239.6, 157.9);
    cairo_stroke(cr);
}

void draw_shapes(cairo_t* cr) {
    draw_base_shapes(cr);
    draw_overlay_shapes(cr);
}

}  // namespace

TEST_F(SharedViewsTest, EachViewIsSetUpOnceWhateverTheThreads) {
    SharedViews views;
    const ViewPose start = pose("2024-10-01");
    std::atomic<int> made{0};
    std::vector<std::shared_ptr<const ViewSetup>> got(4);
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 0; i < got.size(); ++i) {
            threads.emplace_back([&, i] {
                got[i] = views.setup(
                    start,
                    [&](const SharedViews::LabelSides*) {
                        ++made;
                        // Long enough that the other threads ask while it is being made.
                        std::this_thread::sleep_for(std::chrono::milliseconds(50));
                        return setup_of(start);
                    },
                    &got[i]);  // four renderers
            });
        }
    }
    EXPECT_EQ(made.load(), 1);
    for (const auto& g : got) {
        ASSERT_NE(g, nullptr);
        EXPECT_EQ(g.get(), got[0].get());
        EXPECT_TRUE(g->frame.view.pose() == start);
    }
}

TEST_F(SharedViewsTest, LaterViewsKeepTheFirstViewsLabelSides) {
    SharedViews views;
    bool first_called = false;
    const SharedViews::LabelSides* first_seen = nullptr;
    const auto first = views.setup(
        pose("2024-10-01"),
        [&](const SharedViews::LabelSides* f) {
            first_called = true;
            first_seen = f;
            return setup_of(pose("2024-10-01"), {2, std::nullopt});
        },
        this);
    ASSERT_TRUE(first_called);
    EXPECT_EQ(first_seen, nullptr);  // the first view sets the sides
    std::optional<SharedViews::LabelSides> later_seen;
    (void)views.setup(
        pose("2024-10-03"),
        [&](const SharedViews::LabelSides* f) {
            if (f != nullptr) later_seen = *f;
            return setup_of(pose("2024-10-03"));
        },
        this);
    ASSERT_TRUE(later_seen);
    EXPECT_EQ(*later_seen, (SharedViews::LabelSides{2, std::nullopt}));
}

TEST_F(SharedViewsTest, ASetUpNoRendererHoldsIsMadeAgain) {
    // A moving camera leaves its views behind: none is kept once no renderer holds it.
    SharedViews views;
    const ViewPose start = pose("2024-10-01");
    int made = 0;
    const auto make = [&](const SharedViews::LabelSides*) {
        ++made;
        return setup_of(start);
    };
    auto held = views.setup(start, make, this);
    EXPECT_EQ(views.setup(start, make, this), held);  // held: the same
    EXPECT_EQ(made, 1);
    const std::weak_ptr<const ViewSetup> dropped = held;
    held.reset();
    EXPECT_TRUE(dropped.expired());
    (void)views.setup(start, make, this);
    EXPECT_EQ(made, 2);
}

TEST_F(SharedViewsTest, AFailedSetUpIsMadeAgainNextTime) {
    SharedViews views;
    const ViewPose start = pose("2024-10-01");
    EXPECT_THROW((void)views.setup(
                     start,
                     [&](const SharedViews::LabelSides*) -> ViewSetup {
                         throw RuntimeError("no memory left");
                     },
                     this),
                 RuntimeError);
    int made = 0;
    const auto again = views.setup(
        start,
        [&](const SharedViews::LabelSides* first) {
            ++made;
            EXPECT_EQ(first, nullptr);  // still the first view
            return setup_of(start);
        },
        this);
    EXPECT_EQ(made, 1);
    EXPECT_TRUE(again->frame.view.pose() == start);
}

TEST_F(SharedViewsTest, StaticLayerBandsAreDrawnOnceEachAndMatchTheLayerDrawnWhole) {
    constexpr int width = 240, height = 160;
    SharedViews views;
    const ViewPose start = pose("2024-10-01");
    // Three renderers ask for the view: its layer is shared out among them.
    const int renderers[3]{};
    for (const int& renderer : renderers) {
        (void)views.setup(
            start, [&](const SharedViews::LabelSides*) { return setup_of(start); }, &renderer);
    }
    std::atomic<int> bands_drawn{0};
    std::mutex mutex;
    std::vector<std::pair<double, double>> rows;  // each band's clip, top and bottom
    std::vector<cairo_surface_t*> layers(3, nullptr);
    std::vector<std::vector<unsigned char>> on_return(3);
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 0; i < layers.size(); ++i) {
            threads.emplace_back([&, i] {
                layers[i] = views.static_layer(
                    start, width, height,
                    [&](cairo_t* cr) {
                        ++bands_drawn;
                        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
                        cairo_clip_extents(cr, &x0, &y0, &x1, &y1);
                        {
                            const std::lock_guard lock(mutex);
                            rows.emplace_back(y0, y1);
                        }
                        EXPECT_EQ(x0, 0);
                        EXPECT_EQ(x1, width);
                        std::this_thread::sleep_for(std::chrono::milliseconds(2));
                        draw_base_shapes(cr);
                    },
                    draw_overlay_shapes);
                // Every band is drawn by the time any thread has the layer.
                on_return[i] = pixels_of(layers[i]);
            });
        }
    }
    EXPECT_EQ(bands_drawn.load(), 6);    // 2 per renderer
    EXPECT_EQ(views.bands_drawn(), 12);  // each band's base and overlay
    // The bands are whole rows, one after the other, together the whole layer.
    std::sort(rows.begin(), rows.end());
    ASSERT_EQ(rows.size(), 6U);
    EXPECT_EQ(rows.front().first, 0);
    EXPECT_EQ(rows.back().second, height);
    for (std::size_t b = 0; b + 1 < rows.size(); ++b) {
        EXPECT_EQ(rows[b].second, rows[b + 1].first);
        EXPECT_EQ(rows[b].second, std::floor(rows[b].second));
    }
    cairo_surface_t* whole = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    cairo_t* cr = cairo_create(whole);
    draw_shapes(cr);
    cairo_destroy(cr);
    const std::vector<unsigned char> expected = pixels_of(whole);
    cairo_surface_destroy(whole);
    for (cairo_surface_t* layer : layers) {
        ASSERT_EQ(cairo_surface_status(layer), CAIRO_STATUS_SUCCESS);
        // One set of pixels, each thread with a surface of its own over them.
        EXPECT_EQ(cairo_image_surface_get_data(layer), cairo_image_surface_get_data(layers[0]));
        EXPECT_EQ(pixels_of(layer), expected);
    }
    for (const auto& p : on_return) EXPECT_EQ(p, expected);
    // Asked again while held: no band drawn again.
    cairo_surface_t* again = views.static_layer(
        start, width, height, [&](cairo_t*) { ++bands_drawn; }, [&](cairo_t*) { ++bands_drawn; });
    EXPECT_EQ(bands_drawn.load(), 6);
    cairo_surface_destroy(again);
    for (cairo_surface_t* layer : layers) cairo_surface_destroy(layer);
}

TEST_F(SharedViewsTest, AViewOnlyOneRendererAskedForIsDrawnWhole) {
    // As under a moving camera, where each worker's frames have views of their own: no band
    // goes through the basemap's paths again.
    SharedViews views;
    const ViewPose close = pose("2024-10-03");
    // Asked for twice by the same renderer (as by one whose camera came back to it).
    for (int i = 0; i < 2; ++i) {
        (void)views.setup(
            close, [&](const SharedViews::LabelSides*) { return setup_of(close); }, this);
    }
    int calls = 0;
    cairo_surface_t* layer = views.static_layer(
        close, 64, 48,
        [&](cairo_t* cr) {
            ++calls;
            double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            cairo_clip_extents(cr, &x0, &y0, &x1, &y1);
            EXPECT_EQ(y0, 0);
            EXPECT_EQ(y1, 48);
            draw_base_shapes(cr);
        },
        draw_overlay_shapes);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(views.bands_drawn(), 2);  // the base and the overlay, each whole
    cairo_surface_destroy(layer);
}

TEST_F(SharedViewsTest, AViewMadeWhileTheFirstIsStillBeingMadeWaitsForItsLabelSides) {
    SharedViews views;
    const ViewPose start = pose("2024-10-01");
    const ViewPose close = pose("2024-10-03");
    std::promise<void> making_first;
    std::jthread first_maker([&] {
        (void)views.setup(
            start,
            [&](const SharedViews::LabelSides*) {
                making_first.set_value();
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                return setup_of(start, {3});
            },
            &first_maker);  // another renderer
    });
    making_first.get_future().wait();
    bool got_sides = false;
    std::optional<int> side;
    (void)views.setup(
        close,
        [&](const SharedViews::LabelSides* f) {
            got_sides = f != nullptr;
            if (f != nullptr) side = f->at(0);
            return setup_of(close);
        },
        this);
    first_maker.join();
    EXPECT_TRUE(got_sides);
    EXPECT_EQ(side, 3);
}

TEST_F(SharedViewsTest, ARendererWaitingForASetUpBeginsTheStaticLayersBase) {
    constexpr int width = 240, height = 160;
    for (const bool draw_early : {true, false}) {
        SharedViews views(draw_early ? 2 : 0);
        const ViewPose start = pose("2024-10-01");
        std::promise<void> making;
        std::promise<void> may_finish;
        const std::shared_future<void> may_finish_future = may_finish.get_future().share();
        int maker = 0, waiter = 0;  // two renderers
        std::jthread first_maker([&] {
            (void)views.setup(
                start,
                [&](const SharedViews::LabelSides*) {
                    making.set_value();
                    // Bounded: should meanwhile never run, the test fails instead of hanging.
                    may_finish_future.wait_for(std::chrono::seconds(5));
                    return setup_of(start);
                },
                &maker);
        });
        making.get_future().wait();
        // Without early drawing nothing releases the maker from the waiting renderer: a
        // moment later, then, while it waits.
        std::jthread release;
        if (!draw_early) {
            release = std::jthread([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                may_finish.set_value();
            });
        }
        int early_bands = 0;
        bool called = false;
        const auto held = views.setup(
            start, [&](const SharedViews::LabelSides*) { return setup_of(start); }, &waiter,
            [&] {
                called = true;
                views.draw_base_early(start, width, height, [&](cairo_t* cr) {
                    ++early_bands;
                    draw_base_shapes(cr);
                });
                may_finish.set_value();
            });
        first_maker.join();
        EXPECT_EQ(called, draw_early);
        // Both renderers asked: 4 bands, every base band drawn while waiting.
        EXPECT_EQ(early_bands, draw_early ? 4 : 0);
        int later_bands = 0;
        cairo_surface_t* layer = views.static_layer(
            start, width, height,
            [&](cairo_t* cr) {
                ++later_bands;
                draw_base_shapes(cr);
            },
            draw_overlay_shapes);
        EXPECT_EQ(later_bands, draw_early ? 0 : 4);
        cairo_surface_t* whole = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
        cairo_t* cr = cairo_create(whole);
        draw_shapes(cr);
        cairo_destroy(cr);
        EXPECT_EQ(pixels_of(layer), pixels_of(whole));
        cairo_surface_destroy(whole);
        cairo_surface_destroy(layer);
    }
}

TEST_F(SharedViewsTest, ABandThatFailsWhileWaitingFailsTheLayer) {
    SharedViews views(2);
    const ViewPose start = pose("2024-10-01");
    std::promise<void> making;
    std::promise<void> may_finish;
    int maker = 0, waiter = 0;
    std::jthread first_maker([&] {
        (void)views.setup(
            start,
            [&](const SharedViews::LabelSides*) {
                making.set_value();
                may_finish.get_future().wait_for(std::chrono::seconds(5));
                return setup_of(start);
            },
            &maker);
    });
    making.get_future().wait();
    const auto held = views.setup(
        start, [&](const SharedViews::LabelSides*) { return setup_of(start); }, &waiter,
        [&] {
            views.draw_base_early(start, 64, 48, [](cairo_t*) -> void {
                throw RuntimeError("static layer: cannot draw: out of memory");
            });
            may_finish.set_value();
        });
    first_maker.join();
    ASSERT_NE(held, nullptr);  // the set-up itself was made
    EXPECT_THROW((void)views.static_layer(
                     start, 64, 48, [](cairo_t*) {}, [](cairo_t*) {}),
                 RuntimeError);
}

TEST(SharedViews, RenderersSharingViewsDrawWhatEachDrawsAlone) {
    // A moving camera and labelled places: each view set up by whichever renderer gets there
    // first, its labels on the sides the first view gave them, whatever frames each draws.
    const LoadedScenario loaded = load_scenario(test::scenario_file("dunkirk-1940"));
    SceneOptions options = test::scene_options();
    options.scale = 0.5;
    const Scene scene = prepare_scene(loaded.scenario, options);
    const std::vector<Instant> times = frame_times(loaded.scenario.timeline);
    ASSERT_GE(times.size(), 12U);
    std::vector<std::size_t> picks;
    for (std::size_t i = 0; i < 6; ++i) picks.push_back(i * (times.size() - 1) / 5);
    const auto draw = [&](FrameRenderer& renderer, std::size_t frame) {
        cairo_surface_t* s =
            cairo_image_surface_create(CAIRO_FORMAT_RGB24, scene.layout.width, scene.layout.height);
        cairo_t* cr = cairo_create(s);
        renderer.draw_raster(cr, times[frame]);
        cairo_destroy(cr);
        std::vector<unsigned char> p = pixels_of(s);
        cairo_surface_destroy(s);
        return p;
    };
    std::map<std::size_t, std::vector<unsigned char>> alone;
    {
        FrameRenderer renderer(scene);
        for (std::size_t f : picks) alone[f] = draw(renderer, f);
    }
    // Each thread its own frames, in its own order (the last one backwards).
    const std::vector<std::vector<std::size_t>> runs{{picks[2], picks[0], picks[4]},
                                                     {picks[1], picks[3], picks[5]},
                                                     {picks[5], picks[4], picks[3], picks[2]}};
    SharedViews views(3);  // as for PNG frames on 3 workers
    std::vector<std::map<std::size_t, std::vector<unsigned char>>> shared(runs.size());
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            threads.emplace_back([&, i] {
                FrameRenderer renderer(scene, &views);
                for (std::size_t f : runs[i]) shared[i][f] = draw(renderer, f);
            });
        }
    }
    for (const auto& frames : shared) {
        for (const auto& [f, pixels] : frames) EXPECT_TRUE(pixels == alone[f]) << "frame " << f;
    }
}

}  // namespace gt
