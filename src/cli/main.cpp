#include <iostream>

#include "cli/app.hpp"

int main(int argc, char** argv) {
    return gt::run_app(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
