#include "render/panel_cache.hpp"

#include <algorithm>
#include <cmath>

namespace gt {

namespace {

/// True when `cr` draws pixels one to one on an image, at whole-pixel offsets, so that an image
/// painted there lands on the same pixels as drawing directly.
bool paints_whole_pixels(cairo_t* cr) {
    if (cairo_surface_get_type(cairo_get_target(cr)) != CAIRO_SURFACE_TYPE_IMAGE) return false;
    cairo_matrix_t m;
    cairo_get_matrix(cr, &m);
    return m.xx == 1 && m.yy == 1 && m.xy == 0 && m.yx == 0 && m.x0 == std::floor(m.x0) &&
           m.y0 == std::floor(m.y0);
}

}  // namespace

PanelCache::~PanelCache() { clear(); }

void PanelCache::clear() {
    for (auto& [key, panel] : panels_) cairo_surface_destroy(panel.image);
    panels_.clear();
}

void PanelCache::start_frame() {
    ++frame_;
    for (auto it = panels_.begin(); it != panels_.end();) {
        if (it->second.used + 1 < frame_) {
            cairo_surface_destroy(it->second.image);
            it = panels_.erase(it);
        } else {
            ++it;
        }
    }
}

void PanelCache::draw(cairo_t* cr, LabelPlacer& labels, const std::string& key,
                      const Drawing& drawing) {
    if (!paints_whole_pixels(cr)) {
        drawing(cr, labels);
        return;
    }
    auto found = panels_.find(key);
    if (found == panels_.end()) found = panels_.emplace(key, make_panel(drawing)).first;
    Panel& panel = found->second;
    panel.used = frame_;
    for (const Box& box : panel.blocked) labels.block(box);
    const int width = cairo_image_surface_get_width(panel.image);
    const int height = cairo_image_surface_get_height(panel.image);
    // Off the target (the 1x1 surface that only measures where the furniture goes): done.
    double clip_x0 = 0, clip_y0 = 0, clip_x1 = 0, clip_y1 = 0;
    cairo_clip_extents(cr, &clip_x0, &clip_y0, &clip_x1, &clip_y1);
    if (panel.x >= clip_x1 || panel.y >= clip_y1 || panel.x + width <= clip_x0 ||
        panel.y + height <= clip_y0) {
        return;
    }
    cairo_save(cr);
    cairo_set_source_surface(cr, panel.image, panel.x, panel.y);
    cairo_rectangle(cr, panel.x, panel.y, width, height);
    cairo_fill(cr);
    cairo_restore(cr);
}

PanelCache::Panel PanelCache::make_panel(const Drawing& drawing) const {
    // Recorded first to learn where it draws, then replayed into an image just that big.
    cairo_surface_t* recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr);
    cairo_t* recorder = cairo_create(recording);
    LabelPlacer blocked({0, 0, 0, 0});
    drawing(recorder, blocked);
    cairo_destroy(recorder);
    double x = 0, y = 0, width = 0, height = 0;
    cairo_recording_surface_ink_extents(recording, &x, &y, &width, &height);
    Panel panel;
    panel.x = static_cast<int>(std::floor(x));
    panel.y = static_cast<int>(std::floor(y));
    const int right = static_cast<int>(std::ceil(x + width));
    const int bottom = static_cast<int>(std::ceil(y + height));
    panel.image = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, std::max(1, right - panel.x),
                                             std::max(1, bottom - panel.y));
    cairo_t* cr = cairo_create(panel.image);
    cairo_set_source_surface(cr, recording, -panel.x, -panel.y);
    cairo_paint(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(recording);
    panel.blocked = blocked.taken();
    panel.used = frame_;
    return panel;
}

}  // namespace gt
