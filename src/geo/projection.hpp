#pragma once
// PROJ: lon/lat (WGS84) to a map CRS and back. One Projection owns its own PJ_CONTEXT, so each
// thread makes its own (PROJ objects must not be shared between threads).
#include <memory>
#include <mutex>
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
    /// @throws CrsError (an Error) with PROJ's own message when PROJ rejects it, and before
    ///         PROJ sees it when it names a file (crs_file_parameter). PROJ's network is off.
    explicit Projection(const std::string& crs);
    ~Projection();
    Projection(Projection&&) noexcept;
    Projection& operator=(Projection&&) noexcept;
    Projection(const Projection&) = delete;
    Projection& operator=(const Projection&) = delete;

    /// The same projection with its own PROJ context, for another thread (PROJ objects are not
    /// thread-safe). Takes about 0.1 ms where making one from a CRS other than default_crs's
    /// takes 6-25 ms of database lookups. Several threads may clone one projection at once.
    /// @throws CrsError with PROJ's message when PROJ cannot copy it.
    [[nodiscard]] Projection clone() const;

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
    Projection() = default;

    std::string crs_;
    mutable std::mutex clone_mutex_;  ///< clone() reads the PROJ object, one thread at a time
    pj_ctx* ctx_ = nullptr;
    PJconsts* pj_ = nullptr;
};

/// The first parameter in `crs` that names a file (+init=, +nadgrids=, +geoidgrids=, grids= of
/// hgridshift and the like, WKT's PARAMETERFILE, PROJJSON's "... file"), or nullopt. The built-in
/// "+nadgrids=@null" of web Mercator definitions names none.
[[nodiscard]] std::optional<std::string> crs_file_parameter(const std::string& crs);

/// PROJ refused a CRS; what() is PROJ's message.
class CrsError : public Error {
  public:
    using Error::Error;
};

/// PROJ's operation from WGS84 lon/lat to `crs` when `crs` is a PROJ string of the kind
/// default_crs writes (a Lambert conformal conic, Mercator or stereographic projection on WGS84,
/// in metres), else nullopt. It is the operation PROJ's database gives, without the 8 ms of
/// lookups that took; Projection uses it when there is one.
[[nodiscard]] std::optional<std::string> lon_lat_operation(const std::string& crs);

/// A conformal projection centred on the extent: polar stereographic near a pole, Mercator
/// across the equator, Lambert conformal conic with standard parallels at 1/6 and 5/6 of the
/// latitude span elsewhere.
[[nodiscard]] std::string default_crs(const Extent& extent);

}  // namespace gt
