// The GDAL library is loaded only when something must be read with GDAL: a render whose basemap
// layers are cached runs without it, and without it a render that needs it says what is wrong.
#include <gtest/gtest.h>

#include <algorithm>

#include "gdal/gdal_reader.hpp"
#include "support/test_support.hpp"

namespace gt {

namespace fs = std::filesystem;

namespace {

/// The program and the core library copied to `folder`, without the GDAL library beside them.
fs::path program_without_gdal(const fs::path& folder) {
    const fs::path core = fs::path(GEOTIMELINE_CORE_LIBRARY);
    fs::copy_file(test::program(), folder / "geotimeline");
    fs::copy_file(core, folder / core.filename());
    return folder / "geotimeline";
}

/// Renders the seed scenario's first frame with `program`, keeping basemap layers in `cache`,
/// with the dynamic loader naming every library it loads (LD_DEBUG=files) and the core library
/// looked for in the program's folder first; what the loader and the program said, together.
std::string render_first_frame(const fs::path& program, const fs::path& cache, const fs::path& out,
                               int* exit_code) {
    return test::capture("LD_DEBUG=files LD_LIBRARY_PATH='" + program.parent_path().string() +
                             "' GEOTIMELINE_CACHE='" + cache.string() + "' '" + program.string() +
                             "' render '" + test::scenario_file("korea-russia-2024").string() +
                             "' --frames 1:1 --out '" + out.string() + "' --quiet 2>&1",
                         exit_code);
}

bool loaded_gdal(const std::string& loader_says) {
    return loader_says.find("file=libgdal.so") != std::string::npos;
}

}  // namespace

TEST(GdalLoader, ARenderWithItsLayersCachedLoadsNoGdal) {
    const test::TempDir cache, cold, warm;
    int exit_code = -1;
    std::string said = render_first_frame(test::program(), cache.path(), cold.path(), &exit_code);
    ASSERT_EQ(exit_code, 0) << said;
    EXPECT_TRUE(loaded_gdal(said));  // the layers were read with GDAL, and kept
    said = render_first_frame(test::program(), cache.path(), warm.path(), &exit_code);
    ASSERT_EQ(exit_code, 0) << said;
    EXPECT_FALSE(loaded_gdal(said));
    EXPECT_EQ(test::file_hashes(test::chosen_folder(warm.path(), "korea-russia-2024")),
              test::file_hashes(test::chosen_folder(cold.path(), "korea-russia-2024")));
}

TEST(GdalLoader, WithoutItsGdalLibraryTheProgramSaysWhatToDo) {
    // LD_LIBRARY_PATH comes before a DT_RUNPATH (what Debian's linker writes), not a DT_RPATH.
    if (test::capture("readelf -d '" + test::program().string() + "'").find("(RUNPATH)") ==
        std::string::npos) {
        GTEST_SKIP() << "the program's RPATH would find the built core library first";
    }
    const test::TempDir lonely, cache, out;
    int exit_code = -1;
    const std::string said = render_first_frame(program_without_gdal(lonely.path()), cache.path(),
                                                out.path(), &exit_code);
    EXPECT_EQ(exit_code, 1) << said;
    EXPECT_NE(said.find("geotimeline: error: cannot load the GDAL part of geotimeline, which "
                        "reads the basemap and track files: libgeotimeline_gdal.so: cannot open "
                        "shared object file"),
              std::string::npos)
        << said;
    // Where it belongs, and what to do.
    EXPECT_NE(said.find("hint: libgeotimeline_gdal.so belongs in " +
                        fs::canonical(lonely.path()).string() +
                        "; build again (make) or install again (make install)"),
              std::string::npos)
        << said;
}

TEST(GdalLoader, LoadsOnceForTheProcess) {
    const GdalReader& first = gdal_reader();
    EXPECT_EQ(&gdal_reader(), &first);
    EXPECT_EQ(gdal_library_file().filename(), "libgeotimeline_gdal.so");
    const std::vector<std::string> names = first.basemap_country_names(default_paths().basemap);
    EXPECT_NE(std::find(names.begin(), names.end(), "North Korea"), names.end());
}

}  // namespace gt
