#pragma once
// The PNG encoders the benchmark compares with the program's own (output/png_encoder.hpp):
// Cairo's cairo_surface_write_to_png (what geotimeline used before), libpng and libspng with a
// fast zlib level and one row filter. Each encodes an opaque RGB24 surface and writes a file.
#include <cairo.h>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace gt::bench {

struct PngAlternative {
    std::string name;
    /// Encodes and writes the surface; returns the file size in bytes.
    std::function<std::size_t(cairo_surface_t*, const std::filesystem::path&)> write;
};

/// Cairo first, then libpng and (when built with it) libspng variants.
[[nodiscard]] std::vector<PngAlternative> png_alternatives();

}  // namespace gt::bench
