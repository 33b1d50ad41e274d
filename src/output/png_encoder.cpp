#include "output/png_encoder.hpp"

#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

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

/// The largest chunk PNG allows (its length is a 31-bit number).
constexpr std::size_t max_chunk = 0x7fffffff;

/// Appends a chunk header (length, type) for `length` data bytes; returns where the type starts.
std::size_t begin_chunk(std::vector<unsigned char>& out, const char* type, std::size_t length) {
    put_u32(out, static_cast<std::uint32_t>(length));
    const std::size_t type_at = out.size();
    append(out, type, 4);
    return type_at;
}

/// Appends the CRC of the chunk's type and data (everything from `type_at` to the end).
void end_chunk(std::vector<unsigned char>& out, std::size_t type_at) {
    // PNG's CRC is gzip's CRC-32.
    put_u32(out, crc32_gzip_refl(0, out.data() + type_at, out.size() - type_at));
}

/// One row of RGB24 pixels (native-endian 32-bit words 0x00RRGGBB) as R, G, B bytes.
/// @pre `rgb` has room for 3 * width + 1 bytes: the fast path stores 4 bytes for a pixel's 3.
void to_rgb(const unsigned char* src, std::size_t width, unsigned char* rgb) {
    for (std::size_t x = 0; x < width; ++x) {
        std::uint32_t pixel;
        std::memcpy(&pixel, src + 4 * x, 4);
        if constexpr (std::endian::native == std::endian::little) {
            // 0xRRGGBB00 byte-swapped is stored as R, G, B, 0; the 0 is overwritten by the next
            // pixel (or is the next row's filter byte, written before that row).
            const std::uint32_t rgb0 = __builtin_bswap32(pixel << 8);
            std::memcpy(rgb + 3 * x, &rgb0, 4);
        } else {
            rgb[3 * x] = static_cast<unsigned char>(pixel >> 16);
            rgb[3 * x + 1] = static_cast<unsigned char>(pixel >> 8);
            rgb[3 * x + 2] = static_cast<unsigned char>(pixel);
        }
    }
}

}  // namespace

void PngEncoder::FreeCompressor::operator()(libdeflate_compressor* c) const {
    libdeflate_free_compressor(c);
}

PngEncoder::PngEncoder(PngSettings settings) : settings_(settings) {
    if (settings.band_rows < 1) throw RuntimeError("PNG encoder: bands need at least one row");
}

bool PngEncoder::band_changed(const unsigned char* data, std::size_t stride, int width, int y0,
                              int y1, const cairo_region_t* changed) const {
    if (!settings_.reuse_unchanged_bands) return true;
    const int from = settings_.filter == PngFilter::up && y0 > 0 ? y0 - 1 : y0;
    const cairo_rectangle_int_t rows{0, from, width, y1 - from};
    if (changed == nullptr) return pixels_differ(data, stride, rows);
    if (cairo_region_contains_rectangle(changed, &rows) == CAIRO_REGION_OVERLAP_OUT) return false;
    const std::unique_ptr<cairo_region_t, decltype(&cairo_region_destroy)> part(
        cairo_region_create_rectangle(&rows), cairo_region_destroy);
    if (cairo_region_intersect(part.get(), changed) != CAIRO_STATUS_SUCCESS) {
        return pixels_differ(data, stride, rows);  // out of memory: compare them all
    }
    for (int i = 0; i < cairo_region_num_rectangles(part.get()); ++i) {
        cairo_rectangle_int_t box;
        cairo_region_get_rectangle(part.get(), i, &box);
        if (pixels_differ(data, stride, box)) return true;
    }
    return false;
}

bool PngEncoder::pixels_differ(const unsigned char* data, std::size_t stride,
                               const cairo_rectangle_int_t& box) const {
    const auto bytes = static_cast<std::size_t>(box.width) * 4;
    for (int y = box.y; y < box.y + box.height; ++y) {
        const std::size_t at =
            static_cast<std::size_t>(y) * stride + static_cast<std::size_t>(box.x) * 4;
        if (std::memcmp(data + at, last_pixels_.data() + at, bytes) != 0) return true;
    }
    return false;
}

std::size_t PngEncoder::filter_rows(const unsigned char* data, std::size_t stride, int width,
                                    int y0, int y1) {
    const auto w = static_cast<std::size_t>(width);
    const std::size_t row_bytes = 1 + 3 * w;
    const std::size_t rows = static_cast<std::size_t>(y1 - y0);
    raw_.resize(row_bytes * rows + 1);  // + 1: see to_rgb
    if (settings_.filter == PngFilter::up) {
        above_.resize(3 * w + 1);
        if (y0 == 0)
            std::fill(above_.begin(), above_.end(), 0);
        else
            to_rgb(data + static_cast<std::size_t>(y0 - 1) * stride, w, above_.data());
    }
    for (std::size_t r = 0; r < rows; ++r) {
        unsigned char* row = raw_.data() + r * row_bytes;
        row[0] = static_cast<unsigned char>(settings_.filter);
        unsigned char* rgb = row + 1;
        to_rgb(data + (static_cast<std::size_t>(y0) + r) * stride, w, rgb);
        if (settings_.filter == PngFilter::sub) {
            // Backwards, so each byte still sees its unfiltered left neighbour.
            for (std::size_t i = 3 * w; i-- > 3;) {
                rgb[i] = static_cast<unsigned char>(rgb[i] - rgb[i - 3]);
            }
        } else if (settings_.filter == PngFilter::up) {
            for (std::size_t i = 0; i < 3 * w; ++i) {
                const unsigned char value = rgb[i];
                rgb[i] = static_cast<unsigned char>(value - above_[i]);
                above_[i] = value;
            }
        }
    }
    return row_bytes * rows;
}

void PngEncoder::deflate_band(const unsigned char* data, std::size_t stride, int width, int y0,
                              int y1, Band& band) {
    band.raw_size = filter_rows(data, stride, width, y0, y1);
    band.adler = isal_adler32(1, raw_.data(), band.raw_size);
    // Incompressible rows become stored blocks of at most 64 KiB with 5-byte headers; a
    // generous bound besides for the Huffman tables.
    deflated_.resize(band.raw_size + band.raw_size / 8 + 1024);
    isal_zstream stream{};
    isal_deflate_stateless_init(&stream);
    // Level 0, the only one whose bytes depend on the input alone: ISA-L 2.30's level 1 gave
    // (valid) bytes that varied from run to run when threads encoded at once, in a render with
    // --jobs 3 about one band in a few hundred; level 0 never did in the same test.
    stream.level = 0;
    stream.gzip_flag = IGZIP_DEFLATE;
    stream.end_of_stream = 0;   // more bands follow: no final block
    stream.flush = FULL_FLUSH;  // ends on a byte boundary, with no history carried over
    stream.next_in = raw_.data();
    stream.avail_in = static_cast<std::uint32_t>(band.raw_size);
    stream.next_out = deflated_.data();
    stream.avail_out = static_cast<std::uint32_t>(deflated_.size());
    const int status = isal_deflate_stateless(&stream);
    if (status != COMP_OK) {
        throw RuntimeError("PNG encoder: ISA-L could not deflate a frame (status " +
                           std::to_string(status) + ")");
    }
    // Copied out rather than deflated in place: a band keeps only what its bytes need.
    band.deflated.assign(deflated_.data(), deflated_.data() + stream.total_out);
}

void PngEncoder::remember_rows(const unsigned char* data, std::size_t stride, int y0, int y1) {
    const std::size_t at = static_cast<std::size_t>(y0) * stride;
    std::memcpy(last_pixels_.data() + at, data + at, static_cast<std::size_t>(y1 - y0) * stride);
}

const std::vector<unsigned char>& PngEncoder::encode(cairo_surface_t* surface,
                                                     const cairo_region_t* changed) {
    cairo_surface_flush(surface);
    if (cairo_image_surface_get_format(surface) != CAIRO_FORMAT_RGB24) {
        throw RuntimeError("PNG encoder: only opaque RGB24 image surfaces are supported");
    }
    const int width = cairo_image_surface_get_width(surface);
    const int height = cairo_image_surface_get_height(surface);
    const auto stride = static_cast<std::size_t>(cairo_image_surface_get_stride(surface));
    const unsigned char* data = cairo_image_surface_get_data(surface);
    // A region that ran out of memory says nothing: compare every band.
    if (changed != nullptr && cairo_region_status(changed) != CAIRO_STATUS_SUCCESS)
        changed = nullptr;
    const bool comparable = settings_.reuse_unchanged_bands && width == last_width_ &&
                            height == last_height_ && stride == last_stride_;
    // Until this frame is encoded, nothing is comparable: a throw leaves bands half made.
    last_width_ = last_height_ = 0;
    if (settings_.compression == PngCompression::small) {
        deflate_whole(data, stride, width, height);
    } else {
        deflate_bands(data, stride, width, height, comparable, changed);
        last_width_ = width;
        last_height_ = height;
        last_stride_ = stride;
    }
    assemble(width, height);
    return file_;
}

void PngEncoder::deflate_bands(const unsigned char* data, std::size_t stride, int width, int height,
                               bool comparable, const cairo_region_t* changed) {
    const int band_rows = std::min(settings_.band_rows, std::max(height, 1));
    const auto band_count = static_cast<std::size_t>((height + band_rows - 1) / band_rows);
    if (!comparable) {
        // Nothing to reuse: a first frame, one of another size, or one after a failure.
        bands_.assign(band_count, Band{});
        last_pixels_ = FrameBuffer(settings_.reuse_unchanged_bands ? stride * height : 0);
    }
    // Decided for every band before any is remembered: with the up filter a band's first row
    // depends on the band above's last.
    band_changed_.assign(band_count, true);
    for (std::size_t b = 0; comparable && b < band_count; ++b) {
        const int y0 = static_cast<int>(b) * band_rows;
        band_changed_[b] =
            band_changed(data, stride, width, y0, std::min(height, y0 + band_rows), changed);
    }
    last_bands_ = {band_count, 0};
    for (std::size_t b = 0; b < band_count; ++b) {
        if (!band_changed_[b]) {
            ++last_bands_.reused;
            continue;
        }
        const int y0 = static_cast<int>(b) * band_rows;
        const int y1 = std::min(height, y0 + band_rows);
        deflate_band(data, stride, width, y0, y1, bands_[b]);
        if (settings_.reuse_unchanged_bands) remember_rows(data, stride, y0, y1);
    }
}

void PngEncoder::deflate_whole(const unsigned char* data, std::size_t stride, int width,
                               int height) {
    if (!compressor_) {
        compressor_.reset(libdeflate_alloc_compressor(1));
        if (!compressor_) throw RuntimeError("libdeflate: cannot allocate a compressor");
    }
    const std::size_t raw_size = filter_rows(data, stride, width, 0, height);
    whole_.resize(libdeflate_zlib_compress_bound(compressor_.get(), raw_size));
    const std::size_t size = libdeflate_zlib_compress(compressor_.get(), raw_.data(), raw_size,
                                                      whole_.data(), whole_.size());
    if (size == 0) throw RuntimeError("PNG encoder: libdeflate could not compress a frame");
    whole_.resize(size);
    last_bands_ = {};
}

void PngEncoder::assemble(int width, int height) {
    static constexpr unsigned char signature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    file_.clear();
    append(file_, signature, sizeof signature);

    std::size_t at = begin_chunk(file_, "IHDR", 13);
    put_u32(file_, static_cast<std::uint32_t>(width));
    put_u32(file_, static_cast<std::uint32_t>(height));
    const unsigned char ihdr_tail[] = {8, 2, 0, 0,
                                       0};  // 8 bits, RGB, deflate, filter 0, no interlace
    append(file_, ihdr_tail, sizeof ihdr_tail);
    end_chunk(file_, at);

    if (settings_.compression == PngCompression::small) {
        if (whole_.size() > max_chunk) {
            throw RuntimeError("PNG encoder: the frame is too large for one PNG");
        }
        at = begin_chunk(file_, "IDAT", whole_.size());
        append(file_, whole_.data(), whole_.size());
        end_chunk(file_, at);
        at = begin_chunk(file_, "IEND", 0);
        end_chunk(file_, at);
        return;
    }
    // One IDAT holding one zlib stream: header, the bands' blocks, an empty final block, and
    // the Adler-32 of all the rows, combined from the bands'.
    std::size_t deflated = 0;
    for (const Band& band : bands_) deflated += band.deflated.size();
    static constexpr unsigned char zlib_header[] = {0x78, 0x01};  // deflate, 32K window
    static constexpr unsigned char final_block[] = {0x03, 0x00};  // fixed Huffman, end of block
    const std::size_t idat = sizeof zlib_header + deflated + sizeof final_block + 4;
    if (idat > max_chunk) throw RuntimeError("PNG encoder: the frame is too large for one PNG");
    at = begin_chunk(file_, "IDAT", idat);
    append(file_, zlib_header, sizeof zlib_header);
    uLong adler = 1;
    for (const Band& band : bands_) {
        append(file_, band.deflated.data(), band.deflated.size());
        adler = adler32_combine(adler, band.adler, static_cast<z_off_t>(band.raw_size));
    }
    append(file_, final_block, sizeof final_block);
    put_u32(file_, static_cast<std::uint32_t>(adler));
    end_chunk(file_, at);

    at = begin_chunk(file_, "IEND", 0);
    end_chunk(file_, at);
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
