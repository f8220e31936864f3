// Tests of include/kzsec/centrality.hpp: the published Everett-Borgatti Table 5
// values (PN and signed eigenvector, signnet's JOSS paper), hand-worked cases,
// and independent computations on seeded random graphs (Neumann series for PN,
// the eigen-equation and power iteration for the eigenvector).
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include <kzsec/centrality.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/signed_graph.hpp>

#include "test_support.hpp"

using namespace kzsec;
using doctest::Approx;

namespace {

Eigen::MatrixXd table5() {
    std::ifstream in(kzsec_test::reference("balance/everett_borgatti_2014_table5.csv"));
    REQUIRE(in.good());
    Eigen::MatrixXd a(10, 10);
    std::string line;
    for (int i = 0; i < 10; ++i) {
        REQUIRE(std::getline(in, line));
        std::stringstream ss(line);
        std::string x;
        for (int j = 0; j < 10; ++j) {
            REQUIRE(std::getline(ss, x, ','));
            a(i, j) = std::stod(x);
        }
    }
    return a;
}

/// A seeded random signed graph as a symmetric matrix (density p, weights in ±[0.1, 1]).
Eigen::MatrixXd random_signed(std::size_t n, double p, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> u(0.0, 1.0);
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    for (Eigen::Index i = 0; i < a.rows(); ++i)
        for (Eigen::Index j = i + 1; j < a.cols(); ++j)
            if (u(rng) < p) a(i, j) = a(j, i) = (u(rng) < 0.6 ? 1.0 : -1.0) * (0.1 + 0.9 * u(rng));
    return a;
}

Eigen::MatrixXd signs(const Eigen::MatrixXd& a) {
    return a.unaryExpr([](double w) { return w > 0 ? 1.0 : w < 0 ? -1.0 : 0.0; });
}

}  // namespace

TEST_SUITE("centrality") {

TEST_CASE("Everett-Borgatti Table 5: published PN and signed eigenvector centrality") {
    const Eigen::MatrixXd a = table5();
    const signed_graph g = signed_graph::from_matrix(a);
    // signnet JOSS paper (../shared/reference/SOURCES.md)
    const std::vector<double> pn = {0.900975, 0.861348, 0.907700, 0.861348, 0.841066,
                                    0.849656, 0.861732, 0.901591, 0.850985, 0.907293};
    const pn_result r = pn_index(g);
    CHECK(r.beta == Approx(1.0 / 18.0));
    REQUIRE(r.pn.size() == 10);
    for (std::size_t i = 0; i < 10; ++i) CHECK(std::abs(r.pn[i] - pn[i]) < 5e-7);
    // the widest row: +1 +1 -1 +1 -1 -1 -> |A*| sum 9, r = 9/18: iterated; the LU agrees
    CHECK(r.contraction == Approx(0.5));
    CHECK(r.method == pn_method::iteration);
    CHECK(r.iterations > 10);
    const pn_result lu = pn_index(g, {.method = pn_method::sparse_lu});
    CHECK(lu.method == pn_method::sparse_lu);
    CHECK(lu.iterations == 0);
    for (std::size_t i = 0; i < 10; ++i) CHECK(lu.pn[i] == Approx(r.pn[i]).epsilon(1e-14));
    // the matrix overload, undirected: the same numbers
    const pn_result rm = pn_index(a);
    for (std::size_t i = 0; i < 10; ++i) CHECK(rm.pn[i] == Approx(r.pn[i]).epsilon(1e-12));
    // a symmetric matrix has in = out = all
    for (pn_mode m : {pn_mode::in, pn_mode::out}) {
        const pn_result rd = pn_index(a, {.mode = m});
        for (std::size_t i = 0; i < 10; ++i) CHECK(rd.pn[i] == Approx(r.pn[i]).epsilon(1e-12));
    }
    // signed eigenvector: dominant |lambda| = -4.268416, v / max|v| signed (signnet >= 1.0.6)
    const std::vector<double> ev = {-0.6221496, 1, -0.7451885, 1, -0.8999004, 0.6428959, 0.3582816, -0.3747192, -0.2808741, -0.0783457};
    const eigenvector_result e = signed_eigenvector_centrality(g);
    CHECK(e.eigenvalue == Approx(-4.268416014803441).epsilon(1e-12));
    for (std::size_t i = 0; i < 10; ++i) CHECK(std::abs(e.centrality[i] - ev[i]) < 5e-7);
    CHECK(e.gap > 0);
    // unit 2-norm, same direction
    const eigenvector_result e2 = signed_eigenvector_centrality(g, {.scale = false});
    double norm = 0;
    for (double x : e2.centrality) norm += x * x;
    CHECK(norm == Approx(1.0));
    for (std::size_t i = 0; i < 10; ++i) CHECK(e2.centrality[i] * e.centrality[1] / e2.centrality[1] == Approx(e.centrality[i]));
}

TEST_CASE("PN by hand: two and three actors, directed in and out") {
    // one positive tie 0 -> 1, n = 2, beta = 1/2: out = (I - A*/2)^-1 1 = (1 + 1/2, 1); in = (1, 1.5)
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(2, 2);
    a(0, 1) = 1;
    auto out = pn_index(a, {.mode = pn_mode::out});
    CHECK(out.pn[0] == Approx(1.5));
    CHECK(out.pn[1] == Approx(1.0));
    auto in = pn_index(a, {.mode = pn_mode::in});
    CHECK(in.pn[0] == Approx(1.0));
    CHECK(in.pn[1] == Approx(1.5));
    // a negative tie counts twice: out = 1 + (1/2)(-2)(1) = 0
    a(0, 1) = -1;
    out = pn_index(a, {.mode = pn_mode::out});
    CHECK(out.pn[0] == Approx(0.0).scale(1.0));
    // undirected positive pair: x = 1 + x/2 -> x = 2 for both; negative pair: x = 1 - x -> 1/2
    signed_graph g(2);
    g.set_edge(0, 1, 1.0);
    CHECK(pn_index(g).pn[0] == Approx(2.0));
    CHECK(pn_index(g).pn[1] == Approx(2.0));
    g.set_edge(0, 1, -0.3);
    // with the default beta = 1/2 a negative pair is the one singular case: x = 1 - x/2 * 2
    CHECK_THROWS_WITH_AS(pn_index(g), doctest::Contains("singular"), numerical_error);
    CHECK(pn_index(g, {.beta = 0.25}).pn[1] == Approx(1.0 / 1.5));  // x = 1 - 2x/4
    // weighted: A* = -0.6 -> x = 1 - 0.3 x -> x = 1/1.3
    CHECK(pn_index(g, {.weighted = true}).pn[0] == Approx(1.0 / 1.3));
    // a path 0 + 1 - 2 with beta = 1/4: solve by hand (x0, x1, x2) from
    // x0 = 1 + x1/4, x1 = 1 + x0/4 - x2/2, x2 = 1 - x1/2
    signed_graph p(3);
    p.set_edge(0, 1, 1.0);
    p.set_edge(1, 2, -1.0);
    const auto r = pn_index(p);
    CHECK(r.beta == Approx(0.25));
    // substituting: x1 = 1 + (1 + x1/4)/4 - (1 - x1/2)/2 = 3/4 + x1 (1/16 + 1/4) -> x1 = (3/4) / (11/16) = 12/11
    CHECK(r.pn[1] == Approx(12.0 / 11.0));
    CHECK(r.pn[0] == Approx(1.0 + 3.0 / 11.0));
    CHECK(r.pn[2] == Approx(1.0 - 6.0 / 11.0));
    CHECK(r.convention.find("1/(2n-2)") != std::string::npos);
}

TEST_CASE("PN equals its Neumann series on seeded random graphs (undirected and directed)") {
    std::mt19937_64 rng(2024);
    int compared = 0, iterated = 0;
    for (int trial = 0; trial < 30; ++trial) {
        const std::size_t n = 3 + static_cast<std::size_t>(trial % 12);
        Eigen::MatrixXd a = random_signed(n, 0.4, rng);
        if (trial % 3 == 2) a.triangularView<Eigen::StrictlyLower>().setZero();  // directed: ties i -> j, i < j
        for (bool weighted : {false, true}) {
            const Eigen::MatrixXd s = weighted ? a : signs(a);
            const Eigen::MatrixXd as = s.unaryExpr([](double w) { return w > 0 ? w : 2.0 * w; });
            const double beta = 1.0 / (2.0 * static_cast<double>(n) - 2.0);
            // sum_k beta^k A*^k 1 (spectral radius of beta A* < 1 here: checked)
            const Eigen::VectorXcd ev = (beta * as).eigenvalues();
            if (ev.cwiseAbs().maxCoeff() > 0.95) continue;
            Eigen::VectorXd term = Eigen::VectorXd::Ones(static_cast<Eigen::Index>(n)), sum = term;
            for (int k = 0; k < 2000 && term.cwiseAbs().maxCoeff() > 1e-17; ++k) {
                term = beta * as * term;
                sum += term;
            }
            const bool directed = trial % 3 == 2;
            ++compared;
            const pn_result r = pn_index(a, {.mode = directed ? pn_mode::out : pn_mode::all, .weighted = weighted});
            for (std::size_t i = 0; i < n; ++i) CHECK(r.pn[i] == Approx(sum(static_cast<Eigen::Index>(i))).epsilon(1e-10));
            // both solvers, whichever the automatic choice was
            const pn_result lu = pn_index(a, {.mode = directed ? pn_mode::out : pn_mode::all, .weighted = weighted,
                                              .method = pn_method::sparse_lu});
            for (std::size_t i = 0; i < n; ++i) CHECK(lu.pn[i] == Approx(sum(static_cast<Eigen::Index>(i))).epsilon(1e-10));
            if (r.contraction < 1) {
                const pn_result it = pn_index(a, {.mode = directed ? pn_mode::out : pn_mode::all, .weighted = weighted,
                                                  .method = pn_method::iteration});
                for (std::size_t i = 0; i < n; ++i) CHECK(it.pn[i] == Approx(sum(static_cast<Eigen::Index>(i))).epsilon(1e-10));
                ++iterated;
            }
            if (directed) {  // in-PN is out-PN of the transpose
                const pn_result ri = pn_index(a, {.mode = pn_mode::in, .weighted = weighted});
                const Eigen::MatrixXd at = a.transpose();
                const pn_result ro = pn_index(at, {.mode = pn_mode::out, .weighted = weighted});
                CHECK(ri.pn == ro.pn);
            } else {
                const pn_result rg = pn_index(signed_graph::from_matrix(a), {.weighted = weighted});
                for (std::size_t i = 0; i < n; ++i) CHECK(rg.pn[i] == Approx(r.pn[i]).epsilon(1e-12));
            }
        }
    }
    CHECK(compared > 40);
    CHECK(iterated > 10);
}

TEST_CASE("signed eigenvector: the eigen-equation, power iteration, and two camps") {
    std::mt19937_64 rng(7);
    int checked = 0;
    for (int trial = 0; trial < 25; ++trial) {
        const std::size_t n = 4 + static_cast<std::size_t>(trial % 10);
        const Eigen::MatrixXd a = random_signed(n, 0.5, rng);
        const signed_graph g = signed_graph::from_matrix(a);
        if (g.num_edges() == 0) continue;
        eigenvector_result e;
        try {
            e = signed_eigenvector_centrality(g, {.weighted = true});
        } catch (const numerical_error&) {
            continue;  // no dominant eigenvalue: nothing to compare
        }
        const Eigen::Map<const Eigen::VectorXd> v(e.centrality.data(), static_cast<Eigen::Index>(n));
        CHECK((a * v - e.eigenvalue * v).cwiseAbs().maxCoeff() < 1e-9);
        CHECK(v.cwiseAbs().maxCoeff() == Approx(1.0));
        // power iteration on A^2 (whose dominant eigenvalue lambda^2 is simple when lambda dominates)
        if (e.gap > 0.05) {
            Eigen::VectorXd x = Eigen::VectorXd::LinSpaced(static_cast<Eigen::Index>(n), 1.0, 2.0);
            for (int it = 0; it < 5000; ++it) x = (a * (a * x)).normalized();
            Eigen::Index arg = 0;
            for (Eigen::Index i = 0; i < x.size(); ++i)
                if (std::abs(x(i)) > std::abs(x(arg)) * (1 + 1e-9)) arg = i;
            x /= x(arg);
            CHECK((x - v).cwiseAbs().maxCoeff() < 1e-6);
            ++checked;
        }
    }
    CHECK(checked > 5);
    // nearly tied: two disjoint positive triangles of weights 1 + 1e-9 and 1 (lambda = 2 + 2e-9 and 2):
    // the vector lies on the heavier triangle; with a gap of 1e-12 the inverse iteration stalls and
    // the full decomposition takes over (then only the eigen-equation is well defined)
    for (double eps : {1e-9, 1e-12}) {
        signed_graph t(6);
        for (auto [u, v] : {std::pair{0, 1}, {1, 2}, {0, 2}}) t.set_edge(static_cast<std::size_t>(u), static_cast<std::size_t>(v), 1.0 + eps);
        for (auto [u, v] : {std::pair{3, 4}, {4, 5}, {3, 5}}) t.set_edge(static_cast<std::size_t>(u), static_cast<std::size_t>(v), 1.0);
        const auto e = signed_eigenvector_centrality(t, {.weighted = true, .tolerance = 1e-14});
        CHECK(e.eigenvalue == Approx(2.0 + 2.0 * eps).epsilon(1e-14));
        const Eigen::MatrixXd w = t.adjacency();
        const Eigen::Map<const Eigen::VectorXd> v(e.centrality.data(), 6);
        CHECK((w * v - e.eigenvalue * v).cwiseAbs().maxCoeff() < 1e-9);
        if (eps == 1e-9)
            for (int i = 0; i < 6; ++i) CHECK(e.centrality[static_cast<std::size_t>(i)] == Approx(i < 3 ? 1.0 : 0.0).scale(1.0).epsilon(1e-6));
    }
    // two camps {0, 1, 2} and {3, 4}: positive inside, negative across; the signs split the camps
    signed_graph g(5);
    for (auto [u, v] : {std::pair{0, 1}, {1, 2}, {0, 2}, {3, 4}}) g.set_edge(static_cast<std::size_t>(u), static_cast<std::size_t>(v), 1.0);
    for (auto [u, v] : {std::pair{0, 3}, {1, 4}, {2, 3}}) g.set_edge(static_cast<std::size_t>(u), static_cast<std::size_t>(v), -1.0);
    const auto e = signed_eigenvector_centrality(g);
    CHECK(e.eigenvalue > 0);
    for (int i : {0, 1, 2}) CHECK(e.centrality[static_cast<std::size_t>(i)] > 0);
    for (int i : {3, 4}) CHECK(e.centrality[static_cast<std::size_t>(i)] < 0);
}

TEST_CASE("signed degrees by hand") {
    signed_graph g(4);
    g.set_edge(0, 1, 0.5);
    g.set_edge(0, 2, -0.25);
    g.set_edge(0, 3, 1.0);
    const auto d = signed_degree(g);
    CHECK(d.positive == std::vector<double>{2, 1, 0, 1});
    CHECK(d.negative == std::vector<double>{1, 0, 1, 0});
    CHECK(d.net == std::vector<double>{1, 1, -1, 1});
    CHECK(d.ratio[0] == Approx(2.0 / 3.0));
    CHECK(d.ratio[2] == 0.0);
    const auto w = signed_degree(g, {.weighted = true});
    CHECK(w.positive[0] == Approx(1.5));
    CHECK(w.negative[0] == Approx(0.25));
    signed_graph h(2);
    CHECK(std::isnan(signed_degree(h).ratio[0]));  // isolated
}

TEST_CASE("centrality errors say what is wrong") {
    signed_graph one(1);
    CHECK_THROWS_WITH_AS(pn_index(one), doctest::Contains("at least 2 vertices"), invalid_input);
    signed_graph g(3);
    g.set_edge(0, 1, 1.0);
    CHECK_THROWS_WITH_AS(pn_index(g, {.beta = -1}), doctest::Contains("beta"), invalid_input);
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(3, 3);
    a(0, 1) = 1;
    CHECK_THROWS_WITH_AS(pn_index(a), doctest::Contains("symmetric"), invalid_input);
    a(1, 1) = 1;
    CHECK_THROWS_WITH_AS(pn_index(a, {.mode = pn_mode::out}), doctest::Contains("diagonal"), invalid_input);
    CHECK_THROWS_AS(pn_index(Eigen::MatrixXd::Zero(2, 3)), invalid_input);
    a(1, 1) = std::nan("");
    CHECK_THROWS_WITH_AS(pn_index(a, {.mode = pn_mode::out}), doctest::Contains("not finite"), invalid_input);
    // singular: a positive pair with beta = 1 gives I - A* = [[1, -1], [-1, 1]]
    signed_graph p(2);
    p.set_edge(0, 1, 1.0);
    CHECK_THROWS_AS(pn_index(p, {.beta = 1.0}), numerical_error);
    // a single negative tie: eigenvalues -1 and 1, no dominant one
    signed_graph neg(2);
    neg.set_edge(0, 1, -1.0);
    CHECK_THROWS_WITH_AS(signed_eigenvector_centrality(neg), doctest::Contains("no dominant eigenvalue"), numerical_error);
    CHECK_THROWS_WITH_AS(signed_eigenvector_centrality(signed_graph(3)), doctest::Contains("no edges"), invalid_input);
    // the iteration refuses a system it cannot prove convergent (r = 2 * 1 * 0.75 >= 1)
    signed_graph q(3);
    q.set_edge(0, 1, -1.0);
    CHECK_THROWS_WITH_AS(pn_index(q, {.beta = 0.75, .method = pn_method::iteration}), doctest::Contains("sparse_lu"),
                         invalid_input);
    CHECK(pn_index(q, {.beta = 0.75}).method == pn_method::sparse_lu);
    CHECK(parse_pn_method("iteration") == pn_method::iteration);
    CHECK_THROWS_WITH_AS(parse_pn_method("cg"), doctest::Contains("'auto', 'iteration', 'sparse_lu'"), invalid_input);
    CHECK(parse_pn_mode("in") == pn_mode::in);
    CHECK_THROWS_WITH_AS(parse_pn_mode("both"), doctest::Contains("'all', 'out', 'in'"), invalid_input);
}

}  // TEST_SUITE
