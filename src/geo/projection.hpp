#pragma once
// PROJ: lon/lat (WGS84) to a map CRS and back. One Projection owns its own PJ_CONTEXT, so each
// thread makes its own (PROJ objects must not be shared between threads).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scenario/model.hpp"

struct pj_ctx;
struct PJconsts;

namespace gt {

struct XY {
    double x = 0;
    double y = 0;
};

class Projection {
public:
    /// @param crs anything PROJ accepts: "EPSG:3857", a PROJ string, WKT.
    /// @throws CrsError (an Error) with PROJ's own message when PROJ rejects it.
    explicit Projection(const std::string& crs);
    ~Projection();
    Projection(Projection&&) noexcept;
    Projection& operator=(Projection&&) noexcept;
    Projection(const Projection&) = delete;
    Projection& operator=(const Projection&) = delete;

    /// nullopt when the point has no image in this projection.
    [[nodiscard]] std::optional<XY> forward(LonLat p) const;
    [[nodiscard]] std::optional<LonLat> inverse(XY p) const;
    /// Projects lon/lat in place (x = lon, y = lat); points without an image become NaN.
    void forward_in_place(std::vector<XY>& points) const;

    [[nodiscard]] const std::string& crs() const { return crs_; }
    /// The lon/lat box the CRS is declared usable in (EPSG definitions carry one); nullopt
    /// when it declares none, as PROJ strings do.
    [[nodiscard]] std::optional<Extent> area_of_use() const;

private:
    std::string crs_;
    pj_ctx* ctx_ = nullptr;
    PJconsts* pj_ = nullptr;
};

/// PROJ refused a CRS; what() is PROJ's message.
class CrsError : public Error {
public:
    using Error::Error;
};

/// A conformal projection centred on the extent: polar stereographic near a pole, Mercator
/// across the equator, Lambert conformal conic with standard parallels at 1/6 and 5/6 of the
/// latitude span elsewhere.
[[nodiscard]] std::string default_crs(const Extent& extent);

}  // namespace gt
