// generic_adjacency_list: kzsec's balance and centrality on your own Boost.Graph graph.
//
// What this shows: the signed-graph algorithms do not need a kzsec::signed_graph. Any
// Boost.Graph graph works (here a plain boost::adjacency_list with bundled properties, as
// you may already have in your program) with a property map giving each tie its sign; the
// results are indexed by the graph's vertex_index.
//
// Data: Read's Highland tribes (Read 1954; UCINET GAMAPOS / GAMANEG, signnet `tribes`),
// the 16 tribes and 58 ties of balance_tribes.cpp.
//
// Expected output: see generic_adjacency_list.expected. The census 19 / 2 / 40 / 7, the
// triangle index 0.8676471 and L = 7 with the camp {GAVEV, KOTUN, NAGAD, GAMA} are the
// published values (signnet) that balance_tribes.cpp reproduces on a kzsec::signed_graph.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include <kzsec/generic.hpp>

// Your own vertex and edge records.
struct tribe {
    std::string name;
};
struct relation {
    int sign = 0;  // +1 alliance (rova), -1 enmity (hina)
};
using tribe_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, tribe, relation>;

static int run() {
    const std::vector<std::tuple<std::string, std::string, int>> ties = {
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
    tribe_graph g;
    std::map<std::string, tribe_graph::vertex_descriptor> vertex;
    for (const auto& [a, b, s] : ties)
        for (const auto& name : {a, b})
            if (!vertex.count(name)) vertex[name] = boost::add_vertex(tribe{name}, g);
    for (const auto& [a, b, s] : ties) boost::add_edge(vertex[a], vertex[b], relation{s}, g);
    std::printf("Highland tribes on a boost::adjacency_list: %zu tribes, %zu ties\n", boost::num_vertices(g),
                boost::num_edges(g));

    // The sign of each tie is the bundled `sign` member: that is the weight map.
    const auto sign = boost::get(&relation::sign, g);

    const auto t = kzsec::triangle_index(g, sign);
    std::printf("triangles %zu: +++ %zu, ++- %zu, +-- %zu, --- %zu; index %.7f\n", t.triangles, t.census[0],
                t.census[1], t.census[2], t.census[3], t.index);

    const auto f = kzsec::frustration(g, sign, {.method = kzsec::frustration_method::exact});
    std::printf("frustration index L = %.0f (proven optimal: %s)\n", f.frustration, f.optimal ? "yes" : "no");
    std::vector<std::string> camp;
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
        if (f.partition[v] == f.partition[vertex["GAVEV"]]) camp.push_back(g[v].name);
    std::sort(camp.begin(), camp.end());
    std::printf("camp of GAVEV:");
    for (const auto& name : camp) std::printf(" %s", name.c_str());
    std::printf("\n");

    const auto b = kzsec::blockmodel(g, sign, 3);
    std::printf("blockmodel, at most 3 blocks: criterion %.1f, %zu blocks used (optimal: %s)\n", b.criterion,
                b.blocks_used, b.optimal ? "yes" : "no");

    // Centrality per vertex, in vertex_index order; print the three highest PN scores.
    const auto pn = kzsec::pn_index(g, sign);
    const auto ev = kzsec::signed_eigenvector_centrality(g, sign);
    std::vector<tribe_graph::vertex_descriptor> order(boost::vertices(g).first, boost::vertices(g).second);
    std::sort(order.begin(), order.end(), [&](auto x, auto y) { return pn.pn[x] > pn.pn[y]; });
    std::printf("highest PN centrality:");
    for (std::size_t i = 0; i < 3; ++i)
        std::printf(" %s %.4f (eigenvector %+.4f);", g[order[i]].name.c_str(), pn.pn[order[i]],
                    ev.centrality[order[i]]);
    std::printf("\n");
    return 0;
}

int main() {
    // Every kzsec error derives from std::exception; say what went wrong and exit with 1.
    try {
        return run();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "generic_adjacency_list: %s\n", e.what());
        return 1;
    }
}
