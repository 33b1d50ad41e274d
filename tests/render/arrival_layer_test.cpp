// Arrived units: one badge per place and confidence level, beside the place, with their number.
#include "render/arrival_layer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>

#include "render/draw.hpp"
#include "scenario/loader.hpp"
#include "support/scene_at_end.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace {

/// The small test scenario with two more units sailing to its end point and arriving before its
/// end: one confirmed like the first, one only reported.
LoadedScenario three_arrivals() {
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    const std::string south = R"(  south-point:
    name: South
    at: [133.0, 37.0]
    kind: port
    label: false
)";
    yaml.insert(yaml.find("movements:"), south);
    const std::string more = R"(  - id: second
    label: Second convoy
    from: south-point
    to: end-point
    start: 2024-10-01
    end: 2024-10-03
    mode: sea
    source: log
    confidence: confirmed
  - id: third
    label: Third convoy
    from: south-point
    to: end-point
    start: 2024-10-01
    end: 2024-10-04
    mode: sea
    source: log
    confidence: reported
)";
    yaml.insert(yaml.find("events:"), more);
    return load_scenario_text(yaml, "three-arrivals.yaml");
}

class ThreeArrivals : public ::testing::Test, protected test::SceneAtEnd {
  protected:
    ThreeArrivals()
        : SceneAtEnd(three_arrivals()),
          placer({0, 0, static_cast<double>(scene.layout.width),
                  static_cast<double>(scene.layout.height)}) {}
    DrawContext context(cairo_t* cr, Instant t) { return context_at(cr, placer, t); }
    XY end_point() const { return frame.view.to_pixel(scene.places[1]); }

    LabelPlacer placer;
};

using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;
using Context = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;

/// The pixel at `p` of an ARGB32 image, premultiplied, as 0xAARRGGBB.
std::uint32_t pixel_at(cairo_surface_t* s, XY p) {
    cairo_surface_flush(s);
    const unsigned char* row =
        cairo_image_surface_get_data(s) +
        static_cast<std::ptrdiff_t>(std::lround(p.y)) * cairo_image_surface_get_stride(s);
    return reinterpret_cast<const std::uint32_t*>(row)[std::lround(p.x)];
}

}  // namespace

TEST_F(ThreeArrivals, UnitsAtOnePlaceShareABadgePerConfidenceLevel) {
    const std::vector<Arrival> arrivals = arrivals_at(context(nullptr, end));
    ASSERT_EQ(arrivals.size(), 2U);
    EXPECT_EQ(arrivals[0].confidence, Confidence::confirmed);
    EXPECT_EQ(arrivals[0].movements, (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(arrivals[1].confidence, Confidence::reported);
    EXPECT_EQ(arrivals[1].movements, (std::vector<std::size_t>{2}));
}

TEST_F(ThreeArrivals, OnlyUnitsAtTheEndOfTheirRoutesHaveArrived) {
    const Instant third_of_october = loaded.scenario.timeline.start + Seconds{2 * 86400};
    EXPECT_TRUE(arrivals_at(context(nullptr, loaded.scenario.timeline.start)).empty());
    const std::vector<Arrival> arrivals = arrivals_at(context(nullptr, third_of_october));
    ASSERT_EQ(arrivals.size(), 1U);
    EXPECT_EQ(arrivals[0].movements, (std::vector<std::size_t>{1}));
}

TEST_F(ThreeArrivals, ArrivedUnitsAreNoLongerDrawnAsUnitsUnderWay) {
    const Layout& l = scene.layout;
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, l.width, l.height),
                    cairo_surface_destroy);
    Context cr(cairo_create(surface.get()), cairo_destroy);
    const UnitSymbols units = draw_movement_symbols(context(cr.get(), end));
    EXPECT_TRUE(units.symbols.empty()) << "no sea diamond stays on a unit that has landed";
    EXPECT_TRUE(units.labels.empty());
}

TEST_F(ThreeArrivals, BadgesLeaveThePlaceAndItsStarInSightAndDoNotOverlap) {
    const Layout& l = scene.layout;
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, l.width, l.height),
                    cairo_surface_destroy);
    Context cr(cairo_create(surface.get()), cairo_destroy);
    const std::vector<Box> badges = draw_arrivals(context(cr.get(), end));
    ASSERT_EQ(badges.size(), 2U);
    EXPECT_FALSE(badges[0].overlaps(badges[1]));
    const XY place = end_point();
    const double star = scene.layout.px(scene.style.sizes.event_symbol);
    for (const Box& badge : badges) {
        EXPECT_GE(badge.distance_to(place.x, place.y), star) << "the event's star stays clear";
        // Drawn where it says: its middle row is painted near both ends.
        const double y = (badge.y0 + badge.y1) / 2;
        EXPECT_NE(pixel_at(surface.get(), {badge.x0 + 4, y}), 0U);
        EXPECT_NE(pixel_at(surface.get(), {badge.x1 - 4, y}), 0U);
    }
    EXPECT_EQ(pixel_at(surface.get(), place), 0U) << "nothing drawn on the place itself";
}

TEST_F(ThreeArrivals, ABadgeFitsItsNumber) {
    const Layout& l = scene.layout;
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, l.width, l.height),
                    cairo_surface_destroy);
    Context cr(cairo_create(surface.get()), cairo_destroy);
    const TextStyle number{scene.style.font, 14, true, scene.style.colors.halo};
    const Rgba red{1, 0, 0, 1};
    const Box one = draw_arrival_badge(cr.get(), painter, number, {100, 100}, 3, red, red, 2);
    const Box many = draw_arrival_badge(cr.get(), painter, number, {300, 100}, 1234, red, red, 2);
    EXPECT_NEAR(one.x1 - one.x0, one.y1 - one.y0, 0.5) << "one digit: a circle";
    EXPECT_GT(many.x1 - many.x0, painter.measure("1234", number).width);
}

}  // namespace gt
