// Tests of include/kzsec/eigensolver.hpp: the dense (LAPACK) and sparse (Lanczos) paths of
// spectral_index, walk_index and signed_eigenvector_centrality agree with each other, with
// Eigen's own symmetric solver (an independent implementation) and with cases worked by hand.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include <Eigen/Dense>

#include <kzsec/balance.hpp>
#include <kzsec/centrality.hpp>
#include <kzsec/eigensolver.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/signed_graph.hpp>

namespace {

using kzsec::eigen_method;
using kzsec::signed_graph;

/// A random signed graph as a dense matrix: each pair an edge with probability p, negative with q.
Eigen::MatrixXd random_signed(int n, double p, double q, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            if (u(rng) < p) a(i, j) = a(j, i) = u(rng) < q ? -1.0 : 1.0;
    return a;
}

Eigen::VectorXd reference_eigenvalues(const Eigen::MatrixXd& m) {
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(m, Eigen::EigenvaluesOnly);
    REQUIRE(es.info() == Eigen::Success);
    return es.eigenvalues();
}

}  // namespace

TEST_SUITE("eigensolver") {
    TEST_CASE("eigen_method names round-trip; bad names are rejected") {
        for (auto m : {eigen_method::automatic, eigen_method::dense, eigen_method::sparse})
            CHECK(kzsec::parse_eigen_method(kzsec::to_string(m)) == m);
        CHECK_THROWS_WITH_AS(kzsec::parse_eigen_method("lanczos"), doctest::Contains("'auto', 'dense', 'sparse'"),
                             kzsec::invalid_input);
    }

    TEST_CASE("spectral index by hand: an unbalanced triangle and a balanced square") {
        // Triangle with one negative edge: switching-equivalent to -(J - I), eigenvalues of A
        // {1, 1, -2}, so D - A = 2I - A has {1, 1, 4}.
        Eigen::MatrixXd t(3, 3);
        t << 0, 1, -1, 1, 0, 1, -1, 1, 0;
        const auto gt = signed_graph::from_matrix(t);
        for (auto m : {eigen_method::dense, eigen_method::sparse}) {
            const auto s = kzsec::spectral_index(gt, {.method = m});
            CHECK(s.lambda_min == doctest::Approx(1.0).epsilon(1e-9));
            CHECK(s.lambda_max == doctest::Approx(4.0).epsilon(1e-9));
        }
        // Balanced 4-cycle + - + - : switching-equivalent to the all-positive cycle, whose
        // Laplacian has eigenvalues {0, 2, 2, 4}; lambda_min is exactly 0.
        Eigen::MatrixXd c = Eigen::MatrixXd::Zero(4, 4);
        c(0, 1) = c(1, 0) = 1;
        c(1, 2) = c(2, 1) = -1;
        c(2, 3) = c(3, 2) = 1;
        c(3, 0) = c(0, 3) = -1;
        const auto gc = signed_graph::from_matrix(c);
        for (auto m : {eigen_method::dense, eigen_method::sparse}) {
            const auto s = kzsec::spectral_index(gc, {.eigenvector = true, .method = m});
            CHECK(s.method == m);
            CHECK(s.lambda_min == doctest::Approx(0.0).scale(1.0).epsilon(1e-9));
            CHECK(s.lambda_max == doctest::Approx(4.0).epsilon(1e-9));
            // the vector of lambda_min is the switching (+, +, -, -) up to sign
            REQUIRE(s.vector.size() == 4);
            const double z = s.vector(0);
            CHECK(std::abs(z) == doctest::Approx(0.5).epsilon(1e-8));
            CHECK(s.vector(1) == doctest::Approx(z).epsilon(1e-8));
            CHECK(s.vector(2) == doctest::Approx(-z).epsilon(1e-8));
            CHECK(s.vector(3) == doctest::Approx(-z).epsilon(1e-8));
        }
    }

    TEST_CASE("spectral index: sparse = dense = Eigen's solver on random graphs") {
        for (std::uint64_t seed : {1u, 2u, 3u}) {
            const Eigen::MatrixXd a = random_signed(600, 0.02, 0.4, seed);
            const auto g = signed_graph::from_matrix(a);
            for (bool normalized : {false, true}) {
                const Eigen::VectorXd d = a.cwiseAbs().rowwise().sum();
                Eigen::MatrixXd lap;
                if (!normalized) {
                    lap = -a;
                    lap.diagonal() += d;
                } else {
                    const Eigen::VectorXd s = d.unaryExpr([](double x) { return x > 0 ? 1.0 / std::sqrt(x) : 0.0; });
                    lap = -(s.asDiagonal() * a * s.asDiagonal());
                    for (int i = 0; i < a.rows(); ++i) lap(i, i) = d(i) > 0 ? 1.0 : 0.0;
                }
                const Eigen::VectorXd ref = reference_eigenvalues(lap);
                const auto sd = kzsec::spectral_index(g, {.normalized = normalized, .method = eigen_method::dense});
                const auto ss = kzsec::spectral_index(g, {.normalized = normalized, .eigenvector = true,
                                                          .method = eigen_method::sparse});
                const auto sa = kzsec::spectral_index(g, {.normalized = normalized});
                CHECK(sd.method == eigen_method::dense);
                CHECK(ss.method == eigen_method::sparse);
                CHECK(sa.method == eigen_method::sparse);  // n = 600, 2m ~ 7,200 <= n^2 / 8
                CHECK(sd.lambda_min == doctest::Approx(ref(0)).epsilon(1e-9).scale(1.0));
                CHECK(sd.lambda_max == doctest::Approx(ref(ref.size() - 1)).epsilon(1e-9));
                CHECK(ss.lambda_min == doctest::Approx(ref(0)).epsilon(1e-7).scale(1.0));
                CHECK(ss.lambda_max == doctest::Approx(ref(ref.size() - 1)).epsilon(1e-7));
                // the vector is an eigenvector of lambda_min: residual small against the spectrum
                REQUIRE(ss.vector.size() == 600);
                CHECK((lap * ss.vector - ss.lambda_min * ss.vector).norm() < 1e-6 * ref(ref.size() - 1));
            }
        }
    }

    TEST_CASE("walk index: the truncated form brackets the exact K; narrower with more eigenvalues") {
        const Eigen::MatrixXd a = random_signed(500, 0.05, 0.3, 7);
        const auto g = signed_graph::from_matrix(a);
        for (double beta : {0.2, 1.0, 3.0}) {
            const auto exact = kzsec::walk_index(g, {.beta = beta, .method = eigen_method::dense});
            // independent: Eigen's eigenvalues
            const Eigen::VectorXd lam = reference_eigenvalues(a), mu = reference_eigenvalues(a.cwiseAbs());
            const double k_ref = std::exp(beta * (lam.maxCoeff() - mu.maxCoeff())) *
                                 (beta * (lam.array() - lam.maxCoeff())).exp().sum() /
                                 (beta * (mu.array() - mu.maxCoeff())).exp().sum();
            CHECK(exact.exact);
            CHECK(exact.index == doctest::Approx(k_ref).epsilon(1e-9));
            double width8 = 0.0;
            for (std::size_t k : {8u, 32u}) {
                const auto t = kzsec::walk_index(g, {.beta = beta, .method = eigen_method::sparse, .eigenvalues = k});
                CHECK_FALSE(t.exact);
                CHECK(t.method == eigen_method::sparse);
                CHECK(t.eigenvalues_used == k);
                CHECK(t.index_lower <= k_ref * (1 + 1e-9));
                CHECK(t.index_upper >= k_ref * (1 - 1e-9));
                CHECK(t.lambda_max_signed == doctest::Approx(lam.maxCoeff()).epsilon(1e-9));
                CHECK(t.lambda_max_unsigned == doctest::Approx(mu.maxCoeff()).epsilon(1e-9));
                if (k == 8) width8 = t.index_upper - t.index_lower;
                else CHECK(t.index_upper - t.index_lower < width8);
                if (beta == 3.0 && k == 32) CHECK(t.index_upper - t.index_lower < 0.05 * k_ref);
            }
        }
        // automatic: exact (dense) while n <= dense_max_vertices
        CHECK(kzsec::walk_index(g).exact);
        const auto forced = kzsec::walk_index(g, {.dense_max_vertices = 100});
        CHECK_FALSE(forced.exact);
        CHECK_THROWS_AS(kzsec::walk_index(g, {.method = eigen_method::sparse, .eigenvalues = 0}), kzsec::invalid_input);
    }

    TEST_CASE("signed eigenvector centrality: sparse = dense = Eigen's eigenvector") {
        const Eigen::MatrixXd a = random_signed(700, 0.03, 0.35, 11);
        const auto g = signed_graph::from_matrix(a);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(a);
        REQUIRE(es.info() == Eigen::Success);
        const Eigen::Index n = a.rows();
        const Eigen::Index k = std::abs(es.eigenvalues()(n - 1)) >= std::abs(es.eigenvalues()(0)) ? n - 1 : 0;
        Eigen::VectorXd v = es.eigenvectors().col(k);
        Eigen::Index arg = 0;
        v.cwiseAbs().maxCoeff(&arg);
        v /= v(arg);
        const auto d = kzsec::signed_eigenvector_centrality(g, {.method = eigen_method::dense});
        const auto s = kzsec::signed_eigenvector_centrality(g, {.method = eigen_method::sparse});
        const auto automatic = kzsec::signed_eigenvector_centrality(g);
        CHECK(d.method == eigen_method::dense);
        CHECK(s.method == eigen_method::sparse);
        CHECK(automatic.method == eigen_method::sparse);
        CHECK(d.eigenvalue == doctest::Approx(es.eigenvalues()(k)).epsilon(1e-10));
        CHECK(s.eigenvalue == doctest::Approx(es.eigenvalues()(k)).epsilon(1e-9));
        CHECK(s.gap == doctest::Approx(d.gap).epsilon(1e-6));
        double err_d = 0, err_s = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            err_d = std::max(err_d, std::abs(d.centrality[static_cast<std::size_t>(i)] - v(i)));
            err_s = std::max(err_s, std::abs(s.centrality[static_cast<std::size_t>(i)] - v(i)));
        }
        CHECK(err_d < 1e-9);
        CHECK(err_s < 1e-6);
    }

    TEST_CASE("heuristic frustration: spectral lower bound = lambda_min(L) n / 4, below the exact L") {
        // min degree >= 3 and 2-connected: no reduction, one block = the whole graph
        for (int n : {40, 400}) {
            const Eigen::MatrixXd a = random_signed(n, n == 40 ? 0.3 : 0.05, 0.45, 5 + static_cast<std::uint64_t>(n));
            REQUIRE((a.cwiseAbs().rowwise().sum().array() >= 3).all());
            const auto g = signed_graph::from_matrix(a);
            const auto h = kzsec::frustration(g, {.method = kzsec::frustration_method::heuristic});
            REQUIRE_FALSE(h.optimal);  // else no bound was needed (and none computed)
            Eigen::MatrixXd lap = -a;
            lap.diagonal() += a.cwiseAbs().rowwise().sum();
            const double expected = reference_eigenvalues(lap)(0) * n / 4.0;
            CHECK(h.spectral_bound > 0);
            CHECK(h.spectral_bound <= expected + 1e-9);
            CHECK(h.spectral_bound == doctest::Approx(expected).epsilon(1e-6));
            CHECK(h.lower_bound >= std::ceil(h.spectral_bound - 1e-7));
            CHECK(h.certified_gap == doctest::Approx(h.upper_bound / h.lower_bound));
            if (n == 40) {
                const auto e = kzsec::frustration(g, {.method = kzsec::frustration_method::exact});
                REQUIRE(e.optimal);
                CHECK(h.spectral_bound <= e.frustration);
                CHECK(e.certified_gap == 1.0);
            }
        }
    }

    TEST_CASE("signed eigenvector centrality: a tie is reported on both paths") {
        // the complete bipartite K(30, 30), positive: eigenvalues 30, -30 and 0 (58 times)
        const int n = 60;
        Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
        for (int i = 0; i < 30; ++i)
            for (int j = 30; j < n; ++j) a(i, j) = a(j, i) = 1.0;
        const auto g = signed_graph::from_matrix(a);
        for (auto m : {eigen_method::dense, eigen_method::sparse})
            CHECK_THROWS_WITH_AS(kzsec::signed_eigenvector_centrality(g, {.method = m}),
                                 doctest::Contains("no dominant eigenvalue"), kzsec::numerical_error);
    }
}
