// The camera over time: held before the first keyframe and after the last, eased between two
// with the centre moving linearly and the zoom geometrically.
#include "geo/camera.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "timeline/schedule.hpp"

namespace gt {

void PrintTo(const ViewPose& p, std::ostream* os) {
    *os << "{centre " << p.centre.x << ", " << p.centre.y << "; scale " << p.scale << "}";
}

namespace {

Instant day(int d) { return *parse_instant("2024-10-0" + std::to_string(d)); }

const ViewPose kWide{{0, 0}, 0.001};
const ViewPose kClose{{40000, -20000}, 0.016};  // sixteen times closer

Camera two_keys() { return Camera({{day(2), kWide}, {day(4), kClose}}); }

}  // namespace

TEST(Camera, HoldsTheFirstViewBeforeTheFirstKeyAndTheLastAfterTheLast) {
    const Camera camera = two_keys();
    EXPECT_EQ(camera.pose_at(day(1)), kWide);
    EXPECT_EQ(camera.pose_at(day(2)), kWide);
    EXPECT_EQ(camera.pose_at(day(4)), kClose);
    EXPECT_EQ(camera.pose_at(day(6)), kClose);
}

TEST(Camera, HalfwayInTimeIsHalfwayInCentreAndInZoomFactor) {
    const ViewPose mid = two_keys().pose_at(day(3));
    EXPECT_NEAR(mid.centre.x, 20000, 1e-9);
    EXPECT_NEAR(mid.centre.y, -10000, 1e-9);
    // Log-linear: four times closer than the wide view and four times wider than the close one.
    EXPECT_NEAR(mid.scale, 0.004, 1e-15);
}

TEST(Camera, MovesWithTheTimelinesEasing) {
    const Camera camera = two_keys();
    const Instant quarter = day(2) + std::chrono::hours(12);
    const double u = ease_in_out(0.25);
    ASSERT_LT(u, 0.25);  // slow start: less than a quarter of the way after a quarter of the time
    const ViewPose p = camera.pose_at(quarter);
    EXPECT_NEAR(p.centre.x, 40000 * u, 1e-9);
    EXPECT_NEAR(p.centre.y, -20000 * u, 1e-9);
    EXPECT_NEAR(std::log(p.scale / kWide.scale), u * std::log(16.0), 1e-12);
}

TEST(Camera, EqualZoomStepsTakeEqualShares) {
    // The same factor in zoom for the same share u, wherever in the move: no lurch at the end.
    const ViewPose a = blend_poses(kWide, kClose, 0.2);
    const ViewPose b = blend_poses(kWide, kClose, 0.4);
    const ViewPose c = blend_poses(kWide, kClose, 0.6);
    EXPECT_NEAR(b.scale / a.scale, c.scale / b.scale, 1e-12);
    EXPECT_NEAR(c.scale / b.scale, std::pow(16.0, 0.2), 1e-12);
}

TEST(Camera, TwoKeysWithTheSameViewHoldItExactly) {
    // A hold must give the identical pose in every frame so the static layer cache is kept.
    const Camera camera({{day(1), kClose}, {day(3), kClose}, {day(5), kWide}});
    for (int hour = 0; hour <= 48; hour += 5) {
        EXPECT_EQ(camera.pose_at(day(1) + std::chrono::hours(hour)), kClose) << hour;
    }
    EXPECT_FALSE(camera.pose_at(day(4)) == kClose);
}

TEST(Camera, ThreeKeysBlendOnlyTheTwoAroundTheInstant) {
    const ViewPose third{{-5000, 5000}, 0.002};
    const Camera camera({{day(1), kWide}, {day(3), kClose}, {day(5), third}});
    const ViewPose p = camera.pose_at(day(4));
    EXPECT_NEAR(p.centre.x, (40000 - 5000) / 2.0, 1e-9);
    EXPECT_NEAR(p.scale, std::sqrt(0.016 * 0.002), 1e-15);
}

TEST(Camera, RejectsKeysOutOfOrderOrEmpty) {
    EXPECT_THROW(Camera({}), std::invalid_argument);
    EXPECT_THROW(Camera({{day(3), kWide}, {day(2), kClose}}), std::invalid_argument);
    EXPECT_THROW(Camera({{day(2), kWide}, {day(2), kClose}}), std::invalid_argument);
    EXPECT_THROW(Camera({{day(2), ViewPose{{0, 0}, 0}}}), std::invalid_argument);
}

TEST(CameraExtent, InsideTheProjectionIsUsable) {
    const Projection lcc(default_crs({124, 38, 138, 49}));
    EXPECT_EQ(camera_extent_problem(lcc, {128, 40, 133, 44}), std::nullopt);
    const Projection mercator("EPSG:3857");
    EXPECT_EQ(camera_extent_problem(mercator, {-10, 40, 20, 60}), std::nullopt);
}

TEST(CameraExtent, BeyondTheAreaOfUseOrWithoutAnImageIsNot) {
    const Projection mercator("EPSG:3857");
    const auto polar = camera_extent_problem(mercator, {-10, 60, 20, 89.9});
    ASSERT_TRUE(polar.has_value());
    EXPECT_NE(polar->find("area of use"), std::string::npos) << *polar;
    // The far side of the globe has no image in an orthographic view of the near side.
    const Projection ortho("+proj=ortho +lat_0=0 +lon_0=0 +datum=WGS84");
    const auto far = camera_extent_problem(ortho, {100, 0, 120, 10});
    ASSERT_TRUE(far.has_value());
    EXPECT_NE(far->find("has no image"), std::string::npos) << *far;
}

}  // namespace gt
