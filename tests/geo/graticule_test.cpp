#include "geo/graticule.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "geo/route.hpp"

namespace gt {

TEST(ScaleBar, PicksTheLongestRoundLengthThatFits) {
    const ScaleBar bar = choose_scale_bar(1234.5, 160);  // at most 197.5 km fits
    EXPECT_EQ(bar.label, "100 km");
    EXPECT_DOUBLE_EQ(bar.metres, 100000);
    EXPECT_NEAR(bar.pixels, 100000 / 1234.5, 1e-9);
    EXPECT_EQ(choose_scale_bar(40, 160).label, "5 km");    // 6.4 km fits
    EXPECT_EQ(choose_scale_bar(1.5, 160).label, "200 m");  // 240 m fits
    EXPECT_EQ(choose_scale_bar(20000, 160).label, "2000 km");
}

TEST(ScaleBar, MetresPerPixelIsTrueOnTheStandardParallel) {
    // Lambert conformal conic is true to scale along its standard parallel, so at the map centre
    // (on it) one pixel is exactly 1/scale metres: PROJ's distances and ours must agree.
    const Projection lcc("+proj=lcc +lat_0=45 +lat_1=45 +lat_2=45 +lon_0=10 +datum=WGS84 +units=m");
    const MapView view(lcc, {5, 43, 15, 47}, 1000, 600, {0, 0, 1000, 600});
    const XY centre = view.to_pixel(*lcc.forward({10, 45}));
    EXPECT_NEAR(metres_per_pixel_at(lcc, view, centre) * view.scale(), 1.0, 1e-4);
}

TEST(ScaleBar, MercatorStretchesByTheSecantOfLatitude) {
    const Projection merc("EPSG:3857");
    const MapView view(merc, {100, 50, 120, 70}, 1000, 1000, {0, 0, 1000, 1000});
    const XY at60 = view.to_pixel(*merc.forward({110, 60}));
    // On the ground a pixel at 60°N is about cos(60°) = half of what it is in map units.
    EXPECT_NEAR(metres_per_pixel_at(merc, view, at60) * view.scale(), 0.5, 0.003);
}

TEST(NorthArrow, NorthIsUpInMercatorAndTiltedOffTheMeridianOfAPolarMap) {
    const Projection merc("EPSG:3857");
    const MapView merc_view(merc, {100, 50, 120, 70}, 800, 800, {0, 0, 800, 800});
    EXPECT_NEAR(north_angle_at(merc, merc_view, {400, 400}), 0, 1e-6);
    const Projection polar("+proj=stere +lat_0=90 +lon_0=0 +datum=WGS84 +units=m");
    const MapView polar_view(polar, {60, 60, 120, 80}, 800, 800, {0, 0, 800, 800});
    // At 90°E on a north-polar map with 0° down the middle, north points left, to the pole.
    const XY at90 = polar_view.to_pixel(*polar.forward({90, 70}));
    EXPECT_NEAR(north_angle_at(polar, polar_view, at90), -M_PI / 2, 1e-3);
}

TEST(Graticule, Steps) {
    EXPECT_DOUBLE_EQ(graticule_step(13), 2);
    EXPECT_DOUBLE_EQ(graticule_step(40), 5);
    EXPECT_DOUBLE_EQ(graticule_step(300), 60);
    const auto lines = graticule({{124, 38, 138, 50}}, 5);
    int meridians = 0, parallels = 0;
    for (const auto& l : lines) (l.meridian ? meridians : parallels)++;
    EXPECT_EQ(meridians, 3);  // 125, 130, 135
    EXPECT_EQ(parallels, 3);  // 40, 45, 50
}

}  // namespace gt
