#include "support/image_compare.hpp"

#include <cairo.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "support/test_support.hpp"

namespace gt::test {

namespace fs = std::filesystem;

namespace {

struct Surface {
    cairo_surface_t* s;
    explicit Surface(const fs::path& png) : s(cairo_image_surface_create_from_png(png.c_str())) {}
    ~Surface() { cairo_surface_destroy(s); }
    Surface(const Surface&) = delete;
    Surface& operator=(const Surface&) = delete;
    [[nodiscard]] bool ok() const { return cairo_surface_status(s) == CAIRO_STATUS_SUCCESS; }
    [[nodiscard]] int width() const { return cairo_image_surface_get_width(s); }
    [[nodiscard]] int height() const { return cairo_image_surface_get_height(s); }
    [[nodiscard]] uint32_t at(int x, int y) const {
        const unsigned char* row =
            cairo_image_surface_get_data(s) +
            static_cast<std::ptrdiff_t>(y) * cairo_image_surface_get_stride(s);
        return reinterpret_cast<const uint32_t*>(row)[x];
    }
};

int channel(uint32_t pixel, int shift) { return static_cast<int>((pixel >> shift) & 0xff); }

fs::path reference_dir() { return source_dir() / "tests" / "reference"; }
fs::path failure_dir(const std::string& name) {
    return source_dir() / "out" / "test-failures" / name;
}

void write_report(const fs::path& dir, const std::string& name, const ImageDifference& d) {
    std::ofstream html(dir / "index.html");
    html << "<!doctype html><meta charset=utf-8><title>" << name << "</title>"
         << "<style>body{font-family:sans-serif}img{width:32%;border:1px solid #999}</style>"
         << "<h1>" << name << "</h1><p>" << d.differing_pixels << " pixels differ, largest channel "
         << "difference " << d.max_channel_delta << (d.size_mismatch ? "; sizes differ" : "")
         << "</p><p>expected · actual · diff</p>"
         << "<img src=expected.png><img src=actual.png><img src=diff.png>\n";
    // An index of all failures, one link each, for a quick look.
    std::ofstream index(dir.parent_path() / "index.html", std::ios::app);
    index << "<p><a href=\"" << name << "/index.html\">" << name << "</a>: " << d.differing_pixels
          << " pixels differ</p>\n";
}

}  // namespace

ImageDifference compare_png(const fs::path& actual, const fs::path& expected, int channel_tolerance,
                            const fs::path& diff_png) {
    const Surface a(actual), e(expected);
    ImageDifference d;
    d.width = a.ok() ? a.width() : 0;
    d.height = a.ok() ? a.height() : 0;
    if (!a.ok() || !e.ok() || a.width() != e.width() || a.height() != e.height()) {
        d.size_mismatch = true;
        d.differing_pixels = static_cast<long>(d.width) * d.height;
        return d;
    }
    cairo_surface_t* diff = cairo_image_surface_create(CAIRO_FORMAT_RGB24, d.width, d.height);
    unsigned char* data = cairo_image_surface_get_data(diff);
    const int stride = cairo_image_surface_get_stride(diff);
    for (int y = 0; y < d.height; ++y) {
        auto* row = reinterpret_cast<uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        for (int x = 0; x < d.width; ++x) {
            const uint32_t pa = a.at(x, y), pe = e.at(x, y);
            int delta = 0;
            for (int shift : {0, 8, 16})
                delta = std::max(delta, std::abs(channel(pa, shift) - channel(pe, shift)));
            d.max_channel_delta = std::max(d.max_channel_delta, delta);
            if (delta > channel_tolerance) {
                ++d.differing_pixels;
                row[x] = 0xff0000;
            } else {
                const int grey = 200 + (channel(pa, 8) * 55) / 255;
                row[x] = static_cast<uint32_t>(grey << 16 | grey << 8 | grey);
            }
        }
    }
    cairo_surface_mark_dirty(diff);
    cairo_surface_write_to_png(diff, diff_png.c_str());
    cairo_surface_destroy(diff);
    return d;
}

ReferenceCheck check_reference(const fs::path& actual, const std::string& name,
                               int channel_tolerance, double budget) {
    const fs::path expected = reference_dir() / (name + ".png");
    const char* update = std::getenv("GEOTIMELINE_UPDATE_REFERENCES");
    const bool updating = update != nullptr && std::string(update) == "1";
    if (!fs::exists(expected)) {
        if (updating) {
            fs::copy_file(actual, expected, fs::copy_options::overwrite_existing);
            return {true, "wrote missing reference " + expected.string()};
        }
        return {false, "no reference image " + expected.string() +
                           "; run 'make references' to write it, then look at it"};
    }
    const fs::path dir = failure_dir(name);
    fs::create_directories(dir);
    const ImageDifference d = compare_png(actual, expected, channel_tolerance, dir / "diff.png");
    const long allowed = static_cast<long>(budget * d.width * d.height);
    if (!d.size_mismatch && d.differing_pixels <= allowed) {
        fs::remove_all(dir);
        return {true, ""};
    }
    if (updating) {
        fs::copy_file(actual, expected, fs::copy_options::overwrite_existing);
        fs::remove_all(dir);
        return {true, "updated reference " + expected.string()};
    }
    fs::copy_file(actual, dir / "actual.png", fs::copy_options::overwrite_existing);
    fs::copy_file(expected, dir / "expected.png", fs::copy_options::overwrite_existing);
    write_report(dir, name, d);
    std::ostringstream message;
    message << name << ": " << d.differing_pixels << " pixels differ by more than "
            << channel_tolerance << " (budget " << allowed << ")"
            << (d.size_mismatch ? ", sizes differ" : "") << "; see "
            << (dir / "index.html").string();
    return {false, message.str()};
}

}  // namespace gt::test
