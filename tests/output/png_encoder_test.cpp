// The fast PNG encoder: exact pixels back through a standard decoder, stable bytes.
#include "output/png_encoder.hpp"

#include <gtest/gtest.h>

#include <cstring>

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

}  // namespace

class PngEncoderFilters : public ::testing::TestWithParam<PngFilter> {};

TEST_P(PngEncoderFilters, DecodesToTheSamePixels) {
    cairo_surface_t* picture = test_picture(97, 61);  // odd sizes: stride padding, short rows
    PngEncoder encoder({1, GetParam()});
    const std::vector<unsigned char> bytes = encoder.encode(picture);
    Reader reader{bytes};
    cairo_surface_t* decoded = cairo_image_surface_create_from_png_stream(read_bytes, &reader);
    ASSERT_EQ(cairo_surface_status(decoded), CAIRO_STATUS_SUCCESS);
    EXPECT_EQ(reader.at, bytes.size());  // the decoder read every chunk, IEND included
    expect_same_pixels(picture, decoded);
    cairo_surface_destroy(decoded);
    cairo_surface_destroy(picture);
}

INSTANTIATE_TEST_SUITE_P(AllFilters, PngEncoderFilters,
                         ::testing::Values(PngFilter::none, PngFilter::sub, PngFilter::up));

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
    cairo_surface_destroy(picture);
}

TEST(PngEncoder, RejectsSurfacesWithAlpha) {
    cairo_surface_t* argb = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4);
    PngEncoder encoder;
    EXPECT_THROW((void)encoder.encode(argb), RuntimeError);
    cairo_surface_destroy(argb);
}

}  // namespace gt
