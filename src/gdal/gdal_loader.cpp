// Part of the core library: finds and loads libgeotimeline_gdal.so (gdal/gdal_reader.hpp).
#include <dlfcn.h>

#include <mutex>
#include <string>

#include "common/error.hpp"
#include "common/loaded_file.hpp"
#include "gdal/gdal_reader.hpp"

#ifndef GEOTIMELINE_GDAL_LIBRARY
#error "GEOTIMELINE_GDAL_LIBRARY (the library's file name) must be defined by the build"
#endif

namespace gt {

namespace fs = std::filesystem;

namespace {

/// The folder of the file this code was loaded from: libgeotimeline_core.so, which the GDAL
/// library is built and installed beside.
fs::path code_folder() {
    return loaded_file(reinterpret_cast<const void*>(&code_folder)).parent_path();
}

/// Where the library is: beside the core library, as the build and `make install` put it; only
/// when there is none there, by its bare name wherever the dynamic loader looks for the core
/// library's dlopen (LD_LIBRARY_PATH, the system's folders). A library beside the core one that
/// fails to load is reported, not replaced by another build's found elsewhere.
std::string library_to_load() {
    const fs::path beside = gdal_library_file();
    return beside.empty() ? std::string(GEOTIMELINE_GDAL_LIBRARY) : beside.string();
}

const GdalReader* load() {
    const std::string file = library_to_load();
    const auto failed = [&](const std::string& why) {
        const fs::path folder = code_folder();
        return RuntimeError(
            std::string("cannot load the GDAL part of geotimeline, which reads the basemap and "
                        "track files: ") +
            why + "\n  hint: " + GEOTIMELINE_GDAL_LIBRARY + " belongs in " +
            (folder.empty() ? std::string("the folder of libgeotimeline_core.so")
                            : folder.string()) +
            "; build again (make) or install again (make install)");
    };
    // Never closed: GDAL keeps drivers and threads for the life of the process.
    void* library = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) throw failed(dlerror());
    using Entry = const GdalReader* (*)();
    const auto entry = reinterpret_cast<Entry>(dlsym(library, gdal_reader_entry));
    if (entry == nullptr) throw failed(file + " has no " + gdal_reader_entry);
    return entry();
}

}  // namespace

fs::path gdal_library_file() {
    const fs::path folder = code_folder();
    if (folder.empty()) return {};
    const fs::path beside = folder / GEOTIMELINE_GDAL_LIBRARY;
    std::error_code ec;
    return fs::is_regular_file(beside, ec) ? beside : fs::path();
}

const GdalReader& gdal_reader() {
    // Loaded once per process, by whichever thread asks first; a failure is tried again.
    static std::mutex mutex;
    static const GdalReader* reader = nullptr;
    const std::lock_guard lock(mutex);
    if (reader == nullptr) reader = load();
    return *reader;
}

}  // namespace gt
