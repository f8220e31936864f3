// Tests of include/kzsec/generic.hpp: the algorithms on a plain boost::adjacency_list with
// bundled properties, on one with listS vertices and a user index map, and on a
// boost::compressed_sparse_row_graph give the results of the equivalent signed_graph, and
// the census and frustration index equal brute force on small random graphs.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <kzsec/errors.hpp>
#include <kzsec/generic.hpp>

namespace {

struct tie_props {
    double w = 0.0;
};
struct node_props {
    int id = 0;
};
using plain_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, tie_props>;
using list_graph = boost::adjacency_list<boost::listS, boost::listS, boost::undirectedS, node_props, tie_props>;
using csr_graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, tie_props>;

struct tie {
    std::size_t u, v;
    double w;
};

// Random signed graph on n vertices: each pair a tie with probability p, weight in
// ±[0.5, 2] (negative with probability q), ties in random order and orientation.
std::vector<tie> random_ties(std::size_t n, double p, double q, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> unif(0.0, 1.0);
    std::vector<tie> t;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            if (unif(rng) < p) {
                const double mag = 0.5 + 1.5 * unif(rng);
                const double w = unif(rng) < q ? -mag : mag;
                if (unif(rng) < 0.5) t.push_back({i, j, w}); else t.push_back({j, i, w});
            }
    std::shuffle(t.begin(), t.end(), rng);
    return t;
}

kzsec::signed_graph as_signed_graph(const std::vector<tie>& t, std::size_t n) {
    std::vector<kzsec::weighted_edge> e;
    for (const auto& x : t) e.push_back({x.u, x.v, x.w});
    return kzsec::signed_graph::from_edges(e, n);
}

plain_graph as_plain(const std::vector<tie>& t, std::size_t n) {
    plain_graph g(n);
    for (const auto& x : t) boost::add_edge(x.u, x.v, tie_props{x.w}, g);
    return g;
}

// listS vertices (no built-in vertex_index): the index is the bundled `id`, and the
// vertices are created in reverse order so that iteration order differs from the index.
list_graph as_list(const std::vector<tie>& t, std::size_t n) {
    list_graph g;
    std::vector<list_graph::vertex_descriptor> vs(n);
    for (std::size_t i = n; i-- > 0;) vs[i] = boost::add_vertex(node_props{static_cast<int>(i)}, g);
    for (const auto& x : t) boost::add_edge(vs[x.u], vs[x.v], tie_props{x.w}, g);
    return g;
}

// A CSR graph is directed: every tie is stored as two arcs.
csr_graph as_csr(const std::vector<tie>& t, std::size_t n) {
    std::vector<std::pair<std::size_t, std::size_t>> arcs;
    std::vector<tie_props> props;
    for (const auto& x : t) {
        arcs.emplace_back(x.u, x.v);
        props.push_back({x.w});
        arcs.emplace_back(x.v, x.u);
        props.push_back({x.w});
    }
    return csr_graph(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), props.begin(), n);
}

std::vector<std::vector<double>> dense(const std::vector<tie>& t, std::size_t n) {
    std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
    for (const auto& x : t) a[x.u][x.v] = a[x.v][x.u] = x.w;
    return a;
}

// Census by number of negative ties over all triples.
std::array<std::size_t, 4> census_brute(const std::vector<std::vector<double>>& a) {
    std::array<std::size_t, 4> c{};
    const std::size_t n = a.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            for (std::size_t k = j + 1; k < n; ++k)
                if (a[i][j] != 0 && a[j][k] != 0 && a[i][k] != 0)
                    ++c[static_cast<std::size_t>((a[i][j] < 0) + (a[j][k] < 0) + (a[i][k] < 0))];
    return c;
}

// Least number (or |weight|) of frustrated ties over all 2^n bipartitions.
double frustration_brute(const std::vector<std::vector<double>>& a, bool weighted) {
    const std::size_t n = a.size();
    double best = 1e300;
    for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << n); ++mask) {
        double c = 0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                if (a[i][j] == 0) continue;
                const bool same = ((mask >> i) & 1) == ((mask >> j) & 1);
                if ((a[i][j] > 0) != same) c += weighted ? std::abs(a[i][j]) : 1.0;
            }
        best = std::min(best, c);
    }
    return best;
}

void check_same(const kzsec::triangle_result& x, const kzsec::triangle_result& y) {
    CHECK(x.census == y.census);
    CHECK(x.index == y.index);
    CHECK(x.strong_index == y.strong_index);
    CHECK(x.weak_index == y.weak_index);
    CHECK(x.total_weight == y.total_weight);
    CHECK(x.unbalanced_triangles == y.unbalanced_triangles);
    CHECK(x.vertex_unbalanced == y.vertex_unbalanced);
    CHECK(x.convention == y.convention);
}

void check_same(const kzsec::frustration_result& x, const kzsec::frustration_result& y) {
    CHECK(x.frustration == y.frustration);
    CHECK(x.lower_bound == y.lower_bound);
    CHECK(x.optimal == y.optimal);
    CHECK(x.partition == y.partition);
    CHECK(x.frustrated_edges == y.frustrated_edges);
    CHECK(x.method == y.method);
}

void check_same(const kzsec::blockmodel_result& x, const kzsec::blockmodel_result& y) {
    CHECK(x.criterion == y.criterion);
    CHECK(x.membership == y.membership);
    CHECK(x.optimal == y.optimal);
}

// Every generic algorithm on graph h (weight map w, index map idx) equals the one on sg.
template <class Graph, class W, class I>
void check_all(const Graph& h, const W& w, const I& idx, const kzsec::signed_graph& sg, bool weighted) {
    kzsec::triangle_options to;
    to.list_unbalanced = true;
    to.weighting = weighted ? kzsec::triangle_weighting::product : kzsec::triangle_weighting::sign;
    check_same(kzsec::triangle_index(h, w, idx, to), kzsec::triangle_index(sg, to));

    for (auto method : {kzsec::frustration_method::exact, kzsec::frustration_method::heuristic}) {
        kzsec::frustration_options fo;
        fo.method = method;
        fo.weighted = weighted;
        check_same(kzsec::frustration(h, w, idx, fo), kzsec::frustration(sg, fo));
    }
    kzsec::blockmodel_options bo;
    bo.weighted = weighted;
    check_same(kzsec::blockmodel(h, w, idx, 3, bo), kzsec::blockmodel(sg, 3, bo));

    if (sg.num_vertices() >= 3) {
        kzsec::pn_options po;
        po.weighted = weighted;
        CHECK(kzsec::pn_index(h, w, idx, po).pn == kzsec::pn_index(sg, po).pn);
    }
    if (sg.num_edges() > 0) {
        kzsec::eigenvector_options eo;
        eo.weighted = weighted;
        eo.method = kzsec::eigen_method::dense;
        // Random graphs can have no dominant eigenvalue: then both must throw.
        bool generic_threw = false, direct_threw = false;
        kzsec::eigenvector_result a, b;
        try { a = kzsec::signed_eigenvector_centrality(h, w, idx, eo); } catch (const kzsec::numerical_error&) { generic_threw = true; }
        try { b = kzsec::signed_eigenvector_centrality(sg, eo); } catch (const kzsec::numerical_error&) { direct_threw = true; }
        CHECK(generic_threw == direct_threw);
        CHECK(a.centrality == b.centrality);
        CHECK(a.eigenvalue == b.eigenvalue);
    }
}

}  // namespace

TEST_SUITE("generic") {
    TEST_CASE("generic algorithms: adjacency_list, listS with an index map, CSR graph = signed_graph = brute force") {
        std::mt19937_64 rng(20261201);
        for (int trial = 0; trial < 40; ++trial) {
            const std::size_t n = 2 + static_cast<std::size_t>(trial % 10);
            const auto t = random_ties(n, 0.3 + 0.05 * (trial % 8), 0.4, rng);
            const auto sg = as_signed_graph(t, n);
            const auto a = dense(t, n);
            const bool weighted = trial % 2 == 1;
            CAPTURE(trial);
            CAPTURE(n);

            const auto pg = as_plain(t, n);
            const auto pw = boost::get(&tie_props::w, pg);
            const auto tr = kzsec::triangle_index(pg, pw);  // default vertex_index
            CHECK(tr.census == census_brute(a));
            const auto fr = kzsec::frustration(pg, pw, kzsec::frustration_options{.method = kzsec::frustration_method::exact,
                                                                                  .weighted = weighted});
            CHECK(fr.optimal);
            CHECK(fr.frustration == doctest::Approx(frustration_brute(a, weighted)));
            check_all(pg, pw, boost::get(boost::vertex_index, pg), sg, weighted);

            const auto lg = as_list(t, n);
            check_all(lg, boost::get(&tie_props::w, lg), boost::get(&node_props::id, lg), sg, weighted);

            const auto cg = as_csr(t, n);
            check_all(cg, boost::get(&tie_props::w, cg), boost::get(boost::vertex_index, cg), sg, weighted);
        }
    }

    TEST_CASE("generic: a sign map (int ±1) gives the unweighted results of the weights") {
        std::mt19937_64 rng(7);
        const std::size_t n = 9;
        const auto t = random_ties(n, 0.6, 0.4, rng);
        const auto pg = as_plain(t, n);
        std::vector<int> sign_of_edge;
        std::map<std::pair<std::size_t, std::size_t>, int> signs;
        for (const auto& x : t) signs[{std::min(x.u, x.v), std::max(x.u, x.v)}] = x.w > 0 ? 1 : -1;
        auto sign = boost::make_function_property_map<plain_graph::edge_descriptor, int>(
            [&](const plain_graph::edge_descriptor& e) {
                const std::size_t u = boost::source(e, pg), v = boost::target(e, pg);
                return signs.at({std::min(u, v), std::max(u, v)});
            });
        const auto w = boost::get(&tie_props::w, pg);
        CHECK(kzsec::triangle_index(pg, sign).census == kzsec::triangle_index(pg, w).census);
        CHECK(kzsec::frustration(pg, sign).frustration == kzsec::frustration(pg, w).frustration);
        kzsec::frustration_options weighted;
        weighted.weighted = true;
        CHECK(kzsec::frustration(pg, sign, weighted).frustration == kzsec::frustration(pg, w).frustration);
        CHECK(kzsec::pn_index(pg, sign).pn == kzsec::pn_index(pg, w).pn);
    }

    TEST_CASE("generic: the signed_graph's own Boost graph and bundled weight give its results") {
        // Worked by hand: the triangle 0-1-2 with one negative tie (++-) is unbalanced, the
        // pendant tie 2-3 is on no triangle; L = 1 (flip the negative tie).
        kzsec::signed_graph sg(4);
        sg.set_edge(0, 1, 1.0);
        sg.set_edge(1, 2, 1.0);
        sg.set_edge(0, 2, -1.0);
        sg.set_edge(2, 3, -1.0);
        const auto& bg = sg.graph();
        const auto w = boost::get(&kzsec::edge_props::weight, bg);
        const auto tr = kzsec::triangle_index(bg, w);
        CHECK(tr.census == std::array<std::size_t, 4>{0, 1, 0, 0});
        CHECK(tr.index == 0.0);
        CHECK(tr.vertex_unbalanced == std::vector<std::size_t>{1, 1, 1, 0});
        CHECK(kzsec::frustration(bg, w).frustration == 1.0);
        CHECK(kzsec::blockmodel(bg, w, 2).criterion == 1.0);
    }

    TEST_CASE("generic: bad graphs are errors naming the vertices") {
        auto message = [](auto&& f) {
            try {
                f();
            } catch (const kzsec::invalid_input& e) {
                return std::string(e.what());
            }
            return std::string("no error");
        };
        {
            plain_graph g(3);
            boost::add_edge(0, 1, tie_props{1.0}, g);
            boost::add_edge(1, 1, tie_props{1.0}, g);
            CHECK(message([&] { kzsec::triangle_index(g, boost::get(&tie_props::w, g)); }) ==
                  "[kzsec] triangle_index: vertex 1 has a self-loop");
        }
        {
            plain_graph g(3);
            boost::add_edge(0, 2, tie_props{0.0}, g);
            CHECK(message([&] { kzsec::frustration(g, boost::get(&tie_props::w, g)); }).find(
                      "[kzsec] frustration: the tie 0-2 has weight 0") == 0);
            plain_graph h(3);
            boost::add_edge(0, 2, tie_props{std::nan("")}, h);
            CHECK(message([&] { kzsec::pn_index(h, boost::get(&tie_props::w, h)); }).find("the tie 0-2 has weight nan") !=
                  std::string::npos);
        }
        {
            plain_graph g(3);
            boost::add_edge(0, 1, tie_props{1.0}, g);
            boost::add_edge(1, 0, tie_props{-1.0}, g);
            CHECK(message([&] { kzsec::blockmodel(g, boost::get(&tie_props::w, g), 2); }) ==
                  "[kzsec] blockmodel: two ties join vertices 0 and 1 (the graph must be simple)");
        }
        {
            std::vector<std::pair<int, int>> arcs{{0, 1}, {1, 0}, {1, 2}};
            std::vector<tie_props> props{{1.0}, {1.0}, {-1.0}};
            csr_graph g(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), props.begin(), 3);
            CHECK(message([&] { kzsec::triangle_index(g, boost::get(&tie_props::w, g)); }) ==
                  "[kzsec] triangle_index: the arc 1 -> 2 has no reverse arc (a directed graph must store every "
                  "tie in both directions)");
            std::vector<std::pair<int, int>> arcs2{{0, 1}, {1, 0}};
            std::vector<tie_props> props2{{1.0}, {2.0}};
            csr_graph g2(boost::edges_are_unsorted_multi_pass, arcs2.begin(), arcs2.end(), props2.begin(), 2);
            CHECK(message([&] { kzsec::triangle_index(g2, boost::get(&tie_props::w, g2)); }) ==
                  "[kzsec] triangle_index: the arcs 0 -> 1 and back have different weights (ties are undirected)");
        }
        {
            list_graph g;
            auto a = boost::add_vertex(node_props{0}, g);
            auto b = boost::add_vertex(node_props{0}, g);
            boost::add_edge(a, b, tie_props{1.0}, g);
            CHECK(message([&] { kzsec::triangle_index(g, boost::get(&tie_props::w, g), boost::get(&node_props::id, g)); }) ==
                  "[kzsec] triangle_index: vertex index 0 is given to two vertices");
            list_graph h;
            boost::add_vertex(node_props{0}, h);
            boost::add_vertex(node_props{5}, h);
            CHECK(message([&] { kzsec::triangle_index(h, boost::get(&tie_props::w, h), boost::get(&node_props::id, h)); }) ==
                  "[kzsec] triangle_index: vertex index 5 is outside 0..1");
        }
    }
}
