// Tests of include/kzsec/clustering.hpp and of the dyadic conflict in include/kzsec/directed.hpp:
// cases worked by hand and brute force over every triple / pair of vertices on random graphs.
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <vector>

#include <kzsec/clustering.hpp>
#include <kzsec/detail/random.hpp>
#include <kzsec/directed.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/generators.hpp>

namespace {
using kzsec::signed_graph;
using kzsec::weighted_edge;
int sgn(double x) { return x > 0 ? 1 : (x < 0 ? -1 : 0); }
}  // namespace

TEST_CASE("signed_clustering: a case worked by hand") {
    // Triangles {0,1,2} (+ + -) and {0,2,3} (+ + -), both unbalanced; 4 hangs on 0.
    // Degrees 4, 2, 3, 2, 1 -> wedges 6 + 1 + 3 + 1 + 0 = 11; sign sum -2, so
    // C_s = 3 (-2) / 11, C = 3 * 2 / 11; c_0 = (-1 - 1) / 6, c_1 = -1, c_2 = -2/3, c_3 = -1, c_4 = 0.
    std::vector<weighted_edge> e{{0, 1, 1}, {0, 2, 2.5}, {1, 2, -1}, {0, 3, -0.5}, {2, 3, 1}, {0, 4, 1}};
    const signed_graph g = signed_graph::from_edges(e, 5);
    const auto r = kzsec::signed_clustering(g);
    CHECK(r.triangles == 2);
    CHECK(r.balanced_triangles == 0);
    CHECK(r.sign_sum == -2);
    CHECK(r.wedges == 11);
    CHECK(r.global_signed == doctest::Approx(-6.0 / 11.0));
    CHECK(r.global_unsigned == doctest::Approx(6.0 / 11.0));
    CHECK(r.relative == doctest::Approx(-1.0));
    const std::vector<double> local{-1.0 / 3.0, -1.0, -2.0 / 3.0, -1.0, 0.0};
    const std::vector<double> local_unsigned{1.0 / 3.0, 1.0, 2.0 / 3.0, 1.0, 0.0};
    for (std::size_t u = 0; u < 5; ++u) {
        CHECK(r.local[u] == doctest::Approx(local[u]));
        CHECK(r.local_unsigned[u] == doctest::Approx(local_unsigned[u]));
    }
    CHECK(r.average_local == doctest::Approx(-0.6));
    const auto z = kzsec::negativity(g);
    CHECK(z.edges == 6);
    CHECK(z.negative == 2);
    CHECK(z.negativity == doctest::Approx(1.0 / 3.0));
}

TEST_CASE("signed_clustering: no wedge, no tie") {
    const signed_graph g = signed_graph::from_edges(std::vector<weighted_edge>{{0, 1, -1}}, 3);
    const auto r = kzsec::signed_clustering(g);
    CHECK(r.wedges == 0);
    CHECK(std::isnan(r.global_signed));
    CHECK(std::isnan(r.relative));
    CHECK(r.average_local == 0.0);
    CHECK(std::isnan(kzsec::negativity(signed_graph(4)).negativity));
    CHECK(std::isnan(kzsec::signed_clustering(signed_graph()).average_local));
}

TEST_CASE("signed_clustering: brute force over every triple on random graphs") {
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
        const std::size_t n = 9 + seed % 7;
        const signed_graph g = kzsec::signed_gnp(n, 0.2 + 0.03 * static_cast<double>(seed % 10), 0.4, seed);
        const Eigen::MatrixXd a = g.adjacency();
        double closed_sum = 0, closed = 0, wedges = 0, local_sum = 0;
        std::size_t neg = 0, m = 0;
        const auto r = kzsec::signed_clustering(g);
        for (std::size_t u = 0; u < n; ++u) {
            double su = 0, cu = 0, pu = 0;
            for (std::size_t v = 0; v < n; ++v) {
                if (v == u || a(u, v) == 0) continue;
                if (v > u) {
                    ++m;
                    if (a(u, v) < 0) ++neg;
                }
                for (std::size_t w = v + 1; w < n; ++w) {
                    if (w == u || a(u, w) == 0) continue;
                    ++pu;
                    if (a(v, w) != 0) {
                        su += sgn(a(u, v)) * sgn(a(u, w)) * sgn(a(v, w));
                        ++cu;
                    }
                }
            }
            closed_sum += su;
            closed += cu;
            wedges += pu;
            const double cl = pu > 0 ? su / pu : 0.0;
            local_sum += cl;
            CHECK(r.local[u] == doctest::Approx(cl));
            CHECK(r.local_unsigned[u] == doctest::Approx(pu > 0 ? cu / pu : 0.0));
        }
        CHECK(static_cast<double>(r.wedges) == wedges);
        CHECK(3.0 * static_cast<double>(r.triangles) == closed);
        REQUIRE(wedges > 0);
        CHECK(r.global_signed == doctest::Approx(closed_sum / wedges));
        CHECK(r.global_unsigned == doctest::Approx(closed / wedges));
        CHECK(r.average_local == doctest::Approx(local_sum / static_cast<double>(n)));
        const auto z = kzsec::negativity(g);
        CHECK(z.edges == m);
        CHECK(z.negative == neg);
    }
}

TEST_CASE("dyadic_conflict: a case worked by hand") {
    // Pairs {0,1}: + and - (conflict); {1,2}: + and +; {2,3}: - and -; 0->3 and 3->1 one way.
    std::vector<weighted_edge> arcs{{0, 1, 1}, {1, 0, -2}, {1, 2, 1}, {2, 1, 3},
                                    {2, 3, -1}, {3, 2, -1}, {0, 3, -1}, {3, 1, 1}};
    const auto r = kzsec::dyadic_conflict(arcs);
    CHECK(r.n == 4);
    CHECK(r.arcs == 8);
    CHECK(r.negative_arcs == 4);
    CHECK(r.negativity == doctest::Approx(0.5));
    CHECK(r.reciprocated == 3);
    CHECK(r.conflicting == 1);
    CHECK(r.conflict == doctest::Approx(1.0 / 3.0));
    REQUIRE(r.conflicting_pairs.size() == 1);
    CHECK(r.conflicting_pairs[0] == std::pair<std::size_t, std::size_t>{0, 1});
    CHECK(kzsec::dyadic_conflict(arcs, 10).n == 10);
    CHECK(std::isnan(kzsec::dyadic_conflict(std::vector<weighted_edge>{{0, 1, 1}}).conflict));
    CHECK(std::isnan(kzsec::dyadic_conflict(std::vector<weighted_edge>{}).negativity));
}

TEST_CASE("dyadic_conflict: bad arcs are errors") {
    using V = std::vector<weighted_edge>;
    CHECK_THROWS_AS(kzsec::dyadic_conflict(V{{1, 1, 1}}), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::dyadic_conflict(V{{0, 1, 0}}), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::dyadic_conflict(V{{0, 1, NAN}}), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::dyadic_conflict(V{{0, 1, 1}, {0, 1, -1}}), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::dyadic_conflict(V{{0, 5, 1}}, 3), kzsec::invalid_input);
    CHECK_NOTHROW(kzsec::dyadic_conflict(V{{0, 1, 1}, {1, 0, -1}}));
}

TEST_CASE("dyadic_conflict: brute force over every pair on random digraphs") {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        kzsec::detail::rng rng(seed);
        const std::size_t n = 6 + seed % 9;
        std::vector<weighted_edge> arcs;
        Eigen::MatrixXd a = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
        for (std::size_t u = 0; u < n; ++u)
            for (std::size_t v = 0; v < n; ++v)
                if (u != v && rng.bernoulli(0.45)) {
                    const double w = rng.bernoulli(0.4) ? -1.0 : 1.0;
                    arcs.push_back({u, v, w});
                    a(static_cast<Eigen::Index>(u), static_cast<Eigen::Index>(v)) = w;
                }
        rng.shuffle(arcs.begin(), arcs.size());
        std::size_t recip = 0, conflict = 0, neg = 0;
        for (std::size_t u = 0; u < n; ++u)
            for (std::size_t v = 0; v < n; ++v) {
                const double x = a(static_cast<Eigen::Index>(u), static_cast<Eigen::Index>(v));
                const double y = a(static_cast<Eigen::Index>(v), static_cast<Eigen::Index>(u));
                if (x < 0) ++neg;
                if (u < v && x != 0 && y != 0) {
                    ++recip;
                    if (x * y < 0) ++conflict;
                }
            }
        const auto r = kzsec::dyadic_conflict(arcs, n);
        CHECK(r.arcs == arcs.size());
        CHECK(r.negative_arcs == neg);
        CHECK(r.reciprocated == recip);
        CHECK(r.conflicting == conflict);
        CHECK(r.conflicting_pairs.size() == conflict);
        if (recip > 0) CHECK(r.conflict == doctest::Approx(static_cast<double>(conflict) / static_cast<double>(recip)));
    }
}
