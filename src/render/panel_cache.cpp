#include "render/panel_cache.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

#include "common/error.hpp"
#include "render/idle_entries.hpp"
#include "render/pixel_grid.hpp"

namespace gt {

namespace {

void check(cairo_status_t status) {
    if (status != CAIRO_STATUS_SUCCESS) {
        throw RuntimeError(std::string("furniture panel: cannot draw: ") +
                           cairo_status_to_string(status));
    }
}

/// Cairo's defaults for what a panel's drawing may rely on: a panel drawn directly then looks
/// as one drawn into the cache, whatever the frame's drawing left set before it.
void reset_drawing_state(cairo_t* cr) {
    cairo_new_path(cr);
    cairo_set_operator(cr, CAIRO_OPERATOR_OVER);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
    cairo_set_miter_limit(cr, 10);
    cairo_set_line_width(cr, 2);
    cairo_set_dash(cr, nullptr, 0, 0);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
    cairo_set_tolerance(cr, 0.1);
}

}  // namespace

PanelCache::~PanelCache() { clear(); }

void PanelCache::clear() {
    for (auto& [key, panel] : panels_) cairo_surface_destroy(panel.image);
    panels_.clear();
}

void PanelCache::start_frame() {
    ++frame_;
    erase_idle(
        panels_, frame_, 1, [](const Panel& panel) { cairo_surface_destroy(panel.image); },
        [](const Panel& panel) { return panel.lifetime == PanelLifetime::view; });
}

std::optional<Box> PanelCache::draw(cairo_t* cr, LabelPlacer& labels, const std::string& key,
                                    const Drawing& drawing, PanelLifetime lifetime) {
    if (!paints_whole_pixels(cr)) {
        cairo_save(cr);
        reset_drawing_state(cr);
        drawing(cr, labels);
        cairo_restore(cr);
        return std::nullopt;
    }
    auto found = panels_.find(key);
    if (found == panels_.end()) found = panels_.emplace(key, make_panel(drawing)).first;
    Panel& panel = found->second;
    panel.used = frame_;
    if (lifetime == PanelLifetime::view) panel.lifetime = lifetime;
    for (const Box& box : panel.blocked) labels.block(box);
    const int width = cairo_image_surface_get_width(panel.image);
    const int height = cairo_image_surface_get_height(panel.image);
    // Off the target or outside its clip: nothing to paint.
    double clip_x0 = 0, clip_y0 = 0, clip_x1 = 0, clip_y1 = 0;
    cairo_clip_extents(cr, &clip_x0, &clip_y0, &clip_x1, &clip_y1);
    if (panel.x >= clip_x1 || panel.y >= clip_y1 || panel.x + width <= clip_x0 ||
        panel.y + height <= clip_y0) {
        return Box{};
    }
    cairo_save(cr);
    cairo_set_source_surface(cr, panel.image, panel.x, panel.y);
    cairo_rectangle(cr, panel.x, panel.y, width, height);
    cairo_fill(cr);
    cairo_restore(cr);
    return Box{static_cast<double>(panel.x), static_cast<double>(panel.y),
               static_cast<double>(panel.x + width), static_cast<double>(panel.y + height)};
}

PanelCache::Panel PanelCache::make_panel(const Drawing& drawing) const {
    using SurfacePtr = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;
    using ContextPtr = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;
    // Recorded first to learn where it draws, then replayed into an image just that big.
    const SurfacePtr recording(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr),
                               cairo_surface_destroy);
    LabelPlacer blocked({0, 0, 0, 0});
    {
        const ContextPtr recorder(cairo_create(recording.get()), cairo_destroy);
        drawing(recorder.get(), blocked);
        check(cairo_status(recorder.get()));
    }
    double x = 0, y = 0, width = 0, height = 0;
    cairo_recording_surface_ink_extents(recording.get(), &x, &y, &width, &height);
    Panel panel;
    panel.x = static_cast<int>(std::floor(x));
    panel.y = static_cast<int>(std::floor(y));
    const int right = static_cast<int>(std::ceil(x + width));
    const int bottom = static_cast<int>(std::ceil(y + height));
    SurfacePtr image(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, std::max(1, right - panel.x),
                                                std::max(1, bottom - panel.y)),
                     cairo_surface_destroy);
    {
        const ContextPtr cr(cairo_create(image.get()), cairo_destroy);
        cairo_set_source_surface(cr.get(), recording.get(), -panel.x, -panel.y);
        cairo_paint(cr.get());
        check(cairo_status(cr.get()));
    }
    panel.image = image.release();
    panel.blocked = blocked.taken();
    panel.used = frame_;
    return panel;
}

}  // namespace gt
