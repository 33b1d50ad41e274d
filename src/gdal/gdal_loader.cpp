// Part of the core library: finds and loads libgeotimeline_gdal.so (gdal/gdal_reader.hpp).
#include <dlfcn.h>

#include <mutex>

#include "common/error.hpp"
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
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&code_folder), &info) != 0 && info.dli_fname != nullptr) {
        std::error_code ec;
        const fs::path file = fs::canonical(info.dli_fname, ec);
        if (!ec) return file.parent_path();
    }
    return {};
}

/// Where the library may be: beside the core library, then by its bare name wherever the
/// dynamic loader looks (LD_LIBRARY_PATH, the program's RUNPATH).
std::vector<std::string> candidates() {
    std::vector<std::string> out;
    if (const fs::path beside = gdal_library_file(); !beside.empty()) {
        out.push_back(beside.string());
    }
    out.emplace_back(GEOTIMELINE_GDAL_LIBRARY);
    return out;
}

const GdalReader* load() {
    std::string tried;
    for (const std::string& file : candidates()) {
        // Never closed: GDAL keeps drivers and threads for the life of the process.
        void* library = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (library == nullptr) {
            tried += "\n  " + file + ": " + dlerror();
            continue;
        }
        using Entry = const GdalReader* (*)();
        const auto entry = reinterpret_cast<Entry>(dlsym(library, gdal_reader_entry));
        if (entry == nullptr) {
            tried += "\n  " + file + ": no " + gdal_reader_entry;
            continue;
        }
        return entry();
    }
    throw RuntimeError(std::string("cannot load the GDAL part of geotimeline (") +
                       GEOTIMELINE_GDAL_LIBRARY + "); rebuild or reinstall geotimeline:" + tried);
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
