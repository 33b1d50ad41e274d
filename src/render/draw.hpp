#pragma once
// Shared by the drawing layers: what a layer draws with, and small Cairo path helpers.
#include <cairo.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "render/country_labels.hpp"
#include "render/damage.hpp"
#include "render/label_layer.hpp"
#include "render/labels.hpp"
#include "render/panel_cache.hpp"
#include "render/scene.hpp"
#include "render/text.hpp"
#include "render/view_frame.hpp"
#include "timeline/schedule.hpp"

namespace gt {

struct DrawContext {
    cairo_t* cr;
    const Scene& scene;
    const ViewFrame& frame;  ///< the camera's view in this frame
    const TextPainter& text;
    LabelPlacer& labels;
    Instant time;
    DateFormatter& dates;  ///< in the scenario's locale and UTC offset
    PanelCache& panels;    ///< furniture drawn once, painted again on raster frames
    /// Where the frame draws, noted for raster frames drawn over the last one; else null.
    Damage* damage = nullptr;

    [[nodiscard]] double px(double style_size) const { return scene.layout.px(style_size); }
    /// Notes that the frame drew within `box` (nothing when no damage is kept).
    void mark(const Box& box) const {
        if (damage != nullptr) damage->add(box);
    }
    /// Notes a drawing whose bounds are unknown (nullopt): the whole frame.
    void mark(const std::optional<Box>& box) const {
        if (damage == nullptr) return;
        if (box)
            damage->add(*box);
        else
            damage->add_everything();
    }
    [[nodiscard]] const Style& style() const { return scene.style; }
};

/// Draws `layer` through `dc.panels` under `key`: once into an image on raster frames, then
/// painted (see PanelCache, whose preconditions `layer` must meet), kept for `lifetime`.
void draw_panel(const DrawContext& dc, const std::string& key,
                const std::function<void(const DrawContext&)>& layer,
                PanelLifetime lifetime = PanelLifetime::frame);

/// Map CRS points to pixels, dropping points closer than `min_step` pixels to the last kept one
/// (sub-pixel detail costs time and SVG bytes and shows nothing). NaN points break the line.
[[nodiscard]] std::vector<std::vector<XY>> to_pixel_lines(const MapView& view,
                                                          const std::vector<XY>& points,
                                                          double min_step);
void add_polyline(cairo_t* cr, const std::vector<XY>& pixels);
void add_polygon(cairo_t* cr, const std::vector<XY>& pixels);

/// Dash pattern for a confidence level: confirmed solid, reported dashed, claimed dotted...
void set_confidence_dash(cairo_t* cr, Confidence c, double unit);

/// A rounded panel behind furniture.
void fill_panel(cairo_t* cr, const PixelRect& r, const Rgba& color, double radius);

/// A place's symbol position on the canvas (NaN when it has no image).
[[nodiscard]] XY place_pixel(const Scene& scene, const MapView& view, std::size_t place_index);
/// The place's names in other scripts, on one line ("청진").
[[nodiscard]] std::string local_name_line(const Place& place);
void draw_place_symbol(cairo_t* cr, const std::string& kind, XY at, double radius,
                       const Style& style);

void draw_graticule(const DrawContext& dc);
/// Inset locator map, scale bar and (where north is not up) north arrow, bottom right.
void draw_map_furniture(const DrawContext& dc);

/// A filled triangle whose tip is at `tip`, pointing along `heading` (radians).
void draw_arrowhead(cairo_t* cr, XY tip, double heading, double size, const Rgba& color);
/// A unit's symbol by mode: land circle, sea diamond, rail square, air triangle; with an arrow.
void draw_unit_symbol(cairo_t* cr, Mode mode, XY at, double radius, double heading,
                      const Rgba& fill, const Rgba& outline, double outline_width);

/// An event's marker: a star.
void draw_event_marker(cairo_t* cr, XY at, double radius, const Rgba& fill, const Rgba& outline);

// The layers. The first two form the static layer drawn once per view; settled routes and the
// fixed furniture are drawn over it once per view and set of movement stages; the others are
// drawn per frame: events, moving units and routes, labels, place labels (above routes) and the
// changing furniture (render/furniture.hpp).
void draw_basemap(const DrawContext& dc);
void draw_place_symbols(const DrawContext& dc);
/// Draws the markers of the events in phase `which`, blocking them for labels.
/// @pre `which` is EventPhase::active or EventPhase::past.
void draw_event_symbols(const DrawContext& dc, EventPhase which);
/// The labels of the events shown at `dc.time`, current and past, the earliest first; their
/// events, in the same order, added to `events` when given.
[[nodiscard]] std::vector<PendingLabel> event_labels(const DrawContext& dc,
                                                     std::vector<const Event*>* events = nullptr);
/// Small numbers beside the stars of `numbered` events (from 1, in order): the statements panel
/// lists them whole under these numbers where their labels found no room.
[[nodiscard]] std::vector<PendingLabel> event_numbers(const DrawContext& dc,
                                                      const std::vector<const Event*>& numbered);
/// Where a movement's route is at a time: not started, under way, or arrived.
enum class RouteStage { waiting, moving, arrived };
/// Each movement's stage at `t`, in the scenario's order. Frames with the same stages show the
/// same settled routes.
[[nodiscard]] std::vector<RouteStage> route_stages(const Scene& scene, Instant t);
/// A settled piece of a route, what does not change while the stages hold: a started movement's
/// planned path, or an arrived one's whole route, drawn under the moving content. Pieces are drawn
/// in the order they settle (by `since`, then planned paths first, then the scenario's order), so
/// that a layer drawn at one time and then given the pieces settled since is the layer drawn whole
/// at the later time.
struct SettledPiece {
    Instant since;  ///< the movement's start for its planned path, its end for its route
    bool arrived;   ///< the whole route (else the planned path)
    std::size_t movement;
    [[nodiscard]] auto operator<=>(const SettledPiece&) const = default;
};
/// The pieces settled at `stages` (see route_stages), in the order they are drawn.
[[nodiscard]] std::vector<SettledPiece> settled_pieces(const Scene& scene,
                                                       const std::vector<RouteStage>& stages);
/// Draws `pieces` in their order.
void draw_settled_pieces(const DrawContext& dc, const std::vector<SettledPiece>& pieces);
/// The symbols of the units drawn at a time, and their labels.
struct UnitSymbols {
    std::vector<Box> symbols;  ///< what labels must keep off
    std::vector<PendingLabel> labels;
};
/// Draws the routes under way and every started movement's unit symbol.
[[nodiscard]] UnitSymbols draw_movement_symbols(const DrawContext& dc);
/// The labels of the routes of movements that have arrived (their units are no longer labelled),
/// muted, beside the middle of each route: a still of the end still says which route is which.
/// Placed last, they give way to every other label.
[[nodiscard]] std::vector<PendingLabel> arrived_route_labels(const DrawContext& dc);
/// @param place_labels parallel to the places; an empty box means no room for that label.
void draw_place_labels(const DrawContext& dc, const std::vector<Box>& place_labels);

}  // namespace gt
