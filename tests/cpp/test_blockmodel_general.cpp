// Tests of include/kzsec/blockmodel_general.hpp: signnet's documented example, the optimum
// against a naive enumeration written here, the heuristic against the exact optimum, the
// balance image against kzsec::blockmodel, and the recovery of a planted structure.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

#include <kzsec/balance.hpp>
#include <kzsec/blockmodel_general.hpp>
#include <kzsec/detail/random.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/generators.hpp>

namespace {
using kzsec::signed_graph;
using kzsec::weighted_edge;

/// The criterion 2 [alpha N + (1 - alpha) P] of a membership, from the edge list.
double naive_criterion(const signed_graph& g, const Eigen::MatrixXd& img, const std::vector<std::size_t>& c,
                       double alpha) {
    double s = 0;
    for (const auto& e : g.edges()) {
        const double b = img(static_cast<Eigen::Index>(c[e.u]), static_cast<Eigen::Index>(c[e.v]));
        if (e.weight < 0 && b > 0) s += alpha;
        if (e.weight > 0 && b < 0) s += 1 - alpha;
    }
    return 2 * s;
}

/// The optimum over every assignment, by recursion over the vertices.
double naive_optimum(const signed_graph& g, const Eigen::MatrixXd& img, double alpha) {
    const std::size_t n = g.num_vertices();
    const auto k = static_cast<std::size_t>(img.rows());
    std::vector<std::size_t> c(n, 0);
    double best = std::numeric_limits<double>::infinity();
    auto rec = [&](auto&& self, std::size_t i) -> void {
        if (i == n) {
            best = std::min(best, naive_criterion(g, img, c, alpha));
            return;
        }
        for (std::size_t b = 0; b < k; ++b) {
            c[i] = b;
            self(self, i + 1);
        }
    };
    rec(rec, 0);
    return best;
}

Eigen::MatrixXd random_image(std::size_t k, kzsec::detail::rng& rng) {
    Eigen::MatrixXd b(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(k));
    for (Eigen::Index x = 0; x < b.rows(); ++x)
        for (Eigen::Index y = x; y < b.cols(); ++y) b(x, y) = b(y, x) = rng.bernoulli(0.5) ? 1.0 : -1.0;
    return b;
}

/// signnet's vignette example: three K5 (1-5, 6-10, 11-15 here 0-4, 5-9, 10-14), the third one
/// negative inside; negative matchings 1-5 / 6-10 and 1-5 / 11-15, a positive matching 11-15 / 6-10.
signed_graph signnet_example() {
    std::vector<weighted_edge> e;
    for (std::size_t b = 0; b < 3; ++b)
        for (std::size_t i = 0; i < 5; ++i)
            for (std::size_t j = i + 1; j < 5; ++j) e.push_back({5 * b + i, 5 * b + j, b == 2 ? -1.0 : 1.0});
    for (std::size_t i = 0; i < 5; ++i) {
        e.push_back({i, 5 + i, -1});
        e.push_back({i, 10 + i, -1});
        e.push_back({10 + i, 5 + i, 1});
    }
    return signed_graph::from_edges(e, 15);
}
}  // namespace

TEST_CASE("blockmodel_general: signnet's documented example (criteria 0 and 6)") {
    const signed_graph g = signnet_example();
    Eigen::MatrixXd general(3, 3);
    general << 1, -1, -1, -1, 1, 1, -1, 1, -1;
    Eigen::MatrixXd balance(3, 3);
    balance << 1, -1, -1, -1, 1, -1, -1, -1, 1;
    kzsec::blockmodel_general_options opt;
    opt.method = kzsec::blockmodel_method::exact;  // 3^15 = 14,348,907 assignments
    const auto r = kzsec::blockmodel_general(g, general, opt);
    CHECK(r.optimal);
    CHECK(r.evaluated == 14348907);
    CHECK(r.criterion == 0.0);
    CHECK(r.violations.empty());
    const std::vector<std::size_t> planted{0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2};
    CHECK(r.membership == planted);  // the image has no symmetry: the labels are determined
    // The structural-balance image cannot fit the negative clique: signnet reports 6 (each tie
    // counted twice, alpha = 0.5), i.e. six violating ties; exact enumeration proves it optimal.
    const auto t = kzsec::blockmodel_general(g, balance, opt);
    CHECK(t.criterion == doctest::Approx(6.0));
    CHECK(t.violations.size() == 6);
    opt.method = kzsec::blockmodel_method::heuristic;
    CHECK(kzsec::blockmodel_general(g, general, opt).criterion == 0.0);
    CHECK(kzsec::blockmodel_general(g, balance, opt).criterion == doctest::Approx(6.0));
}

TEST_CASE("blockmodel_general: exact and heuristic against a naive enumeration") {
    kzsec::detail::rng rng(99);
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        const std::size_t n = 6 + seed % 3;
        const std::size_t k = 2 + seed % 2;
        const signed_graph g = kzsec::signed_gnp(n, 0.6, 0.45, seed);
        const Eigen::MatrixXd img = random_image(k, rng);
        const double alpha = seed % 2 ? 0.5 : 0.3;
        const double want = naive_optimum(g, img, alpha);
        kzsec::blockmodel_general_options opt;
        opt.alpha = alpha;
        const auto ex = kzsec::blockmodel_general(g, img, opt);  // automatic: exact here
        CHECK(ex.method == "exact");
        CHECK(ex.criterion == doctest::Approx(want));
        CHECK(naive_criterion(g, img, ex.membership, alpha) == doctest::Approx(ex.criterion));
        CHECK(ex.criterion == doctest::Approx(2 * (alpha * ex.negative_in_positive +
                                                   (1 - alpha) * ex.positive_in_negative)));
        opt.method = kzsec::blockmodel_method::heuristic;
        opt.seed = seed;
        const auto he = kzsec::blockmodel_general(g, img, opt);
        CHECK(!he.optimal);
        CHECK(he.criterion == doctest::Approx(want));
        CHECK(naive_criterion(g, img, he.membership, alpha) == doctest::Approx(he.criterion));
        CHECK(kzsec::blockmodel_general(g, img, opt).membership == he.membership);  // seeded
    }
}

TEST_CASE("blockmodel_general: the balance image is the Doreian-Mrvar blockmodel") {
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const signed_graph g = kzsec::signed_gnp(9, 0.5, 0.4, seed);
        const std::size_t k = 2 + seed % 2;
        const Eigen::MatrixXd img = 2 * Eigen::MatrixXd::Identity(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(k)) -
                                    Eigen::MatrixXd::Ones(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(k));
        kzsec::blockmodel_options bo;
        bo.method = kzsec::blockmodel_method::exact;
        CHECK(kzsec::blockmodel_general(g, img).criterion == doctest::Approx(kzsec::blockmodel(g, k, bo).criterion));
    }
}

TEST_CASE("blockmodel_general: a planted structure is recovered by the local search") {
    Eigen::MatrixXd img(3, 3);
    img << 1, -1, -1, -1, 1, 1, -1, 1, -1;
    const Eigen::MatrixXd density = Eigen::MatrixXd::Constant(3, 3, 0.5);
    const Eigen::MatrixXd negative = ((1.0 - img.array()) / 2.0).matrix();  // -1 blocks all negative, +1 all positive
    const std::vector<std::size_t> sizes{20, 15, 25};
    const auto pg = kzsec::signed_sbm(sizes, density, negative, 7);
    kzsec::blockmodel_general_options opt;  // 3^60: automatic picks the heuristic
    const auto r = kzsec::blockmodel_general(pg.graph, img, opt);
    CHECK(r.method == "heuristic");
    CHECK(r.criterion == 0.0);
    CHECK(r.membership == pg.membership);
    CHECK(r.block_sizes == sizes);
}

TEST_CASE("blockmodel_general: bad input") {
    const signed_graph g = kzsec::signed_gnp(5, 0.5, 0.5, 1);
    Eigen::MatrixXd asym(2, 2);
    asym << 1, -1, 1, 1;
    Eigen::MatrixXd two(2, 2);
    two << 1, 2, 2, 1;
    CHECK_THROWS_AS(kzsec::blockmodel_general(g, asym), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::blockmodel_general(g, two), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::blockmodel_general(g, Eigen::MatrixXd(0, 0)), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::blockmodel_general(g, Eigen::MatrixXd::Ones(2, 3)), kzsec::invalid_input);
    kzsec::blockmodel_general_options opt;
    opt.alpha = 1.5;
    CHECK_THROWS_AS(kzsec::blockmodel_general(g, Eigen::MatrixXd::Ones(2, 2), opt), kzsec::invalid_input);
    opt.alpha = 0.5;
    opt.method = kzsec::blockmodel_method::exact;
    opt.max_exact_assignments = 10;  // 2^5 = 32 > 10
    CHECK_THROWS_AS(kzsec::blockmodel_general(g, Eigen::MatrixXd::Ones(2, 2), opt), kzsec::invalid_input);
    opt.restarts = 0;
    opt.method = kzsec::blockmodel_method::heuristic;
    CHECK_THROWS_AS(kzsec::blockmodel_general(g, Eigen::MatrixXd::Ones(2, 2), opt), kzsec::invalid_input);
}

TEST_CASE("blockmodel_evaluate and a start membership for the local search") {
    kzsec::detail::rng rng(77);
    for (int trial = 0; trial < 8; ++trial) {
        const auto g = kzsec::signed_gnp(9, 0.5, 0.4, 300 + static_cast<std::uint64_t>(trial));
        const Eigen::MatrixXd img = random_image(3, rng);
        std::vector<std::size_t> c(9);
        for (auto& x : c) x = static_cast<std::size_t>(rng.below(3));
        kzsec::blockmodel_general_options opt;
        opt.alpha = 0.3;
        const auto e = kzsec::blockmodel_evaluate(g, img, c, opt);
        CHECK(e.criterion == doctest::Approx(naive_criterion(g, img, c, 0.3)));
        CHECK(e.membership == c);
        CHECK(e.method == "given");
        const auto ties = g.edges();
        CHECK(e.violations.size() ==
              static_cast<std::size_t>(std::count_if(ties.begin(), ties.end(), [&](const auto& t) {
                  const double b = img(static_cast<Eigen::Index>(c[t.u]), static_cast<Eigen::Index>(c[t.v]));
                  return (t.weight < 0 && b > 0) || (t.weight > 0 && b < 0);
              })));
        // one local search from c: never worse than c, at least the optimum, and a local optimum
        opt.start = c;  // method automatic: a start means the heuristic
        const auto h = kzsec::blockmodel_general(g, img, opt);
        CHECK(h.method == "heuristic");
        CHECK(h.criterion <= e.criterion + 1e-12);
        CHECK(h.criterion >= naive_optimum(g, img, 0.3) - 1e-12);
        if (h.evaluated == 0) CHECK(h.membership == c);
        for (std::size_t v = 0; v < 9; ++v)
            for (std::size_t b = 0; b < 3; ++b) {
                std::vector<std::size_t> moved = h.membership;
                moved[v] = b;
                CHECK(naive_criterion(g, img, moved, 0.3) >= h.criterion - 1e-9);
            }
    }
    const auto g = kzsec::signed_gnp(5, 0.5, 0.4, 1);
    Eigen::MatrixXd img(2, 2);
    img << 1, -1, -1, 1;
    CHECK_THROWS_WITH_AS(kzsec::blockmodel_evaluate(g, img, std::vector<std::size_t>{0, 1, 2, 0, 0}),
                         doctest::Contains("puts vertex 2 in block 2, not below k = 2"), kzsec::invalid_input);
    CHECK_THROWS_WITH_AS(kzsec::blockmodel_evaluate(g, img, std::vector<std::size_t>{0, 1}),
                         doctest::Contains("has 2 entries, the graph 5 vertices"), kzsec::invalid_input);
    kzsec::blockmodel_general_options opt;
    opt.method = kzsec::blockmodel_method::exact;
    opt.start = {0, 0, 0, 0, 0};
    CHECK_THROWS_AS(kzsec::blockmodel_general(g, img, opt), kzsec::invalid_input);
}
