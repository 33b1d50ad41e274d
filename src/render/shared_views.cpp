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
/// Bands per renderer: enough that one arriving late still finds some, few enough that the
/// basemap's paths, gone through once per band, cost little more (8 bands: 18 ms against 17).
constexpr int bands_per_renderer = 4;

/// Cairo tells user data apart by the address of a key.
const cairo_user_data_key_t layer_key{};

}  // namespace

struct SharedViews::StaticLayer {
    StaticLayer(int w, int h, int band_count)
        : pixels(create_frame_surface(CAIRO_FORMAT_RGB24, w, h)),
          width(w),
          height(h),
          bands(band_count) {
        if (cairo_surface_status(pixels) != CAIRO_STATUS_SUCCESS) {
            const std::string why = cairo_status_to_string(cairo_surface_status(pixels));
            cairo_surface_destroy(pixels);
            throw RuntimeError("static layer: cannot draw: " + why);
        }
        data = cairo_image_surface_get_data(pixels);
        stride = cairo_image_surface_get_stride(pixels);
    }
    ~StaticLayer() { cairo_surface_destroy(pixels); }
    StaticLayer(const StaticLayer&) = delete;
    StaticLayer& operator=(const StaticLayer&) = delete;

    /// An image surface of its own over the pixels (cairo surfaces are not shared between
    /// threads).
    [[nodiscard]] cairo_surface_t* view() const {
        return cairo_image_surface_create_for_data(data, CAIRO_FORMAT_RGB24, width, height, stride);
    }

    cairo_surface_t* pixels;  ///< owns the memory; only its pixels are used
    unsigned char* data = nullptr;
    int stride = 0;
    const int width;
    const int height;
    const int bands;
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0;              ///< the next band no one has taken; guarded by mutex
    int done = 0;              ///< bands drawn (or failed); guarded by mutex
    std::exception_ptr error;  ///< guarded by mutex
};

SharedViews::SharedViews(unsigned renderers)
    : bands_(renderers > 1 ? bands_per_renderer * static_cast<int>(renderers) : 1) {}

SharedViews::~SharedViews() = default;

SharedViews::Entry& SharedViews::entry(const ViewPose& pose) {
    const auto found = std::find_if(entries_.begin(), entries_.end(),
                                    [&](const Entry& e) { return e.pose == pose; });
    if (found != entries_.end()) {
        std::rotate(found, found + 1, entries_.end());  // now the most recently asked
        return entries_.back();
    }
    if (entries_.size() >= views_kept) entries_.erase(entries_.begin());
    entries_.push_back(Entry{pose, {}, {}});
    return entries_.back();
}

std::shared_ptr<const ViewSetup> SharedViews::setup(const ViewPose& pose, const MakeSetup& make) {
    std::promise<std::shared_ptr<const ViewSetup>> promise;
    const std::shared_future<std::shared_ptr<const ViewSetup>> mine = promise.get_future().share();
    std::shared_future<std::shared_ptr<const ViewSetup>> first;
    bool is_first = false;
    {
        std::unique_lock lock(mutex_);
        Entry& e = entry(pose);
        if (e.setup.valid()) {
            const auto made = e.setup;
            lock.unlock();  // another renderer may still be making it
            return made.get();
        }
        e.setup = mine;
        is_first = !first_.valid();
        if (is_first) first_ = mine;
        first = first_;
    }
    try {
        // A later view waits for the first one's label sides (every renderer makes it first).
        const std::shared_ptr<const ViewSetup> first_setup = is_first ? nullptr : first.get();
        auto made = std::make_shared<const ViewSetup>(make(first_setup.get()));
        promise.set_value(made);
        return made;
    } catch (...) {
        promise.set_exception(std::current_exception());
        // Forgotten, so that the next frame tries again, as a renderer of its own would.
        const std::lock_guard lock(mutex_);
        for (Entry& e : entries_) {
            if (e.pose == pose) e.setup = {};
        }
        if (is_first) first_ = {};
        throw;
    }
}

void SharedViews::draw_bands(StaticLayer& layer, const DrawBand& draw) {
    std::unique_lock lock(layer.mutex);
    while (layer.next < layer.bands && !layer.error) {
        const int band = layer.next++;
        lock.unlock();
        std::exception_ptr failed;
        try {
            cairo_surface_t* target = layer.view();
            cairo_t* cr = cairo_create(target);
            const int y0 = layer.height * band / layer.bands;
            const int y1 = layer.height * (band + 1) / layer.bands;
            // Whole rows: inside, the pixels are those of the layer drawn whole.
            cairo_rectangle(cr, 0, y0, layer.width, y1 - y0);
            cairo_clip(cr);
            try {
                draw(cr);
            } catch (...) {
                cairo_destroy(cr);
                cairo_surface_destroy(target);
                throw;
            }
            const cairo_status_t status = cairo_status(cr);
            cairo_destroy(cr);
            cairo_surface_flush(target);
            cairo_surface_destroy(target);
            if (status != CAIRO_STATUS_SUCCESS) {
                throw RuntimeError(std::string("static layer: cannot draw: ") +
                                   cairo_status_to_string(status));
            }
        } catch (...) {
            failed = std::current_exception();
        }
        lock.lock();
        if (failed && !layer.error) layer.error = failed;
        ++layer.done;
        layer.changed.notify_all();
    }
    layer.changed.wait(lock, [&] { return layer.done == layer.next || layer.error; });
    if (layer.error) std::rethrow_exception(layer.error);
}

cairo_surface_t* SharedViews::static_layer(const ViewPose& pose, int width, int height,
                                           const DrawBand& draw) {
    std::shared_ptr<StaticLayer> layer;
    {
        const std::lock_guard lock(mutex_);
        Entry& e = entry(pose);
        layer = e.layer.lock();
        if (!layer) {
            layer = std::make_shared<StaticLayer>(width, height, bands_);
            e.layer = layer;
        }
    }
    draw_bands(*layer, draw);
    cairo_surface_t* surface = layer->view();
    // The surface keeps the shared pixels alive.
    auto* keep = new std::shared_ptr<StaticLayer>(std::move(layer));
    const auto release = [](void* p) { delete static_cast<std::shared_ptr<StaticLayer>*>(p); };
    if (cairo_surface_set_user_data(surface, &layer_key, keep, release) != CAIRO_STATUS_SUCCESS) {
        delete keep;
        cairo_surface_destroy(surface);
        throw RuntimeError("static layer: cannot draw: out of memory");
    }
    return surface;
}

}  // namespace gt
