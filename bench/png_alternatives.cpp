#include "png_alternatives.hpp"

#include <png.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

#ifdef GEOTIMELINE_BENCH_SPNG
#include <spng.h>
#endif

namespace gt::bench {

namespace {

/// Row `y` of an RGB24 surface as RGB bytes (the same conversion the program's encoder does).
void rgb_row(cairo_surface_t* s, int y, unsigned char* out) {
    const unsigned char* src = cairo_image_surface_get_data(s) +
                               static_cast<std::ptrdiff_t>(y) * cairo_image_surface_get_stride(s);
    for (int x = 0; x < cairo_image_surface_get_width(s); ++x) {
        std::uint32_t pixel;
        std::memcpy(&pixel, src + 4 * x, 4);
        out[3 * x] = static_cast<unsigned char>(pixel >> 16);
        out[3 * x + 1] = static_cast<unsigned char>(pixel >> 8);
        out[3 * x + 2] = static_cast<unsigned char>(pixel);
    }
}

std::size_t size_of(const std::filesystem::path& file) {
    return static_cast<std::size_t>(std::filesystem::file_size(file));
}

std::size_t write_cairo(cairo_surface_t* s, const std::filesystem::path& file) {
    if (cairo_surface_write_to_png(s, file.c_str()) != CAIRO_STATUS_SUCCESS) {
        throw std::runtime_error(file.string() + ": cairo cannot write it");
    }
    return size_of(file);
}

std::size_t write_libpng(cairo_surface_t* s, const std::filesystem::path& file, int level,
                         int filter) {
    std::FILE* out = std::fopen(file.c_str(), "wb");
    if (out == nullptr) throw std::runtime_error(file.string() + ": cannot open");
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    const int width = cairo_image_surface_get_width(s);
    const int height = cairo_image_surface_get_height(s);
    std::vector<unsigned char> row(static_cast<std::size_t>(width) * 3);
    if (setjmp(png_jmpbuf(png)) != 0) {
        png_destroy_write_struct(&png, &info);
        std::fclose(out);
        throw std::runtime_error(file.string() + ": libpng failed");
    }
    png_init_io(png, out);
    png_set_compression_level(png, level);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, filter);
    png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE,
                 PNG_FILTER_TYPE_BASE);
    png_write_info(png, info);
    for (int y = 0; y < height; ++y) {
        rgb_row(s, y, row.data());
        png_write_row(png, row.data());
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    std::fclose(out);
    return size_of(file);
}

#ifdef GEOTIMELINE_BENCH_SPNG
std::size_t write_spng(cairo_surface_t* s, const std::filesystem::path& file, int level,
                       int filter_choice) {
    const int width = cairo_image_surface_get_width(s);
    const int height = cairo_image_surface_get_height(s);
    const std::size_t row_bytes = static_cast<std::size_t>(width) * 3;
    std::vector<unsigned char> image(row_bytes * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y)
        rgb_row(s, y, image.data() + row_bytes * static_cast<std::size_t>(y));
    spng_ctx* ctx = spng_ctx_new(SPNG_CTX_ENCODER);
    spng_set_option(ctx, SPNG_ENCODE_TO_BUFFER, 1);
    spng_set_option(ctx, SPNG_IMG_COMPRESSION_LEVEL, level);
    spng_set_option(ctx, SPNG_FILTER_CHOICE, filter_choice);
    spng_ihdr ihdr{};
    ihdr.width = static_cast<std::uint32_t>(width);
    ihdr.height = static_cast<std::uint32_t>(height);
    ihdr.bit_depth = 8;
    ihdr.color_type = SPNG_COLOR_TYPE_TRUECOLOR;
    spng_set_ihdr(ctx, &ihdr);
    int error =
        spng_encode_image(ctx, image.data(), image.size(), SPNG_FMT_PNG, SPNG_ENCODE_FINALIZE);
    std::size_t size = 0;
    void* png = error == 0 ? spng_get_png_buffer(ctx, &size, &error) : nullptr;
    spng_ctx_free(ctx);
    if (png == nullptr) throw std::runtime_error(std::string("spng: ") + spng_strerror(error));
    std::FILE* out = std::fopen(file.c_str(), "wb");
    const bool ok = out != nullptr && std::fwrite(png, 1, size, out) == size;
    if (out != nullptr) std::fclose(out);
    std::free(png);
    if (!ok) throw std::runtime_error(file.string() + ": cannot write");
    return size;
}
#endif

}  // namespace

std::vector<PngAlternative> png_alternatives() {
    std::vector<PngAlternative> all{
        {"cairo_surface_write_to_png", write_cairo},
        {"libpng zlib-1 filter-none",
         [](cairo_surface_t* s, const std::filesystem::path& f) {
             return write_libpng(s, f, 1, PNG_FILTER_NONE);
         }},
        {"libpng zlib-1 filter-sub",
         [](cairo_surface_t* s, const std::filesystem::path& f) {
             return write_libpng(s, f, 1, PNG_FILTER_SUB);
         }},
    };
#ifdef GEOTIMELINE_BENCH_SPNG
    all.push_back(
        {"libspng zlib-1 filter-none", [](cairo_surface_t* s, const std::filesystem::path& f) {
             return write_spng(s, f, 1, SPNG_FILTER_CHOICE_NONE);
         }});
    all.push_back(
        {"libspng zlib-1 filter-sub", [](cairo_surface_t* s, const std::filesystem::path& f) {
             return write_spng(s, f, 1, SPNG_FILTER_CHOICE_SUB);
         }});
#endif
    return all;
}

}  // namespace gt::bench
