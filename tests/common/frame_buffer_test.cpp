#include "common/frame_buffer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <utility>

namespace gt {

TEST(FrameBuffer, IsZeroedAndStartsOnAHugePageBoundary) {
    FrameBuffer buffer(1920 * 1080 * 4);
    ASSERT_NE(buffer.data(), nullptr);
    EXPECT_EQ(buffer.size(), 1920U * 1080U * 4U);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(buffer.data()) % (2U << 20), 0U);
    EXPECT_TRUE(std::all_of(buffer.data(), buffer.data() + buffer.size(),
                            [](unsigned char b) { return b == 0; }));
    buffer.data()[buffer.size() - 1] = 7;  // the whole size is writable
    EXPECT_EQ(buffer.data()[buffer.size() - 1], 7);
}

TEST(FrameBuffer, MovesItsMemory) {
    FrameBuffer a(4096);
    a.data()[0] = 42;
    const unsigned char* bytes = a.data();
    FrameBuffer b(std::move(a));
    EXPECT_EQ(b.data(), bytes);
    EXPECT_EQ(b.data()[0], 42);
    EXPECT_EQ(a.size(), 0U);  // NOLINT(bugprone-use-after-move): moved-from is empty
    FrameBuffer c(16);
    c = std::move(b);
    EXPECT_EQ(c.data(), bytes);
    EXPECT_EQ(c.size(), 4096U);
    EXPECT_EQ(FrameBuffer().data(), nullptr);
}

TEST(FrameBuffer, SurfaceIsLikeCairosOwn) {
    cairo_surface_t* surface = create_frame_surface(CAIRO_FORMAT_RGB24, 301, 17);
    cairo_surface_t* cairos = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 301, 17);
    ASSERT_EQ(cairo_surface_status(surface), CAIRO_STATUS_SUCCESS);
    EXPECT_EQ(cairo_image_surface_get_width(surface), 301);
    EXPECT_EQ(cairo_image_surface_get_height(surface), 17);
    EXPECT_EQ(cairo_image_surface_get_stride(surface), cairo_image_surface_get_stride(cairos));
    // Drawn the same, the same bytes.
    for (cairo_surface_t* s : {surface, cairos}) {
        cairo_t* cr = cairo_create(s);
        cairo_set_source_rgb(cr, 0.2, 0.5, 0.9);
        cairo_arc(cr, 150, 8, 7.3, 0, 6.3);
        cairo_fill(cr);
        cairo_destroy(cr);
        cairo_surface_flush(s);
    }
    const auto bytes = static_cast<std::size_t>(cairo_image_surface_get_stride(surface)) * 17;
    EXPECT_TRUE(std::equal(cairo_image_surface_get_data(surface),
                           cairo_image_surface_get_data(surface) + bytes,
                           cairo_image_surface_get_data(cairos)));
    cairo_surface_destroy(surface);  // frees its buffer (ASan would report a leak otherwise)
    cairo_surface_destroy(cairos);
}

TEST(FrameBuffer, ABadSizeGivesCairosError) {
    cairo_surface_t* surface = create_frame_surface(CAIRO_FORMAT_RGB24, -5, 10);
    EXPECT_NE(cairo_surface_status(surface), CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(surface);
}

}  // namespace gt
