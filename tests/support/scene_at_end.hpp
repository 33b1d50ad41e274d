#pragma once
// A scenario loaded, prepared and viewed at its end, with what a DrawContext needs: the fixture
// of the tests that call the render/ layers directly.
#include <utility>

#include "render/draw.hpp"
#include "scenario/loader.hpp"
#include "support/test_support.hpp"

namespace gt::test {

class SceneAtEnd {
  public:
    explicit SceneAtEnd(LoadedScenario scenario)
        : loaded(std::move(scenario)),
          scene(prepare_scene(loaded.scenario, scene_options())),
          end(loaded.scenario.timeline.end),
          frame(ViewFramer(scene).frame(scene.camera.pose_at(end))) {}
    // The scene refers to the loaded scenario held here.
    SceneAtEnd(const SceneAtEnd&) = delete;
    SceneAtEnd& operator=(const SceneAtEnd&) = delete;

    /// A context at `t` drawing on `cr` (null: measuring and placing only) with `placer`.
    DrawContext context_at(cairo_t* cr, LabelPlacer& placer, Instant t) {
        return {cr, scene, frame, painter, placer, t, dates, panels};
    }

    const LoadedScenario loaded;
    const Scene scene;
    const Instant end;
    const ViewFrame frame;  ///< the view at `end`
    TextPainter painter;
    DateFormatter dates{"", Seconds{0}};
    PanelCache panels;
};

}  // namespace gt::test
