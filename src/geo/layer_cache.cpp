#include "geo/layer_cache.hpp"

#include <proj.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

#include "common/atomic_file.hpp"
#include "common/loaded_file.hpp"
#include "gdal/gdal_reader.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// Raised whenever the layout of an entry changes.
constexpr std::uint32_t entry_format = 1;
constexpr char entry_magic[4] = {'G', 'T', 'L', 'C'};
/// The bytes of a feature with empty texts and no lines: four counts.
constexpr std::size_t smallest_feature = 4 * sizeof(std::uint64_t);

/// A file's size and modification time: what changes when it is rebuilt.
std::string identity_of(const fs::path& file) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec) return "none";
    const auto time = fs::last_write_time(file, ec).time_since_epoch().count();
    return std::to_string(size) + " " + std::to_string(time);
}

/// The file this code was loaded from: the core library.
fs::path code_file() { return loaded_file(reinterpret_cast<const void*>(&code_file)); }

std::string exact(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    return buffer;
}

/// FNV-1a: names an entry by its key; the key inside the entry settles any collision.
std::string digest(const std::string& text) {
    std::uint64_t h = 14695981039346656037ULL;
    for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

/// An entry's name, layer-<16 hex digits>.bin, optionally after a dot and before
/// .partial-<process>-<thread> (one being written, see write_atomically).
bool is_entry_name(std::string name) {
    if (!name.empty() && name.front() == '.') {
        const std::size_t partial = name.find(".partial-");
        if (partial == std::string::npos) return false;
        const std::string writer = name.substr(partial + 9);
        if (writer.empty() || writer.find_first_not_of("0123456789-") != std::string::npos) {
            return false;
        }
        name = name.substr(1, partial - 1);
    }
    return name.size() == 26 && name.compare(0, 6, "layer-") == 0 &&
           name.find_first_not_of("0123456789abcdef", 6) == 22 && name.compare(22, 4, ".bin") == 0;
}

class Writer {
  public:
    template <class T>
    void plain(T v) {
        bytes_.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    void text(const std::string& s) {
        plain<std::uint64_t>(s.size());
        bytes_ += s;
    }
    void points(const std::vector<XY>& line) {
        plain<std::uint64_t>(line.size());
        bytes_.append(reinterpret_cast<const char*>(line.data()), line.size() * sizeof(XY));
    }
    void lines(const std::vector<std::vector<XY>>& all) {
        plain<std::uint64_t>(all.size());
        for (const auto& line : all) points(line);
    }
    [[nodiscard]] const std::string& bytes() const { return bytes_; }

  private:
    std::string bytes_;
};

/// Reads what Writer wrote; every count is checked against what is left, so a cut or foreign
/// file fails instead of allocating or reading past its end.
class Reader {
  public:
    explicit Reader(const std::string& bytes) : bytes_(bytes) {}

    template <class T>
    bool plain(T& v) {
        if (bytes_.size() - at_ < sizeof v) return false;
        std::memcpy(&v, bytes_.data() + at_, sizeof v);
        at_ += sizeof v;
        return true;
    }
    bool text(std::string& s) {
        std::uint64_t n = 0;
        if (!plain(n) || n > bytes_.size() - at_) return false;
        s.assign(bytes_.data() + at_, n);
        at_ += n;
        return true;
    }
    bool points(std::vector<XY>& line) {
        std::uint64_t n = 0;
        if (!plain(n) || n > (bytes_.size() - at_) / sizeof(XY)) return false;
        line.resize(n);
        std::memcpy(line.data(), bytes_.data() + at_, n * sizeof(XY));
        at_ += n * sizeof(XY);
        return true;
    }
    bool lines(std::vector<std::vector<XY>>& all) {
        std::uint64_t n = 0;
        if (!plain(n) || n > (bytes_.size() - at_) / sizeof(std::uint64_t)) return false;
        all.resize(n);
        return std::all_of(all.begin(), all.end(), [&](auto& line) { return points(line); });
    }
    [[nodiscard]] bool at_end() const { return at_ == bytes_.size(); }
    [[nodiscard]] std::size_t left() const { return bytes_.size() - at_; }

  private:
    const std::string& bytes_;
    std::size_t at_ = 0;
};

std::string encode(const LayerKey& key, const std::vector<Feature>& features) {
    Writer w;
    for (const char c : entry_magic) w.plain(c);
    w.plain(entry_format);
    w.text(key.text);
    w.plain<std::uint64_t>(features.size());
    for (const Feature& f : features) {
        w.text(f.name);
        w.text(f.code);
        w.lines(f.rings);
        w.lines(f.outlines);
    }
    return w.bytes();
}

std::optional<std::vector<Feature>> decode(const LayerKey& key, const std::string& bytes) {
    Reader r(bytes);
    char magic[4];
    for (char& c : magic) {
        if (!r.plain(c)) return std::nullopt;
    }
    std::uint32_t format = 0;
    std::string stored_key;
    std::uint64_t count = 0;
    if (std::memcmp(magic, entry_magic, 4) != 0 || !r.plain(format) || format != entry_format ||
        !r.text(stored_key) || stored_key != key.text || !r.plain(count) ||
        count > r.left() / smallest_feature) {
        return std::nullopt;
    }
    std::vector<Feature> features(count);
    for (Feature& f : features) {
        if (!r.text(f.name) || !r.text(f.code) || !r.lines(f.rings) || !r.lines(f.outlines)) {
            return std::nullopt;
        }
    }
    if (!r.at_end()) return std::nullopt;
    return features;
}

}  // namespace

namespace {

/// The code that reads layers (the core library, the GDAL library and PROJ) and the basemap
/// file, as the first lines of a key.
std::string code_and_basemap(const fs::path& gpkg) {
    std::error_code ec;
    const fs::path basemap = fs::absolute(gpkg, ec);
    std::ostringstream key;
    key << "code " << identity_of(code_file()) << " " << identity_of(gdal_library_file())
        << "\nproj " << identity_of(loaded_file(reinterpret_cast<const void*>(&proj_trans)))
        << "\nbasemap " << basemap.string() << " "
        << identity_of(basemap)
        // SQLite keeps a GeoPackage's recent changes beside it until they are checkpointed.
        << " wal " << identity_of(basemap.string() + "-wal") << " journal "
        << identity_of(basemap.string() + "-journal") << "\n";
    return key.str();
}

}  // namespace

LayerKey LayerKey::of(const fs::path& gpkg, const std::string& layer, const Projection& projection,
                      const std::vector<Extent>& boxes, double tolerance) {
    std::ostringstream key;
    key << code_and_basemap(gpkg) << "layer " << layer << "\ncrs " << projection.crs() << "\nboxes";
    for (const Extent& b : boxes) {
        key << " " << exact(b.west) << " " << exact(b.south) << " " << exact(b.east) << " "
            << exact(b.north);
    }
    key << "\ntolerance " << exact(tolerance) << "\n";
    return {key.str()};
}

fs::path LayerCache::entry_path(const LayerKey& key) const {
    return folder_ / ("layer-" + digest(key.text) + ".bin");
}

bool LayerCache::usable() const {
    // The GDAL library's own file is part of every key: without it beside the core library,
    // whatever reads layers is not known, and nothing is kept or taken.
    return !folder_.empty() && !gdal_library_file().empty();
}

std::optional<std::vector<Feature>> LayerCache::find(const LayerKey& key) const noexcept {
    try {
        return find_entry(key);
    } catch (...) {  // out of memory for a damaged count, a file system gone: not there
        return std::nullopt;
    }
}

std::optional<std::vector<Feature>> LayerCache::find_entry(const LayerKey& key) const {
    if (!usable()) return std::nullopt;
    const fs::path path = entry_path(key);
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto features = decode(key, bytes);
    if (features) {
        // Marks it used: the least recently used entries are the ones removed.
        std::error_code ec;
        fs::last_write_time(path, fs::file_time_type::clock::now(), ec);
    }
    return features;
}

void LayerCache::store(const LayerKey& key, const std::vector<Feature>& features) const noexcept {
    try {
        store_entry(key, features);
    } catch (...) {  // a cache that cannot be written is not used
    }
}

void LayerCache::store_entry(const LayerKey& key, const std::vector<Feature>& features) const {
    if (!usable()) return;
    write_atomically(entry_path(key), [&](const fs::path& partial) {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        const std::string bytes = encode(key, features);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush()) throw RuntimeError(partial.string() + ": cannot write");
    });
    remove_oldest();
}

void LayerCache::remove_oldest() const {
    std::error_code ec;
    std::vector<std::pair<fs::file_time_type, fs::path>> entries;
    for (const auto& e : fs::directory_iterator(folder_, ec)) {
        const std::string name = e.path().filename().string();
        if (!is_entry_name(name)) continue;  // not ours: never touched
        std::error_code time_ec;
        const auto time = e.last_write_time(time_ec);
        // A temporary file of another render is left to it unless it is an hour old (its render
        // was killed).
        const bool temporary = name.front() == '.';
        if (temporary &&
            (time_ec || fs::file_time_type::clock::now() - time < std::chrono::hours(1)))
            continue;
        if (temporary) {
            fs::remove(e.path(), time_ec);
            continue;
        }
        if (!time_ec) entries.emplace_back(time, e.path());
    }
    if (entries.size() <= max_entries) return;
    std::sort(entries.begin(), entries.end());
    for (std::size_t i = 0; i + max_entries < entries.size(); ++i)
        fs::remove(entries[i].second, ec);
}

std::vector<Feature> LayerCache::layer(const fs::path& gpkg, const std::string& layer,
                                       const Projection& projection,
                                       const std::vector<Extent>& boxes, double tolerance) const {
    if (!usable()) return load_layer(gpkg, layer, projection, boxes, tolerance);
    const LayerKey key = LayerKey::of(gpkg, layer, projection, boxes, tolerance);
    if (auto kept = find(key)) return std::move(*kept);
    std::vector<Feature> features = load_layer(gpkg, layer, projection, boxes, tolerance);
    store(key, features);
    return features;
}

std::vector<std::string> LayerCache::country_names(const fs::path& gpkg) const {
    if (!usable()) return basemap_country_names(gpkg);
    const LayerKey key{code_and_basemap(gpkg) + "country names\n"};
    std::vector<std::string> names;
    if (const auto kept = find(key)) {
        for (const Feature& f : *kept) names.push_back(f.name);
        return names;
    }
    names = basemap_country_names(gpkg);
    std::vector<Feature> named;  // an entry of features that have a name and nothing else
    for (const std::string& name : names) named.push_back(Feature{name, "", {}, {}});
    store(key, named);
    return names;
}

fs::path cache_folder_from_environment() {
    if (const char* own = std::getenv("GEOTIMELINE_CACHE")) {
        const std::string value = own;
        if (value.empty() || value == "off") return {};
        return value;
    }
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
        return fs::path(xdg) / "geotimeline";
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
        return fs::path(home) / ".cache" / "geotimeline";
    }
    return {};
}

}  // namespace gt
