#include "geo/route.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace gt {

// Reference values from PROJ's geod tool:
//   echo "43.115 131.886 48.480 135.072" | geod +ellps=WGS84 -I -f "%.6f" +units=m
//   -> 645552.808 m; midpoint (n_S=2): 45.809212 N, 133.402486 E
const LonLat kVladivostok{131.886, 43.115};
const LonLat kKhabarovsk{135.072, 48.480};

TEST(Route, LengthIsTheGeodesicDistance) {
    EXPECT_NEAR(geodesic_distance(kVladivostok, kKhabarovsk), 645552.808, 0.01);
    const Route r({kVladivostok, kKhabarovsk});
    EXPECT_NEAR(r.length(), 645552.808, 0.01);
}

TEST(Route, MidpointLiesOnTheGreatCircle) {
    const Route r({kVladivostok, kKhabarovsk});
    const LonLat mid = r.at(0.5);
    EXPECT_NEAR(mid.lat, 45.809212, 1e-4);
    EXPECT_NEAR(mid.lon, 133.402486, 1e-4);
}

TEST(Route, IsDensifiedToTheRequestedStep) {
    const Route r({kVladivostok, kKhabarovsk}, 10000);
    EXPECT_EQ(r.points().size(), 66U);  // ceil(645.55 km / 10 km) = 65 steps
    for (std::size_t i = 1; i < r.points().size(); ++i) {
        EXPECT_LE(geodesic_distance(r.points()[i - 1], r.points()[i]), 10000.01);
    }
}

TEST(Route, LongRouteBendsPolewardLikeAGreatCircle) {
    // Vladivostok to Anchorage: the great circle goes far north of both ends.
    const Route r({kVladivostok, {-149.9, 61.2}});
    double max_lat = 0;
    for (const LonLat& p : r.points()) max_lat = std::max(max_lat, p.lat);
    EXPECT_GT(max_lat, 61.2);
    // It crosses the antimeridian without jumping: consecutive points stay close.
    for (std::size_t i = 1; i < r.points().size(); ++i) {
        EXPECT_LT(geodesic_distance(r.points()[i - 1], r.points()[i]), 10001);
    }
    bool east_of_170 = false, west_of_minus_170 = false;
    for (const LonLat& p : r.points()) {
        east_of_170 |= p.lon > 170;
        west_of_minus_170 |= p.lon < -170;
    }
    EXPECT_TRUE(east_of_170 && west_of_minus_170);
}

TEST(Route, ViaPointsAreVisitedAndPrefixEndsAtThePosition) {
    const LonLat via{133.0, 42.0};
    const Route r({kVladivostok, via, kKhabarovsk});
    const double first_leg = geodesic_distance(kVladivostok, via);
    const LonLat at_via = r.at(first_leg / r.length());
    EXPECT_NEAR(at_via.lon, via.lon, 1e-6);
    EXPECT_NEAR(at_via.lat, via.lat, 1e-6);
    const auto prefix = r.prefix(0.3);
    EXPECT_NEAR(prefix.back().lon, r.at(0.3).lon, 1e-9);
    EXPECT_EQ(r.prefix(0).size(), 2U);
    EXPECT_NEAR(r.prefix(1).back().lat, kKhabarovsk.lat, 1e-9);
}

TEST(Route, WaypointFractionsGiveEachWaypointsShareOfTheLength) {
    const LonLat middle{133.0, 45.0};
    const Route r({kVladivostok, middle, middle, kKhabarovsk});
    const std::vector<double> f = r.waypoint_fractions();
    ASSERT_EQ(f.size(), 4U);
    EXPECT_DOUBLE_EQ(f[0], 0.0);
    EXPECT_NEAR(f[1], geodesic_distance(kVladivostok, middle) / r.length(), 1e-9);
    EXPECT_DOUBLE_EQ(f[2], f[1]);  // a repeated point adds no length
    EXPECT_DOUBLE_EQ(f[3], 1.0);
    EXPECT_NEAR(r.at(f[1]).lon, middle.lon, 1e-9);
    // A route that never moves has every waypoint at the start.
    EXPECT_EQ(Route({middle, middle}).waypoint_fractions(), (std::vector<double>{0.0, 0.0}));
}

}  // namespace gt
