// Labels of what happens: each beside its own symbol, or joined to it by a leader line.
#include "render/label_layer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "render/draw.hpp"
#include "scenario/loader.hpp"
#include "support/scene_at_end.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace {

/// The small test scenario with a second event two pixels' worth of degrees from the first,
/// both on at its end.
LoadedScenario two_near_events() {
    std::string yaml = test::read_file(test::data_dir() / "small.yaml");
    const std::string second = R"(  near-point:
    name: Near
    at: [137.62, 41.45]
    kind: port
    label: false
)";
    yaml.insert(yaml.find("movements:"), second);
    const std::string event = R"(  - id: arrival
    label: Second landing announced by the port authority
    date: 2024-10-05
    place: near-point
    source: log
    confidence: reported
)";
    yaml.insert(yaml.find("sources:"), event);
    return load_scenario_text(yaml, "two-events.yaml");
}

double distance(const Box& box, XY p) { return box.distance_to(p.x, p.y); }

/// The two-event scenario prepared and viewed at its end.
class TwoNearEvents : public ::testing::Test, protected test::SceneAtEnd {
  protected:
    TwoNearEvents() : SceneAtEnd(two_near_events()) {}
    DrawContext context(LabelPlacer& placer) { return context_at(nullptr, placer, end); }
};

}  // namespace

TEST_F(TwoNearEvents, EachEventsLabelIsNearerItsOwnStarOrHasALeaderLine) {
    // Crowded: only the right of the map beyond the right-hand star is free, so the left-hand
    // star's label can only go where it lies nearer the other star than its own.
    const Layout& l = scene.layout;
    LabelPlacer placer({0, 0, static_cast<double>(l.width), static_cast<double>(l.height)});
    const DrawContext dc = context(placer);
    const std::vector<PendingLabel> labels = event_labels(dc);
    ASSERT_EQ(labels.size(), 2U);
    const XY a = labels[0].anchor, b = labels[1].anchor;
    ASSERT_LT(std::hypot(a.x - b.x, a.y - b.y), 30) << "the stars are near each other";
    placer.block({0, 0, std::max(a.x, b.x) + 12, static_cast<double>(l.height)});
    const std::vector<PlacedLabel> placed = place_pending_labels(dc, labels);
    ASSERT_EQ(placed.size(), 2U) << "both labels found room";
    bool some_leader = false;
    for (const PlacedLabel& label : placed) {
        const XY own = label.anchor;
        const XY other = own.x == a.x && own.y == a.y ? b : a;
        some_leader = some_leader || label.leader;
        EXPECT_TRUE(label.leader || distance(label.box, own) <= distance(label.box, other))
            << label.text << ": " << distance(label.box, own) << " px from its star, "
            << distance(label.box, other) << " from the other";
    }
    EXPECT_TRUE(some_leader) << "so crowded, one label needs a leader line";
}

TEST_F(TwoNearEvents, ALabelWithNoRoomBesideItsSymbolGoesOutOnALeaderLine) {
    LabelPlacer placer({0, 0, 960, 600});
    const DrawContext dc = context(placer);
    const TextStyle style{"Noto Sans", 14, true, {0.1, 0.1, 0.1, 1}, {1, 1, 1, 1}, 3};
    // A ring of 80 px around the anchor is taken: the spots beside it are all gone.
    placer.block({400, 220, 560, 380});
    PendingLabel label{{480, 300}, 10, {"Landing"}, style};
    EXPECT_TRUE(place_pending_labels(dc, {label}).empty()) << "no reach: left out";
    label.reach = 200;
    const std::vector<PlacedLabel> placed = place_pending_labels(dc, {label});
    ASSERT_EQ(placed.size(), 1U);
    EXPECT_TRUE(placed[0].leader);
    EXPECT_LE(distance(placed[0].box, {480, 300}), 200);
    EXPECT_FALSE(placed[0].box.overlaps({400, 220, 560, 380}));
}

}  // namespace gt
