#include "gdal/gdal_dataset.hpp"

#include <gdal.h>

#include <mutex>

namespace gt {

void register_gdal_drivers() {
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
}

}  // namespace gt
