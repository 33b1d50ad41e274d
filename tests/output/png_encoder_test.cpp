// The fast PNG encoder: exact pixels back through a standard decoder, a valid zlib stream and
// chunk CRCs checked on their own, stable bytes whatever the encoder wrote before, and only
// changed bands deflated again.
#include "output/png_encoder.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstring>
#include <initializer_list>
#include <memory>

#include "common/error.hpp"

namespace gt {

namespace {

/// An opaque test picture with gradients, flat areas and noise, so every filter path matters.
cairo_surface_t* test_picture(int width, int height) {
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    unsigned char* data = cairo_image_surface_get_data(s);
    const int stride = cairo_image_surface_get_stride(s);
    std::uint32_t noise = 12345;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            noise = noise * 1103515245U + 12345U;
            const std::uint32_t r = static_cast<std::uint32_t>(x * 255 / width);
            const std::uint32_t g = y < height / 2 ? 200U : (noise >> 16) & 0xffU;
            const std::uint32_t b = static_cast<std::uint32_t>((x + y) & 0xff);
            const std::uint32_t pixel = (r << 16) | (g << 8) | b;
            std::memcpy(data + y * stride + 4 * x, &pixel, 4);
        }
    }
    cairo_surface_mark_dirty(s);
    return s;
}

struct Reader {
    const std::vector<unsigned char>& bytes;
    std::size_t at = 0;
};

cairo_status_t read_bytes(void* closure, unsigned char* data, unsigned int length) {
    auto* r = static_cast<Reader*>(closure);
    if (r->at + length > r->bytes.size()) return CAIRO_STATUS_READ_ERROR;
    std::memcpy(data, r->bytes.data() + r->at, length);
    r->at += length;
    return CAIRO_STATUS_SUCCESS;
}

/// Compares the RGB of every pixel (the unused top byte of RGB24 is ignored).
void expect_same_pixels(cairo_surface_t* a, cairo_surface_t* b) {
    ASSERT_EQ(cairo_image_surface_get_width(a), cairo_image_surface_get_width(b));
    ASSERT_EQ(cairo_image_surface_get_height(a), cairo_image_surface_get_height(b));
    int differing = 0;
    for (int y = 0; y < cairo_image_surface_get_height(a); ++y) {
        for (int x = 0; x < cairo_image_surface_get_width(a); ++x) {
            std::uint32_t pa, pb;
            std::memcpy(
                &pa,
                cairo_image_surface_get_data(a) + y * cairo_image_surface_get_stride(a) + 4 * x, 4);
            std::memcpy(
                &pb,
                cairo_image_surface_get_data(b) + y * cairo_image_surface_get_stride(b) + 4 * x, 4);
            differing += (pa & 0xffffffU) != (pb & 0xffffffU);
        }
    }
    EXPECT_EQ(differing, 0);
}

std::uint32_t read_u32(const std::vector<unsigned char>& b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) |
           (std::uint32_t{b[at + 2]} << 8) | std::uint32_t{b[at + 3]};
}

/// Walks the chunks after the signature, checks each CRC with zlib's, and returns the IDAT data
/// joined.
std::vector<unsigned char> checked_idat(const std::vector<unsigned char>& png) {
    std::vector<unsigned char> idat;
    std::size_t at = 8;
    while (at + 12 <= png.size()) {
        const std::uint32_t length = read_u32(png, at);
        const std::string type(png.begin() + static_cast<std::ptrdiff_t>(at) + 4,
                               png.begin() + static_cast<std::ptrdiff_t>(at) + 8);
        const uLong crc = crc32(0, png.data() + at + 4, length + 4);
        EXPECT_EQ(crc, read_u32(png, at + 8 + length)) << type;
        if (type == "IDAT")
            idat.insert(idat.end(), png.begin() + at + 8, png.begin() + at + 8 + length);
        at += 12 + length;
    }
    EXPECT_EQ(at, png.size());
    return idat;
}

/// Inflates the image data with zlib, which checks the stream's end and its Adler-32.
void expect_valid_zlib_stream(const std::vector<unsigned char>& png, int width, int height) {
    const std::vector<unsigned char> idat = checked_idat(png);
    const auto expected = static_cast<uLongf>(height) * (1 + 3 * static_cast<uLongf>(width));
    std::vector<unsigned char> rows(expected + 16);
    uLongf size = rows.size();
    ASSERT_EQ(uncompress(rows.data(), &size, idat.data(), idat.size()), Z_OK);
    EXPECT_EQ(size, expected);
}

cairo_surface_t* decode(const std::vector<unsigned char>& bytes) {
    Reader reader{bytes};
    cairo_surface_t* decoded = cairo_image_surface_create_from_png_stream(read_bytes, &reader);
    EXPECT_EQ(cairo_surface_status(decoded), CAIRO_STATUS_SUCCESS);
    EXPECT_EQ(reader.at, bytes.size());  // the decoder read every chunk, IEND included
    return decoded;
}

void set_pixel(cairo_surface_t* s, int x, int y, std::uint32_t rgb) {
    cairo_surface_flush(s);
    std::memcpy(cairo_image_surface_get_data(s) + y * cairo_image_surface_get_stride(s) + 4 * x,
                &rgb, 4);
    cairo_surface_mark_dirty(s);
}

}  // namespace

// gtest prints a parameter through this rather than as raw bytes (padding included).
void PrintTo(const PngSettings& s, std::ostream* out) {
    *out << "filter " << static_cast<int>(s.filter) << ", " << s.band_rows << " rows a band, reuse "
         << s.reuse_unchanged_bands << ", small " << (s.compression == PngCompression::small);
}

std::string settings_name(const ::testing::TestParamInfo<PngSettings>& info) {
    static constexpr const char* filters[] = {"none", "sub", "up"};
    return std::string(filters[static_cast<int>(info.param.filter)]) + "_rows" +
           std::to_string(info.param.band_rows) +
           (info.param.reuse_unchanged_bands ? "" : "_no_reuse") +
           (info.param.compression == PngCompression::small ? "_small" : "");
}

class PngEncoderSettings : public ::testing::TestWithParam<PngSettings> {};

TEST_P(PngEncoderSettings, DecodesToTheSamePixels) {
    cairo_surface_t* picture = test_picture(97, 61);  // odd sizes: stride padding, short rows
    PngEncoder encoder(GetParam());
    const std::vector<unsigned char> bytes = encoder.encode(picture);
    expect_valid_zlib_stream(bytes, 97, 61);
    cairo_surface_t* decoded = decode(bytes);
    expect_same_pixels(picture, decoded);
    cairo_surface_destroy(decoded);
    cairo_surface_destroy(picture);
}

INSTANTIATE_TEST_SUITE_P(
    FiltersAndBands, PngEncoderSettings,
    ::testing::Values(PngSettings{PngFilter::none}, PngSettings{PngFilter::sub},
                      PngSettings{PngFilter::up}, PngSettings{PngFilter::none, 32, false},
                      PngSettings{PngFilter::none, 32, true, PngCompression::small},
                      PngSettings{PngFilter::up, 1},      // a band a row
                      PngSettings{PngFilter::none, 7},    // the last band short
                      PngSettings{PngFilter::sub, 500}),  // one band for the image
    settings_name);

TEST(PngEncoder, IncompressibleBandsOverStoredBlockSizeDecode) {
    // Noise in every channel: each band of 32 rows of 1500 pixels (144 KB) outgrows one stored
    // block (64 KB), and the bands outgrow what the zlib window sees.
    const int width = 1500, height = 70;
    cairo_surface_t* noise = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    unsigned char* data = cairo_image_surface_get_data(noise);
    std::uint32_t state = 99;
    for (int i = 0; i < cairo_image_surface_get_stride(noise) * height; ++i) {
        state = state * 1664525U + 1013904223U;
        data[i] = static_cast<unsigned char>(state >> 24);
    }
    cairo_surface_mark_dirty(noise);
    PngEncoder encoder;
    const std::vector<unsigned char> bytes = encoder.encode(noise);
    EXPECT_GT(bytes.size(), static_cast<std::size_t>(width * height * 3));  // stored, not packed
    expect_valid_zlib_stream(bytes, width, height);
    cairo_surface_t* decoded = decode(bytes);
    expect_same_pixels(noise, decoded);
    cairo_surface_destroy(decoded);
    cairo_surface_destroy(noise);
}

TEST(PngEncoder, RejectsSettingsOutOfRange) {
    EXPECT_THROW(PngEncoder({PngFilter::none, 0}), RuntimeError);
}

/// Encodes `before`, then `after` (which differs from it in `changed_rows`) with one encoder,
/// and checks the second file against a fresh encoder's and the bands deflated again.
void expect_only_changed_bands_deflated(PngSettings settings, std::vector<int> changed_rows,
                                        std::size_t expected_reused) {
    cairo_surface_t* before = test_picture(97, 61);
    cairo_surface_t* after = test_picture(97, 61);
    for (int y : changed_rows) set_pixel(after, 40, y, 0x123456);
    PngEncoder in_turn(settings);
    (void)in_turn.encode(before);
    const std::vector<unsigned char> reused = in_turn.encode(after);
    EXPECT_EQ(in_turn.last_bands().bands, (61u + settings.band_rows - 1) / settings.band_rows);
    EXPECT_EQ(in_turn.last_bands().reused, expected_reused);
    PngEncoder fresh(settings);
    EXPECT_EQ(reused, fresh.encode(after));
    EXPECT_EQ(fresh.last_bands().reused, 0u);
    cairo_surface_t* decoded = decode(reused);
    expect_same_pixels(after, decoded);
    cairo_surface_destroy(decoded);
    cairo_surface_destroy(after);
    cairo_surface_destroy(before);
}

TEST(PngEncoder, DeflatesOnlyTheBandsThatChanged) {
    // 61 rows in bands of 8: 8 bands, rows 16-23 are the third.
    expect_only_changed_bands_deflated({PngFilter::none, 8}, {17}, 7);
    expect_only_changed_bands_deflated({PngFilter::none, 8}, {0, 60}, 6);  // first and last
    expect_only_changed_bands_deflated({PngFilter::sub, 8}, {23}, 7);
    // With the up filter a band's first row is relative to the row above: a change in a band's
    // last row changes the next band's bytes too.
    expect_only_changed_bands_deflated({PngFilter::up, 8}, {23}, 6);
    expect_only_changed_bands_deflated({PngFilter::up, 8}, {20}, 7);
    expect_only_changed_bands_deflated({PngFilter::none, 8}, {}, 8);  // the same frame again
}

/// A region of the given boxes (x, y, width, height).
std::unique_ptr<cairo_region_t, decltype(&cairo_region_destroy)> region_of(
    std::initializer_list<cairo_rectangle_int_t> boxes) {
    std::unique_ptr<cairo_region_t, decltype(&cairo_region_destroy)> region(cairo_region_create(),
                                                                            cairo_region_destroy);
    for (const cairo_rectangle_int_t& box : boxes) cairo_region_union_rectangle(region.get(), &box);
    return region;
}

TEST(PngEncoder, ComparesOnlyThePixelsItIsToldChanged) {
    cairo_surface_t* before = test_picture(97, 61);
    cairo_surface_t* after = test_picture(97, 61);
    set_pixel(after, 40, 17, 0x123456);  // the third band of 8 rows
    const auto encode_after = [&](const cairo_region_t* changed) {
        PngEncoder encoder({PngFilter::none, 8});
        (void)encoder.encode(before);
        const std::vector<unsigned char> bytes = encoder.encode(after, changed);
        return std::pair{bytes, encoder.last_bands().reused};
    };
    PngEncoder fresh({PngFilter::none, 8});
    const std::vector<unsigned char> expected = fresh.encode(after);

    EXPECT_EQ(encode_after(region_of({{40, 17, 1, 1}}).get()), std::pair(expected, std::size_t{7}));
    EXPECT_EQ(encode_after(region_of({{30, 10, 20, 20}}).get()),
              std::pair(expected, std::size_t{7}));
    // Reaching outside the frame, and told of pixels that did not change: compared, and reused.
    EXPECT_EQ(encode_after(region_of({{-5, -5, 200, 30}, {0, 40, 97, 1}}).get()),
              std::pair(expected, std::size_t{7}));
    // Not told of (40, 17): its band is reused unseen, stale (the caller broke the
    // precondition), even when told of its neighbours on the same rows.
    for (const cairo_rectangle_int_t miss :
         {cairo_rectangle_int_t{0, 40, 97, 1}, cairo_rectangle_int_t{0, 16, 40, 3},
          cairo_rectangle_int_t{41, 17, 56, 1}}) {
        const auto [stale, reused] = encode_after(region_of({miss}).get());
        EXPECT_EQ(reused, 8u);
        EXPECT_NE(stale, expected);
    }
    // Told nothing changed: every band reused.
    EXPECT_EQ(encode_after(region_of({}).get()).second, 8u);
    cairo_surface_destroy(after);
    cairo_surface_destroy(before);
}

TEST(PngEncoder, WithTheUpFilterAChangeInTheRowAboveABandCounts) {
    cairo_surface_t* before = test_picture(97, 61);
    cairo_surface_t* after = test_picture(97, 61);
    set_pixel(after, 40, 23, 0x123456);  // the last row of the third band of 8
    PngEncoder in_turn({PngFilter::up, 8});
    (void)in_turn.encode(before);
    const cairo_rectangle_int_t pixel{40, 23, 1, 1};
    const auto changed = region_of({pixel});
    const std::vector<unsigned char> bytes = in_turn.encode(after, changed.get());
    EXPECT_EQ(in_turn.last_bands().reused, 6u);  // the third band, and the fourth under it
    PngEncoder fresh({PngFilter::up, 8});
    EXPECT_EQ(bytes, fresh.encode(after));
    cairo_surface_destroy(after);
    cairo_surface_destroy(before);
}

TEST(PngEncoder, WithoutReuseDeflatesEveryBandToTheSameBytes) {
    cairo_surface_t* picture = test_picture(97, 61);
    PngEncoder reusing({PngFilter::none, 8});
    PngEncoder whole({PngFilter::none, 8, false});
    (void)reusing.encode(picture);
    (void)whole.encode(picture);
    const std::vector<unsigned char> a = reusing.encode(picture);
    EXPECT_EQ(reusing.last_bands().reused, 8u);
    EXPECT_EQ(a, whole.encode(picture));
    EXPECT_EQ(whole.last_bands().reused, 0u);
    cairo_surface_destroy(picture);
}

TEST(PngEncoder, SamePixelsGiveTheSameBytes) {
    cairo_surface_t* picture = test_picture(64, 48);
    PngEncoder first;
    PngEncoder second;
    const std::vector<unsigned char> a = first.encode(picture);
    cairo_surface_t* other = test_picture(100, 20);
    (void)second.encode(other);  // leftovers of a larger frame must not leak into the next
    cairo_surface_destroy(other);
    EXPECT_EQ(a, second.encode(picture));
    EXPECT_EQ(a, first.encode(picture));
    EXPECT_EQ(first.last_bands().reused, first.last_bands().bands);  // the same frame again
    cairo_surface_destroy(picture);
}

TEST(PngEncoder, RejectsSurfacesWithAlpha) {
    cairo_surface_t* argb = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4);
    PngEncoder encoder;
    EXPECT_THROW((void)encoder.encode(argb), RuntimeError);
    cairo_surface_destroy(argb);
}

}  // namespace gt
