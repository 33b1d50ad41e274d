#pragma once
// Draws frames of a prepared Scene onto any Cairo surface (image for PNG, SVG, PDF). What depends
// on the camera's view (the basemap's detail, place and country labels, furniture geometry and
// the static layer of sea, land, borders and places, drawn into an image for raster frames) is
// made when the view changes and reused while it holds. Over it, a base layer adds the settled
// routes and the fixed furniture, made again when a movement starts or arrives. A raster frame
// starts from the base layer: a copy of it, or, drawn over the last frame on the same surface,
// the base layer painted back only where that frame drew (see Damage).
#include <cairo.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "render/draw.hpp"
#include "render/labels.hpp"
#include "render/scene.hpp"
#include "render/shared_views.hpp"
#include "render/text.hpp"
#include "render/view_frame.hpp"

namespace gt {

struct ChangingFurniture;

class FrameRenderer {
  public:
    /// @param shared the views shared with the other renderers of the same render (one per
    ///        worker thread), or null: this renderer's own.
    /// @pre `scene` and `shared` outlive the renderer.
    explicit FrameRenderer(const Scene& scene, SharedViews* shared = nullptr);
    ~FrameRenderer();
    FrameRenderer(const FrameRenderer&) = delete;
    FrameRenderer& operator=(const FrameRenderer&) = delete;

    /// What a raster target holds before a frame is drawn on it.
    enum class FrameStart {
        anything,         ///< the whole frame is drawn
        over_last_frame,  ///< the last frame this renderer drew: only what it changed is redrawn
    };
    /// Draws the frame at `t` on a raster target, starting from the cached base layer.
    /// @param changed when not null, where the target's pixels may now differ from what it held
    ///        before is added to it (everything, unless the frame was drawn over the last one);
    ///        on a throw it is left as it was.
    /// @pre with FrameStart::over_last_frame, `cr`'s target holds the last frame drawn by
    ///      draw_raster, untouched since, and `cr` has that call's transformation.
    void draw_raster(cairo_t* cr, Instant t, FrameStart start = FrameStart::anything,
                     Damage* changed = nullptr);
    /// Draws the frame at `t` on a vector target (SVG, PDF): every layer as vectors.
    void draw_vector(cairo_t* cr, Instant t);
    /// The camera's view at `t`, as the frame at `t` is drawn.
    [[nodiscard]] const MapView& view_at(Instant t);
    /// Where the fixed furniture lies in the view at `t`, in whole pixels: the map's moving
    /// content (routes, units, events, labels) is kept off it in every frame.
    [[nodiscard]] std::vector<cairo_rectangle_int_t> fixed_furniture_at(Instant t);
    /// Furniture panels held as images (raster frames only keep any).
    [[nodiscard]] std::size_t cached_panels() const { return panels_.size(); }
    /// The static layer raster frames at `t` start from (drawn in parts, see SharedViews),
    /// owned by the renderer until its view changes; for the tests, with draw_static_at.
    [[nodiscard]] cairo_surface_t* static_layer_at(Instant t);
    /// Draws what the static layer holds at `t` in one go, as vector frames draw it.
    void draw_static_at(cairo_t* cr, Instant t);

  private:
    /// Makes the camera's view at `t` current; the view's set-up (from the shared views), fixed
    /// furniture region and layers are had again only when it differs from the last frame's.
    void use_view_at(Instant t);
    /// Makes the set-up of the view at `pose` (for the shared views): its frame, the fixed
    /// panels and the labels, each place label on its side in `first_sides` where free.
    [[nodiscard]] ViewSetup make_setup(const ViewPose& pose,
                                       const SharedViews::LabelSides* first_sides);
    /// Basemap, country names and place symbols: what holds while the view does.
    void draw_static(cairo_t* cr) const;
    /// The static layer's base, which needs only the view's frame: the basemap.
    void draw_static_base(cairo_t* cr, const ViewFrame& frame) const;
    /// What the static layer shows over its base: country names and place symbols.
    void draw_static_overlay(cairo_t* cr) const;
    /// While another renderer sets up the view at `pose`: starts on its static layer's base.
    void draw_static_base_early(const ViewPose& pose);
    /// Has the current view's static layer, drawn with the other renderers that need it.
    void make_static_layer();
    /// The settled routes at `t` and the fixed furniture: what holds while the view and the
    /// movements' stages do.
    void draw_settled(cairo_t* cr, Instant t) const;
    /// Draws `pieces` of the settled routes, off the fixed furniture.
    void draw_settled_routes_over(cairo_t* cr, Instant t,
                                  const std::vector<SettledPiece>& pieces) const;
    /// Makes the base layer hold the settled routes at `t`: drawn again whole, or, where the
    /// routes settled since it was drawn come after those it holds, drawn over it.
    void update_base_layer(Instant t);
    void drop_layers();
    /// Where the fixed furniture's panels are in `frame` (the same at any time).
    [[nodiscard]] std::vector<Box> fixed_furniture_panels(const ViewFrame& frame) const;
    /// The current view's fixed panels in whole pixels.
    [[nodiscard]] cairo_region_t* fixed_furniture_region() const;
    /// Clips `cr` to the canvas outside the fixed furniture.
    void clip_off_fixed_furniture(cairo_t* cr) const;
    /// Paints the base layer over `where`.
    /// @pre the base layer is drawn.
    void paint_base(cairo_t* cr, const cairo_region_t* where) const;
    /// Paints the base layer back over the fixed furniture where `damage` says this frame has
    /// drawn (over all of it when `damage` is null or everything): what moves is hidden there.
    /// @pre the base layer is drawn, and before this frame's moving content was drawn, `cr`'s
    ///      target held it wherever `damage` now says nothing was drawn.
    void hide_under_fixed_furniture(cairo_t* cr, const Damage* damage) const;
    /// Raster frames go through the panel cache and text sprites; vector frames do not.
    enum class Target { raster, vector };
    /// Draws what moves and the changing furniture, noting where in `damage` when not null.
    void draw_dynamic(cairo_t* cr, Instant t, Target target, Damage* damage) const;
    /// Places the labels that hold while the view does into `setup` (its frame and fixed panels
    /// made), with the placer holding them for the frames to copy.
    void place_static_labels(ViewSetup& setup, const SharedViews::LabelSides* first_sides);
    /// Places the place names into `setup`, each on its side in `first_sides` where that is
    /// free (null: this is the first view, which sets the sides).
    void place_names(ViewSetup& setup, LabelPlacer& placer,
                     const SharedViews::LabelSides* first_sides);

    const Scene& scene_;
    std::unique_ptr<SharedViews> own_views_;  ///< when no shared views are given
    SharedViews& views_;
    ViewFramer framer_;
    /// The current view's; set before anything is drawn.
    std::shared_ptr<const ViewSetup> setup_;
    TextPainter text_;
    mutable DateFormatter dates_;  // a cache: formatting does not change what a frame shows
    mutable PanelCache panels_;    // a cache too: a panel looks the same drawn or painted
    /// Of the current view, over pixels shared with the other renderers; null until needed.
    cairo_surface_t* static_layer_ = nullptr;
    /// The static layer with draw_settled over it, for the stages in base_stages_.
    cairo_surface_t* base_layer_ = nullptr;
    /// None while the base layer is not drawn whole (not yet, or a throw left it half drawn).
    std::optional<std::vector<RouteStage>> base_stages_;
    std::uint64_t base_version_ = 0;  ///< counts the base layers made
    /// The base layer version and the damage of the last raster frame.
    std::uint64_t last_frame_base_ = 0;
    Damage last_frame_damage_;
    cairo_region_t* fixed_furniture_ = nullptr;  ///< the fixed panels in whole pixels
};

}  // namespace gt
