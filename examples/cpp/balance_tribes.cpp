// balance_tribes: structural balance of Read's Highland tribes.
//
// What this shows: how balanced the alliance ("rova", +) and enmity ("hina", -)
// relations of 16 Gahuku-Gama tribes of the New Guinea highlands are, by three
// measures: the share of balanced triangles, the frustration index L (the least
// number of ties that must change sign before the tribes split into two camps
// with friends inside and enemies across), and the two camps themselves.
//
// Data: Read, K. E. (1954), "Cultures of the Central Highlands, New Guinea",
// Southwestern Journal of Anthropology 10:1-43, as coded in UCINET's GAMAPOS /
// GAMANEG matrices (the `tribes` data of the R package signnet). 58 ties.
//
// Expected output: see balance_tribes.expected. The published values are a
// triangle index of 0.8676471 (census 19 / 2 / 40 / 7; signnet), L = 7 with the
// camp {GAVEV, KOTUN, NAGAD, GAMA} against the rest (signnet frustration_exact),
// and F = 1 - 2L/m = 0.7586207.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include <kzsec/balance.hpp>
#include <kzsec/signed_graph.hpp>

static int run() {
    // The 58 ties: (tribe, tribe, +1 alliance / -1 enmity).
    const std::vector<kzsec::labelled_edge> ties = {
        {"GAVEV", "KOTUN", 1},  {"GAVEV", "OVE", -1},   {"GAVEV", "ALIKA", -1}, {"GAVEV", "NAGAM", -1},
        {"GAVEV", "GAHUK", -1}, {"GAVEV", "ASARO", -1}, {"GAVEV", "NAGAD", 1},  {"GAVEV", "GAMA", 1},
        {"KOTUN", "OVE", -1},   {"KOTUN", "NAGAM", -1}, {"KOTUN", "GAHUK", -1}, {"KOTUN", "NOTOH", -1},
        {"KOTUN", "KOHIK", -1}, {"KOTUN", "NAGAD", 1},  {"KOTUN", "GAMA", 1},   {"OVE", "ALIKA", 1},
        {"OVE", "GAHUK", 1},    {"OVE", "MASIL", 1},    {"OVE", "UKUDZ", 1},    {"ALIKA", "UKUDZ", 1},
        {"NAGAM", "MASIL", 1},  {"NAGAM", "NOTOH", 1},  {"NAGAM", "SEUVE", 1},  {"NAGAM", "NAGAD", -1},
        {"NAGAM", "GAMA", -1},  {"GAHUK", "MASIL", 1},  {"GAHUK", "UKUDZ", 1},  {"GAHUK", "NOTOH", -1},
        {"GAHUK", "GEHAM", 1},  {"GAHUK", "ASARO", 1},  {"GAHUK", "UHETO", -1}, {"GAHUK", "GAMA", -1},
        {"MASIL", "UKUDZ", 1},  {"MASIL", "GEHAM", 1},  {"MASIL", "ASARO", 1},  {"MASIL", "UHETO", 1},
        {"UKUDZ", "GEHAM", 1},  {"UKUDZ", "ASARO", 1},  {"UKUDZ", "SEUVE", -1}, {"NOTOH", "KOHIK", 1},
        {"NOTOH", "GEHAM", -1}, {"NOTOH", "UHETO", 1},  {"NOTOH", "NAGAD", -1}, {"KOHIK", "GEHAM", -1},
        {"KOHIK", "UHETO", 1},  {"KOHIK", "NAGAD", -1}, {"GEHAM", "ASARO", 1},  {"GEHAM", "UHETO", -1},
        {"GEHAM", "NAGAD", -1}, {"GEHAM", "GAMA", -1},  {"ASARO", "SEUVE", -1}, {"ASARO", "NAGAD", -1},
        {"ASARO", "GAMA", -1},  {"UHETO", "SEUVE", 1},  {"UHETO", "NAGAD", -1}, {"UHETO", "GAMA", -1},
        {"SEUVE", "GAMA", -1},  {"NAGAD", "GAMA", 1},
    };
    const auto g = kzsec::signed_graph::from_labelled_edges(ties);
    std::printf("Highland tribes: %zu tribes, %zu ties (%zu alliances, %zu enmities)\n", g.num_vertices(),
                g.num_edges(), g.num_positive_edges(), g.num_negative_edges());

    // 1. Triangles: balanced if the product of the three signs is positive.
    const auto t = kzsec::triangle_index(g);
    std::printf("triangles %zu: +++ %zu, ++- %zu, +-- %zu, --- %zu\n", t.triangles, t.census[0], t.census[1],
                t.census[2], t.census[3]);
    std::printf("triangle index (share balanced) %.7f\n", t.index);

    // 2. Frustration: an exact (proven) minimum over all splits into two camps.
    const auto f = kzsec::frustration(g, {.method = kzsec::frustration_method::exact});
    std::printf("frustration index L = %.0f (proven optimal: %s), F = 1 - 2L/m = %.7f\n", f.frustration,
                f.optimal ? "yes" : "no", f.normalised);

    // 3. The two camps (coalitions) of the optimal split, and the ties that break the pattern.
    for (int side : {1, -1}) {
        std::vector<std::string> camp;
        for (std::size_t v = 0; v < g.num_vertices(); ++v)
            if (f.partition[v] == side) camp.push_back(g.label(v));
        std::sort(camp.begin(), camp.end());
        std::printf("camp %c:", side > 0 ? 'A' : 'B');
        for (const auto& name : camp) std::printf(" %s", name.c_str());
        std::printf("\n");
    }
    std::vector<std::string> bad;
    for (const auto& [u, v] : f.frustrated_edges)
        bad.push_back(std::min(g.label(u), g.label(v)) + "-" + std::max(g.label(u), g.label(v)) +
                      (g.weight(u, v) > 0 ? " (+)" : " (-)"));
    std::sort(bad.begin(), bad.end());
    std::printf("frustrated ties:");
    for (const auto& b : bad) std::printf(" %s;", b.c_str());
    std::printf("\n");
    return 0;
}

int main() {
    // Every kzsec error derives from std::exception; say what went wrong and exit with 1.
    try {
        return run();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "balance_tribes: %s\n", e.what());
        return 1;
    }
}
