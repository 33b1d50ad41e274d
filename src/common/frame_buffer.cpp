#include "common/frame_buffer.hpp"

#include <sys/mman.h>

#include <cstdint>
#include <new>
#include <utility>

namespace gt {

namespace {
constexpr std::size_t huge_page = std::size_t{2} << 20;
}  // namespace

FrameBuffer::FrameBuffer(std::size_t size) : size_(size) {
    if (size == 0) return;
    // Huge pages start on 2 MiB boundaries: map one more and start at the first boundary.
    mapping_size_ = size + huge_page;
    mapping_ =
        mmap(nullptr, mapping_size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapping_ == MAP_FAILED) {
        mapping_ = nullptr;
        throw std::bad_alloc();
    }
    const auto start =
        (reinterpret_cast<std::uintptr_t>(mapping_) + huge_page - 1) & ~(huge_page - 1);
    data_ = reinterpret_cast<unsigned char*>(start);
    (void)madvise(data_, size_, MADV_HUGEPAGE);  // advice: without it, plain pages
}

FrameBuffer::~FrameBuffer() {
    if (mapping_ != nullptr) munmap(mapping_, mapping_size_);
}

FrameBuffer::FrameBuffer(FrameBuffer&& other) noexcept
    : mapping_(std::exchange(other.mapping_, nullptr)),
      mapping_size_(std::exchange(other.mapping_size_, 0)),
      data_(std::exchange(other.data_, nullptr)),
      size_(std::exchange(other.size_, 0)) {}

FrameBuffer& FrameBuffer::operator=(FrameBuffer&& other) noexcept {
    if (this != &other) {
        FrameBuffer gone(std::move(*this));
        mapping_ = std::exchange(other.mapping_, nullptr);
        mapping_size_ = std::exchange(other.mapping_size_, 0);
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

namespace {

/// Cairo tells user data apart by the address of a key: one constant for the process is what
/// its API asks for.
const cairo_user_data_key_t buffer_key{};

void free_buffer(void* buffer) { delete static_cast<FrameBuffer*>(buffer); }

}  // namespace

cairo_surface_t* create_frame_surface(cairo_format_t format, int width, int height) {
    const int stride = cairo_format_stride_for_width(format, width);
    if (stride <= 0 || width <= 0 || height <= 0) {
        return cairo_image_surface_create(format, width, height);  // cairo's own error
    }
    FrameBuffer* buffer = nullptr;
    try {
        buffer =
            new FrameBuffer(static_cast<std::size_t>(stride) * static_cast<std::size_t>(height));
    } catch (const std::bad_alloc&) {
        return cairo_image_surface_create(format, width, height);  // cairo's own, or its error
    }
    cairo_surface_t* surface =
        cairo_image_surface_create_for_data(buffer->data(), format, width, height, stride);
    if (cairo_surface_set_user_data(surface, &buffer_key, buffer, free_buffer) !=
        CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        delete buffer;
        return cairo_image_surface_create(format, width, height);
    }
    return surface;
}

}  // namespace gt
