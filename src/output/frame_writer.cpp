#include "output/frame_writer.hpp"

#include <cairo-svg.h>

#include <cctype>
#include <memory>
#include <optional>
#include <sstream>

#include "common/frame_buffer.hpp"
#include "common/suggest.hpp"
#include "output/svg_text.hpp"
#include "output/svg_text_elements.hpp"

namespace gt {

const char* extension(Format f) { return f == Format::png ? "png" : "svg"; }

std::vector<Format> parse_formats(const std::string& list) {
    std::vector<Format> out;
    std::stringstream in(list);
    std::string item;
    while (std::getline(in, item, ',')) {
        for (char& c : item) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (item == "png")
            out.push_back(Format::png);
        else if (item == "svg")
            out.push_back(Format::svg);
        else {
            throw InputError(Diagnostic{Diagnostic::Severity::error,
                                        {"--format", 0, 0},
                                        "unknown output format '" + item + "'",
                                        suggestion_hint(item, {"png", "svg"})});
        }
    }
    if (out.empty()) {
        throw InputError(Diagnostic{Diagnostic::Severity::error,
                                    {"--format", 0, 0},
                                    "no output format given",
                                    "e.g. --format png,svg"});
    }
    return out;
}

namespace {
void check(cairo_status_t status, const std::string& what) {
    if (status != CAIRO_STATUS_SUCCESS) {
        throw RuntimeError(what + ": cannot draw: " + cairo_status_to_string(status));
    }
}
}  // namespace

namespace {

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

FrameWriter::FrameWriter(const Scene& scene, PngSettings png, SvgText svg_text, SharedViews* shared)
    : scene_(scene),
      renderer_(scene, shared),
      png_(png),
      svg_text_(svg_text),
      raster_(create_frame_surface(CAIRO_FORMAT_RGB24, scene.layout.width, scene.layout.height)) {
    changed_since_encoded_.add_everything();
}

FrameWriter::~FrameWriter() { cairo_surface_destroy(raster_); }

cairo_surface_t* FrameWriter::draw_raster(Instant t) {
    check(cairo_surface_status(raster_), "frame surface");
    const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(raster_),
                                                                cairo_destroy);
    // The surface keeps the last frame: only what that frame drew is painted over again.
    Damage changed;
    try {
        renderer_.draw_raster(cr.get(), t,
                              raster_drawn_ ? FrameRenderer::FrameStart::over_last_frame
                                            : FrameRenderer::FrameStart::anything,
                              &changed);
    } catch (...) {
        changed_since_encoded_.add_everything();  // half drawn
        throw;
    }
    raster_drawn_ = true;
    changed_since_encoded_.add(changed);
    const cairo_status_t drawn = cairo_status(cr.get());
    cairo_surface_flush(raster_);
    check(drawn, "frame surface");
    return raster_;
}

const std::vector<unsigned char>& FrameWriter::encode_png() {
    const std::vector<unsigned char>& bytes = png_.encode(
        raster_, changed_since_encoded_.everything() ? nullptr : changed_since_encoded_.region());
    changed_since_encoded_.clear();
    return bytes;
}

std::string FrameWriter::draw_svg(Instant t) {
    std::string svg;
    cairo_surface_t* surface = cairo_svg_surface_create_for_stream(
        append_to_string, &svg, scene_.layout.width, scene_.layout.height);
    cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_2);
    cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX);
    std::optional<VectorText> texts;
    if (svg_text_ == SvgText::text) texts.emplace(surface);
    cairo_t* cr = cairo_create(surface);
    renderer_.draw_vector(cr, t);
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t finished = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    check(drawn != CAIRO_STATUS_SUCCESS ? drawn : finished, "SVG frame");
    // Stable ids first (determinism), then the size passes; the texts last, so that no pass
    // reads their words as ids or colours.
    svg = share_repeated_paths(compact_svg_names(compact_svg_paths(normalize_svg_ids(svg))));
    if (texts) svg = insert_svg_texts(svg, texts->runs());
    return svg;
}

void FrameWriter::write(Format f, Instant t, const std::filesystem::path& file) {
    if (f == Format::png) {
        (void)draw_raster(t);
        const std::vector<unsigned char>& bytes = encode_png();
        write_bytes(file, bytes.data(), bytes.size());
    } else {
        const std::string svg = draw_svg(t);
        write_bytes(file, svg.data(), svg.size());
    }
}

}  // namespace gt
