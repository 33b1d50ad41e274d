#pragma once
// Memory for whole frames (a 1080p frame is 8 MB) that the kernel may back with 2 MiB pages.
// In 4 KiB pages, such a buffer is 2025 page faults the first time it is written: the first
// frame of a render took 13,000 faults, a tenth of its time, most of them in the frame-sized
// surfaces and the PNG encoder's copy of the last frame.
#include <cairo.h>

#include <cstddef>

namespace gt {

/// Zeroed bytes in an anonymous mapping advised for transparent huge pages (MADV_HUGEPAGE;
/// where the kernel gives none, plain pages). Moves, never copies.
class FrameBuffer {
  public:
    FrameBuffer() = default;
    /// @throws std::bad_alloc when the memory cannot be mapped.
    explicit FrameBuffer(std::size_t size);
    ~FrameBuffer();
    FrameBuffer(FrameBuffer&& other) noexcept;
    FrameBuffer& operator=(FrameBuffer&& other) noexcept;
    FrameBuffer(const FrameBuffer&) = delete;
    FrameBuffer& operator=(const FrameBuffer&) = delete;

    [[nodiscard]] unsigned char* data() { return data_; }
    [[nodiscard]] const unsigned char* data() const { return data_; }
    [[nodiscard]] std::size_t size() const { return size_; }

  private:
    void* mapping_ = nullptr;
    std::size_t mapping_size_ = 0;
    unsigned char* data_ = nullptr;  ///< the first 2 MiB boundary in the mapping
    std::size_t size_ = 0;
};

/// An image surface as cairo_image_surface_create makes it (pixels zeroed), its pixels in a
/// FrameBuffer that goes with the surface.
/// @return a surface in an error state (cairo_surface_status) when memory cannot be had.
[[nodiscard]] cairo_surface_t* create_frame_surface(cairo_format_t format, int width, int height);

}  // namespace gt
