// The kzsec program: the command line of src/cli/main.cpp (kzsec::cli::run) on the
// process's arguments and standard streams.
#include <iostream>
#include <string>
#include <vector>

#include "kzsec_cli.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    return kzsec::cli::run(args, std::cout, std::cerr);
}
