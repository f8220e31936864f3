// Tests of include/kzsec/generators.hpp: exact structure where the model fixes it (planted
// blocks, islands, modes, p = 0 or 1), and the sampling law against the model's probabilities
// (every pair's frequency within 5 standard errors over many seeded draws).
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include <kzsec/balance.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/generators.hpp>

namespace {

using kzsec::signed_graph;

/// |observed share - p| within 5 binomial standard errors over `trials`.
void check_share(double hits, double trials, double p, const std::string& what) {
    INFO(what << ": " << hits << " of " << trials << ", expected share " << p);
    const double se = std::sqrt(p * (1.0 - p) / trials);
    CHECK(std::abs(hits / trials - p) <= 5.0 * se + 1e-12);
}

}  // namespace

TEST_CASE("generators: the same seed gives the same graph, another seed another graph") {
    CHECK(kzsec::signed_gnp(40, 0.2, 0.3, 7) == kzsec::signed_gnp(40, 0.2, 0.3, 7));
    CHECK_FALSE(kzsec::signed_gnp(40, 0.2, 0.3, 7) == kzsec::signed_gnp(40, 0.2, 0.3, 8));
    const auto a = kzsec::planted_ssbm(30, 3, 0.3, 0.1, 5), b = kzsec::planted_ssbm(30, 3, 0.3, 0.1, 5);
    CHECK(a.graph == b.graph);
    CHECK(a.membership == b.membership);
    CHECK(kzsec::islands(3, 5, 0.5, 2, 3).graph == kzsec::islands(3, 5, 0.5, 2, 3).graph);
}

TEST_CASE("signed_gnp: every pair is a tie with probability p, negative with probability q") {
    const std::size_t n = 6, draws = 6000;
    const double p = 0.4, q = 0.3;
    std::map<std::pair<std::size_t, std::size_t>, double> ties;
    double total = 0, negative = 0;
    for (std::size_t s = 0; s < draws; ++s) {
        const signed_graph g = kzsec::signed_gnp(n, p, q, 1000 + s);
        for (const auto& e : g.edges()) {
            ties[{e.u, e.v}] += 1;
            total += 1;
            if (e.weight < 0) negative += 1;
            CHECK(std::abs(e.weight) == 1.0);
        }
    }
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t v = u + 1; v < n; ++v)
            check_share(ties[{u, v}], draws, p, "pair " + std::to_string(u) + "-" + std::to_string(v));
    check_share(negative, total, q, "negative ties");
    CHECK(kzsec::signed_gnp(9, 0.0, 0.5, 1).num_edges() == 0);
    const signed_graph full = kzsec::signed_gnp(9, 1.0, 1.0, 1);
    CHECK(full.num_edges() == 36);
    CHECK(full.num_negative_edges() == 36);
    CHECK(kzsec::signed_gnp(0, 0.5, 0.5, 1).num_vertices() == 0);
}

TEST_CASE("signed_gnp: a large sparse graph has a binomial number of ties") {
    const std::size_t n = 20000;
    const double p = 2e-4;
    const signed_graph g = kzsec::signed_gnp(n, p, 0.5, 3);
    const double pairs = static_cast<double>(n) * (n - 1) / 2;
    check_share(static_cast<double>(g.num_edges()), pairs, p, "ties of G(20000, 2e-4)");
    CHECK(g.num_vertices() == n);
}

TEST_CASE("signed_sbm: tie and sign probabilities per block pair, block membership") {
    const std::vector<std::size_t> sizes{3, 4, 5};
    Eigen::MatrixXd d(3, 3), q(3, 3);
    d << 0.8, 0.1, 0.3,  //
        0.1, 0.5, 0.2,   //
        0.3, 0.2, 1.0;
    q << 0.1, 0.9, 0.6,  //
        0.9, 0.0, 0.7,   //
        0.6, 0.7, 0.25;
    const std::size_t draws = 3000;
    double ties[3][3] = {}, neg[3][3] = {};
    std::vector<std::size_t> block;
    for (std::size_t s = 0; s < draws; ++s) {
        const auto pg = kzsec::signed_sbm(sizes, d, q, 50 + s);
        block = pg.membership;
        for (const auto& e : pg.graph.edges()) {
            const std::size_t a = std::min(block[e.u], block[e.v]), b = std::max(block[e.u], block[e.v]);
            ties[a][b] += 1;
            if (e.weight < 0) neg[a][b] += 1;
        }
    }
    CHECK(block == std::vector<std::size_t>{0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2});
    for (std::size_t a = 0; a < 3; ++a)
        for (std::size_t b = a; b < 3; ++b) {
            const double pairs = a == b ? sizes[a] * (sizes[a] - 1) / 2.0 : static_cast<double>(sizes[a] * sizes[b]);
            const std::string at = "block pair " + std::to_string(a) + "," + std::to_string(b);
            check_share(ties[a][b], pairs * draws, d(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)), at + " ties");
            check_share(neg[a][b], ties[a][b], q(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)), at + " negative");
        }
}

TEST_CASE("signed_sbm: bad matrices are errors that name the entry") {
    const std::vector<std::size_t> sizes{2, 2};
    Eigen::MatrixXd ok = Eigen::MatrixXd::Constant(2, 2, 0.5), bad = ok, asym = ok, wrong(3, 3);
    bad(1, 1) = 1.5;
    asym(0, 1) = 0.2;
    wrong.setZero();
    CHECK_THROWS_WITH_AS(kzsec::signed_sbm(sizes, bad, ok), doctest::Contains("density(1, 1)"), kzsec::invalid_input);
    CHECK_THROWS_WITH_AS(kzsec::signed_sbm(sizes, ok, asym), doctest::Contains("negative is not symmetric"),
                         kzsec::invalid_input);
    CHECK_THROWS_WITH_AS(kzsec::signed_sbm(sizes, wrong, ok), doctest::Contains("must be 2x2"), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::signed_sbm(std::vector<std::size_t>{}, ok, ok), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::signed_gnp(5, -0.1, 0.5), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::signed_gnp(5, 0.5, std::nan("")), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::planted_ssbm(5, 6, 0.5, 0.1), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::planted_ssbm(5, 0, 0.5, 0.1), kzsec::invalid_input);
    CHECK_THROWS_WITH_AS(kzsec::islands(3, 2, 0.5, 5), doctest::Contains("only 4 pairs"), kzsec::invalid_input);
}

TEST_CASE("planted_ssbm: with eta = 0 the blocks are the coalitions of a balanced graph") {
    const auto pg = kzsec::planted_ssbm(40, 2, 0.3, 0.0, 11);
    CHECK(pg.graph.num_edges() > 0);
    for (const auto& e : pg.graph.edges())
        CHECK((e.weight > 0) == (pg.membership[e.u] == pg.membership[e.v]));
    CHECK(kzsec::triangle_index(pg.graph).index == 1.0);
    CHECK(kzsec::frustration(pg.graph).frustration == 0.0);
    // three blocks: weakly balanced, block sizes 4, 3, 3
    const auto p3 = kzsec::planted_ssbm(10, 3, 1.0, 0.0, 2);
    CHECK(p3.membership == std::vector<std::size_t>{0, 0, 0, 0, 1, 1, 1, 2, 2, 2});
    kzsec::triangle_options weak;
    weak.weak = true;
    CHECK(kzsec::triangle_index(p3.graph, weak).index == 1.0);
    CHECK(p3.graph.num_edges() == 45);
    // eta = 1 flips every sign
    const auto flipped = kzsec::planted_ssbm(10, 2, 1.0, 1.0, 2);
    for (const auto& e : flipped.graph.edges())
        CHECK((e.weight < 0) == (flipped.membership[e.u] == flipped.membership[e.v]));
}

TEST_CASE("islands: positive islands, exactly `between` negative ties between every two, chosen uniformly") {
    const std::size_t count = 4, size = 3, between = 2, draws = 3000;
    std::map<std::pair<std::size_t, std::size_t>, double> cross;  // pairs between islands 0 and 1
    for (std::size_t s = 0; s < draws; ++s) {
        const auto pg = kzsec::islands(count, size, 0.5, between, 900 + s);
        std::map<std::pair<std::size_t, std::size_t>, std::size_t> per_pair;
        for (const auto& e : pg.graph.edges()) {
            const std::size_t a = pg.membership[e.u], b = pg.membership[e.v];
            if (a == b) {
                CHECK(e.weight > 0);
            } else {
                CHECK(e.weight < 0);
                ++per_pair[{std::min(a, b), std::max(a, b)}];
                if (a == 0 && b == 1) cross[{e.u, e.v}] += 1;
            }
        }
        CHECK(per_pair.size() == count * (count - 1) / 2);
        for (const auto& [k, c] : per_pair) CHECK(c == between);
    }
    for (std::size_t u = 0; u < size; ++u)
        for (std::size_t v = size; v < 2 * size; ++v)
            check_share(cross[{u, v}], draws, static_cast<double>(between) / (size * size),
                        "cross pair " + std::to_string(u) + "-" + std::to_string(v));
    const auto full = kzsec::islands(3, 10, 1.0, 1, 1);
    CHECK(full.graph.num_edges() == 3 * 45 + 3);
    CHECK(kzsec::frustration(kzsec::islands(2, 6, 0.7, 3, 4).graph).frustration == 0.0);
}

TEST_CASE("signed_bipartite: ties only across the modes") {
    const auto pg = kzsec::signed_bipartite(4, 5, 1.0, 0.0, 1);
    CHECK(pg.graph.num_edges() == 20);
    CHECK(pg.graph.num_negative_edges() == 0);
    CHECK(pg.membership == std::vector<std::size_t>{0, 0, 0, 0, 1, 1, 1, 1, 1});
    const std::size_t draws = 2000;
    double ties = 0, neg = 0;
    for (std::size_t s = 0; s < draws; ++s) {
        const auto g = kzsec::signed_bipartite(3, 4, 0.35, 0.6, 70 + s);
        for (const auto& e : g.graph.edges()) {
            CHECK(g.membership[e.u] != g.membership[e.v]);
            ties += 1;
            if (e.weight < 0) neg += 1;
        }
    }
    check_share(ties, 12.0 * draws, 0.35, "cross ties");
    check_share(neg, ties, 0.6, "negative");
}
