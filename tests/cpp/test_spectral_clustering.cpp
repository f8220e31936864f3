// Tests of include/kzsec/spectral_clustering.hpp: the eigenproblems against Eigen's dense
// solvers on matrices built here from the edge list, a small case against the exact blockmodel,
// recovery of planted SSBMs (adjusted Rand index computed here), the eigengap, determinism,
// dense against sparse, and the errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <vector>

#include <Eigen/Eigenvalues>

#include <kzsec/blockmodel_general.hpp>
#include <kzsec/detail/random.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/generators.hpp>
#include <kzsec/spectral_clustering.hpp>

namespace {
using kzsec::signed_graph;
using kzsec::spectral_clustering_method;
using kzsec::spectral_clustering_options;

/// Adjusted Rand index (Hubert & Arabie 1985) from the contingency table.
double ari(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
    std::map<std::pair<std::size_t, std::size_t>, double> nij;
    std::map<std::size_t, double> ai, bj;
    for (std::size_t i = 0; i < a.size(); ++i) {
        nij[{a[i], b[i]}] += 1;
        ai[a[i]] += 1;
        bj[b[i]] += 1;
    }
    auto c2 = [](double x) { return x * (x - 1) / 2; };
    double s = 0, sa = 0, sb = 0;
    for (const auto& [key, v] : nij) s += c2(v);
    for (const auto& [key, v] : ai) sa += c2(v);
    for (const auto& [key, v] : bj) sb += c2(v);
    const double expected = sa * sb / c2(static_cast<double>(a.size()));
    const double top = (sa + sb) / 2;
    return top == expected ? 1.0 : (s - expected) / (top - expected);
}

/// Dense A⁺ and A⁻ (counts) from the edge list.
void parts(const signed_graph& g, Eigen::MatrixXd& ap, Eigen::MatrixXd& an) {
    const auto n = static_cast<Eigen::Index>(g.num_vertices());
    ap = an = Eigen::MatrixXd::Zero(n, n);
    for (const auto& e : g.edges()) {
        auto& m = e.weight > 0 ? ap : an;
        m(static_cast<Eigen::Index>(e.u), static_cast<Eigen::Index>(e.v)) = 1;
        m(static_cast<Eigen::Index>(e.v), static_cast<Eigen::Index>(e.u)) = 1;
    }
}

Eigen::MatrixXd inv_sqrt_diag(const Eigen::VectorXd& d) {
    return d.unaryExpr([](double x) { return x > 0 ? 1 / std::sqrt(x) : 0.0; }).asDiagonal();
}

/// The pencil (num, den) of SPONGE or SPONGE_sym, or the Laplacian as num (den empty).
void reference_matrices(const signed_graph& g, spectral_clustering_method m, double tp, double tn, Eigen::MatrixXd& num,
                        Eigen::MatrixXd& den) {
    Eigen::MatrixXd ap, an;
    parts(g, ap, an);
    const Eigen::VectorXd dp = ap.rowwise().sum(), dn = an.rowwise().sum();
    const auto n = ap.rows();
    const Eigen::MatrixXd id = Eigen::MatrixXd::Identity(n, n);
    den.resize(0, 0);
    switch (m) {
        case spectral_clustering_method::sponge:
            num = Eigen::MatrixXd(dp.asDiagonal()) - ap + tn * Eigen::MatrixXd(dn.asDiagonal());
            den = Eigen::MatrixXd(dn.asDiagonal()) - an + tp * Eigen::MatrixXd(dp.asDiagonal());
            break;
        case spectral_clustering_method::sponge_sym:
            num = id - inv_sqrt_diag(dp) * ap * inv_sqrt_diag(dp) + tn * id;
            den = id - inv_sqrt_diag(dn) * an * inv_sqrt_diag(dn) + tp * id;
            break;
        case spectral_clustering_method::signed_laplacian:
            num = Eigen::MatrixXd((dp + dn).asDiagonal()) - (ap - an);
            break;
        case spectral_clustering_method::signed_laplacian_sym:
            num = id - inv_sqrt_diag(dp + dn) * (ap - an) * inv_sqrt_diag(dp + dn);
            break;
    }
}

double mean_ari(std::size_t n, std::size_t k, double p, double eta, spectral_clustering_method m, bool polish,
                int seeds) {
    double s = 0;
    for (int i = 0; i < seeds; ++i) {
        const auto pg = kzsec::planted_ssbm(n, k, p, eta, 100 + static_cast<std::uint64_t>(i));
        spectral_clustering_options o;
        o.k = k;
        o.method = m;
        o.polish = polish;
        s += ari(kzsec::signed_spectral_clustering(pg.graph, o).membership, pg.membership);
    }
    return s / seeds;
}

}  // namespace

TEST_CASE("spectral clustering: the method names round-trip") {
    for (auto m : {spectral_clustering_method::sponge, spectral_clustering_method::sponge_sym,
                   spectral_clustering_method::signed_laplacian, spectral_clustering_method::signed_laplacian_sym})
        CHECK(kzsec::parse_spectral_clustering_method(kzsec::to_string(m)) == m);
    CHECK_THROWS_WITH_AS(kzsec::parse_spectral_clustering_method("spong"),
                         doctest::Contains("'sponge', 'sponge_sym', 'signed_laplacian'"), kzsec::invalid_input);
}

TEST_CASE("spectral clustering: the spectrum equals Eigen's dense (generalised) eigensolver") {
    const auto pg = kzsec::planted_ssbm(40, 3, 0.4, 0.1, 7);
    const signed_graph& g = pg.graph;
    for (const auto m : {spectral_clustering_method::sponge, spectral_clustering_method::sponge_sym,
                         spectral_clustering_method::signed_laplacian,
                         spectral_clustering_method::signed_laplacian_sym}) {
        CAPTURE(kzsec::to_string(m));
        Eigen::MatrixXd num, den;
        reference_matrices(g, m, 0.7, 1.3, num, den);
        Eigen::VectorXd ref;
        if (den.size() > 0) {
            Eigen::GeneralizedSelfAdjointEigenSolver<Eigen::MatrixXd> es(num, den);
            REQUIRE(es.info() == Eigen::Success);
            ref = es.eigenvalues();  // ascending
        } else {
            Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(num);
            ref = es.eigenvalues();
        }
        for (const auto em : {kzsec::eigen_method::dense, kzsec::eigen_method::sparse}) {
            CAPTURE(kzsec::to_string(em));
            spectral_clustering_options o;
            o.k = 3;
            o.method = m;
            o.tau_p = 0.7;
            o.tau_n = 1.3;
            o.spectrum = 6;
            o.eigen_method = em;
            const auto r = kzsec::signed_spectral_clustering(g, o);
            REQUIRE(r.isolated == 0);
            CHECK(r.eigen_method == em);
            REQUIRE(r.eigenvalues.size() == 6);
            for (Eigen::Index j = 0; j < 6; ++j) CHECK(r.eigenvalues(j) == doctest::Approx(ref(j)).epsilon(1e-7));
            // each embedding column solves num v = lambda den v (or L v = lambda v)
            for (Eigen::Index j = 0; j < r.embedding.cols(); ++j) {
                const Eigen::VectorXd v = r.embedding.col(j);
                CHECK(v.norm() == doctest::Approx(1.0));
                const Eigen::VectorXd res =
                    den.size() > 0 ? Eigen::VectorXd(num * v - r.eigenvalues(j) * den * v) : Eigen::VectorXd(num * v - r.eigenvalues(j) * v);
                CHECK(res.norm() < 1e-6);
            }
            CHECK(r.eigengaps.size() == 5);
            CHECK(r.eigengaps(2) == doctest::Approx(ref(3) - ref(2)).epsilon(1e-6));
        }
    }
}

TEST_CASE("spectral clustering: two factions on 10 vertices, against the exact blockmodel") {
    // 0-4 and 5-9: positive cliques, every tie between them negative; then two ties broken:
    // 1-3 negative inside the first faction, 2-7 positive across.
    std::vector<kzsec::weighted_edge> es;
    for (std::size_t u = 0; u < 10; ++u)
        for (std::size_t v = u + 1; v < 10; ++v) es.push_back({u, v, (u < 5) == (v < 5) ? 1.0 : -1.0});
    for (auto& e : es) {
        if (e.u == 1 && e.v == 3) e.weight = -1;
        if (e.u == 2 && e.v == 7) e.weight = 1;
    }
    const signed_graph g = signed_graph::from_edges(es, 10);
    const std::vector<std::size_t> planted = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
    Eigen::MatrixXd image(2, 2);
    image << 1, -1, -1, 1;
    kzsec::blockmodel_general_options bo;
    bo.method = kzsec::blockmodel_method::exact;
    const auto exact = kzsec::blockmodel_general(g, image, bo);
    // by hand: the planted split violates exactly the two broken ties, criterion 2 (2 ties x 2 arcs x 0.5),
    // and no other split does better
    CHECK(exact.criterion == doctest::Approx(2.0));
    for (const auto m : {spectral_clustering_method::sponge, spectral_clustering_method::sponge_sym,
                         spectral_clustering_method::signed_laplacian,
                         spectral_clustering_method::signed_laplacian_sym}) {
        CAPTURE(kzsec::to_string(m));
        spectral_clustering_options o;
        o.method = m;
        const auto r = kzsec::signed_spectral_clustering(g, o);
        CHECK(r.membership == planted);
        CHECK(r.criterion == doctest::Approx(exact.criterion));
        CHECK(r.criterion_spectral == doctest::Approx(2.0));
        CHECK(r.moves == 0);
        CHECK(r.block_sizes == std::vector<std::size_t>{5, 5});
    }
}

TEST_CASE("spectral clustering: three factions on 12 vertices, polished to the exact optimum") {
    // planted 3 x 4 vertices with 15 % of the signs flipped; the polished criterion equals the
    // optimum over all 3^12 memberships
    int at_optimum = 0, cases = 0;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const auto pg = kzsec::planted_ssbm(12, 3, 0.8, 0.15, seed);
        Eigen::MatrixXd image = -Eigen::MatrixXd::Ones(3, 3);
        image.diagonal().setOnes();
        kzsec::blockmodel_general_options bo;
        bo.method = kzsec::blockmodel_method::exact;
        const auto exact = kzsec::blockmodel_general(pg.graph, image, bo);
        spectral_clustering_options o;
        o.k = 3;
        const auto r = kzsec::signed_spectral_clustering(pg.graph, o);
        CHECK(r.criterion <= r.criterion_spectral + 1e-12);
        CHECK(r.criterion >= exact.criterion - 1e-12);
        CHECK(r.criterion == doctest::Approx(kzsec::blockmodel_evaluate(pg.graph, image, r.membership).criterion));
        ++cases;
        if (std::abs(r.criterion - exact.criterion) < 1e-9) ++at_optimum;
    }
    CHECK(at_optimum == cases);
}

TEST_CASE("spectral clustering: recovery of planted SSBMs falls with the noise") {
    // n = 300, k = 3, p = 0.1 (mean degree about 30); 4 graphs per noise level
    const double low = mean_ari(300, 3, 0.1, 0.05, spectral_clustering_method::sponge, false, 4);
    const double mid = mean_ari(300, 3, 0.1, 0.25, spectral_clustering_method::sponge, false, 4);
    const double high = mean_ari(300, 3, 0.1, 0.4, spectral_clustering_method::sponge, false, 4);
    MESSAGE("SPONGE ARI at eta 0.05, 0.25, 0.40: " << low << ", " << mid << ", " << high);
    CHECK(low > 0.98);
    CHECK(mid < low);
    CHECK(high < mid);
    CHECK(high < 0.5);
}

TEST_CASE("spectral clustering: SPONGE beats the signed Laplacian on sparse noisy SSBMs with k > 2") {
    // the paper's Figure 2 / 3 regime: k = 5, sparse, noisy
    const double sponge = mean_ari(500, 5, 0.05, 0.2, spectral_clustering_method::sponge, false, 3);
    const double sponge_sym = mean_ari(500, 5, 0.05, 0.2, spectral_clustering_method::sponge_sym, false, 3);
    const double lap = mean_ari(500, 5, 0.05, 0.2, spectral_clustering_method::signed_laplacian, false, 3);
    const double lap_sym = mean_ari(500, 5, 0.05, 0.2, spectral_clustering_method::signed_laplacian_sym, false, 3);
    MESSAGE("ARI n=500 k=5 p=0.05 eta=0.2: sponge " << sponge << ", sponge_sym " << sponge_sym << ", signed_laplacian "
                                                    << lap << ", signed_laplacian_sym " << lap_sym);
    // measured: sponge 0.52, sponge_sym 0.48, signed_laplacian 0.00, signed_laplacian_sym 0.44
    CHECK(sponge > lap + 0.2);
    CHECK(sponge_sym > lap + 0.2);
    CHECK(sponge > lap_sym);
}

TEST_CASE("spectral clustering: the eigengap suggests the planted k") {
    for (std::size_t k = 2; k <= 5; ++k) {
        CAPTURE(k);
        const auto pg = kzsec::planted_ssbm(200, k, 0.2, 0.05, 3);
        spectral_clustering_options o;
        o.k = k;
        const auto r = kzsec::signed_spectral_clustering(pg.graph, o);
        CHECK(r.suggested_k == k);
        CHECK(ari(r.membership, pg.membership) > 0.99);
    }
}

TEST_CASE("spectral clustering: deterministic, and dense and sparse agree") {
    const auto pg = kzsec::planted_ssbm(600, 4, 0.03, 0.1, 11);
    spectral_clustering_options o;
    o.k = 4;
    const auto a = kzsec::signed_spectral_clustering(pg.graph, o);
    const auto b = kzsec::signed_spectral_clustering(pg.graph, o);
    CHECK(a.eigen_method == kzsec::eigen_method::sparse);  // automatic: n >= 400, sparse
    CHECK(a.membership == b.membership);
    CHECK(a.embedding == b.embedding);
    o.eigen_method = kzsec::eigen_method::dense;
    const auto d = kzsec::signed_spectral_clustering(pg.graph, o);
    CHECK(d.eigen_method == kzsec::eigen_method::dense);
    for (Eigen::Index j = 0; j < a.eigenvalues.size(); ++j)
        CHECK(a.eigenvalues(j) == doctest::Approx(d.eigenvalues(j)).epsilon(1e-7));
    CHECK(ari(a.membership, d.membership) > 0.999);
    CHECK(ari(a.membership, pg.membership) > 0.9);
}

TEST_CASE("spectral clustering: isolated vertices, k = 1 and errors") {
    // two factions 0-1-2 | 3-4, vertex 5 without ties
    const signed_graph g = signed_graph::from_edges(
        std::vector<kzsec::weighted_edge>{{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}, {2, 3, -1}, {0, 4, -1}}, 6);
    spectral_clustering_options o;
    o.method = spectral_clustering_method::sponge;
    const auto r = kzsec::signed_spectral_clustering(g, o);
    CHECK(r.isolated == 1);
    CHECK(r.membership == std::vector<std::size_t>{0, 0, 0, 1, 1, 0});
    CHECK(r.criterion == 0.0);
    CHECK(r.embedding.row(5).norm() == 0.0);
    o.k = 1;
    CHECK(kzsec::signed_spectral_clustering(g, o).membership == std::vector<std::size_t>(6, 0));
    o.k = 0;
    CHECK_THROWS_WITH_AS(kzsec::signed_spectral_clustering(g, o), doctest::Contains("k must be at least 1"),
                         kzsec::invalid_input);
    o.k = 6;
    CHECK_THROWS_WITH_AS(kzsec::signed_spectral_clustering(g, o), doctest::Contains("k = 6 exceeds the 5 vertices"),
                         kzsec::invalid_input);
    o.k = 2;
    o.tau_p = 0;
    CHECK_THROWS_WITH_AS(kzsec::signed_spectral_clustering(g, o), doctest::Contains("tau_p 0 is not a finite positive"),
                         kzsec::invalid_input);
    o.tau_p = 1;
    o.tau_n = std::nan("");
    CHECK_THROWS_AS(kzsec::signed_spectral_clustering(g, o), kzsec::invalid_input);
    o.tau_n = 1;
    o.kmeans_restarts = 0;
    CHECK_THROWS_AS(kzsec::signed_spectral_clustering(g, o), kzsec::invalid_input);
}

TEST_CASE("adjusted_rand_index: by hand, label invariance, trivial partitions, pair counting, errors") {
    using kzsec::adjusted_rand_index;
    const std::vector<int> a{0, 0, 1, 1}, b{0, 0, 1, 2};
    // sum C(n_ij) = 1, sum C(a_i) = 2, sum C(b_j) = 1, E = 2 * 1 / 6: (1 - 1/3) / (3/2 - 1/3) = 4/7
    CHECK(adjusted_rand_index(a, b) == doctest::Approx(4.0 / 7.0).epsilon(1e-15));
    CHECK(adjusted_rand_index(std::vector<int>{7, 7, -2, -2}, a) == 1.0);
    CHECK(adjusted_rand_index(std::vector<int>{0, 0, 0}, std::vector<int>{1, 1, 1}) == 1.0);
    CHECK(adjusted_rand_index(std::vector<int>{0, 0, 0, 0}, std::vector<int>{0, 1, 2, 3}) == 0.0);
    // against the pair-counting form 2 (n00 n11 - n01 n10) / ((n00 + n01)(n01 + n11) + (n00 + n10)(n10 + n11))
    kzsec::detail::rng rng(11);
    for (int trial = 0; trial < 20; ++trial) {
        const std::size_t n = 2 + trial * 7;
        std::vector<int> x(n), y(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = static_cast<int>(rng.next() % 3);
            y[i] = static_cast<int>(rng.next() % 5) - 2;
        }
        double n11 = 0, n10 = 0, n01 = 0, n00 = 0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                const bool sx = x[i] == x[j], sy = y[i] == y[j];
                (sx ? (sy ? n11 : n10) : (sy ? n01 : n00)) += 1;
            }
        const double den = (n00 + n01) * (n01 + n11) + (n00 + n10) * (n10 + n11);
        const double expected = den == 0 ? 1.0 : 2 * (n00 * n11 - n01 * n10) / den;
        CHECK(adjusted_rand_index(x, y) == doctest::Approx(expected).epsilon(1e-12));
    }
    CHECK_THROWS_AS((void)adjusted_rand_index(a, std::vector<int>{0, 1}), kzsec::invalid_input);
    CHECK_THROWS_AS((void)adjusted_rand_index(std::vector<int>{0}, std::vector<int>{0}), kzsec::invalid_input);
}
