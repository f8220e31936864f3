// signed_centrality: who is central when ties can be hostile?
//
// What this shows:
//   1. signed degrees, PN centrality (Everett & Borgatti 2014) and the signed
//      eigenvector (Bonacich & Lloyd 2004) of the security network around
//      Kazakhstan in 2005 and in 2014, from the embedded dataset;
//   2. how Russia's position changes after Crimea: more negative ties, and the
//      lowest PN of all actors. (In 2014 the dominant eigenvalue is negative: the
//      network is star-like around Kazakhstan, and the eigenvector then puts the
//      hub and its partners on opposite signs; PN is the easier index to read.)
//   3. what happens when no eigenvalue dominates (a signed path): a clear error
//      instead of an arbitrary vector.
//
// Expected output: signed_centrality.expected (compared by ctest).
#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include <kzsec/centrality.hpp>
#include <kzsec/datasets.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/network.hpp>

static int run() {
    const kzsec::network net = kzsec::datasets::kazakhstan();
    for (int year : {2005, 2014}) {
        const kzsec::signed_graph g = net.snapshot(year, "security");
        const auto deg = kzsec::signed_degree(g);
        const auto pn = kzsec::pn_index(g);
        const auto ev = kzsec::signed_eigenvector_centrality(g);
        std::printf("security network %d: %zu actors, %zu ties (%zu negative); PN solved by %s (r = %.3f)\n", year,
                    g.num_vertices(), g.num_edges(), g.num_negative_edges(), std::string(kzsec::to_string(pn.method)).c_str(),
                    pn.contraction);
        std::printf("  %-8s %4s %4s %7s %10s\n", "actor", "d+", "d-", "PN", "eigvec");
        // actors by PN, highest first
        std::vector<std::size_t> order(g.num_vertices());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pn.pn[a] > pn.pn[b]; });
        for (std::size_t v : order) {
            const std::string& id = g.label(v);
            if (id != "KAZ" && id != "RUS" && id != "CHN" && id != "USA" && id != "EU" && id != "UKR") continue;
            std::printf("  %-8s %4.0f %4.0f %7.3f %+10.3f\n", id.c_str(), deg.positive[v], deg.negative[v], pn.pn[v],
                        ev.centrality[v]);
        }
        const auto lowest = std::min_element(pn.pn.begin(), pn.pn.end()) - pn.pn.begin();
        std::printf("  lowest PN: %s (%.3f); dominant eigenvalue %.3f\n", g.label(static_cast<std::size_t>(lowest)).c_str(),
                    pn.pn[static_cast<std::size_t>(lowest)], ev.eigenvalue);
    }
    // A path A - B - C has eigenvalues sqrt(2), 0, -sqrt(2): no dominant one.
    kzsec::signed_graph path(std::vector<std::string>{"A", "B", "C"});
    path.set_edge(0, 1, 1.0);
    path.set_edge(1, 2, -1.0);
    try {
        kzsec::signed_eigenvector_centrality(path);
    } catch (const kzsec::numerical_error& e) {
        const std::string what = e.what();
        std::printf("signed path A+B-C: numerical_error (%s)\n",
                    what.find("no dominant eigenvalue") != std::string::npos ? "no dominant eigenvalue" : what.c_str());
    }
    return 0;
}

int main() {
    // Every kzsec error derives from std::exception; say what went wrong and exit with 1.
    try {
        return run();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "signed_centrality: %s\n", e.what());
        return 1;
    }
}
