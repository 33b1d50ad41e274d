#pragma once
// What the map shows in one view of the camera: the view itself, the basemap at the detail and
// simplification that suit its scale, and the furniture measured in it (scale bar, north arrow,
// graticule, the view's outline on the inset). Frames that share a view share one ViewFrame.
#include <optional>

#include "render/scene.hpp"

namespace gt {

struct ViewFrame {
    MapView view;
    Basemap basemap;  ///< simplified to half a pixel of this view
    FurnitureGeometry furniture;
};

/// Makes the ViewFrames of one scene. PROJ objects must not be shared between threads, so each
/// thread that draws frames owns its own ViewFramer (with its own projections).
class ViewFramer {
  public:
    /// @pre `scene` outlives the framer.
    /// @throws CrsError when PROJ no longer accepts the scene's CRS (it did when the scene was
    /// made).
    explicit ViewFramer(const Scene& scene);

    /// The scene seen at `pose`.
    [[nodiscard]] ViewFrame frame(const ViewPose& pose) const;

  private:
    const Scene& scene_;
    Projection projection_;
    std::optional<Projection> inset_projection_;
};

}  // namespace gt
