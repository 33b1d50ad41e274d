#include <csignal>
#include <iostream>

#include "cli/app.hpp"
#include "common/sqlite_threads.hpp"

int main(int argc, char** argv) {
    // Over a file size limit (ulimit -f) a write then fails with EFBIG, reported as an error
    // naming the file, instead of the signal killing the program mid-file.
    std::signal(SIGXFSZ, SIG_IGN);
    gt::configure_sqlite_for_threads();  // before GDAL or PROJ opens a file
    return gt::run_app(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
