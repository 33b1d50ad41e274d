#pragma once
// Furniture panels (title, legend, inset map, date, the timeline's fixed parts) look the same in
// most frames. On raster frames each is drawn once into an image just its size, with the boxes
// it keeps free of labels, and later frames paint that image: a frame's furniture was half its
// drawing time. Vector frames (SVG, PDF) draw everything each time.
#include <cairo.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "render/labels.hpp"

namespace gt {

/// How long a cached panel is kept.
enum class PanelLifetime {
    frame,  ///< until a frame does not draw it (what changes: the date, statements)
    view,   ///< until the view changes (the fixed furniture, drawn only into the base layer)
};

class PanelCache {
  public:
    PanelCache() = default;
    ~PanelCache();
    PanelCache(const PanelCache&) = delete;
    PanelCache& operator=(const PanelCache&) = delete;

    /// Draws on `cr` and blocks areas for labels in the placer it is given.
    using Drawing = std::function<void(cairo_t* cr, LabelPlacer& labels)>;

    /// Draws `drawing` on `cr` and blocks the boxes it blocks in `labels`. On an image target
    /// with no scaling and a whole-pixel translation it goes through the image cached under
    /// `key` (drawn first when missing); on any other target it is drawn directly. Either way
    /// `drawing` starts from Cairo's default line, dash and fill settings and leaves `cr`'s
    /// unchanged. Output does not depend on what is cached: a miss draws the image, then paints
    /// it, as a hit does.
    /// @pre `key` names all that `drawing` shows (the same key must always look the same);
    ///      `drawing` only blocks boxes in `labels`, never places labels.
    /// @returns where it painted (empty when off the target), or nullopt when drawn directly.
    /// @throws RuntimeError when Cairo cannot draw the panel's image.
    std::optional<Box> draw(cairo_t* cr, LabelPlacer& labels, const std::string& key,
                            const Drawing& drawing, PanelLifetime lifetime = PanelLifetime::frame);

    /// Starts a frame: panels kept for frames that the frame before did not use are dropped, so
    /// memory holds one frame's panels however long the timeline is.
    void start_frame();
    /// Drops every panel (the camera's view changed: the map's furniture did too).
    void clear();
    /// Panels held.
    [[nodiscard]] std::size_t size() const { return panels_.size(); }

  private:
    struct Panel {
        cairo_surface_t* image = nullptr;
        int x = 0;  ///< the image's top-left on the canvas, whole pixels
        int y = 0;
        std::vector<Box> blocked;  ///< what the drawing kept free of labels
        std::uint64_t used = 0;    ///< the last frame that painted it
        PanelLifetime lifetime = PanelLifetime::frame;
    };

    [[nodiscard]] Panel make_panel(const Drawing& drawing) const;

    std::unordered_map<std::string, Panel> panels_;
    std::uint64_t frame_ = 0;
};

}  // namespace gt
