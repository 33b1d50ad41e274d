// The chunks a still's PNG carries, read back byte by byte and by libpng (through Cairo).
#include "output/png_metadata.hpp"

#include <cairo.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdint>
#include <map>

#include "common/error.hpp"

namespace gt {

namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

cairo_status_t read_from(void* closure, unsigned char* data, unsigned int length) {
    auto* source = static_cast<std::pair<const std::string*, std::size_t>*>(closure);
    if (source->second + length > source->first->size()) return CAIRO_STATUS_READ_ERROR;
    std::copy_n(source->first->data() + source->second, length, data);
    source->second += length;
    return CAIRO_STATUS_SUCCESS;
}

std::string small_png() {
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 4, 3);
    std::string png;
    EXPECT_EQ(cairo_surface_write_to_png_stream(s, append, &png), CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(s);
    return png;
}

std::uint32_t u32(const std::string& s, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(s[at + i]);
    return v;
}

/// Every chunk's type and data, in order, each checked against its CRC.
std::vector<std::pair<std::string, std::string>> chunks(const std::string& png) {
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t at = 8; at + 12 <= png.size();) {
        const std::uint32_t length = u32(png, at);
        const std::string body = png.substr(at + 4, 4 + length);
        const auto crc =
            crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()));
        EXPECT_EQ(u32(png, at + 8 + length), crc) << body.substr(0, 4);
        out.emplace_back(body.substr(0, 4), body.substr(4));
        at += 12 + length;
    }
    return out;
}

}  // namespace

TEST(PngMetadata, PhysSrgbAndTextsComeBeforeTheImageData) {
    const std::string png = with_png_metadata(
        small_png(), {300, {{"Title", "Kursk"}, {"Source", "ISW (2024-10-13)"}, {"Empty", ""}}});
    const auto list = chunks(png);
    std::vector<std::string> types;
    for (const auto& [type, data] : list) types.push_back(type);
    ASSERT_GE(types.size(), 6U);
    EXPECT_EQ(std::vector<std::string>(types.begin(), types.begin() + 5),
              (std::vector<std::string>{"IHDR", "pHYs", "sRGB", "tEXt", "tEXt"}));
    EXPECT_EQ(types.back(), "IEND");
    // 300 dpi = 11811 pixels per metre both ways, unit 1 (the metre).
    EXPECT_EQ(u32(list[1].second, 0), 11811U);
    EXPECT_EQ(u32(list[1].second, 4), 11811U);
    EXPECT_EQ(list[1].second[8], '\1');
    EXPECT_EQ(list[3].second, std::string("Title\0Kursk", 11));
    EXPECT_EQ(list[4].second, std::string("Source\0ISW (2024-10-13)", 23));

    // libpng still reads it.
    std::pair<const std::string*, std::size_t> source{&png, 0};
    cairo_surface_t* back = cairo_image_surface_create_from_png_stream(read_from, &source);
    EXPECT_EQ(cairo_surface_status(back), CAIRO_STATUS_SUCCESS);
    EXPECT_EQ(cairo_image_surface_get_width(back), 4);
    cairo_surface_destroy(back);
}

TEST(PngMetadata, TextBeyondAsciiGoesToAnInternationalChunk) {
    const auto list = chunks(with_png_metadata(small_png(), {0, {{"Title", "Курск 쿠르스크"}}}));
    ASSERT_GE(list.size(), 3U);
    EXPECT_EQ(list[1].first, "sRGB");  // no dpi: no pHYs
    EXPECT_EQ(list[2].first, "iTXt");
    EXPECT_EQ(list[2].second, std::string("Title\0\0\0\0\0", 10) + "Курск 쿠르스크");
}

TEST(PngMetadata, AnythingElseThanAPngIsRefused) {
    EXPECT_THROW((void)with_png_metadata("GIF89a and more bytes than a PNG header", {}),
                 RuntimeError);
}

}  // namespace gt
