// Tests of include/kzsec/balance.hpp against published values (Highland tribes,
// Bitcoin Alpha / KONECT), brute force on small random graphs, and identities.
#include <doctest/doctest.h>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <Eigen/Dense>

#include <kzsec/balance.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/signed_graph.hpp>

#include "test_support.hpp"

namespace {

using kzsec::signed_graph;

// Minimal CSV reader (independent of kzsec's io): rows of comma-separated fields.
std::vector<std::vector<std::string>> read_csv(const std::string& path, bool skip_header) {
    std::ifstream in(path);
    REQUIRE_MESSAGE(in.good(), "cannot open " << path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    bool first = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        if (first && skip_header) {
            first = false;
            continue;
        }
        first = false;
        std::vector<std::string> f;
        std::stringstream ss(line);
        std::string x;
        while (std::getline(ss, x, ',')) f.push_back(x);
        rows.push_back(f);
    }
    return rows;
}

// Vertex order of Read's tribes as in signnet and UCINET.
const std::vector<std::string> tribe_names = {"GAVEV", "KOTUN", "OVE",   "ALIKA", "NAGAM", "GAHUK",
                                              "MASIL", "UKUDZ", "NOTOH", "KOHIK", "GEHAM", "ASARO",
                                              "UHETO", "SEUVE", "NAGAD", "GAMA"};

signed_graph tribes() {
    signed_graph g(tribe_names);
    for (const auto& r : read_csv(kzsec_test::reference("balance/highland_tribes.csv").string(), true))
        g.set_edge(g.index(r.at(0)), g.index(r.at(1)), std::stod(r.at(2)));
    return g;
}

// Brute force helpers on a dense matrix.
std::array<std::size_t, 4> census_brute(const Eigen::MatrixXd& a) {
    std::array<std::size_t, 4> c{};
    const auto n = a.rows();
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = i + 1; j < n; ++j)
            for (Eigen::Index k = j + 1; k < n; ++k)
                if (a(i, j) != 0 && a(j, k) != 0 && a(i, k) != 0)
                    ++c[static_cast<std::size_t>((a(i, j) < 0) + (a(j, k) < 0) + (a(i, k) < 0))];
    return c;
}

double frustration_brute(const Eigen::MatrixXd& a, bool weighted) {
    const auto n = static_cast<int>(a.rows());
    if (n <= 1) return 0;
    double best = 1e300;
    for (long mask = 0; mask < (1L << (n - 1)); ++mask) {  // vertex n-1 fixed to +1
        double c = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) {
                if (a(i, j) == 0) continue;
                const int si = (i < n - 1 && (mask >> i) & 1) ? -1 : 1;
                const int sj = (j < n - 1 && (mask >> j) & 1) ? -1 : 1;
                if (a(i, j) * si * sj < 0) c += weighted ? std::abs(a(i, j)) : 1.0;
            }
        best = std::min(best, c);
    }
    return best;
}

// Minimum Doreian–Mrvar criterion (alpha = 0.5 -> number of violating edges) over all
// assignments to at most k blocks.
double blockmodel_brute(const Eigen::MatrixXd& a, std::size_t k, double alpha) {
    const auto n = static_cast<int>(a.rows());
    std::vector<std::size_t> mem(static_cast<std::size_t>(n), 0);
    double best = 1e300;
    while (true) {
        double nin = 0, pb = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) {
                if (a(i, j) < 0 && mem[i] == mem[j]) nin += 1;
                if (a(i, j) > 0 && mem[i] != mem[j]) pb += 1;
            }
        best = std::min(best, 2 * (alpha * nin + (1 - alpha) * pb));
        int p = 0;
        while (p < n && ++mem[static_cast<std::size_t>(p)] == k) mem[static_cast<std::size_t>(p++)] = 0;
        if (p == n) break;
    }
    return best;
}

Eigen::MatrixXd random_signed(std::mt19937_64& rng, int n, double density, double pneg, int max_weight) {
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
    std::uniform_real_distribution<double> u(0, 1);
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            if (u(rng) < density) {
                const double w = 1 + static_cast<double>(rng() % static_cast<unsigned>(max_weight));
                a(i, j) = a(j, i) = u(rng) < pneg ? -w : w;
            }
    return a;
}

// e^X by its Taylor series (independent of any eigen-solver); fine for ||X|| up to ~10.
double trace_exp(const Eigen::MatrixXd& x) {
    Eigen::MatrixXd term = Eigen::MatrixXd::Identity(x.rows(), x.cols());
    double tr = term.trace();
    for (int k = 1; k < 120; ++k) {
        term = term * x / k;
        tr += term.trace();
    }
    return tr;
}

}  // namespace

TEST_SUITE("balance") {
    TEST_CASE("Highland tribes: published values (signnet, KONECT, Read 1954)") {
        const signed_graph g = tribes();
        REQUIRE(g.num_vertices() == 16);
        REQUIRE(g.num_edges() == 58);

        SUBCASE("triangle index: census 19/2/40/7, T = 0.8676471, KONECT tau = 0.132353") {
            kzsec::triangle_options o;
            o.list_unbalanced = true;
            const auto t = kzsec::triangle_index(g, o);
            CHECK(t.triangles == 68);
            CHECK(t.census == std::array<std::size_t, 4>{19, 2, 40, 7});
            CHECK(t.balanced == 59);
            CHECK(t.index == doctest::Approx(0.8676471).epsilon(1e-7));
            CHECK(1 - t.index == doctest::Approx(0.132353).epsilon(1e-5));
            CHECK(t.unbalanced_triangles.size() == 9);
            CHECK(t.weak_index == doctest::Approx(66.0 / 68.0));
            std::size_t sum = 0;
            for (auto c : t.vertex_unbalanced) sum += c;
            CHECK(sum == 27);  // 3 vertices per unbalanced triangle
            o.weak = true;
            const auto tw = kzsec::triangle_index(g, o);
            CHECK(tw.balanced == 66);
            CHECK(tw.unbalanced_triangles.size() == 2);
            for (const auto& tri : tw.unbalanced_triangles) {  // weakly unbalanced = ++-
                int negs = (g.weight(tri[0], tri[1]) < 0) + (g.weight(tri[1], tri[2]) < 0) +
                           (g.weight(tri[0], tri[2]) < 0);
                CHECK(negs == 1);
            }
        }
        SUBCASE("walk index K(1) = 0.3575761 (signnet); K(0.5), K(2) from the methods note") {
            CHECK(kzsec::walk_index(g).index == doctest::Approx(0.3575761).epsilon(2e-7));
            kzsec::walk_options o;
            o.beta = 0.5;
            CHECK(kzsec::walk_index(g, o).index == doctest::Approx(0.7731198473).epsilon(1e-9));
            o.beta = 2;
            CHECK(kzsec::walk_index(g, o).index == doctest::Approx(0.0909671837).epsilon(1e-9));
            // Independent: Taylor-series matrix exponential.
            const Eigen::MatrixXd a = g.adjacency();
            CHECK(kzsec::walk_index(g).index == doctest::Approx(trace_exp(a) / trace_exp(a.cwiseAbs())).epsilon(1e-10));
        }
        SUBCASE("frustration L = 7, unique optimal bipartition, F = 0.7586207") {
            kzsec::frustration_options o;
            o.method = kzsec::frustration_method::exact;
            const auto f = kzsec::frustration(g, o);
            CHECK(f.optimal);
            CHECK(f.frustration == 7);
            CHECK(f.lower_bound == 7);
            CHECK(f.normalised == doctest::Approx(0.7586207).epsilon(1e-7));
            CHECK(f.frustrated_edges.size() == 7);
            std::set<std::string> side;
            for (std::size_t v = 0; v < 16; ++v)
                if (f.partition[v] != f.partition[g.index("OVE")]) side.insert(g.label(v));
            CHECK(side == std::set<std::string>{"GAVEV", "KOTUN", "NAGAD", "GAMA"});
            const auto h = kzsec::frustration(g, {.method = kzsec::frustration_method::heuristic});
            CHECK(h.lower_bound <= 7);
            CHECK(h.upper_bound >= 7);
        }
        SUBCASE("Doreian-Mrvar blockmodel: k = 2 -> 7, k = 3 -> 2 with signnet's partition") {
            const auto b2 = kzsec::blockmodel(g, 2);
            CHECK(b2.optimal);
            CHECK(b2.criterion == doctest::Approx(7));
            const auto b3 = kzsec::blockmodel(g, 3);
            CHECK(b3.optimal);
            CHECK(b3.criterion == doctest::Approx(2));
            const std::vector<int> signnet = {3, 3, 2, 2, 1, 2, 2, 2, 1, 1, 2, 2, 1, 1, 3, 3};
            for (std::size_t i = 0; i < 16; ++i)
                for (std::size_t j = 0; j < 16; ++j)
                    CHECK((b3.membership[i] == b3.membership[j]) == (signnet[i] == signnet[j]));
        }
        SUBCASE("spectral index: lambda_min = 1.0402890812, normalised 0.1548066826, <= 4L/n") {
            const auto s = kzsec::spectral_index(g);
            CHECK(s.lambda_min == doctest::Approx(1.0402890812).epsilon(1e-9));
            CHECK(s.lambda_max == doctest::Approx(11.9628599001).epsilon(1e-9));
            CHECK(s.relative == doctest::Approx(0.035872).epsilon(1e-4));
            CHECK(s.lambda_min <= 4.0 * 7 / 16);
            const auto sn = kzsec::spectral_index(g, {.normalized = true});
            CHECK(sn.lambda_min == doctest::Approx(0.1548066826).epsilon(1e-9));
        }
    }

    TEST_CASE("Everett-Borgatti Table 5 fixture: census, L, blockmodel, walk by brute force") {
        const auto rows = read_csv(kzsec_test::reference("balance/everett_borgatti_2014_table5.csv").string(), false);
        REQUIRE(rows.size() == 10);
        Eigen::MatrixXd a(10, 10);
        for (int i = 0; i < 10; ++i)
            for (int j = 0; j < 10; ++j) a(i, j) = std::stod(rows[static_cast<std::size_t>(i)].at(static_cast<std::size_t>(j)));
        const auto g = signed_graph::from_matrix(a);
        const auto t = kzsec::triangle_index(g);
        CHECK(t.census == census_brute(a));
        const Eigen::MatrixXd a3 = a * a * a, b3 = a.cwiseAbs() * a.cwiseAbs() * a.cwiseAbs();
        CHECK(t.index == doctest::Approx((a3.trace() + b3.trace()) / (2 * b3.trace())));
        const auto f = kzsec::frustration(g, {.method = kzsec::frustration_method::exact});
        CHECK(f.optimal);
        CHECK(f.frustration == frustration_brute(a, false));
        CHECK(kzsec::blockmodel(g, 2).criterion == doctest::Approx(frustration_brute(a, false)));
        CHECK(kzsec::blockmodel(g, 3).criterion == doctest::Approx(blockmodel_brute(a, 3, 0.5)));
        CHECK(kzsec::walk_index(g).index == doctest::Approx(trace_exp(a) / trace_exp(a.cwiseAbs())).epsilon(1e-10));
    }

    TEST_CASE("Bitcoin Alpha, KONECT convention (sum ratings, then sign): tau = 0.143562") {
        const auto path = kzsec_test::reference("balance/soc-sign-bitcoinalpha.csv.gz").string();
        gzFile f = gzopen(path.c_str(), "rb");
        REQUIRE(f != nullptr);
        std::vector<kzsec::weighted_edge> edges;
        char buf[512];
        bool header = true;
        while (gzgets(f, buf, sizeof buf) != nullptr) {
            if (header) {
                header = false;
                continue;
            }
            std::stringstream ss(buf);
            std::string a, b, r;
            std::getline(ss, a, ',');
            std::getline(ss, b, ',');
            std::getline(ss, r, ',');
            edges.push_back({std::stoul(a), std::stoul(b), std::stod(r)});
        }
        gzclose(f);
        REQUIRE(edges.size() == 24186);
        kzsec::from_edges_options o;
        o.directed = true;
        o.symmetrize = kzsec::symmetrize_rule::sum;
        const auto g = signed_graph::from_edges(edges, 0, {}, o);
        const auto t = kzsec::triangle_index(g);
        CHECK(t.triangles == 21677);
        CHECK(t.unbalanced == 3112);
        CHECK(1 - t.index == doctest::Approx(0.143562).epsilon(1e-5));
    }

    TEST_CASE("brute force on small random signed graphs") {
        std::mt19937_64 rng(20261127);
        std::size_t searched = 0;  // trials where the cycle-packing bound did not close the gap
        for (int trial = 0; trial < 150; ++trial) {
            const int n = 3 + trial % 8;  // 3..10
            const double density = 0.3 + 0.1 * (trial % 6);
            const int maxw = trial % 3 == 0 ? 3 : 1;
            const Eigen::MatrixXd a = random_signed(rng, n, density, 0.45, maxw);
            const auto g = signed_graph::from_matrix(a);
            CAPTURE(trial);
            const auto t = kzsec::triangle_index(g, {.weighting = kzsec::triangle_weighting::product});
            CHECK(t.census == census_brute(a));
            const Eigen::MatrixXd a3 = a * a * a, b3 = a.cwiseAbs() * a.cwiseAbs() * a.cwiseAbs();
            if (b3.trace() > 0) CHECK(t.index == doctest::Approx((a3.trace() + b3.trace()) / (2 * b3.trace())));
            for (bool weighted : {false, true}) {
                const auto f = kzsec::frustration(g, {.method = kzsec::frustration_method::exact, .weighted = weighted});
                CHECK(f.optimal);
                if (f.nodes > 0) ++searched;
                CHECK(f.frustration == doctest::Approx(frustration_brute(a, weighted)));
                CHECK(kzsec::frustration_of(g, f.partition, weighted) == doctest::Approx(f.frustration));
                CHECK(f.frustrated_edges.size() == static_cast<std::size_t>(kzsec::frustration_of(g, f.partition, false)));
                const auto h = kzsec::frustration(g, {.method = kzsec::frustration_method::heuristic, .weighted = weighted});
                CHECK(h.lower_bound <= f.frustration + 1e-9);
                CHECK(h.upper_bound >= f.frustration - 1e-9);
            }
            const double L = frustration_brute(a, false);
            const double m = static_cast<double>(g.num_edges());
            CHECK(L <= m / 2);
            const auto sp = kzsec::spectral_index(g);
            CHECK(sp.lambda_min <= 4 * L / n + 1e-9);
            if (n <= 7) {
                CHECK(kzsec::blockmodel(g, 2, {.method = kzsec::blockmodel_method::exact}).criterion ==
                      doctest::Approx(L));
                CHECK(kzsec::blockmodel(g, 3, {.method = kzsec::blockmodel_method::exact}).criterion ==
                      doctest::Approx(blockmodel_brute(a, 3, 0.5)));
                CHECK(kzsec::blockmodel(g, 2, {.alpha = 0.3, .method = kzsec::blockmodel_method::exact}).criterion ==
                      doctest::Approx(blockmodel_brute(a, 2, 0.3)));
            }
            // Switching invariance: s_i s_j A_ij has the same balance.
            Eigen::VectorXd s(n);
            for (int i = 0; i < n; ++i) s(i) = (rng() & 1) ? 1.0 : -1.0;
            const Eigen::MatrixXd sw = s.asDiagonal() * a * s.asDiagonal();
            const auto gs = signed_graph::from_matrix(sw);
            CHECK(kzsec::triangle_index(gs).balanced == kzsec::triangle_index(g).balanced);
            CHECK(kzsec::frustration(gs, {.method = kzsec::frustration_method::exact}).frustration == L);
            CHECK(kzsec::walk_index(gs).index == doctest::Approx(kzsec::walk_index(g).index).epsilon(1e-9));
            CHECK(kzsec::spectral_index(gs).lambda_min ==
                  doctest::Approx(sp.lambda_min).epsilon(1e-9).scale(1.0));
        }
        CHECK(searched > 0);  // the branch and bound itself was exercised
    }

    TEST_CASE("frustration over blocks: graphs with cut vertices, L = sum of the blocks' L = brute force") {
        // Chains and stars of dense random pieces (4-5 vertices) glued at cut vertices, with
        // pendant ties; n <= 16. L of the whole graph must equal brute force, and the sum of the
        // brute-force L of each piece (frustration is additive over blocks, docs/balance.md).
        std::mt19937_64 rng(20261201);
        std::uniform_real_distribution<double> unif(0.0, 1.0);
        for (int trial = 0; trial < 30; ++trial) {
            const int pieces = 2 + trial % 3;  // 2..4 blocks
            std::vector<std::vector<int>> piece_vertices;
            std::vector<std::tuple<int, int, double>> ties;
            int n = 0;
            for (int p = 0; p < pieces; ++p) {
                const int size = 4 + (trial + p) % 2;
                std::vector<int> vs;
                if (p > 0) {  // share one vertex of an earlier piece: a cut vertex
                    const auto& prev = piece_vertices[static_cast<std::size_t>(rng() % piece_vertices.size())];
                    vs.push_back(prev[rng() % prev.size()]);
                }
                while (static_cast<int>(vs.size()) < size) vs.push_back(n++);
                // a Hamiltonian cycle keeps the piece 2-connected; chords at random
                for (std::size_t i = 0; i < vs.size(); ++i)
                    for (std::size_t j = i + 1; j < vs.size(); ++j)
                        if (j == i + 1 || (i == 0 && j + 1 == vs.size()) || unif(rng) < 0.5) {
                            const double w = (unif(rng) < 0.45 ? -1.0 : 1.0) * (trial % 2 ? 1.0 + (rng() % 3) : 1.0);
                            ties.emplace_back(vs[i], vs[j], w);
                        }
                piece_vertices.push_back(vs);
            }
            if (trial % 4 == 0) ties.emplace_back(0, n++, -1.0);  // a pendant tie (a bridge)
            Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
            for (const auto& [u, v, w] : ties) a(u, v) = a(v, u) = w;
            const auto g = signed_graph::from_matrix(a);
            CAPTURE(trial);
            for (bool weighted : {false, true}) {
                double sum_of_pieces = 0;
                for (const auto& vs : piece_vertices) {
                    Eigen::MatrixXd ap(vs.size(), vs.size());
                    for (std::size_t i = 0; i < vs.size(); ++i)
                        for (std::size_t j = 0; j < vs.size(); ++j) ap(i, j) = a(vs[i], vs[j]);
                    sum_of_pieces += frustration_brute(ap, weighted);
                }
                const double brute = frustration_brute(a, weighted);
                CHECK(brute == doctest::Approx(sum_of_pieces));
                const auto f = kzsec::frustration(g, {.method = kzsec::frustration_method::exact, .weighted = weighted});
                CHECK(f.optimal);
                CHECK(f.frustration == doctest::Approx(brute));
                CHECK(kzsec::frustration_of(g, f.partition, weighted) == doctest::Approx(f.frustration));
                const auto h = kzsec::frustration(g, {.method = kzsec::frustration_method::heuristic, .weighted = weighted});
                CHECK(h.lower_bound <= brute + 1e-9);
                CHECK(h.upper_bound >= brute - 1e-9);
            }
        }
    }

    TEST_CASE("Correlates-of-War windows: exact frustration, proven optimal") {
        std::map<std::string, std::vector<kzsec::labelled_edge>> wins;
        for (const auto& r : read_csv(kzsec_test::reference("balance/cow_signed_networks.csv").string(), true))
            wins[r.at(0)].push_back({r.at(1), r.at(2), std::stod(r.at(3))});
        REQUIRE(wins.size() == 51);
        // A sample of windows (all 51 are solved in tests/python/test_balance.py and bench/).
        for (const std::string w : {"46-49", "49-52", "56-59", "83-86", "96-99"}) {
            CAPTURE(w);
            const auto g = signed_graph::from_labelled_edges(wins.at(w));
            const auto f = kzsec::frustration(g, {.method = kzsec::frustration_method::exact, .time_limit = 30});
            CHECK(f.optimal);
            CHECK(f.lower_bound == f.frustration);
            CHECK(kzsec::frustration_of(g, f.partition) == f.frustration);
            // The heuristic's certified lower bound never exceeds the optimum.
            const auto h = kzsec::frustration(g, {.method = kzsec::frustration_method::heuristic});
            CHECK(h.lower_bound <= f.frustration);
            CHECK(h.upper_bound >= f.frustration);
            if (w == "49-52") CHECK(f.frustration == 15);  // exact value in the methods note (independent solver)
        }
    }

    TEST_CASE("balanced graphs give T = K = F = 1, L = 0, lambda_min = 0; bad arguments throw") {
        std::mt19937_64 rng(7);
        Eigen::MatrixXd a = random_signed(rng, 12, 0.6, 0.0, 1);  // all positive
        Eigen::VectorXd s(12);
        for (int i = 0; i < 12; ++i) s(i) = i % 3 == 0 ? -1.0 : 1.0;
        a = s.asDiagonal() * a * s.asDiagonal();
        const auto g = signed_graph::from_matrix(a);
        CHECK(kzsec::triangle_index(g).index == 1.0);
        CHECK(kzsec::walk_index(g).index == doctest::Approx(1.0));
        const auto f = kzsec::frustration(g);
        CHECK(f.frustration == 0);
        CHECK(f.normalised == 1.0);
        CHECK(kzsec::spectral_index(g).lambda_min == doctest::Approx(0.0).scale(1.0));
        CHECK_THROWS_AS(kzsec::walk_index(g, {.beta = -1}), kzsec::invalid_input);
        CHECK_THROWS_AS(kzsec::blockmodel(g, 0), kzsec::invalid_input);
        CHECK_THROWS_AS(kzsec::frustration_of(g, std::vector<int>(3, 1)), kzsec::invalid_input);
        CHECK_THROWS_AS(kzsec::spectral_index(signed_graph{}), kzsec::invalid_input);
    }

    TEST_CASE("disconnected graph: whole vs largest component (COW 46-49 style)") {
        // Two components: an unbalanced triangle and a balanced (positive) edge.
        const std::vector<kzsec::weighted_edge> e = {{0, 1, 1}, {1, 2, 1}, {0, 2, -1}, {3, 4, 1}};
        const auto g = signed_graph::from_edges(e);
        CHECK(kzsec::spectral_index(g).lambda_min == doctest::Approx(0.0).scale(1.0));
        const auto l = kzsec::spectral_index(g, {.component = kzsec::component_choice::largest});
        CHECK(l.vertices == std::vector<std::size_t>{0, 1, 2});
        // Unbalanced triangle: D - A has eigenvalues 1, 1, 4 (worked by hand: A = J - I switched).
        CHECK(l.lambda_min == doctest::Approx(1.0));
        const auto f = kzsec::frustration(g);
        CHECK(f.frustration == 1);
        CHECK(f.optimal);
        CHECK(f.partition[3] == 1);  // smallest vertex of each component on side +1
    }

    TEST_CASE("cycle part: bridges and pendant ties left out, by hand and by brute force") {
        // two triangles joined by the bridge 2-3, and the pendant tie 5-6
        const auto g = signed_graph::from_edges(std::vector<kzsec::weighted_edge>{
            {0, 1, 1}, {1, 2, -1}, {0, 2, 1}, {2, 3, -0.5}, {3, 4, 1}, {4, 5, 1}, {3, 5, -1}, {5, 6, 2}});
        const auto cp = kzsec::cycle_part(g);
        CHECK(cp.graph.num_vertices() == 7);
        CHECK(cp.graph.num_edges() == 6);
        REQUIRE(cp.removed.size() == 2);
        CHECK(cp.removed[0].u == 2);
        CHECK(cp.removed[0].v == 3);
        CHECK(cp.removed[0].weight == -0.5);
        CHECK(cp.removed[1].u == 5);
        CHECK(cp.removed[1].v == 6);
        CHECK(cp.vertices_on_cycles == 6);
        CHECK(kzsec::frustration(cp.graph).frustration == 2);
        CHECK(kzsec::frustration(g).frustration == 2);
        // a tree has no cycle; a cycle has no bridge
        const auto tree = signed_graph::from_edges(std::vector<kzsec::weighted_edge>{{0, 1, -1}, {1, 2, -1}, {1, 3, 1}});
        CHECK(kzsec::cycle_part(tree).graph.num_edges() == 0);
        CHECK(kzsec::cycle_part(tree).vertices_on_cycles == 0);
        const auto ring = signed_graph::from_edges(std::vector<kzsec::weighted_edge>{{0, 1, -1}, {1, 2, -1}, {2, 3, -1}, {3, 0, 1}});
        CHECK(kzsec::cycle_part(ring).removed.empty());

        std::mt19937_64 rng(20261201);
        for (int trial = 0; trial < 200; ++trial) {
            const int n = 2 + trial % 11;  // 2..12
            const double density = 0.15 + 0.05 * (trial % 8);
            const Eigen::MatrixXd a = random_signed(rng, n, density, 0.45, trial % 2 ? 3 : 1);
            const auto h = signed_graph::from_matrix(a);
            CAPTURE(trial);
            const auto c = kzsec::cycle_part(h);
            // brute force: an edge is a bridge iff removing it adds a connected component
            std::size_t k0 = 0;
            h.components(&k0);
            std::vector<std::pair<std::size_t, std::size_t>> bridges;
            for (const auto& e : h.edges()) {
                auto x = h;
                x.remove_edge(e.u, e.v);
                std::size_t k1 = 0;
                x.components(&k1);
                if (k1 > k0) bridges.emplace_back(e.u, e.v);
            }
            REQUIRE(c.removed.size() == bridges.size());
            for (std::size_t i = 0; i < bridges.size(); ++i) {
                CHECK(c.removed[i].u == bridges[i].first);
                CHECK(c.removed[i].v == bridges[i].second);
            }
            CHECK(c.graph.num_edges() + c.removed.size() == h.num_edges());
            CHECK(kzsec::cycle_part(c.graph).removed.empty());  // one pass: the result is bridgeless
            for (bool weighted : {false, true})  // removing bridges never changes the frustration index
                CHECK(kzsec::frustration(c.graph, {.method = kzsec::frustration_method::exact, .weighted = weighted})
                          .frustration == doctest::Approx(frustration_brute(a, weighted)));
        }
    }

    TEST_CASE("optimal partitions: by hand, and their number by brute force over all bipartitions") {
        // all-negative triangle: L = 1, three optimal partitions ({0,1|2}, {0,2|1}, {0|1,2})
        const auto t = signed_graph::from_edges(std::vector<kzsec::weighted_edge>{{0, 1, -1}, {1, 2, -1}, {0, 2, -1}});
        for (auto m : {kzsec::partitions_method::enumeration, kzsec::partitions_method::branch_and_bound}) {
            const auto p = kzsec::optimal_partitions(t, {.method = m});
            CHECK(p.frustration == 1);
            CHECK(p.count == 3);
            CHECK(p.complete);
            CHECK_FALSE(p.unique);
            const auto sh = kzsec::shares_with(t, 0, p.partitions);
            CHECK(sh.share == std::vector<double>{1.0, 1.0 / 3, 1.0 / 3});
        }
        // weighted, the weakest tie is cut: unique
        const auto tw = signed_graph::from_edges(std::vector<kzsec::weighted_edge>{{0, 1, -1}, {1, 2, -2}, {0, 2, -3}});
        const auto pw = kzsec::optimal_partitions(tw, {.weighted = true});
        CHECK(pw.frustration == 1);
        CHECK(pw.unique);
        CHECK(pw.partitions.at(0) == std::vector<int>{1, 1, -1});
        // two components multiply: 3 x 1 (a balanced positive pair), and an isolated vertex
        const auto two = signed_graph::from_edges(
            std::vector<kzsec::weighted_edge>{{0, 1, -1}, {1, 2, -1}, {0, 2, -1}, {3, 4, 1}}, 6);
        const auto p2 = kzsec::optimal_partitions(two);
        CHECK(p2.count == 3);
        CHECK(p2.component_counts == std::vector<std::size_t>{3, 1, 1});
        CHECK(p2.partitions.size() == 3);
        // the cap
        const auto capped = kzsec::optimal_partitions(t, {.max_count = 2});
        CHECK_FALSE(capped.complete);
        CHECK(capped.partitions.size() == 2);
        CHECK_THROWS_AS(kzsec::optimal_partitions(t, {.max_count = 0}), kzsec::invalid_input);

        std::mt19937_64 rng(20261202);
        for (int trial = 0; trial < 120; ++trial) {
            const int n = 2 + trial % 10;  // 2..11
            const double density = 0.2 + 0.1 * (trial % 6);
            const bool weighted = trial % 3 == 0;
            const Eigen::MatrixXd a = random_signed(rng, n, density, 0.5, weighted ? 2 : 1);
            const auto g = signed_graph::from_matrix(a);
            CAPTURE(trial);
            // brute force: every s in {±1}^n of value L, divided by 2^components (normalisation)
            const double L = frustration_brute(a, weighted);
            std::size_t hits = 0;
            for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
                std::vector<int> s(static_cast<std::size_t>(n));
                for (int i = 0; i < n; ++i) s[static_cast<std::size_t>(i)] = (mask >> i) & 1u ? -1 : 1;
                if (std::abs(kzsec::frustration_of(g, s, weighted) - L) < 1e-9) ++hits;
            }
            std::size_t comps = 0;
            g.components(&comps);
            const std::size_t expected = hits >> comps;
            for (auto m : {kzsec::partitions_method::enumeration, kzsec::partitions_method::branch_and_bound}) {
                const auto p = kzsec::optimal_partitions(g, {.weighted = weighted, .method = m});
                CHECK(p.complete);
                CHECK(p.frustration == doctest::Approx(L));
                CHECK(p.count == expected);
                CHECK(p.partitions.size() == expected);
                for (const auto& s : p.partitions) CHECK(kzsec::frustration_of(g, s, weighted) == doctest::Approx(L));
                std::set<std::vector<int>> distinct(p.partitions.begin(), p.partitions.end());
                CHECK(distinct.size() == p.partitions.size());
            }
        }
    }
}
