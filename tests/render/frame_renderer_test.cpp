// Frames under a moving camera: different views give different pixels, a frame mid-pan shows a
// place where the eased, log-zoomed view puts it, and the per-view cache never changes a frame.
// Routes that run under the fixed furniture (legend, title, timeline band) leave it untouched.
#include "render/frame_renderer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>

#include "cli/app.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"
#include "timeline/schedule.hpp"

namespace gt {

namespace {

/// tests/data/small.yaml with a camera: the whole map on 1 October, then in to the western port
/// by 3 October, held there until 4 October; and a place off the route, for its symbol.
const char* kCamera = R"(camera:
  - {at: 2024-10-01, extent: [126.0, 36.0, 140.0, 46.0]}
  - {at: 2024-10-03, extent: [129.0, 36.5, 133.0, 39.5]}
  - {at: 2024-10-04, extent: [129.0, 36.5, 133.0, 39.5]}
)";

Instant at(const char* text) { return *parse_instant(text); }

/// One raster frame's pixels.
class Raster {
  public:
    Raster(int width, int height)
        : surface_(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)) {}
    ~Raster() { cairo_surface_destroy(surface_); }
    Raster(const Raster&) = delete;
    Raster& operator=(const Raster&) = delete;

    void draw(FrameRenderer& renderer, Instant t) {
        cairo_t* cr = cairo_create(surface_);
        renderer.draw_raster(cr, t);
        cairo_destroy(cr);
        cairo_surface_flush(surface_);
    }
    [[nodiscard]] std::uint32_t pixel(int x, int y) const {
        const unsigned char* row =
            cairo_image_surface_get_data(surface_) + y * cairo_image_surface_get_stride(surface_);
        std::uint32_t value = 0;
        std::memcpy(&value, row + 4 * x, 4);
        return value & 0xffffffU;
    }
    [[nodiscard]] cairo_surface_t* surface() const { return surface_; }
    [[nodiscard]] int width() const { return cairo_image_surface_get_width(surface_); }
    [[nodiscard]] int height() const { return cairo_image_surface_get_height(surface_); }
    [[nodiscard]] bool same_pixels(const Raster& other) const {
        for (int y = 0; y < height(); ++y) {
            for (int x = 0; x < width(); ++x) {
                if (pixel(x, y) != other.pixel(x, y)) return false;
            }
        }
        return true;
    }

  private:
    cairo_surface_t* surface_;
};

/// `busy` draws the frame at each of `times` as a renderer that drew nothing before does.
void expect_frames_as_fresh(FrameRenderer& busy, const Scene& scene,
                            const std::vector<const char*>& times) {
    for (const char* t : times) {
        Raster reused(scene.layout.width, scene.layout.height);
        reused.draw(busy, at(t));
        FrameRenderer fresh(scene);
        Raster first(scene.layout.width, scene.layout.height);
        first.draw(fresh, at(t));
        EXPECT_TRUE(reused.same_pixels(first)) << t;
    }
}

std::uint32_t packed(const Rgba& c) {
    const auto channel = [](double v) { return static_cast<std::uint32_t>(std::lround(v * 255)); };
    return channel(c.r) << 16 | channel(c.g) << 8 | channel(c.b);
}

class CameraFrames : public ::testing::Test {
  protected:
    CameraFrames()
        : loaded_(load_scenario_text(
              test::replace_line(
                  test::read_file(test::data_dir() / "small.yaml"),
                  "places:", "places:\n  marker: {at: [130.0, 37.2], kind: city, label: false}") +
                  kCamera,
              "camera.yaml")),
          scene_(prepare_scene(loaded_.scenario, test::scene_options())) {}

    LoadedScenario loaded_;
    Scene scene_;
};

}  // namespace

TEST(StaticLayer, DrawnInPartsHasThePixelsOfOneGo) {
    // The static layer is drawn as its base (the basemap), then what goes over it (country
    // names, place symbols), each on a context of its own and perhaps in bands: the overlay must
    // start from the state the basemap leaves (round joins, even-odd fills), or the symbols'
    // corners change by a few pixels, which the reference images' tolerance lets through.
    const LoadedScenario loaded = load_scenario(test::scenario_file("korea-russia-2024"));
    SceneOptions options = test::scene_options();
    options.scale = 0.5;
    const Scene scene = prepare_scene(loaded.scenario, options);
    for (const Instant t : {loaded.scenario.timeline.start, loaded.scenario.timeline.end}) {
        // Two renderers sharing views: the layer in bands too.
        SharedViews views;
        FrameRenderer renderer(scene, &views);
        const FrameRenderer other(scene, &views);
        (void)other;
        cairo_surface_t* parts = renderer.static_layer_at(t);
        Raster whole(scene.layout.width, scene.layout.height);
        cairo_t* cr = cairo_create(whole.surface());
        renderer.draw_static_at(cr, t);
        cairo_destroy(cr);
        cairo_surface_flush(whole.surface());
        cairo_surface_flush(parts);
        long differ = 0;
        const int stride = cairo_image_surface_get_stride(parts);
        const unsigned char* data = cairo_image_surface_get_data(parts);
        for (int y = 0; y < whole.height(); ++y) {
            for (int x = 0; x < whole.width(); ++x) {
                std::uint32_t p = 0;
                std::memcpy(&p, data + y * stride + 4 * x, 4);
                if ((p & 0xffffffU) != whole.pixel(x, y)) ++differ;
            }
        }
        EXPECT_EQ(differ, 0) << format_iso(t);
    }
}

TEST_F(CameraFrames, TwoViewsGiveDifferentPixels) {
    FrameRenderer renderer(scene_);
    Raster wide(scene_.layout.width, scene_.layout.height);
    Raster close(scene_.layout.width, scene_.layout.height);
    wide.draw(renderer, at("2024-10-01"));
    close.draw(renderer, at("2024-10-03"));
    const PixelRect& a = scene_.layout.map_area;
    long differ = 0, total = 0;
    for (int y = static_cast<int>(a.y); y < static_cast<int>(a.y + a.height); y += 3) {
        for (int x = static_cast<int>(a.x); x < static_cast<int>(a.x + a.width); x += 3) {
            ++total;
            if (wide.pixel(x, y) != close.pixel(x, y)) ++differ;
        }
    }
    EXPECT_GT(differ, total / 5) << differ << " of " << total << " sampled pixels differ";
}

TEST_F(CameraFrames, MidPanShowsAPlaceWhereTheEasedLogZoomedViewPutsIt) {
    // The view halfway in time, worked out here from the two keyframes' fitted views: the eased
    // share at half time is one half, so the centre is halfway and the scale their geometric mean.
    const Projection projection = make_projection(loaded_.scenario);
    const Layout& l = scene_.layout;
    const MapView first(projection, loaded_.scenario.camera[0].extent, l.width, l.height,
                        l.map_area);
    const MapView second(projection, loaded_.scenario.camera[1].extent, l.width, l.height,
                         l.map_area);
    const XY centre{(first.pose().centre.x + second.pose().centre.x) / 2,
                    (first.pose().centre.y + second.pose().centre.y) / 2};
    const double scale = std::sqrt(first.scale() * second.scale());
    ASSERT_EQ(loaded_.scenario.places[0].id, "marker");
    const XY marker = *projection.forward(loaded_.scenario.places[0].position);
    const XY expected{l.map_area.x + l.map_area.width / 2 + (marker.x - centre.x) * scale,
                      l.map_area.y + l.map_area.height / 2 - (marker.y - centre.y) * scale};

    FrameRenderer renderer(scene_);
    const Instant mid = at("2024-10-02");
    const XY drawn = renderer.view_at(mid).to_pixel(marker);
    EXPECT_NEAR(drawn.x, expected.x, 1e-6);
    EXPECT_NEAR(drawn.y, expected.y, 1e-6);
    // A linear blend of the scales would put it elsewhere: the test can tell the two apart.
    const double linear = (first.scale() + second.scale()) / 2;
    EXPECT_GT(std::abs((marker.x - centre.x) * (linear - scale)), 5.0);

    // The place's dot is drawn there, in the place colour.
    Raster raster(l.width, l.height);
    raster.draw(renderer, mid);
    const int x = static_cast<int>(std::lround(expected.x));
    const int y = static_cast<int>(std::lround(expected.y));
    EXPECT_EQ(raster.pixel(x, y), packed(scene_.style.colors.place));
    // ...and not where the first keyframe's view had it.
    const XY before = first.to_pixel(marker);
    EXPECT_NE(raster.pixel(static_cast<int>(std::lround(before.x)),
                           static_cast<int>(std::lround(before.y))),
              packed(scene_.style.colors.place));
}

TEST_F(CameraFrames, ARendererThatDrewOtherViewsDrawsTheSameFrameAsAFreshOne) {
    // Each worker keeps its own per-view cache and sees its own order of frames; none may show.
    FrameRenderer busy(scene_);
    Raster scratch(scene_.layout.width, scene_.layout.height);
    for (const char* t : {"2024-10-01", "2024-10-03T12:00Z", "2024-10-02", "2024-10-03"}) {
        scratch.draw(busy, at(t));
    }
    expect_frames_as_fresh(busy, scene_, {"2024-10-03T18:00Z", "2024-10-02T06:00Z"});
}

TEST_F(CameraFrames, AHeldViewKeepsTheSameView) {
    FrameRenderer renderer(scene_);
    const ViewPose held = renderer.view_at(at("2024-10-03")).pose();
    EXPECT_EQ(renderer.view_at(at("2024-10-03T18:00Z")).pose(), held);
    EXPECT_EQ(renderer.view_at(at("2024-10-05")).pose(), held);
    EXPECT_FALSE(renderer.view_at(at("2024-10-02")).pose() == held);
}

TEST_F(CameraFrames, VectorFramesKeepNoPanelImagesRasterFramesOnlyTheirOwn) {
    FrameRenderer renderer(scene_);
    for (const char* day : {"2024-10-03", "2024-10-03T18:00Z", "2024-10-04", "2024-10-05"}) {
        cairo_surface_t* recording =
            cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
        cairo_t* cr = cairo_create(recording);
        renderer.draw_vector(cr, at(day));
        cairo_destroy(cr);
        cairo_surface_destroy(recording);
    }
    EXPECT_EQ(renderer.cached_panels(), 0u) << "an SVG or PDF run would hold a date panel a frame";
    Raster raster(scene_.layout.width, scene_.layout.height);
    raster.draw(renderer, at("2024-10-04"));
    const std::size_t one_frame = renderer.cached_panels();
    EXPECT_GT(one_frame, 0u);
    for (const char* day :
         {"2024-10-04T06:00Z", "2024-10-04T12:00Z", "2024-10-04T18:00Z", "2024-10-05"}) {
        raster.draw(renderer, at(day));
    }
    EXPECT_LE(renderer.cached_panels(), 2 * one_frame) << "panels of past frames are dropped";
}

namespace {

/// tests/data/small.yaml with the convoy leaving on 2 October for a port in the map's south-west
/// corner, where the legend is.
class RouteUnderTheLegend : public ::testing::Test {
  protected:
    RouteUnderTheLegend()
        : loaded_(load_scenario_text(
              test::replace_line(
                  test::replace_line(test::read_file(test::data_dir() / "small.yaml"),
                                     "    at: [137.5, 41.5]", "    at: [122.0, 35.9]"),
                  "    start: 2024-10-01", "    start: 2024-10-02"),
              "legend.yaml")),
          scene_(prepare_scene(loaded_.scenario, test::scene_options())) {}

    /// The fixed panel over the port (the legend's box), or nullopt when none is there.
    [[nodiscard]] std::optional<cairo_rectangle_int_t> box_over_the_port(FrameRenderer& renderer) {
        const Instant t = at("2024-10-05");
        const XY port = renderer.view_at(t).to_pixel(
            *make_projection(loaded_.scenario).forward(loaded_.scenario.places[1].position));
        for (const cairo_rectangle_int_t& r : renderer.fixed_furniture_at(t)) {
            if (port.x >= r.x && port.x < r.x + r.width && port.y >= r.y &&
                port.y < r.y + r.height) {
                return r;
            }
        }
        return std::nullopt;
    }

    LoadedScenario loaded_;
    Scene scene_;
};

}  // namespace

TEST_F(RouteUnderTheLegend, LeavesTheLegendAsItIsWithoutRoutes) {
    FrameRenderer renderer(scene_);
    const Instant before = at("2024-10-01"), arrived = at("2024-10-05");
    // The route really ends under a fixed panel, the legend...
    const auto legend = box_over_the_port(renderer);
    ASSERT_TRUE(legend) << "the port is under no fixed panel";
    Raster without(scene_.layout.width, scene_.layout.height);
    Raster with(scene_.layout.width, scene_.layout.height);
    without.draw(renderer, before);
    with.draw(renderer, arrived);
    // ...which shows the same pixels with the route and the unit as without...
    for (int y = legend->y; y < legend->y + legend->height; ++y) {
        for (int x = legend->x; x < legend->x + legend->width; ++x) {
            ASSERT_EQ(with.pixel(x, y), without.pixel(x, y)) << "at " << x << ", " << y;
        }
    }
    // ...while the route is drawn on the map beside it.
    long route = 0;
    const std::uint32_t confirmed = packed(scene_.style.color_of(Confidence::confirmed));
    for (int y = 0; y < with.height(); ++y) {
        for (int x = 0; x < with.width(); ++x) {
            if (with.pixel(x, y) == confirmed && without.pixel(x, y) != confirmed) ++route;
        }
    }
    EXPECT_GT(route, 200);
}

TEST_F(RouteUnderTheLegend, FramesDrawnOverTheLastOneKeepTheMovingUnitOffTheLegend) {
    // Each frame drawn over the last one hides only where it drew under the fixed panels: the
    // unit crossing into the legend on its way to the port must not show there in any frame.
    FrameRenderer renderer(scene_);
    const auto legend = box_over_the_port(renderer);
    ASSERT_TRUE(legend) << "the port is under no fixed panel";
    Raster without(scene_.layout.width, scene_.layout.height);
    without.draw(renderer, at("2024-10-01"));
    Raster kept(scene_.layout.width, scene_.layout.height);
    const Movement& convoy = loaded_.scenario.movements[0];
    int unit_in_legend = 0;
    for (int h = 0; h <= 4 * 24; h += 2) {
        const Instant t = at("2024-10-01") + Seconds{h * 3600};
        cairo_t* cr = cairo_create(kept.surface());
        renderer.draw_raster(cr, t,
                             h == 0 ? FrameRenderer::FrameStart::anything
                                    : FrameRenderer::FrameStart::over_last_frame);
        cairo_destroy(cr);
        cairo_surface_flush(kept.surface());
        const double progress = scene_.routes[0].progress(convoy, t);
        const XY unit = renderer.view_at(t).to_pixel(scene_.routes[0].at(progress));
        if (progress > 0 && progress < 1 && unit.x >= legend->x &&
            unit.x < legend->x + legend->width && unit.y >= legend->y &&
            unit.y < legend->y + legend->height) {
            ++unit_in_legend;
        }
        for (int y = legend->y; y < legend->y + legend->height; ++y) {
            for (int x = legend->x; x < legend->x + legend->width; ++x) {
                ASSERT_EQ(kept.pixel(x, y), without.pixel(x, y))
                    << "at " << x << ", " << y << " after " << h << " hours";
            }
        }
    }
    EXPECT_GT(unit_in_legend, 0) << "the unit never crossed the legend: the test shows nothing";
}

TEST_F(RouteUnderTheLegend, VectorFramesKeepTheRouteOffTheLegendToo) {
    // Vector frames draw the fixed furniture each time and clip what moves off it; drawn onto an
    // image (scaled by a hair, so that nothing goes through the raster caches), the legend shows
    // the same pixels with the route under it as before the convoy left.
    FrameRenderer renderer(scene_);
    const Instant before = at("2024-10-01"), arrived = at("2024-10-05");
    const auto legend = box_over_the_port(renderer);
    ASSERT_TRUE(legend) << "the port is under no fixed panel";
    const auto vector_frame = [&](Instant t) {
        auto frame = std::make_unique<Raster>(scene_.layout.width, scene_.layout.height);
        cairo_t* cr = cairo_create(frame->surface());
        cairo_scale(cr, 1.0 + 1e-9, 1.0 + 1e-9);
        renderer.draw_vector(cr, t);
        cairo_destroy(cr);
        cairo_surface_flush(frame->surface());
        return frame;
    };
    const auto without = vector_frame(before);
    const auto with = vector_frame(arrived);
    // One pixel in from the box's edges: the hair of scaling moves them.
    for (int y = legend->y + 1; y < legend->y + legend->height - 1; ++y) {
        for (int x = legend->x + 1; x < legend->x + legend->width - 1; ++x) {
            ASSERT_EQ(with->pixel(x, y), without->pixel(x, y)) << "at " << x << ", " << y;
        }
    }
    // The raster frame shows the legend as the vector frame does (its text drawn from sprites).
    Raster raster(scene_.layout.width, scene_.layout.height);
    raster.draw(renderer, arrived);
    long pixels = 0, far_off = 0;
    for (int y = legend->y + 1; y < legend->y + legend->height - 1; ++y) {
        for (int x = legend->x + 1; x < legend->x + legend->width - 1; ++x) {
            ++pixels;
            const std::uint32_t v = with->pixel(x, y), w = raster.pixel(x, y);
            for (int shift : {0, 8, 16}) {
                if (std::abs(static_cast<int>((v >> shift) & 0xff) -
                             static_cast<int>((w >> shift) & 0xff)) > 48) {
                    ++far_off;
                    break;
                }
            }
        }
    }
    EXPECT_GT(pixels, 2000);
    EXPECT_LT(far_off, pixels / 100) << far_off << " of " << pixels << " pixels";
}

TEST_F(RouteUnderTheLegend, StagesFollowTheMovement) {
    EXPECT_EQ(route_stages(scene_, at("2024-10-01")), std::vector{RouteStage::waiting});
    EXPECT_EQ(route_stages(scene_, at("2024-10-03")), std::vector{RouteStage::moving});
    EXPECT_EQ(route_stages(scene_, at("2024-10-05")), std::vector{RouteStage::arrived});
}

TEST_F(RouteUnderTheLegend, ARendererThatDrewOtherStagesDrawsTheSameFrameAsAFreshOne) {
    // Arrived routes live in the cached base layer: going back to a frame before the arrival (a
    // worker's next frame can be any) must draw the route as it was then.
    FrameRenderer busy(scene_);
    Raster scratch(scene_.layout.width, scene_.layout.height);
    scratch.draw(busy, at("2024-10-05"));
    expect_frames_as_fresh(busy, scene_,
                           {"2024-10-03", "2024-10-01", "2024-10-04T12:00Z", "2024-10-05"});
}

namespace {

/// The pixels of `surface` that differ from `before` (a copy of its data) and lie outside
/// `changed`: none when draw_raster reported all it changed.
long changes_not_reported(cairo_surface_t* surface, const std::vector<unsigned char>& before,
                          const Damage& changed) {
    if (changed.everything()) return 0;
    const unsigned char* now = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    long missed = 0;
    for (int y = 0; y < cairo_image_surface_get_height(surface); ++y) {
        for (int x = 0; x < cairo_image_surface_get_width(surface); ++x) {
            const std::size_t at = static_cast<std::size_t>(y) * stride + 4 * x;
            if (std::memcmp(now + at, before.data() + at, 4) != 0 &&
                !cairo_region_contains_point(changed.region(), x, y)) {
                ++missed;
            }
        }
    }
    return missed;
}

/// Draws every frame at `times` over the last one on one surface, as a render's worker does,
/// and each also fresh: the two must be the same pixels (what a frame drew is all that the next
/// one paints over), and every pixel the frame changed must be where it said it changed.
void expect_frames_over_the_last_to_match_fresh_ones(const Scene& scene,
                                                     const std::vector<Instant>& times) {
    FrameRenderer reusing(scene);
    FrameRenderer fresh(scene);
    Raster kept(scene.layout.width, scene.layout.height);
    const std::size_t bytes =
        static_cast<std::size_t>(cairo_image_surface_get_stride(kept.surface())) *
        static_cast<std::size_t>(scene.layout.height);
    for (std::size_t i = 0; i < times.size(); ++i) {
        cairo_surface_flush(kept.surface());
        const unsigned char* data = cairo_image_surface_get_data(kept.surface());
        const std::vector<unsigned char> before(data, data + bytes);
        cairo_t* cr = cairo_create(kept.surface());
        Damage changed;
        reusing.draw_raster(cr, times[i],
                            i == 0 ? FrameRenderer::FrameStart::anything
                                   : FrameRenderer::FrameStart::over_last_frame,
                            &changed);
        cairo_destroy(cr);
        cairo_surface_flush(kept.surface());
        EXPECT_EQ(changes_not_reported(kept.surface(), before, changed), 0)
            << "frame " << i + 1 << " of " << times.size();
        Raster whole(scene.layout.width, scene.layout.height);
        whole.draw(fresh, times[i]);
        ASSERT_TRUE(kept.same_pixels(whole)) << "frame " << i + 1 << " of " << times.size();
    }
}

}  // namespace

TEST_F(CameraFrames, FramesDrawnOverTheLastOneMatchFreshOnesAsTheCameraMoves) {
    std::vector<Instant> times;
    for (int h = 0; h <= 4 * 24; h += 6) times.push_back(at("2024-10-01") + Seconds{h * 3600});
    expect_frames_over_the_last_to_match_fresh_ones(scene_, times);
}

TEST_F(RouteUnderTheLegend, FramesDrawnOverTheLastOneMatchFreshOnesAcrossStages) {
    std::vector<Instant> times;
    for (int h = 0; h <= 4 * 24; h += 3) times.push_back(at("2024-10-01") + Seconds{h * 3600});
    // Out of order too: a worker may get any frame next.
    times.push_back(at("2024-10-02T06:00Z"));
    times.push_back(at("2024-10-04T21:00Z"));
    expect_frames_over_the_last_to_match_fresh_ones(scene_, times);
}

TEST(SeedScenario, EveryFrameDrawnOverTheLastOneMatchesAFreshOne) {
    const LoadedScenario loaded = load_scenario(test::scenario_file("korea-russia-2024"));
    const Scene scene = prepare_scene(loaded.scenario, test::scene_options());
    expect_frames_over_the_last_to_match_fresh_ones(scene, frame_times(loaded.scenario.timeline));
}

}  // namespace gt

namespace gt {

TEST(SettledRoutes, ABaseLayerGivenTheRoutesSettledSinceIsTheOneDrawnWhole) {
    // 1812: the retreats' planned paths settle over the advance's route, which crosses them.
    const LoadedScenario loaded = load_scenario(test::scenario_file("russia-1812"));
    const Scene scene = prepare_scene(loaded.scenario, test::scene_options());
    const std::vector<const char*> times{"1812-09-10", "1812-09-20", "1812-10-20",
                                         "1812-11-10", "1812-11-16", "1812-12-16"};
    std::size_t pieces_before = 0;
    for (const char* t : times) {
        const std::size_t pieces = settled_pieces(scene, route_stages(scene, at(t))).size();
        EXPECT_GT(pieces, pieces_before) << t << ": a route settled since the last frame";
        pieces_before = pieces;
    }
    FrameRenderer busy(scene);
    expect_frames_as_fresh(busy, scene, times);
}

TEST(SettledRoutes, PiecesAreDrawnInTheOrderTheySettle) {
    const LoadedScenario loaded = load_scenario(test::scenario_file("russia-1812"));
    const Scene scene = prepare_scene(loaded.scenario, test::scene_options());
    const auto pieces = settled_pieces(scene, route_stages(scene, at("1812-12-20")));
    ASSERT_GE(pieces.size(), 4U);
    EXPECT_TRUE(std::is_sorted(
        pieces.begin(), pieces.end(),
        [](const SettledPiece& a, const SettledPiece& b) { return a.since < b.since; }));
    // An earlier frame's pieces come first in a later frame's.
    const auto earlier = settled_pieces(scene, route_stages(scene, at("1812-10-20")));
    ASSERT_LT(earlier.size(), pieces.size());
    EXPECT_TRUE(std::equal(earlier.begin(), earlier.end(), pieces.begin()));
}

}  // namespace gt
