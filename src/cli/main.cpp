#include <iostream>

#include "cli/app.hpp"
#include "common/sqlite_threads.hpp"

int main(int argc, char** argv) {
    gt::configure_sqlite_for_threads();  // before GDAL or PROJ opens a file
    return gt::run_app(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
