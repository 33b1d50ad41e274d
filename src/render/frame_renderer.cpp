#include "render/frame_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <string>

#include "common/error.hpp"
#include "common/frame_buffer.hpp"
#include "render/arrival_layer.hpp"
#include "render/draw.hpp"
#include "render/furniture.hpp"

namespace gt {

FrameRenderer::FrameRenderer(const Scene& scene, SharedViews* shared)
    : scene_(scene),
      own_views_(shared == nullptr ? std::make_unique<SharedViews>() : nullptr),
      views_(shared == nullptr ? *own_views_ : *shared),
      framer_(scene),
      dates_(scene.scenario.timeline.locale, scene.scenario.timeline.utc_offset) {
    // First, whatever frames this renderer will draw: the start's view sets the sides of the
    // place labels for every later view (and most frames share it).
    use_view_at(scene.scenario.timeline.start);
}

void FrameRenderer::use_view_at(Instant t) {
    const ViewPose pose = scene_.camera.pose_at(t);
    if (setup_ && setup_->frame.view.pose() == pose) return;
    // Until had, no view: a throw leaves none, and the next frame tries again.
    setup_.reset();
    if (fixed_furniture_ != nullptr) cairo_region_destroy(fixed_furniture_);
    fixed_furniture_ = nullptr;
    drop_layers();
    panels_.clear();  // the inset's frame, scale bar and north arrow belong to the view
    const auto make = [&](const SharedViews::LabelSides* first) { return make_setup(pose, first); };
    setup_ = views_.setup(pose, make, this, [&] { draw_static_base_early(pose); });
    fixed_furniture_ = fixed_furniture_region();
}

ViewSetup FrameRenderer::make_setup(const ViewPose& pose,
                                    const SharedViews::LabelSides* first_sides) {
    ViewSetup setup{framer_.frame(pose), {}, {}, {}, {}, LabelPlacer{Box{}}};
    // In this order: the labels keep off the fixed panels.
    setup.fixed_panels = fixed_furniture_panels(setup.frame);
    place_static_labels(setup, first_sides);
    return setup;
}

void FrameRenderer::drop_layers() {
    for (cairo_surface_t** layer : {&static_layer_, &base_layer_}) {
        if (*layer != nullptr) cairo_surface_destroy(*layer);
        *layer = nullptr;
    }
    base_stages_.reset();
}

const MapView& FrameRenderer::view_at(Instant t) {
    use_view_at(t);
    return setup_->frame.view;
}

FrameRenderer::~FrameRenderer() {
    drop_layers();
    if (fixed_furniture_ != nullptr) cairo_region_destroy(fixed_furniture_);
}

void FrameRenderer::place_static_labels(ViewSetup& setup,
                                        const SharedViews::LabelSides* first_sides) {
    const ViewFrame& frame = setup.frame;
    // Place labels hold while the view does, so they never jitter; units and events avoid them.
    const Layout& l = scene_.layout;
    const Style& s = scene_.style;
    // Labels keep a few pixels apart, and from symbols and panels: touching, two read as one.
    LabelPlacer placer({0, 0, static_cast<double>(l.width), l.bottom_band.y}, l.px(2));
    // The furniture's panels at the last frame (when most statements show) are off limits.
    {
        // Laid out only: no target to draw on, and its boxes are blocked here.
        LabelPlacer unused({0, 0, 0, 0});
        const DrawContext at_end{
            nullptr, scene_, frame, text_, unused, scene_.scenario.timeline.end, dates_, panels_};
        for (const Box& panel : setup.fixed_panels) placer.block(panel);
        for (const Box& panel : lay_out_changing_furniture(at_end).panels()) placer.block(panel);
    }
    const auto& places = scene_.scenario.places;
    const double r = l.px(s.sizes.place_symbol);
    for (std::size_t i = 0; i < places.size(); ++i) {
        const XY at = place_pixel(scene_, frame.view, i);
        if (!std::isnan(at.x)) placer.block({at.x - r, at.y - r, at.x + r, at.y + r});
    }
    // Labels never sit on a route: block the whole planned path of every movement, every
    // half-width along it (route points lie far apart when the camera is close).
    const double route_half = l.px(s.sizes.route) * 1.5;
    const auto block_at = [&](XY p) {
        placer.block({p.x - route_half, p.y - route_half, p.x + route_half, p.y + route_half});
    };
    for (const ProjectedRoute& route : scene_.routes) {
        for (const auto& line : to_pixel_lines(frame.view, route.points, route_half * 2)) {
            for (std::size_t i = 0; i < line.size(); ++i) {
                block_at(line[i]);
                if (i + 1 == line.size()) break;
                const XY& a = line[i];
                const XY& b = line[i + 1];
                const int steps = static_cast<int>(std::hypot(b.x - a.x, b.y - a.y) / route_half);
                for (int k = 1; k < steps; ++k) {
                    const double t = static_cast<double>(k) / steps;
                    block_at({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
                }
            }
        }
    }
    // Units come to rest at their destinations, spread around them: keep that ring free.
    const double unit_r = l.px(s.sizes.unit_symbol);
    for (const ProjectedRoute& route : scene_.routes) {
        const XY end = route.points.back();
        if (std::isnan(end.x)) continue;
        const XY at = frame.view.to_pixel(end);
        const double reach = unit_r * 2.5;
        placer.block({at.x - reach, at.y - reach, at.x + reach, at.y + reach});
    }
    place_names(setup, placer, first_sides);
    setup.country_labels = place_country_labels(scene_, frame, text_, placer);
    LabelPlacer water_placer = placer;
    setup.placer_after_places = std::move(placer);
    setup.water_labels = place_water_labels(scene_, frame, text_, water_placer);
}

void FrameRenderer::place_names(ViewSetup& setup, LabelPlacer& placer,
                                const SharedViews::LabelSides* first_sides) {
    const Layout& l = scene_.layout;
    const Style& s = scene_.style;
    const auto& places = scene_.scenario.places;
    const double r = l.px(s.sizes.place_symbol);
    const TextStyle name{s.font, l.px(s.sizes.place_label), true, s.colors.text};
    TextStyle local = name;
    local.size = l.px(s.sizes.place_label * 0.8);
    setup.place_labels.assign(places.size(), Box{});
    // The first view (the timeline's start, made first by every renderer) sets each label's
    // side; later views try that side first, so that a label stays put while the camera moves.
    setup.label_sides.assign(places.size(), std::nullopt);
    for (std::size_t i = 0; i < places.size(); ++i) {
        const XY at = place_pixel(scene_, setup.frame.view, i);
        if (!places[i].show_label || std::isnan(at.x)) continue;
        TextSize size = text_.measure(places[i].name, name);
        if (!places[i].local_names.empty()) {
            const TextSize second = text_.measure(local_name_line(places[i]), local);
            size.width = std::max(size.width, second.width);
            size.height = size.height * 0.92 + second.height;
        }
        const bool has_event =
            std::any_of(scene_.scenario.events.begin(), scene_.scenario.events.end(),
                        [&](const Event& e) { return e.at && e.at->place_id == places[i].id; });
        const double gap = (has_event ? l.px(s.sizes.event_symbol) * 1.3 : r) + l.px(4);
        const std::optional<int> side = first_sides != nullptr ? (*first_sides)[i] : std::nullopt;
        if (auto spot = placer.place_preferring(at, size.width, size.height, gap, side)) {
            setup.place_labels[i] = {spot->at.x, spot->at.y, spot->at.x + size.width,
                                     spot->at.y + size.height};
            setup.label_sides[i] = spot->side;
        }
    }
}

std::vector<Box> FrameRenderer::fixed_furniture_panels(const ViewFrame& frame) const {
    // On a recording, which leaves the panel cache alone: the fixed panels are drawn for real
    // into the base layer.
    const cairo_rectangle_t one_pixel{0, 0, 1, 1};
    cairo_surface_t* scratch = cairo_recording_surface_create(CAIRO_CONTENT_ALPHA, &one_pixel);
    cairo_t* cr = cairo_create(scratch);
    LabelPlacer boxes({0, 0, 0, 0});
    draw_fixed_furniture({cr, scene_, frame, text_, boxes, Instant{}, dates_, panels_});
    cairo_destroy(cr);
    cairo_surface_destroy(scratch);
    return boxes.taken();
}

cairo_region_t* FrameRenderer::fixed_furniture_region() const {
    // The boxes the fixed furniture keeps free of labels cover its panels; whole pixels, so that
    // Cairo clips to them as a region rather than through a mask.
    cairo_region_t* region = cairo_region_create();
    for (const Box& b : setup_->fixed_panels) {
        const cairo_rectangle_int_t r = whole_pixels(b);
        cairo_region_union_rectangle(region, &r);
    }
    return region;
}

std::vector<cairo_rectangle_int_t> FrameRenderer::fixed_furniture_at(Instant t) {
    use_view_at(t);
    std::vector<cairo_rectangle_int_t> out(
        static_cast<std::size_t>(cairo_region_num_rectangles(fixed_furniture_)));
    for (std::size_t i = 0; i < out.size(); ++i) {
        cairo_region_get_rectangle(fixed_furniture_, static_cast<int>(i), &out[i]);
    }
    return out;
}

void FrameRenderer::clip_off_fixed_furniture(cairo_t* cr) const {
    const Layout& l = scene_.layout;
    const cairo_rectangle_int_t canvas{0, 0, l.width, l.height};
    cairo_region_t* open = cairo_region_create_rectangle(&canvas);
    cairo_region_subtract(open, fixed_furniture_);
    cairo_new_path(cr);
    add_region_to_path(cr, open);
    cairo_region_destroy(open);
    cairo_clip(cr);
}

void FrameRenderer::paint_base(cairo_t* cr, const cairo_region_t* where) const {
    cairo_save(cr);
    cairo_new_path(cr);
    add_region_to_path(cr, where);
    cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
    cairo_set_source_surface(cr, base_layer_, 0, 0);
    cairo_fill(cr);
    cairo_restore(cr);
}

void FrameRenderer::hide_under_fixed_furniture(cairo_t* cr, const Damage* damage) const {
    if (damage == nullptr || damage->everything()) {
        paint_base(cr, fixed_furniture_);
        return;
    }
    // Elsewhere the fixed furniture is still the base layer's: nothing of this frame is there.
    cairo_region_t* drawn = cairo_region_copy(damage->region());
    cairo_region_intersect(drawn, fixed_furniture_);
    paint_base(cr, drawn);
    cairo_region_destroy(drawn);
}

void FrameRenderer::draw_static(cairo_t* cr) const {
    draw_static_base(cr, setup_->frame);
    draw_static_overlay(cr);
}

void FrameRenderer::draw_static_base(cairo_t* cr, const ViewFrame& frame) const {
    LabelPlacer unused({0, 0, 0, 0});
    draw_basemap({cr, scene_, frame, text_, unused, Instant{}, dates_, panels_});
}

void FrameRenderer::draw_static_overlay(cairo_t* cr) const {
    // As the basemap leaves them, drawn on the same context: the place symbols' outlines have
    // round corners, and a capital's ring is filled even-odd.
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    LabelPlacer unused({0, 0, 0, 0});
    const DrawContext dc{cr, scene_, setup_->frame, text_, unused, Instant{}, dates_, panels_};
    draw_water_labels(dc, setup_->water_labels);
    draw_country_labels(dc, setup_->country_labels);
    draw_place_symbols(dc);
}

void FrameRenderer::draw_static_base_early(const ViewPose& pose) {
    // The view's frame is made again here (a few ms; the set-up holding it is not made yet),
    // once there is a band to draw.
    std::optional<ViewFrame> frame;
    views_.draw_base_early(pose, scene_.layout.width, scene_.layout.height, [&](cairo_t* band) {
        if (!frame) frame = framer_.frame(pose);
        draw_static_base(band, *frame);
    });
}

void FrameRenderer::draw_settled(cairo_t* cr, Instant t) const {
    draw_settled_routes_over(cr, t, settled_pieces(scene_, route_stages(scene_, t)));
    LabelPlacer unused({0, 0, 0, 0});
    draw_fixed_furniture({cr, scene_, setup_->frame, text_, unused, t, dates_, panels_});
}

void FrameRenderer::draw_settled_routes_over(cairo_t* cr, Instant t,
                                             const std::vector<SettledPiece>& pieces) const {
    LabelPlacer unused({0, 0, 0, 0});
    const DrawContext dc{cr, scene_, setup_->frame, text_, unused, t, dates_, panels_};
    cairo_save(cr);
    // Below the fixed furniture, as the moving content: kept off its panels, so that pieces
    // drawn after it leave it as pieces drawn before it do.
    clip_off_fixed_furniture(cr);
    draw_settled_pieces(dc, pieces);
    cairo_restore(cr);
}

namespace {

/// The events' labels, and the changing furniture they keep off, whose statements panel lists
/// under a number the events whose labels found no room.
struct EventLabelling {
    ChangingFurniture furniture;
    std::vector<PlacedLabel> labels;
    std::vector<const Event*> numbered;  ///< their numbers, from 1, are placed beside their stars
};

/// Places the events' labels into `dc.labels` (holding the symbols), keeping off `fixed_panels`
/// and the changing furniture. Where some find no room, they are placed again kept off the
/// whole column the statements panel may fill, and those left out then are listed in it, which
/// can then grow without covering a label: two rounds at most.
EventLabelling label_events(const DrawContext& dc, const std::vector<Box>& fixed_panels) {
    std::vector<const Event*> events;
    const std::vector<PendingLabel> pending = event_labels(dc, &events);
    const LabelPlacer with_symbols = dc.labels;
    EventLabelling out;
    out.furniture = lay_out_changing_furniture(dc);
    for (const Box& panel : fixed_panels) dc.labels.block(panel);
    for (const Box& panel : out.furniture.panels()) dc.labels.block(panel);
    out.labels = place_pending_labels(dc, pending);
    if (out.labels.size() == pending.size()) return out;
    dc.labels = with_symbols;
    for (const Box& panel : fixed_panels) dc.labels.block(panel);
    const PixelRect date = out.furniture.date.box;
    const PixelRect column = statements_column(dc, date);
    for (const PixelRect& r : {date, column})
        dc.labels.block({r.x, r.y, r.x + r.width, r.y + r.height});
    out.labels = place_pending_labels(dc, pending);
    std::vector<bool> placed(events.size(), false);
    for (const PlacedLabel& label : out.labels) placed[label.pending] = true;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (!placed[i]) out.numbered.push_back(events[i]);
    }
    out.furniture = lay_out_changing_furniture(dc, out.numbered);
    // Numbers only for the events the panel lists; it counts the rest.
    if (!out.furniture.statements) return out;
    const auto& items = out.furniture.statements->items;
    out.numbered.resize(static_cast<std::size_t>(
        std::count_if(items.begin(), items.end(), [](const auto& item) { return item.numbered; })));
    return out;
}

}  // namespace

void FrameRenderer::draw_dynamic(cairo_t* cr, Instant t, Target target, Damage* damage) const {
    LabelPlacer labels = setup_->placer_after_places;
    const DrawContext dc{cr, scene_, setup_->frame, text_, labels, t, dates_, panels_, damage};
    // The fixed furniture lies under this, in the base layer: what moves is hidden under its
    // panels' boxes (not seen faintly through them), so that the base layer can hold them.
    // Vector frames clip; raster frames paint the base layer back afterwards where this frame
    // drew on them (the same pixels: the region is whole pixels), as a clip of many boxes makes
    // Cairo's strokes twice as slow.
    cairo_save(cr);
    if (target == Target::vector) clip_off_fixed_furniture(cr);
    // Symbols first: a past event's star under the units, a current one's over them, so that
    // news is never hidden by a unit waiting in port. Arrived units' badges stand still, and
    // every label keeps off them.
    draw_event_symbols(dc, EventPhase::past);
    for (const Box& badge : draw_arrivals(dc)) labels.block(badge);
    const UnitSymbols units = draw_movement_symbols(dc);
    draw_event_symbols(dc, EventPhase::active);
    // Then labels by priority, those that stand still first and kept off the stars only (units
    // run along routes, which labels keep off anyway), so that they hold their places while
    // units pass: events, the earliest first, with the changing furniture's panels (laid out
    // first, drawn last, over routes and labels); the arrived routes; then the moving units'.
    // (A Cairo group would draw the furniture in one pass but gives SVG output run-dependent
    // surface ids.)
    const EventLabelling events = label_events(dc, setup_->fixed_panels);
    const std::vector<PlacedLabel> numbers =
        place_pending_labels(dc, event_numbers(dc, events.numbered));
    const std::vector<PlacedLabel> routes = place_pending_labels(dc, arrived_route_labels(dc));
    for (const Box& symbol : units.symbols) labels.block(symbol);
    const std::vector<PlacedLabel> unit_labels = place_pending_labels(dc, units.labels);
    for (const auto* placed : {&unit_labels, &events.labels, &numbers, &routes}) {
        draw_placed_labels(dc, *placed);
    }
    draw_place_labels(dc, setup_->place_labels);
    cairo_restore(cr);
    if (target == Target::raster) hide_under_fixed_furniture(cr, damage);
    LabelPlacer done({0, 0, 0, 0});
    draw_changing_furniture({cr, scene_, setup_->frame, text_, done, t, dates_, panels_, damage},
                            events.furniture);
}

cairo_surface_t* FrameRenderer::static_layer_at(Instant t) {
    use_view_at(t);
    make_static_layer();
    return static_layer_;
}

void FrameRenderer::draw_static_at(cairo_t* cr, Instant t) {
    use_view_at(t);
    draw_static(cr);
}

void FrameRenderer::make_static_layer() {
    if (static_layer_ != nullptr) return;
    const Layout& l = scene_.layout;
    static_layer_ = views_.static_layer(
        setup_->frame.view.pose(), l.width, l.height,
        [this](cairo_t* band) { draw_static_base(band, setup_->frame); },
        [this](cairo_t* band) { draw_static_overlay(band); });
}

void FrameRenderer::update_base_layer(Instant t) {
    std::vector<RouteStage> stages = route_stages(scene_, t);
    if (base_layer_ != nullptr && base_stages_ && stages == *base_stages_) return;
    const std::vector<SettledPiece> now = settled_pieces(scene_, stages);
    const std::vector<SettledPiece> drawn =
        base_stages_ ? settled_pieces(scene_, *base_stages_) : std::vector<SettledPiece>{};
    // The pieces settled since come after those drawn: drawn over the layer, they give what
    // drawing it whole would (frames are mostly drawn in time order, and a render of many
    // movements changes stages nearly every frame).
    const bool extend = base_layer_ != nullptr && base_stages_.has_value() &&
                        now.size() >= drawn.size() &&
                        std::equal(drawn.begin(), drawn.end(), now.begin());
    if (base_layer_ == nullptr) {
        base_layer_ =
            create_frame_surface(CAIRO_FORMAT_RGB24, scene_.layout.width, scene_.layout.height);
    }
    // Until it is drawn, no stages match it (a throw leaves it half drawn), and no frame drawn
    // over another may keep pixels of the one before.
    base_stages_.reset();
    ++base_version_;
    const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> base_cr(cairo_create(base_layer_),
                                                                     cairo_destroy);
    if (extend) {
        const std::vector<SettledPiece> since(
            now.begin() + static_cast<std::ptrdiff_t>(drawn.size()), now.end());
        draw_settled_routes_over(base_cr.get(), t, since);
    } else {
        cairo_set_source_surface(base_cr.get(), static_layer_, 0, 0);
        cairo_paint(base_cr.get());
        draw_settled(base_cr.get(), t);
    }
    if (cairo_status(base_cr.get()) != CAIRO_STATUS_SUCCESS) {
        throw RuntimeError(std::string("base layer: cannot draw: ") +
                           cairo_status_to_string(cairo_status(base_cr.get())));
    }
    base_stages_ = std::move(stages);
}

void FrameRenderer::draw_raster(cairo_t* cr, Instant t, FrameStart start, Damage* changed) {
    use_view_at(t);
    panels_.start_frame();
    text_.start_frame();
    make_static_layer();
    update_base_layer(t);
    const bool over_last = start == FrameStart::over_last_frame &&
                           last_frame_base_ == base_version_ && !last_frame_damage_.everything();
    last_frame_base_ = 0;  // until this frame is drawn: a throw leaves a half-drawn target
    if (over_last) {
        // The last frame's base is still there but where it drew.
        paint_base(cr, last_frame_damage_.region());
    } else {
        cairo_set_source_surface(cr, base_layer_, 0, 0);
        cairo_paint(cr);
    }
    Damage damage;
    draw_dynamic(cr, t, Target::raster, &damage);
    if (changed != nullptr) {
        // Painted back where the last frame drew, then drawn where this one did.
        if (over_last)
            changed->add(last_frame_damage_);
        else
            changed->add_everything();
        changed->add(damage);
    }
    last_frame_damage_.take(damage);
    last_frame_base_ = base_version_;
}

void FrameRenderer::draw_vector(cairo_t* cr, Instant t) {
    use_view_at(t);
    draw_static(cr);
    draw_settled(cr, t);
    draw_dynamic(cr, t, Target::vector, nullptr);
}

}  // namespace gt
