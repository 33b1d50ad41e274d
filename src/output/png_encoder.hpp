#pragma once
// A fast PNG encoder for opaque Cairo frames: RGB24 image surfaces become 8-bit RGB PNGs,
// deflated with ISA-L (Intel's igzip) at level 0 without row filters: several times faster than
// libdeflate and dozens of times faster than cairo_surface_write_to_png, for files about a
// fifth larger than Cairo's (the numbers are in bench/: make bench).
//
// The image is deflated in bands of rows, each band on its own (no match reaches into the band
// above), so that the bands of a frame that are the same as in the frame this encoder wrote
// before are not deflated again: their bytes are reused. In a timeline most of a frame is the
// unchanged map. Every band's bytes depend on its pixels alone (with the up filter, and the
// row above), so a file's bytes depend on its frame alone, whatever the encoder wrote before:
// byte-identical runs.
#include <cairo.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "common/frame_buffer.hpp"

struct libdeflate_compressor;

namespace gt {

/// PNG row filter applied to every row (the filter byte written before each row).
enum class PngFilter : std::uint8_t { none = 0, sub = 1, up = 2 };

/// How PNG frames are compressed.
enum class PngCompression : std::uint8_t {
    /// ISA-L level 0 in bands, unchanged bands reused: several times faster, files about 1.2
    /// times Cairo's.
    fast,
    /// libdeflate level 1, each frame whole: about 10 times slower than fast in a timeline,
    /// files about 0.7 of fast's (0.86 of Cairo's). Bands and reuse do not apply.
    small,
};

struct PngSettings {
    /// none: fastest and, on antialiased map frames, smaller than sub or up (bench/ numbers).
    PngFilter filter = PngFilter::none;
    /// Rows deflated together: fewer make smaller changed regions but larger files (matches
    /// cannot reach across bands); 32 costs about 1% in size at 1080p (bench/ numbers).
    int band_rows = 32;
    /// Reuse the deflated bands that are the same as in the last frame encoded. Off, every
    /// frame is deflated whole (the bytes are the same either way).
    bool reuse_unchanged_bands = true;
    PngCompression compression = PngCompression::fast;
};

/// Encodes frames one after the other, reusing its buffers and unchanged bands. One per
/// thread: not thread-safe.
class PngEncoder {
  public:
    /// @throws RuntimeError when a setting is out of range.
    explicit PngEncoder(PngSettings settings = {});

    /// The whole PNG file for `surface`, valid until the next call.
    /// @param changed where the pixels may differ from the last frame encoded, in whole pixels
    ///        (it may reach outside the frame), or null: anywhere. A band it misses is reused
    ///        without comparing its pixels; in the others only the pixels it covers are
    ///        compared, so a region the size of what was drawn keeps the comparing cheap.
    /// @pre surface is a finished CAIRO_FORMAT_RGB24 image surface (opaque pixels); pixels
    ///      outside a non-null `changed` hold what they held in the last frame encoded.
    /// @throws RuntimeError for another surface format, or when ISA-L fails.
    [[nodiscard]] const std::vector<unsigned char>& encode(cairo_surface_t* surface,
                                                           const cairo_region_t* changed = nullptr);

    /// Encodes `surface` and writes it to `file`.
    /// @throws RuntimeError naming the file when it cannot be written.
    void write(cairo_surface_t* surface, const std::filesystem::path& file);

    /// Bands of the last frame encoded, and how many of them were reused from the one before
    /// (none with PngCompression::small).
    struct BandCount {
        std::size_t bands = 0;
        std::size_t reused = 0;
    };
    [[nodiscard]] BandCount last_bands() const { return last_bands_; }

  private:
    /// A band of rows as deflate blocks ending on a byte boundary, not the stream's last.
    struct Band {
        std::vector<unsigned char> deflated;
        std::uint32_t adler = 1;  ///< Adler-32 of its filtered rows
        std::size_t raw_size = 0;
    };
    /// Whether the band of rows y0..y1 must be deflated again: the pixels it is made of differ
    /// from the last frame's (with the up filter, the row above counts too). Only pixels in a
    /// non-null `changed` can differ.
    [[nodiscard]] bool band_changed(const unsigned char* data, std::size_t stride, int width,
                                    int y0, int y1, const cairo_region_t* changed) const;
    /// Whether the pixels of `box` (inside the frame) differ from the last frame's.
    [[nodiscard]] bool pixels_differ(const unsigned char* data, std::size_t stride,
                                     const cairo_rectangle_int_t& box) const;
    /// Deflates the bands that changed since the last frame (all of them unless `comparable`:
    /// the last frame was encoded, at this size) and counts the others reused.
    void deflate_bands(const unsigned char* data, std::size_t stride, int width, int height,
                       bool comparable, const cairo_region_t* changed);
    /// Filters rows y0..y1 into raw_; returns how many bytes they take there.
    std::size_t filter_rows(const unsigned char* data, std::size_t stride, int width, int y0,
                            int y1);
    /// PngCompression::small: filters every row and deflates them at once into whole_.
    void deflate_whole(const unsigned char* data, std::size_t stride, int width, int height);
    /// Filters rows y0..y1 into raw_ and deflates them into `band`.
    void deflate_band(const unsigned char* data, std::size_t stride, int width, int y0, int y1,
                      Band& band);
    /// Keeps rows y0..y1 for the next frame's comparison.
    void remember_rows(const unsigned char* data, std::size_t stride, int y0, int y1);
    /// Builds file_ from the deflated bands (or whole_): signature, IHDR, one IDAT, IEND.
    /// @throws RuntimeError when the image data is too large for a PNG chunk.
    void assemble(int width, int height);

    PngSettings settings_;
    std::vector<unsigned char> raw_;       ///< one band: filter byte + RGB bytes per row
    std::vector<unsigned char> above_;     ///< the row above, unfiltered (PngFilter::up)
    std::vector<unsigned char> deflated_;  ///< one band, deflated (room for the worst case)
    std::vector<Band> bands_;
    std::vector<bool> band_changed_;  ///< of the frame being encoded
    FrameBuffer last_pixels_;         ///< the last frame's surface bytes
    int last_width_ = 0, last_height_ = 0;
    std::size_t last_stride_ = 0;
    std::vector<unsigned char> file_;  ///< the PNG being built
    struct FreeCompressor {
        void operator()(libdeflate_compressor* c) const;
    };
    std::unique_ptr<libdeflate_compressor, FreeCompressor> compressor_;  ///< small only
    std::vector<unsigned char> whole_;  ///< small: the frame's zlib stream
    BandCount last_bands_;
};

/// Writes `bytes` to `file` (truncating it). @throws RuntimeError naming the file.
void write_bytes(const std::filesystem::path& file, const void* bytes, std::size_t size);

}  // namespace gt
