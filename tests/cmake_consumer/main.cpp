// Loads a small hand-written network with an installed kzsec and prints a summary.
#include <iostream>

#include <kzsec/kzsec.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: kzsec_consumer network.json\n";
        return 2;
    }
    const kzsec::network net = kzsec::read_network(argv[1]);
    const kzsec::signed_graph g = net.snapshot(1995, "security");
    std::cout << "kzsec " << kzsec::version << ": actors=" << net.actors().size()
              << " relations=" << net.relations().size() << " edges(1995)=" << g.num_edges() << "\n";
    return 0;
}
