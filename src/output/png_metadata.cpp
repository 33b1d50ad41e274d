#include "output/png_metadata.hpp"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "common/error.hpp"

namespace gt {

namespace {

constexpr std::size_t kSignature = 8;
constexpr std::size_t kIhdrEnd = kSignature + 4 + 4 + 13 + 4;  // length, type, data, CRC

void put_u32(std::string& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xff);
}

/// A chunk: length, type, data and the CRC of type and data.
std::string chunk(const std::string& type, const std::string& data) {
    std::string out;
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    const std::string body = type + data;
    out += body;
    const auto* bytes = reinterpret_cast<const Bytef*>(body.data());
    put_u32(out, static_cast<std::uint32_t>(
                     crc32(crc32(0, nullptr, 0), bytes, static_cast<uInt>(body.size()))));
    return out;
}

bool is_ascii(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != 0; });
}

std::string text_chunk(const std::string& keyword, const std::string& text) {
    // A keyword is 1-79 Latin-1 characters; the text of tEXt is Latin-1, of iTXt UTF-8.
    const std::string key = keyword.substr(0, 79);
    if (is_ascii(text)) return chunk("tEXt", key + '\0' + text);
    // keyword, NUL, not compressed, method 0, empty language tag and translated keyword (each
    // ended by a NUL), text
    return chunk("iTXt", key + std::string("\0\0\0\0\0", 5) + text);
}

}  // namespace

std::string with_png_metadata(const std::string& png, const PngMetadata& metadata) {
    if (png.size() < kIhdrEnd || png.compare(0, kSignature, "\x89PNG\r\n\x1a\n") != 0 ||
        png.compare(kSignature + 4, 4, "IHDR") != 0) {
        throw RuntimeError("cannot add metadata: not a PNG file");
    }
    std::string added;
    if (metadata.dpi > 0) {
        std::string phys;
        const auto per_metre = static_cast<std::uint32_t>(std::lround(metadata.dpi / 0.0254));
        put_u32(phys, per_metre);
        put_u32(phys, per_metre);
        phys += '\1';  // unit: the metre
        added += chunk("pHYs", phys);
    }
    added += chunk("sRGB", std::string(1, '\0'));  // perceptual rendering intent
    for (const auto& [keyword, text] : metadata.texts) {
        if (!text.empty()) added += text_chunk(keyword, text);
    }
    return png.substr(0, kIhdrEnd) + added + png.substr(kIhdrEnd);
}

}  // namespace gt
