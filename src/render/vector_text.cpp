#include "render/vector_text.hpp"

#include <pango/pangocairo.h>

#include <cmath>

#include "render/text.hpp"

namespace gt {

namespace {

// Cairo tells user data apart by the key's address; the key holds nothing.
const cairo_user_data_key_t vector_text_key{};

/// The device pixels per user unit of `cr`, or 0 when its matrix rotates, skews or stretches:
/// a <text> written at a position and a size cannot show those.
double uniform_scale(cairo_t* cr) {
    cairo_matrix_t m;
    cairo_get_matrix(cr, &m);
    if (m.xy != 0 || m.yx != 0 || m.xx != m.yy || m.xx <= 0) return 0;
    return m.xx;
}

/// The lines of `layout` with their baselines at `anchor`, in device pixels, the top-left at
/// (x, y).
std::vector<VectorTextLine> lines_of(cairo_t* cr, PangoLayout* layout, VectorTextRun::Anchor anchor,
                                     double x, double y) {
    std::vector<VectorTextLine> lines;
    const char* text = pango_layout_get_text(layout);
    PangoLayoutIter* it = pango_layout_get_iter(layout);
    do {
        const PangoLayoutLine* line = pango_layout_iter_get_line_readonly(it);
        std::string part(text + line->start_index, static_cast<std::size_t>(line->length));
        while (!part.empty() && (part.back() == ' ' || part.back() == '\n')) part.pop_back();
        if (part.empty()) continue;
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, nullptr, &logical);
        const double along = anchor == VectorTextRun::Anchor::end      ? 1.0
                             : anchor == VectorTextRun::Anchor::middle ? 0.5
                                                                       : 0.0;
        double line_x = x + (logical.x + along * logical.width) / PANGO_SCALE;
        double baseline = y + static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
        cairo_user_to_device(cr, &line_x, &baseline);
        lines.push_back({std::move(part), line_x, baseline});
    } while (pango_layout_iter_next_line(it) != 0);
    pango_layout_iter_free(it);
    return lines;
}

/// Fills the text's ink (with its halo) in the colour numbering `index`.
void draw_marker(cairo_t* cr, PangoLayout* layout, double pad, double x, double y,
                 std::size_t index) {
    PangoRectangle ink;
    pango_layout_get_pixel_extents(layout, &ink, nullptr);
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_set_source_rgba(cr, static_cast<double>((index >> 16) & 255) / 255,
                          static_cast<double>((index >> 8) & 255) / 255,
                          static_cast<double>(index & 255) / 255, vector_text_marker_alpha);
    cairo_rectangle(cr, x + ink.x - pad, y + ink.y - pad, ink.width + 2 * pad,
                    ink.height + 2 * pad);
    cairo_fill(cr);
    cairo_restore(cr);
}

}  // namespace

VectorText::VectorText(cairo_surface_t* surface) : surface_(cairo_surface_reference(surface)) {
    cairo_surface_set_user_data(surface_, &vector_text_key, this, nullptr);
}

VectorText::~VectorText() {
    cairo_surface_set_user_data(surface_, &vector_text_key, nullptr, nullptr);
    cairo_surface_destroy(surface_);
}

VectorText* VectorText::of(cairo_t* cr) {
    return static_cast<VectorText*>(
        cairo_surface_get_user_data(cairo_get_target(cr), &vector_text_key));
}

bool VectorText::add(cairo_t* cr, PangoLayout* layout, const TextStyle& style, double x, double y) {
    const double scale = uniform_scale(cr);
    if (scale == 0 || runs_.size() >= vector_text_max_runs) return false;
    VectorTextRun run;
    const PangoFontDescription* font = pango_layout_get_font_description(layout);
    const char* family = font != nullptr ? pango_font_description_get_family(font) : nullptr;
    run.family = family != nullptr ? family : style.font;
    run.size = style.size * scale;
    run.bold = style.bold;
    run.color = style.color;
    if (style.halo.a > 0 && style.halo_width > 0) {
        run.halo = style.halo;
        run.halo_width = style.halo_width * scale;
    }
    run.letter_spacing = style.letter_spacing * scale;
    if (style.align == TextStyle::Align::right) {
        run.anchor = VectorTextRun::Anchor::end;
    } else if (style.align == TextStyle::Align::center) {
        run.anchor = VectorTextRun::Anchor::middle;
    }
    run.lines = lines_of(cr, layout, run.anchor, x, y);
    if (run.lines.empty()) return true;  // only spaces: nothing to show
    draw_marker(cr, layout, std::ceil(run.halo_width / scale), x, y, runs_.size());
    runs_.push_back(std::move(run));
    return true;
}

}  // namespace gt
