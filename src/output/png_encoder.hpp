#pragma once
// A fast PNG encoder for opaque Cairo frames: RGB24 image surfaces become 8-bit RGB PNGs
// compressed with libdeflate at level 1 without row filters. It is several times faster
// than cairo_surface_write_to_png (zlib level 6, adaptive filters) at a similar file size; the
// numbers are in bench/ (make bench). Output depends only on the pixels: byte-identical runs.
#include <cairo.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

struct libdeflate_compressor;

namespace gt {

/// PNG row filter applied to every row (the filter byte written before each row).
enum class PngFilter : std::uint8_t { none = 0, sub = 1, up = 2 };

struct PngSettings {
    int level = 1;  ///< libdeflate level, 1 (fastest) .. 12
    /// none: fastest and, on antialiased map frames, smaller than sub or up (bench/ numbers).
    PngFilter filter = PngFilter::none;
};

/// Encodes frames one after the other, reusing its buffers. One per thread: not thread-safe.
class PngEncoder {
public:
    /// @throws RuntimeError when libdeflate cannot allocate a compressor.
    explicit PngEncoder(PngSettings settings = {});
    ~PngEncoder();
    PngEncoder(const PngEncoder&) = delete;
    PngEncoder& operator=(const PngEncoder&) = delete;

    /// The whole PNG file for `surface`, valid until the next call.
    /// @pre surface is a finished CAIRO_FORMAT_RGB24 image surface (opaque pixels).
    /// @throws RuntimeError for another surface format.
    [[nodiscard]] const std::vector<unsigned char>& encode(cairo_surface_t* surface);

    /// Encodes `surface` and writes it to `file`.
    /// @throws RuntimeError naming the file when it cannot be written.
    void write(cairo_surface_t* surface, const std::filesystem::path& file);

private:
    void filter_rows(cairo_surface_t* surface, int width, int height);

    PngSettings settings_;
    libdeflate_compressor* compressor_;
    std::vector<unsigned char> raw_;       ///< filter byte + RGB bytes, row after row
    std::vector<unsigned char> previous_;  ///< the row above, unfiltered (for PngFilter::up)
    std::vector<unsigned char> file_;      ///< the PNG being built
    std::unique_ptr<unsigned char[]> compressed_;  ///< the image data, deflated
    std::size_t compressed_capacity_ = 0;
};

/// Writes `bytes` to `file` (truncating it). @throws RuntimeError naming the file.
void write_bytes(const std::filesystem::path& file, const void* bytes, std::size_t size);

}  // namespace gt
