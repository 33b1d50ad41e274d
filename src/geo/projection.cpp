#include "geo/projection.hpp"

#include <proj.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <sstream>

namespace gt {

namespace {
std::string proj_message(pj_ctx* ctx) {
    const int code = proj_context_errno(ctx);
    const char* text = proj_context_errno_string(ctx, code);
    return text != nullptr ? std::string(text) : std::string("unknown PROJ error");
}

std::string number(double v) {
    std::ostringstream s;
    s.precision(10);
    s << v;
    return s.str();
}
}  // namespace

namespace {

/// The parameters default_crs writes for each projection, each once and all of them.
std::vector<std::string> parameters_of(const std::string& projection) {
    if (projection == "lcc") return {"lat_0", "lon_0", "lat_1", "lat_2"};
    if (projection == "merc") return {"lon_0"};
    if (projection == "stere") return {"lat_0", "lon_0", "k"};
    return {};
}

/// `text` as a whole number of degrees or a scale; nullopt unless all of it is one.
std::optional<double> number_of(const std::string& text) {
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

}  // namespace

std::optional<std::string> crs_file_parameter(const std::string& crs) {
    std::string lower = crs;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // PROJ strings, WKT (PARAMETERFILE) and PROJJSON ("... file" parameters) alike.
    static const std::array<const char*, 9> kFileParameters{"init=",  "nadgrids",      "geoidgrids",
                                                            "grids=", "gridshift",     "tinshift",
                                                            "file=",  "parameterfile", "file\""};
    // The built-in null grid of web Mercator definitions names no file (alone: a list after it
    // would).
    const std::string null_grid = "+nadgrids=@null";
    for (auto at = lower.find(null_grid); at != std::string::npos;
         at = lower.find(null_grid, at + 1)) {
        const std::size_t end = at + null_grid.size();
        if (end == lower.size() || std::isspace(static_cast<unsigned char>(lower[end])) != 0) {
            lower.erase(at, null_grid.size());
        }
    }
    for (const char* parameter : kFileParameters) {
        if (lower.find(parameter) != std::string::npos) return std::string(parameter);
    }
    return std::nullopt;
}

std::optional<std::string> lon_lat_operation(const std::string& crs) {
    std::istringstream in(crs);
    std::string token;
    if (!(in >> token) || token.rfind("+proj=", 0) != 0) return std::nullopt;
    const std::string projection = token.substr(6);
    const std::vector<std::string> wanted = parameters_of(projection);
    if (wanted.empty()) return std::nullopt;
    std::map<std::string, std::string> values;  // parameter: its text, as given
    std::set<std::string> flags;
    while (in >> token) {
        const std::size_t equals = token.find('=');
        if (token.size() < 2 || token[0] != '+') return std::nullopt;
        const std::string key = token.substr(1, equals == std::string::npos ? equals : equals - 1);
        if (equals == std::string::npos) {
            if (!flags.insert(key).second) return std::nullopt;
        } else if (!values.emplace(key, token.substr(equals + 1)).second) {
            return std::nullopt;  // twice
        }
    }
    if (flags != std::set<std::string>{"no_defs"} && !flags.empty()) return std::nullopt;
    if (values["datum"] != "WGS84" || values["units"] != "m") return std::nullopt;
    values.erase("datum");
    values.erase("units");
    if (values.size() != wanted.size()) return std::nullopt;
    std::string step = "+proj=" + projection;
    for (const std::string& key : wanted) {
        const auto found = values.find(key);
        if (found == values.end()) return std::nullopt;
        const std::optional<double> value = number_of(found->second);
        if (!value) return std::nullopt;
        if (projection == "stere" && key == "lat_0" && std::abs(*value) != 90) return std::nullopt;
        step += " +" + key + "=" + found->second;
    }
    return "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step " + step +
           " +ellps=WGS84";
}

Projection::Projection(const std::string& crs) : crs_(crs) {
    if (const auto parameter = crs_file_parameter(crs)) {
        throw CrsError("CRS '" + crs + "' names a file ('" + *parameter +
                       "'): a scenario's CRS may not read grids or init files; write the "
                       "projection's own parameters, e.g. +proj=lcc +lat_1=30 +lat_2=60 "
                       "+lon_0=130 +datum=WGS84");
    }
    ctx_ = proj_context_create();
    proj_log_level(ctx_, PJ_LOG_NONE);
    proj_context_set_enable_network(ctx_, 0);
    const std::optional<std::string> pipeline = lon_lat_operation(crs);
    PJ* raw = pipeline ? proj_create(ctx_, pipeline->c_str())
                       : proj_create_crs_to_crs(ctx_, "EPSG:4326", crs.c_str(), nullptr);
    if (raw == nullptr) {
        const std::string message = proj_message(ctx_);
        proj_context_destroy(ctx_);
        throw CrsError("PROJ cannot use CRS '" + crs + "': " + message);
    }
    if (pipeline) {
        pj_ = raw;  // lon/lat in already
        return;
    }
    // Lon/lat in, easting/northing out, whatever axis order the CRS definitions declare.
    pj_ = proj_normalize_for_visualization(ctx_, raw);
    proj_destroy(raw);
    if (pj_ == nullptr) {
        const std::string message = proj_message(ctx_);
        proj_context_destroy(ctx_);
        throw CrsError("PROJ cannot use CRS '" + crs + "': " + message);
    }
}

Projection Projection::clone() const {
    const std::lock_guard lock(clone_mutex_);
    Projection copy;
    copy.crs_ = crs_;
    copy.ctx_ = proj_context_create();
    if (copy.ctx_ == nullptr) throw CrsError("PROJ cannot copy CRS '" + crs_ + "': out of memory");
    proj_log_level(copy.ctx_, PJ_LOG_NONE);
    proj_context_set_enable_network(copy.ctx_, 0);
    copy.pj_ = proj_clone(copy.ctx_, pj_);
    if (copy.pj_ == nullptr)
        throw CrsError("PROJ cannot copy CRS '" + crs_ + "': " + proj_message(copy.ctx_));
    return copy;
}

Projection::~Projection() {
    if (pj_ != nullptr) proj_destroy(pj_);
    if (ctx_ != nullptr) proj_context_destroy(ctx_);
}

Projection::Projection(Projection&& other) noexcept
    : crs_(std::move(other.crs_)), ctx_(other.ctx_), pj_(other.pj_) {
    other.ctx_ = nullptr;
    other.pj_ = nullptr;
}

Projection& Projection::operator=(Projection&& other) noexcept {
    std::swap(crs_, other.crs_);
    std::swap(ctx_, other.ctx_);
    std::swap(pj_, other.pj_);
    return *this;
}

std::optional<Extent> Projection::area_of_use() const {
    PJ* crs = proj_create(ctx_, crs_.c_str());
    if (crs == nullptr) {
        proj_context_errno(ctx_);
        return std::nullopt;
    }
    double west = 0, south = 0, east = 0, north = 0;
    const char* name = nullptr;
    const bool known = proj_get_area_of_use(ctx_, crs, &west, &south, &east, &north, &name) != 0;
    proj_destroy(crs);
    // PROJ answers -1000 for each bound it does not know.
    if (!known || west < -180 || south < -90 || east > 180 || north > 90) return std::nullopt;
    return Extent{west, south, east, north};
}

std::optional<XY> Projection::forward(LonLat p) const {
    PJ_COORD c = proj_coord(p.lon, p.lat, 0, 0);
    c = proj_trans(pj_, PJ_FWD, c);
    if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y) || c.xy.x == HUGE_VAL) {
        proj_errno_reset(pj_);
        return std::nullopt;
    }
    return XY{c.xy.x, c.xy.y};
}

std::optional<LonLat> Projection::inverse(XY p) const {
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    c = proj_trans(pj_, PJ_INV, c);
    if (!std::isfinite(c.lp.lam) || !std::isfinite(c.lp.phi) || c.lp.lam == HUGE_VAL) {
        proj_errno_reset(pj_);
        return std::nullopt;
    }
    return LonLat{c.lp.lam, c.lp.phi};
}

void Projection::forward_in_place(std::vector<XY>& points) const {
    if (points.empty()) return;
    proj_trans_generic(pj_, PJ_FWD, &points[0].x, sizeof(XY), points.size(), &points[0].y,
                       sizeof(XY), points.size(), nullptr, 0, 0, nullptr, 0, 0);
    proj_errno_reset(pj_);
    for (auto& p : points) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x == HUGE_VAL || p.y == HUGE_VAL) {
            p.x = p.y = std::numeric_limits<double>::quiet_NaN();
        }
    }
}

std::string default_crs(const Extent& extent) {
    const LonLat c = extent.centre();
    const double span = extent.north - extent.south;
    const std::string datum = " +datum=WGS84 +units=m +no_defs";
    if (extent.north > 80 || extent.south < -80 || std::abs(c.lat) > 70) {
        return "+proj=stere +lat_0=" + number(c.lat >= 0 ? 90 : -90) + " +lon_0=" + number(c.lon) +
               " +k=1" + datum;
    }
    if (extent.south < 0 && extent.north > 0) {
        return "+proj=merc +lon_0=" + number(c.lon) + datum;
    }
    return "+proj=lcc +lat_0=" + number(c.lat) + " +lon_0=" + number(c.lon) +
           " +lat_1=" + number(extent.south + span / 6) +
           " +lat_2=" + number(extent.north - span / 6) + datum;
}

}  // namespace gt
