#pragma once
// What holds while the camera's view does, made once per view for all the renderers of one
// render (one per worker thread) instead of once by each. A view's set-up (its frame, the fixed
// panels, the place and country labels) is made by the first renderer that needs it while any
// other waits; its static layer is drawn by every renderer that needs it at the same time, a
// band of whole rows each, into pixels they then share (the same pixels as drawn whole). At
// --jobs 2 both workers used to set up the first view side by side, about 40 ms each.
#include <cairo.h>

#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "render/draw.hpp"
#include "render/labels.hpp"
#include "render/view_frame.hpp"

namespace gt {

/// What holds while the view does. Read-only once made: renderers on any thread share it.
struct ViewSetup {
    ViewFrame frame;
    /// Where the fixed furniture's panels are.
    std::vector<Box> fixed_panels;
    /// Parallel to places: where each place's label is (an empty box: not shown).
    std::vector<Box> place_labels;
    /// Parallel to places: the side of its symbol each label took (none: no room there).
    std::vector<std::optional<int>> label_sides;
    std::vector<CountryLabel> country_labels;
    /// Holds the labels above and what they keep off: each frame's labels start from a copy.
    LabelPlacer placer_after_places{Box{}};
};

/// Thread-safe: one per render, shared by its renderers.
class SharedViews {
  public:
    /// @param renderers how many renderers may draw at the same time: with more than one, a
    ///        static layer is drawn in bands that several can share out.
    explicit SharedViews(unsigned renderers = 1);
    ~SharedViews();
    SharedViews(const SharedViews&) = delete;
    SharedViews& operator=(const SharedViews&) = delete;

    /// Makes a view's set-up on the caller's thread, given the set-up of the first view made
    /// (null when making that one): later views keep the sides its labels took.
    using MakeSetup = std::function<ViewSetup(const ViewSetup* first)>;
    /// The set-up of the view at `pose`, made with `make` on this thread unless another
    /// renderer has made it or is making it (this then waits for it).
    /// @throws what `make` threw, on this thread or on the one that made it.
    [[nodiscard]] std::shared_ptr<const ViewSetup> setup(const ViewPose& pose,
                                                         const MakeSetup& make);

    /// Draws the part of the static layer that `cr` is clipped to.
    using DrawBand = std::function<void(cairo_t* cr)>;
    /// The static layer of the view at `pose` (RGB24, `width` x `height`), as an image surface
    /// of the caller's own (to destroy) over pixels shared with the other renderers of that
    /// view. Bands not yet drawn are drawn with `draw` on this thread, while any other renderer
    /// asking meanwhile draws some of them; returns once every band is drawn.
    /// @throws RuntimeError when the layer cannot be drawn; what `draw` threw.
    [[nodiscard]] cairo_surface_t* static_layer(const ViewPose& pose, int width, int height,
                                                const DrawBand& draw);

    /// Bands a static layer is drawn in.
    [[nodiscard]] int bands() const { return bands_; }

  private:
    struct StaticLayer;
    struct Entry {
        ViewPose pose;
        std::shared_future<std::shared_ptr<const ViewSetup>> setup;  ///< invalid until asked
        std::weak_ptr<StaticLayer> layer;
    };
    /// The entry of `pose`, made when missing (the oldest dropped beyond a few).
    /// @pre mutex_ is held.
    Entry& entry(const ViewPose& pose);
    /// Draws the layer's bands no one has taken, then waits for the others'.
    static void draw_bands(StaticLayer& layer, const DrawBand& draw);

    const int bands_;
    std::mutex mutex_;
    std::vector<Entry> entries_;  ///< the least recently asked first
    /// The first view's set-up, for its label sides; invalid until a set-up is asked for.
    std::shared_future<std::shared_ptr<const ViewSetup>> first_;
};

}  // namespace gt
