#include "output/png_encoder.hpp"

#include <libdeflate.h>

#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "common/error.hpp"

namespace gt {

namespace {

// resize + memcpy rather than vector::insert: GCC 12 reports false overflows for the latter.
void append(std::vector<unsigned char>& out, const void* bytes, std::size_t size) {
    const std::size_t at = out.size();
    out.resize(at + size);
    std::memcpy(out.data() + at, bytes, size);
}

void put_u32(std::vector<unsigned char>& out, std::uint32_t v) {
    const unsigned char bytes[] = {
        static_cast<unsigned char>(v >> 24), static_cast<unsigned char>(v >> 16),
        static_cast<unsigned char>(v >> 8), static_cast<unsigned char>(v)};
    append(out, bytes, 4);
}

/// Appends a chunk header (length, type) for `length` data bytes; returns where the type starts.
std::size_t begin_chunk(std::vector<unsigned char>& out, const char* type, std::size_t length) {
    put_u32(out, static_cast<std::uint32_t>(length));
    const std::size_t type_at = out.size();
    append(out, type, 4);
    return type_at;
}

/// Appends the CRC of the chunk's type and data (everything from `type_at` to the end).
void end_chunk(std::vector<unsigned char>& out, std::size_t type_at) {
    put_u32(out, libdeflate_crc32(0, out.data() + type_at, out.size() - type_at));
}

}  // namespace

PngEncoder::PngEncoder(PngSettings settings)
    : settings_(settings), compressor_(libdeflate_alloc_compressor(settings.level)) {
    if (compressor_ == nullptr) throw RuntimeError("libdeflate: cannot allocate a compressor");
}

PngEncoder::~PngEncoder() { libdeflate_free_compressor(compressor_); }

void PngEncoder::filter_rows(cairo_surface_t* surface, int width, int height) {
    const auto w = static_cast<std::size_t>(width);
    const std::size_t row_bytes = 1 + 3 * w;
    // One spare byte: the fast path below stores 4 bytes for the last pixel's 3.
    raw_.resize(row_bytes * static_cast<std::size_t>(height) + 1);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const auto stride = static_cast<std::size_t>(cairo_image_surface_get_stride(surface));
    if (settings_.filter == PngFilter::up) previous_.assign(3 * w, 0);
    for (std::size_t y = 0; y < static_cast<std::size_t>(height); ++y) {
        unsigned char* row = raw_.data() + y * row_bytes;
        row[0] = static_cast<unsigned char>(settings_.filter);
        unsigned char* rgb = row + 1;
        const unsigned char* src = data + y * stride;
        // RGB24 pixels are native-endian 32-bit words 0x00RRGGBB: read words, not bytes.
        for (std::size_t x = 0; x < w; ++x) {
            std::uint32_t pixel;
            std::memcpy(&pixel, src + 4 * x, 4);
            if constexpr (std::endian::native == std::endian::little) {
                // 0xRRGGBB00 byte-swapped is stored as R, G, B, 0; the 0 is overwritten by the
                // next pixel (or is the next row's filter byte, written before that row).
                const std::uint32_t rgb0 = __builtin_bswap32(pixel << 8);
                std::memcpy(rgb + 3 * x, &rgb0, 4);
            } else {
                rgb[3 * x] = static_cast<unsigned char>(pixel >> 16);
                rgb[3 * x + 1] = static_cast<unsigned char>(pixel >> 8);
                rgb[3 * x + 2] = static_cast<unsigned char>(pixel);
            }
        }
        if (settings_.filter == PngFilter::sub) {
            // Backwards, so each byte still sees its unfiltered left neighbour.
            for (std::size_t i = 3 * w; i-- > 3;) {
                rgb[i] = static_cast<unsigned char>(rgb[i] - rgb[i - 3]);
            }
        } else if (settings_.filter == PngFilter::up) {
            for (std::size_t i = 0; i < 3 * w; ++i) {
                const unsigned char value = rgb[i];
                rgb[i] = static_cast<unsigned char>(value - previous_[i]);
                previous_[i] = value;
            }
        }
    }
    raw_.pop_back();
}

const std::vector<unsigned char>& PngEncoder::encode(cairo_surface_t* surface) {
    cairo_surface_flush(surface);
    if (cairo_image_surface_get_format(surface) != CAIRO_FORMAT_RGB24) {
        throw RuntimeError("PNG encoder: only opaque RGB24 image surfaces are supported");
    }
    const int width = cairo_image_surface_get_width(surface);
    const int height = cairo_image_surface_get_height(surface);
    filter_rows(surface, width, height);

    static constexpr unsigned char signature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    const std::size_t bound = libdeflate_zlib_compress_bound(compressor_, raw_.size());
    file_.clear();
    file_.reserve(sizeof signature + 25 + 12 + bound + 12);  // once: capacity is kept
    append(file_, signature, sizeof signature);

    std::size_t at = begin_chunk(file_, "IHDR", 13);
    put_u32(file_, static_cast<std::uint32_t>(width));
    put_u32(file_, static_cast<std::uint32_t>(height));
    const unsigned char ihdr_tail[] = {8, 2, 0, 0,
                                       0};  // 8 bits, RGB, deflate, filter 0, no interlace
    append(file_, ihdr_tail, sizeof ihdr_tail);
    end_chunk(file_, at);

    // One IDAT. Compressed into a buffer kept between frames and left uninitialised: sizing the
    // file buffer for the bound instead zero-filled 6 MB a 1080p frame.
    if (compressed_capacity_ < bound) {
        compressed_ = std::make_unique_for_overwrite<unsigned char[]>(bound);
        compressed_capacity_ = bound;
    }
    const std::size_t compressed =
        libdeflate_zlib_compress(compressor_, raw_.data(), raw_.size(), compressed_.get(), bound);
    if (compressed == 0) throw RuntimeError("PNG encoder: libdeflate could not compress a frame");
    at = begin_chunk(file_, "IDAT", compressed);
    append(file_, compressed_.get(), compressed);
    end_chunk(file_, at);

    at = begin_chunk(file_, "IEND", 0);
    end_chunk(file_, at);
    return file_;
}

void PngEncoder::write(cairo_surface_t* surface, const std::filesystem::path& file) {
    const std::vector<unsigned char>& bytes = encode(surface);
    write_bytes(file, bytes.data(), bytes.size());
}

void write_bytes(const std::filesystem::path& file, const void* bytes, std::size_t size) {
    struct Closer {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, Closer> out(std::fopen(file.c_str(), "wb"));
    if (!out) throw RuntimeError(file.string() + ": cannot write: " + std::strerror(errno));
    const bool written = std::fwrite(bytes, 1, size, out.get()) == size;
    if (!written || std::fclose(out.release()) != 0) {
        throw RuntimeError(file.string() + ": cannot write: " + std::strerror(errno));
    }
}

}  // namespace gt
