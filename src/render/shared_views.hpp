#pragma once
// What holds while the camera's view does, made once per view for all the renderers of one
// render (one per worker thread) instead of once by each. A view's set-up (its frame, the fixed
// panels, the place and country labels) is made by the first renderer that needs it while any
// other waits; its static layer is drawn by every renderer that needs it at the same time, a
// band of whole rows each, into pixels they then share (the same pixels as drawn whole). At
// --jobs 2 both workers used to set up the first view side by side, about 40 ms each.
#include <cairo.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "render/draw.hpp"
#include "render/labels.hpp"
#include "render/view_frame.hpp"
#include "render/water_labels.hpp"

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
    /// Names of seas, lakes and rivers: placed in the room the labels above leave, but not
    /// kept in placer_after_places, so that no story label gives way to them.
    std::vector<WaterLabel> water_labels = {};
};

/// Thread-safe: one per render, shared by its renderers.
class SharedViews {
  public:
    /// @param early_workers when not 0, a renderer that waits for another to set up a view
    ///        starts on its static layer meanwhile (worth it only when the renderers draw raster
    ///        frames), in bands for this many workers: the view's other renderers may not have
    ///        asked yet.
    explicit SharedViews(unsigned early_workers = 0);
    ~SharedViews();
    SharedViews(const SharedViews&) = delete;
    SharedViews& operator=(const SharedViews&) = delete;

    /// Parallel to places: the side of its symbol each label took (none: no room there).
    using LabelSides = std::vector<std::optional<int>>;
    /// Makes a view's set-up on the caller's thread, given the label sides of the first view
    /// made (null when making that one): later views keep them where they can.
    using MakeSetup = std::function<ViewSetup(const LabelSides* first_sides)>;
    /// The set-up of the view at `pose`, made with `make` on this thread unless another
    /// renderer is making it (this then waits for it) or holds it. A set-up no renderer holds
    /// any more is made again when asked for: a moving camera leaves many views behind.
    /// @pre every renderer asks for the same view first (the timeline's start), so that the
    ///      first view made is the one a renderer of its own would make first.
    /// @throws what `make` threw, on this thread or on the one that made it; the next call
    ///         makes the view again.
    /// @param renderer who asks (the renderer's address): a view several renderers ask for has
    ///        its static layer shared out among them.
    /// @param meanwhile called, when another renderer is making the set-up and early_workers,
    ///        on this thread before it waits (to start on the static layer: draw_base_early);
    ///        what it throws is dropped (static_layer reports a layer that cannot be drawn).
    [[nodiscard]] std::shared_ptr<const ViewSetup> setup(
        const ViewPose& pose, const MakeSetup& make, const void* renderer,
        const std::function<void()>& meanwhile = {});

    /// Draws the part of the static layer that `cr` is clipped to.
    using DrawBand = std::function<void(cairo_t* cr)>;
    /// While another renderer makes the view's set-up: draws the bands of its static layer's
    /// base (`base`: what needs only the view's frame, such as the basemap) that no one has
    /// taken, and returns without waiting for the others. The layer is kept for the renderers
    /// that then ask for it (or until a few newer views push it out). Nothing is drawn when
    /// the view's set-up is no longer being made.
    /// @throws RuntimeError when the layer cannot be had (a band that fails to draw throws
    ///         later, in static_layer).
    void draw_base_early(const ViewPose& pose, int width, int height, const DrawBand& base);
    /// The static layer of the view at `pose` (RGB24, `width` x `height`), as an image surface
    /// of the caller's own (to destroy) over pixels shared with the other renderers of that
    /// view. The layer is drawn in bands of whole rows, as many as the renderers that asked
    /// for the view's set-up can share out (one for a view only one asked for, as under a
    /// moving camera, or again and again by one that came back to it): those not yet taken are
    /// drawn on this thread while other renderers asking meanwhile draw the rest: first every
    /// band's `base`, then every band's `overlay` (what needs the set-up: labels, symbols);
    /// returns once every band is drawn.
    /// @pre setup(pose) was called; the same `width` and `height` for a view on every call.
    /// @throws RuntimeError when the layer cannot be drawn; what `base` or `overlay` threw.
    [[nodiscard]] cairo_surface_t* static_layer(const ViewPose& pose, int width, int height,
                                                const DrawBand& base, const DrawBand& overlay);

    /// Bands of the static layers drawn so far, for the tests.
    [[nodiscard]] int bands_drawn() const { return bands_drawn_.load(); }

  private:
    struct StaticLayer;
    struct Entry {
        ViewPose pose;
        /// While a renderer makes the set-up (invalid otherwise).
        std::shared_future<std::shared_ptr<const ViewSetup>> making;
        std::uint64_t maker = 0;  ///< which call makes (or made) the set-up
        std::weak_ptr<const ViewSetup> made;
        std::vector<const void*> renderers;  ///< those that asked for the set-up
        std::weak_ptr<StaticLayer> layer;
        /// A layer begun by draw_base_early, held until a renderer asks for it.
        std::shared_ptr<StaticLayer> early;
    };
    /// The entry of `pose`, made when missing (the oldest dropped beyond a few).
    /// @pre mutex_ is held.
    Entry& entry(const ViewPose& pose);
    /// The entry of `pose`, or null.
    /// @pre mutex_ is held.
    Entry* find_entry(const ViewPose& pose);
    /// Keeps the set-up `maker` made, for the renderers that ask for it while one holds it.
    void keep_made(const ViewPose& pose, std::uint64_t maker,
                   const std::shared_ptr<const ViewSetup>& made);
    /// Forgets the set-up `maker` failed to make, so that the next call makes it again.
    void forget_failed(const ViewPose& pose, std::uint64_t maker, bool was_first);
    /// The layer of `e`, made when missing: in as many bands as its renderers share out, or
    /// at least as `workers` can.
    /// @pre mutex_ is held.
    static std::shared_ptr<StaticLayer> layer_of(Entry& e, int width, int height,
                                                 unsigned workers = 0);
    /// Draws the bands of `part` (0: base, 1: overlay) that no one has taken; then, when
    /// `wait`, waits for those others are drawing.
    void draw_bands(StaticLayer& layer, int part, const DrawBand& draw, bool wait);

    const unsigned early_workers_;
    std::mutex mutex_;
    std::vector<Entry> entries_;  ///< the least recently asked first
    std::uint64_t calls_ = 0;     ///< set-up calls so far, to tell makers apart
    /// The first view's label sides; invalid until a set-up is asked for.
    std::shared_future<std::shared_ptr<const LabelSides>> first_sides_;
    std::atomic<int> bands_drawn_{0};
};

}  // namespace gt
