#include "geo/layer_cache.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <thread>

#include "cli/app.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

const std::vector<Extent> sea_of_japan{{124, 38, 138, 49}};

bool same_points(const std::vector<std::vector<XY>>& a, const std::vector<std::vector<XY>>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].size() != b[i].size()) return false;
        for (std::size_t k = 0; k < a[i].size(); ++k) {
            // Bit for bit: a cached layer must draw the very pixels a fresh one does.
            if (a[i][k].x != b[i][k].x || a[i][k].y != b[i][k].y) return false;
        }
    }
    return true;
}

void expect_same(const std::vector<Feature>& a, const std::vector<Feature>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].name, b[i].name);
        EXPECT_EQ(a[i].code, b[i].code);
        EXPECT_TRUE(same_points(a[i].rings, b[i].rings)) << a[i].name;
        EXPECT_TRUE(same_points(a[i].outlines, b[i].outlines)) << a[i].name;
    }
}

std::vector<fs::path> entries(const fs::path& folder) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(folder)) out.push_back(e.path());
    return out;
}

/// Sets an environment variable for the life of the object, then puts back what was there.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value != nullptr)
            setenv(name, value, 1);
        else
            unsetenv(name);
    }
    ~ScopedEnv() {
        if (old_)
            setenv(name_, old_->c_str(), 1);
        else
            unsetenv(name_);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace

TEST(LayerCache, GivesBackExactlyWhatGdalRead) {
    const test::TempDir dir;
    const LayerCache cache(dir.path() / "cache");
    const Projection projection("EPSG:3857");
    const fs::path gpkg = default_paths().basemap;
    const std::vector<Feature> read = load_layer(gpkg, "countries_10m", projection, sea_of_japan);
    ASSERT_FALSE(read.empty());

    expect_same(cache.layer(gpkg, "countries_10m", projection, sea_of_japan), read);  // kept
    ASSERT_EQ(entries(dir.path() / "cache").size(), 1U);
    const auto kept = cache.find(LayerKey::of(gpkg, "countries_10m", projection, sea_of_japan, 0));
    ASSERT_TRUE(kept.has_value());
    expect_same(*kept, read);
    expect_same(cache.layer(gpkg, "countries_10m", projection, sea_of_japan), read);  // found
    EXPECT_EQ(entries(dir.path() / "cache").size(), 1U);
}

TEST(LayerCache, KeysDifferInEverythingTheLayerDependsOn) {
    const test::TempDir dir;
    const fs::path gpkg = dir.path() / "basemap.gpkg";
    fs::copy_file(default_paths().basemap, gpkg);
    const Projection mercator("EPSG:3857");
    const Projection lambert(default_crs(sea_of_japan[0]));
    const std::string base = LayerKey::of(gpkg, "land_10m", mercator, sea_of_japan, 0).text;
    EXPECT_NE(LayerKey::of(gpkg, "land_50m", mercator, sea_of_japan, 0).text, base);
    EXPECT_NE(LayerKey::of(gpkg, "land_10m", lambert, sea_of_japan, 0).text, base);
    EXPECT_NE(LayerKey::of(gpkg, "land_10m", mercator, {{124, 38, 138, 49.5}}, 0).text, base);
    EXPECT_NE(LayerKey::of(gpkg, "land_10m", mercator, sea_of_japan, 0.5).text, base);
    // A rebuilt basemap: same path, another modification time.
    fs::last_write_time(gpkg, fs::last_write_time(gpkg) + std::chrono::seconds(1));
    EXPECT_NE(LayerKey::of(gpkg, "land_10m", mercator, sea_of_japan, 0).text, base);
}

TEST(LayerCache, AKeyIsTheSameOnEveryThreadAndEveryTime) {
    // A render works the keys of its layers out on three threads at once, and a key that comes
    // out differently once is a miss: nothing in it may depend on the thread or the moment.
    const fs::path gpkg = default_paths().basemap;
    const Projection projection("EPSG:3857");
    const std::string expected = LayerKey::of(gpkg, "land_10m", projection, sea_of_japan, 0).text;
    std::vector<std::string> seen(4 * 50);
    {
        std::vector<std::jthread> threads;
        for (std::size_t t = 0; t < 4; ++t) {
            threads.emplace_back([&, t, own = projection.clone()] {
                for (std::size_t i = 0; i < 50; ++i) {
                    seen[t * 50 + i] = LayerKey::of(gpkg, "land_10m", own, sea_of_japan, 0).text;
                }
            });
        }
    }
    for (const std::string& key : seen) EXPECT_EQ(key, expected);
}

TEST(LayerCache, AnEntryCutShortIsReadAgainFromTheBasemap) {
    const test::TempDir dir;
    const LayerCache cache(dir.path());
    const Projection projection("EPSG:3857");
    const fs::path gpkg = default_paths().basemap;
    const std::vector<Feature> read = cache.layer(gpkg, "land_10m", projection, sea_of_japan);
    const fs::path entry = entries(dir.path()).at(0);
    const auto full = fs::file_size(entry);
    fs::resize_file(entry, full / 2);  // a disk that filled up, or a killed writer
    EXPECT_FALSE(cache.find(LayerKey::of(gpkg, "land_10m", projection, sea_of_japan, 0)));
    expect_same(cache.layer(gpkg, "land_10m", projection, sea_of_japan), read);
    EXPECT_EQ(fs::file_size(entry), full);  // written whole again

    std::ofstream(entry, std::ios::binary | std::ios::trunc) << "not an entry";
    EXPECT_FALSE(cache.find(LayerKey::of(gpkg, "land_10m", projection, sea_of_japan, 0)));
}

TEST(LayerCache, AnEntryUnderAnotherKeyIsNotTaken) {
    const test::TempDir dir;
    const LayerCache cache(dir.path());
    const Feature square{"Square", "1", {{{0, 0}, {1, 0}, {1, 1}}}, {}};
    cache.store(LayerKey{"one"}, {square});
    const fs::path entry = entries(dir.path()).at(0);
    cache.store(LayerKey{"two"}, {square});
    // The entry of "one" put where "two" is looked for: as after a collision of names.
    const fs::path two =
        entries(dir.path()).at(0) == entry ? entries(dir.path()).at(1) : entries(dir.path()).at(0);
    fs::copy_file(entry, two, fs::copy_options::overwrite_existing);
    EXPECT_FALSE(cache.find(LayerKey{"two"}));
    ASSERT_TRUE(cache.find(LayerKey{"one"}));
    EXPECT_EQ(cache.find(LayerKey{"one"})->at(0).name, "Square");
}

TEST(LayerCache, KeepsOnlyTheMostRecentlyUsedEntries) {
    const test::TempDir dir;
    const LayerCache cache(dir.path());
    const Feature square{"Square", "1", {{{0, 0}, {1, 0}, {1, 1}}}, {}};
    const auto old = fs::file_time_type::clock::now() - std::chrono::hours(2);
    for (std::size_t i = 0; i < LayerCache::max_entries; ++i) {
        cache.store(LayerKey{"entry " + std::to_string(i)}, {square});
    }
    // A user's files in a shared folder, however old, are never removed.
    for (const char* theirs : {"layer-notes.txt", "layer-0123456789abcdef.bin.bak"}) {
        std::ofstream(dir.path() / theirs) << "mine";
    }
    for (const fs::path& e : entries(dir.path())) fs::last_write_time(e, old);
    ASSERT_TRUE(cache.find(LayerKey{"entry 0"}));  // used: now the most recent
    cache.store(LayerKey{"one more"}, {square});
    EXPECT_EQ(entries(dir.path()).size(), LayerCache::max_entries + 2);
    EXPECT_TRUE(fs::exists(dir.path() / "layer-notes.txt"));
    EXPECT_TRUE(fs::exists(dir.path() / "layer-0123456789abcdef.bin.bak"));
    EXPECT_TRUE(cache.find(LayerKey{"entry 0"}));
    EXPECT_TRUE(cache.find(LayerKey{"one more"}));
}

TEST(LayerCache, KeepsTheCountryNames) {
    const test::TempDir dir;
    const LayerCache cache(dir.path());
    const fs::path gpkg = default_paths().basemap;
    const std::vector<std::string> read = basemap_country_names(gpkg);
    ASSERT_GT(read.size(), 200U);
    EXPECT_EQ(cache.country_names(gpkg), read);  // kept
    ASSERT_EQ(entries(dir.path()).size(), 1U);
    EXPECT_EQ(cache.country_names(gpkg), read);  // found
    EXPECT_EQ(entries(dir.path()).size(), 1U);
    // Kept apart from the layers of the same basemap.
    const Projection projection("EPSG:3857");
    (void)cache.layer(gpkg, "land_110m", projection, sea_of_japan);
    EXPECT_EQ(entries(dir.path()).size(), 2U);
    EXPECT_EQ(cache.country_names(gpkg), read);
}

TEST(LayerCache, AWriteLeftHalfDoneIsRemovedOnlyOnceItIsOld) {
    const test::TempDir dir;
    const LayerCache cache(dir.path());
    const fs::path killed = dir.path() / ".layer-0123456789abcdef.bin.partial-12-34";
    const fs::path writing = dir.path() / ".layer-fedcba9876543210.bin.partial-56-78";
    std::ofstream(killed) << "half";
    std::ofstream(writing) << "half";
    fs::last_write_time(killed, fs::file_time_type::clock::now() - std::chrono::hours(2));
    cache.store(LayerKey{"one"}, {});
    EXPECT_FALSE(fs::exists(killed));  // its writer was killed: nobody will finish it
    EXPECT_TRUE(fs::exists(writing));  // another render may still be writing it
    EXPECT_TRUE(cache.find(LayerKey{"one"}));
}

TEST(LayerCache, WithoutAFolderNothingIsKept) {
    const LayerCache none;
    none.store(LayerKey{"one"}, {});
    EXPECT_FALSE(none.find(LayerKey{"one"}));
    const Projection projection("EPSG:3857");
    EXPECT_FALSE(
        none.layer(default_paths().basemap, "land_110m", projection, sea_of_japan).empty());
}

TEST(LayerCache, AFolderThatCannotBeWrittenGoesUnused) {
    const test::TempDir dir;
    std::ofstream(dir.path() / "a-file") << "not a folder";
    const LayerCache cache(dir.path() / "a-file" / "cache");
    const Projection projection("EPSG:3857");
    const fs::path gpkg = default_paths().basemap;
    expect_same(cache.layer(gpkg, "land_110m", projection, sea_of_japan),
                load_layer(gpkg, "land_110m", projection, sea_of_japan));
    EXPECT_FALSE(cache.find(LayerKey::of(gpkg, "land_110m", projection, sea_of_japan, 0)));
}

TEST(LayerCache, FolderComesFromTheEnvironment) {
    const ScopedEnv home("HOME", "/home/analyst");
    {
        const ScopedEnv own("GEOTIMELINE_CACHE", "/tmp/maps-cache");
        EXPECT_EQ(cache_folder_from_environment(), fs::path("/tmp/maps-cache"));
    }
    {
        const ScopedEnv own("GEOTIMELINE_CACHE", "off");
        EXPECT_TRUE(cache_folder_from_environment().empty());
    }
    const ScopedEnv own("GEOTIMELINE_CACHE", nullptr);
    {
        const ScopedEnv xdg("XDG_CACHE_HOME", "/var/cache/analyst");
        EXPECT_EQ(cache_folder_from_environment(), fs::path("/var/cache/analyst/geotimeline"));
    }
    const ScopedEnv xdg("XDG_CACHE_HOME", nullptr);
    EXPECT_EQ(cache_folder_from_environment(), fs::path("/home/analyst/.cache/geotimeline"));
}

}  // namespace gt
