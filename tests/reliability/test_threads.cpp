// Thread-safety contract of the C++ API (docs/developer-guide.md, "Thread safety"):
// like the standard containers, any number of threads may call const functions on the
// same object at once. These tests run the compute functions from several threads on
// one shared graph / network / index and compare every result with the same call made
// serially beforehand. A hidden mutable cache (signed_graph's CSR was one, built lazily
// by the first const call) shows up here as a wrong result or a crash, and under
// ThreadSanitizer as a data race (scripts/tsan.sh runs this file).
#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <latch>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <kzsec/balance.hpp>
#include <kzsec/centrality.hpp>
#include <kzsec/datasets.hpp>
#include <kzsec/hedging.hpp>
#include <kzsec/network.hpp>
#include <kzsec/signed_graph.hpp>

using namespace kzsec;
namespace hg = kzsec::hedging;

namespace {

constexpr int kThreads = 4;

/// A seeded random signed graph: n vertices, about m edges, 30% negative.
std::vector<weighted_edge> random_edges(std::size_t n, std::size_t m, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    std::bernoulli_distribution negative(0.3);
    std::vector<weighted_edge> e;
    e.reserve(m);
    while (e.size() < m) {
        const std::size_t u = pick(rng), v = pick(rng);
        if (u != v) e.push_back({u, v, negative(rng) ? -1.0 : 1.0});
    }
    return e;
}

/// Runs `body(thread)` on kThreads threads released together by a latch, so that the
/// first const calls on a fresh object (which build its caches) really race.
void run_together(const std::function<void(int)>& body) {
    std::latch start(kThreads);
    std::vector<std::thread> pool;
    for (int t = 0; t < kThreads; ++t)
        pool.emplace_back([&, t] {
            start.arrive_and_wait();
            body(t);
        });
    for (auto& th : pool) th.join();
}

}  // namespace

TEST_CASE("reliability: concurrent const calls on one signed_graph give the serial results") {
    const auto edges = random_edges(400, 4000, 13);
    const from_edges_options opt{.symmetrize = symmetrize_rule::max};
    // Serial references, each on its own fresh graph.
    const auto ref_tri = triangle_index(signed_graph::from_edges(edges, 400, {}, opt));
    const auto ref_deg = signed_degree(signed_graph::from_edges(edges, 400, {}, opt));
    const auto ref_pn = pn_index(signed_graph::from_edges(edges, 400, {}, opt));
    REQUIRE(ref_tri.triangles > 100);  // the graph is dense enough for the census to mean something

    for (int round = 0; round < 8; ++round) {
        const signed_graph g = signed_graph::from_edges(edges, 400, {}, opt);  // CSR not built yet
        std::vector<int> wrong(kThreads, 0);
        run_together([&](int t) {
            for (int k = 0; k < 3; ++k) {
                switch ((t + k) % 3) {
                case 0: {
                    const auto r = triangle_index(g);
                    wrong[t] += r.census != ref_tri.census || r.index != ref_tri.index;
                    break;
                }
                case 1: {
                    const auto r = signed_degree(g);
                    wrong[t] += r.net != ref_deg.net;
                    break;
                }
                default: {
                    const auto r = pn_index(g);
                    wrong[t] += r.pn != ref_pn.pn;
                }
                }
                wrong[t] += g.csr().nbr.size() != 2 * g.num_edges();
            }
        });
        for (int t = 0; t < kThreads; ++t) CHECK_MESSAGE(wrong[t] == 0, "round " << round << ", thread " << t);
    }
}

TEST_CASE("reliability: copies of a signed_graph share no mutable state") {
    // A copy taken after the CSR was built carries it; mutating the copy must rebuild the
    // copy's CSR and leave the original's alone.
    signed_graph g(std::vector<std::string>{"a", "b", "c"});
    g.set_edge(0, 1, 1.0);
    g.set_edge(1, 2, -1.0);
    REQUIRE(g.csr().nbr.size() == 4);
    signed_graph h = g;
    h.set_edge(0, 2, -1.0);
    CHECK(h.csr().nbr.size() == 6);
    CHECK(g.csr().nbr.size() == 4);
    CHECK(triangle_index(h).triangles == 1);
    CHECK(triangle_index(g).triangles == 0);
    signed_graph moved = std::move(h);
    CHECK(moved.csr().nbr.size() == 6);
}

TEST_CASE("reliability: copies of a signed_graph taken while another thread builds its CSR") {
    // One thread makes the first csr() call on a fresh graph (it builds the cache) while the
    // others copy the graph and copy-assign it. The copy used to read the cache without the
    // lock csr() builds it under: under ThreadSanitizer (scripts/tsan.sh) a data race, in a
    // plain build a copy that may carry a half-built cache. Every copy must equal the graph
    // and give the CSR of a fresh build.
    const auto edges = random_edges(2000, 20000, 29);
    const from_edges_options opt{.symmetrize = symmetrize_rule::max};
    const signed_graph ref = signed_graph::from_edges(edges, 2000, {}, opt);
    const csr_adjacency ref_csr = ref.csr();
    for (int round = 0; round < 6; ++round) {
        const signed_graph g = signed_graph::from_edges(edges, 2000, {}, opt);  // CSR not built yet
        std::vector<int> wrong(kThreads, 0);
        run_together([&](int t) {
            if (t == 0) {
                wrong[t] += g.csr().nbr != ref_csr.nbr;
                return;
            }
            for (int k = 0; k < 4; ++k) {
                signed_graph copy = g;  // copy constructor
                signed_graph assigned(std::vector<std::string>{"x"});
                assigned = g;  // copy assignment
                wrong[t] += !(copy == ref) || !(assigned == ref);
                wrong[t] += copy.csr().nbr != ref_csr.nbr || copy.csr().wt != ref_csr.wt;
                wrong[t] += assigned.csr().ptr != ref_csr.ptr;
            }
        });
        for (int t = 0; t < kThreads; ++t) CHECK_MESSAGE(wrong[t] == 0, "round " << round << ", thread " << t);
    }
}

TEST_CASE("reliability: concurrent profiles, evolutions and snapshots of one network give the serial results") {
    const network net = datasets::kazakhstan();
    const hg::network_index idx(net);
    const std::vector<std::string> rivals{"RUS", "CHN"};
    const std::vector<int> years{1995, 2008, 2014, 2022};
    std::vector<double> ref_tilt;
    std::vector<std::size_t> ref_edges;
    for (int y : years) {
        ref_tilt.push_back(hg::profile(net, "KAZ", rivals, y).structure.aggregate.tilt);
        ref_edges.push_back(net.snapshot(y, "security").num_edges());
    }
    const auto ref_evo = hg::evolution(net, "KAZ", rivals, years).rows.size();
    REQUIRE(ref_evo > 0);

    std::vector<int> wrong(kThreads, 0);
    run_together([&](int t) {
        for (int k = 0; k < 4; ++k) {
            const std::size_t i = static_cast<std::size_t>(t + k) % years.size();
            wrong[t] += hg::profile(idx, "KAZ", rivals, years[i]).structure.aggregate.tilt != ref_tilt[i];
            wrong[t] += hg::profile(net, "KAZ", rivals, years[i]).structure.aggregate.tilt != ref_tilt[i];
            const signed_graph s = net.snapshot(years[i], "security");
            wrong[t] += s.num_edges() != ref_edges[i];
            wrong[t] += triangle_index(s).triangles != triangle_index(net.snapshot(years[i], "security")).triangles;
            if (k == 0) wrong[t] += hg::evolution(idx, "KAZ", rivals, years).rows.size() != ref_evo;
        }
    });
    for (int t = 0; t < kThreads; ++t) CHECK_MESSAGE(wrong[t] == 0, "thread " << t);
}
