#include "output/still_writer.hpp"

#include <cairo.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <regex>

#include "common/atomic_file.hpp"
#include "common/error.hpp"
#include "output/frame_writer.hpp"
#include "output/pdf_writer.hpp"
#include "output/png_metadata.hpp"
#include "render/frame_renderer.hpp"
#include "render/source_credits.hpp"

namespace gt {

namespace {

constexpr double kMmPerInch = 25.4;

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void write_text(const std::filesystem::path& file, const std::string& bytes) {
    write_atomically(file, [&](const std::filesystem::path& partial) {
        std::ofstream out(partial, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) throw RuntimeError(file.string() + ": cannot write");
    });
}

/// The frame as a PNG: RGB, or RGBA when the scene leaves the sea transparent.
std::string draw_png(const Scene& scene, Instant t) {
    const bool alpha = scene.style.colors.sea.a < 1;
    cairo_surface_t* surface = cairo_image_surface_create(
        alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, scene.layout.width, scene.layout.height);
    cairo_t* cr = cairo_create(surface);
    FrameRenderer renderer(scene);
    renderer.draw_vector(cr, t);
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    std::string png;
    if (status == CAIRO_STATUS_SUCCESS) {
        cairo_surface_flush(surface);
        status = cairo_surface_write_to_png_stream(surface, append_to_string, &png);
    }
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        throw RuntimeError(std::string("cannot draw the still: ") + cairo_status_to_string(status));
    }
    return png;
}

/// The root element's width and height in millimetres, so that a layout program places the SVG
/// at its size; the viewBox keeps the canvas pixels.
std::string sized_svg(const std::string& svg, const StillPage& page) {
    const std::size_t root = svg.find("<svg");
    const std::size_t end = svg.find('>', root);
    if (root == std::string::npos || end == std::string::npos) return svg;
    std::string tag = svg.substr(root, end - root);
    auto set = [&tag](const std::string& name, double mm) {
        char value[32];
        std::snprintf(value, sizeof value, "%.6gmm", mm);
        tag = std::regex_replace(tag, std::regex(" " + name + "=\"[^\"]*\""),
                                 " " + name + "=\"" + value + "\"",
                                 std::regex_constants::format_first_only);
    };
    set("width", page.width_mm);
    set("height", page.height_mm);
    return svg.substr(0, root) + tag + svg.substr(end);
}

}  // namespace

StillFormat still_format(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".png") return StillFormat::png;
    if (ext == ".svg") return StillFormat::svg;
    if (ext == ".pdf") return StillFormat::pdf;
    throw InputError(Diagnostic{Diagnostic::Severity::error,
                                {"-o", 0, 0},
                                "cannot tell the format of '" + file.string() + "'",
                                "end the file name in .png, .svg or .pdf"});
}

std::pair<int, int> still_pixels(const StillPage& page) {
    return {static_cast<int>(std::lround(page.width_mm / kMmPerInch * page.dpi)),
            static_cast<int>(std::lround(page.height_mm / kMmPerInch * page.dpi))};
}

void write_still(const Scene& scene, Instant t, StillFormat format, const StillPage& page,
                 const std::filesystem::path& file) {
    if (format == StillFormat::pdf) {
        FrameRenderer renderer(scene);
        const double points_per_mm = 72 / kMmPerInch;
        write_atomically(file, [&](const std::filesystem::path& partial) {
            write_pdf_trimmed(renderer, scene, t,
                              {page.width_mm * points_per_mm, page.height_mm * points_per_mm},
                              partial);
        });
    } else if (format == StillFormat::svg) {
        FrameWriter writer(scene);
        write_text(file, sized_svg(writer.draw_svg(t), page));
    } else {
        const Scenario& sc = scene.scenario;
        PngMetadata metadata{page.dpi,
                             {{"Title", sc.title},
                              {"Description", sc.subtitle},
                              {"Source", sources_line(sc, t)},
                              {"Copyright", credits_line(sc)},
                              {"Software", "geotimeline"}}};
        write_text(file, with_png_metadata(draw_png(scene, t), metadata));
    }
}

}  // namespace gt
