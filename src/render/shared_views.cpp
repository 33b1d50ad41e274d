#include "render/shared_views.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <string>

#include "common/error.hpp"
#include "common/frame_buffer.hpp"

namespace gt {

namespace {

/// Views kept: a moving camera makes a new view every frame, and a worker holds its own
/// current one anyway; a dropped view is only made again.
constexpr std::size_t views_kept = 8;
/// Bands per renderer that asked for a view: each band goes through all the basemap's paths
/// again, which costs little on a wide view (8 bands of the seed scenario's: 18 ms against 17
/// drawn whole) but about 2 ms a band on a close one (Dunkirk's). A view only one renderer asked
/// for is drawn whole.
constexpr int bands_per_renderer = 2;

/// However many renderers ask.
constexpr int max_bands = 16;

/// Cairo tells user data apart by the address of a key.
const cairo_user_data_key_t layer_key{};

void throw_unless_drawn(cairo_status_t status) {
    if (status != CAIRO_STATUS_SUCCESS) {
        throw RuntimeError(std::string("static layer: cannot draw: ") +
                           cairo_status_to_string(status));
    }
}

}  // namespace

struct SharedViews::StaticLayer {
    /// @throws std::bad_alloc when the pixels cannot be had.
    StaticLayer(int w, int h, int band_count)
        : stride(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, w)),
          pixels(static_cast<std::size_t>(std::max(stride, 0)) * static_cast<std::size_t>(h)),
          width(w),
          height(h),
          bands(band_count) {}

    /// An image surface of its own over the pixels (cairo surfaces are not shared between
    /// threads).
    [[nodiscard]] cairo_surface_t* view() {
        return cairo_image_surface_create_for_data(pixels.data(), CAIRO_FORMAT_RGB24, width, height,
                                                   stride);
    }

    /// Draws band `band` with `draw`, clipped to its rows.
    /// @throws RuntimeError when Cairo fails; what `draw` threw.
    void draw_band(int band, const DrawBand& draw) {
        const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> target(
            view(), cairo_surface_destroy);
        const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(target.get()),
                                                                    cairo_destroy);
        const int y0 = height * band / bands;
        const int y1 = height * (band + 1) / bands;
        // Whole rows: inside, the pixels are those of the layer drawn whole. One band is the
        // whole layer: no clip, which would send every stroke through Cairo's clipping.
        if (bands > 1) {
            cairo_rectangle(cr.get(), 0, y0, width, y1 - y0);
            cairo_clip(cr.get());
        }
        draw(cr.get());
        throw_unless_drawn(cairo_status(cr.get()));
        cairo_surface_flush(target.get());
    }

    const int stride;
    FrameBuffer pixels;
    const int width;
    const int height;
    const int bands;
    std::mutex mutex;
    std::condition_variable changed;
    // Per part (0: base, 1: overlay), guarded by mutex:
    int next[2]{};             ///< the next band no one has taken
    int done[2]{};             ///< bands drawn (or failed)
    std::exception_ptr error;  ///< guarded by mutex
};

SharedViews::SharedViews(unsigned early_workers) : early_workers_(early_workers) {}

SharedViews::~SharedViews() = default;

SharedViews::Entry* SharedViews::find_entry(const ViewPose& pose) {
    const auto found = std::find_if(entries_.begin(), entries_.end(),
                                    [&](const Entry& e) { return e.pose == pose; });
    return found == entries_.end() ? nullptr : &*found;
}

SharedViews::Entry& SharedViews::entry(const ViewPose& pose) {
    if (Entry* found = find_entry(pose)) {
        const auto at = entries_.begin() + (found - entries_.data());
        std::rotate(at, at + 1, entries_.end());  // now the most recently asked
        return entries_.back();
    }
    if (entries_.size() >= views_kept) entries_.erase(entries_.begin());
    entries_.push_back(Entry{pose, {}, 0, {}, {}, {}, {}});
    return entries_.back();
}

std::shared_ptr<const ViewSetup> SharedViews::setup(const ViewPose& pose, const MakeSetup& make,
                                                    const void* renderer,
                                                    const std::function<void()>& meanwhile) {
    std::promise<std::shared_ptr<const ViewSetup>> promise;
    std::promise<std::shared_ptr<const LabelSides>> sides_promise;  // when this is the first
    std::shared_future<std::shared_ptr<const LabelSides>> first_sides;
    bool is_first = false;
    std::uint64_t maker = 0;
    {
        std::unique_lock lock(mutex_);
        Entry& e = entry(pose);
        if (std::find(e.renderers.begin(), e.renderers.end(), renderer) == e.renderers.end()) {
            e.renderers.push_back(renderer);
        }
        if (auto held = e.made.lock()) return held;
        if (e.making.valid()) {
            const auto making = e.making;
            lock.unlock();  // another renderer is making it
            if (early_workers_ > 0 && meanwhile) {
                try {
                    meanwhile();
                } catch (...) {
                    // Only a head start: static_layer reports a layer that cannot be drawn.
                }
            }
            return making.get();
        }
        e.making = promise.get_future().share();
        e.maker = maker = ++calls_;
        is_first = !first_sides_.valid();
        if (is_first) first_sides_ = sides_promise.get_future().share();
        first_sides = first_sides_;
    }
    try {
        // A later view waits for the first one's label sides (every renderer makes it first).
        const std::shared_ptr<const LabelSides> sides = is_first ? nullptr : first_sides.get();
        auto made = std::make_shared<const ViewSetup>(make(sides.get()));
        if (is_first)
            sides_promise.set_value(std::make_shared<const LabelSides>(made->label_sides));
        promise.set_value(made);
        keep_made(pose, maker, made);
        return made;
    } catch (...) {
        if (is_first) sides_promise.set_exception(std::current_exception());
        promise.set_exception(std::current_exception());
        forget_failed(pose, maker, is_first);
        throw;
    }
}

void SharedViews::keep_made(const ViewPose& pose, std::uint64_t maker,
                            const std::shared_ptr<const ViewSetup>& made) {
    const std::lock_guard lock(mutex_);
    if (Entry* e = find_entry(pose); e != nullptr && e->maker == maker) {
        e->made = made;
        e->making = {};
    }
}

void SharedViews::forget_failed(const ViewPose& pose, std::uint64_t maker, bool was_first) {
    const std::lock_guard lock(mutex_);
    if (Entry* e = find_entry(pose); e != nullptr && e->maker == maker) e->making = {};
    if (was_first) first_sides_ = {};
}

void SharedViews::draw_bands(StaticLayer& layer, int part, const DrawBand& draw, bool wait) {
    std::unique_lock lock(layer.mutex);
    while (layer.next[part] < layer.bands && !layer.error) {
        const int band = layer.next[part]++;
        lock.unlock();
        std::exception_ptr failed;
        try {
            layer.draw_band(band, draw);
            ++bands_drawn_;
        } catch (...) {
            failed = std::current_exception();
        }
        lock.lock();
        if (failed && !layer.error) layer.error = failed;
        ++layer.done[part];
        layer.changed.notify_all();
    }
    if (!wait) return;
    // Every band is taken: wait for those other threads are drawing.
    layer.changed.wait(lock, [&] { return layer.done[part] == layer.next[part] || layer.error; });
    if (layer.error) std::rethrow_exception(layer.error);
}

std::shared_ptr<SharedViews::StaticLayer> SharedViews::layer_of(Entry& e, int width, int height,
                                                                unsigned workers) {
    std::shared_ptr<StaticLayer> layer = e.layer.lock();
    if (!layer) {
        const int renderers =
            std::max(static_cast<int>(e.renderers.size()), static_cast<int>(workers));
        const int bands = renderers > 1 ? std::min(bands_per_renderer * renderers, max_bands) : 1;
        layer = std::make_shared<StaticLayer>(width, height, bands);
        e.layer = layer;
    }
    return layer;
}

void SharedViews::draw_base_early(const ViewPose& pose, int width, int height,
                                  const DrawBand& base) {
    std::shared_ptr<StaticLayer> layer;
    {
        const std::lock_guard lock(mutex_);
        Entry* e = find_entry(pose);
        if (e == nullptr || !e->making.valid()) return;  // pushed out, or made meanwhile
        layer = layer_of(*e, width, height, early_workers_);
        e->early = layer;
    }
    draw_bands(*layer, 0, base, false);
}

cairo_surface_t* SharedViews::static_layer(const ViewPose& pose, int width, int height,
                                           const DrawBand& base, const DrawBand& overlay) {
    std::shared_ptr<StaticLayer> layer;
    {
        const std::lock_guard lock(mutex_);
        Entry& e = entry(pose);
        layer = layer_of(e, width, height);
        e.early.reset();  // held by those that ask for it now
    }
    // The overlay goes over the base: every band's base first.
    draw_bands(*layer, 0, base, true);
    draw_bands(*layer, 1, overlay, true);
    cairo_surface_t* surface = layer->view();
    // The surface keeps the shared pixels alive.
    auto* keep = new std::shared_ptr<StaticLayer>(std::move(layer));
    const auto release = [](void* p) { delete static_cast<std::shared_ptr<StaticLayer>*>(p); };
    if (cairo_surface_set_user_data(surface, &layer_key, keep, release) != CAIRO_STATUS_SUCCESS) {
        delete keep;
        cairo_surface_destroy(surface);
        throw_unless_drawn(CAIRO_STATUS_NO_MEMORY);
    }
    return surface;
}

}  // namespace gt
