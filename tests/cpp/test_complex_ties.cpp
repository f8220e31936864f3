// Tests of include/kzsec/complex_ties.hpp: signnet's vignette "Complex Matrices" (the complex
// adjacency and Laplacian it prints, and its triangle census), brute force over every triple of
// random graphs, the Laplacian's Hermitian PSD structure, conversion from a signed graph, errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <complex>
#include <vector>

#include <Eigen/Eigenvalues>

#include <kzsec/complex_ties.hpp>
#include <kzsec/detail/random.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/generators.hpp>

namespace {
using kzsec::complex_tie;
using kzsec::tie_kind;
using cd = std::complex<double>;

constexpr tie_kind P = tie_kind::positive, N = tie_kind::negative, A = tie_kind::ambivalent;

/// The vignette's projection: vertices a, b, c (0, 1, 2) with a-b ambivalent, a-c and b-c negative.
std::vector<complex_tie> vignette_projection() { return {{0, 1, A}, {0, 2, N}, {1, 2, N}}; }

std::vector<complex_tie> random_ties(std::size_t n, double p, kzsec::detail::rng& rng) {
    std::vector<complex_tie> t;
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t v = u + 1; v < n; ++v)
            if (rng.bernoulli(p)) {
                const auto k = static_cast<tie_kind>(rng.below(3));
                if (rng.bernoulli(0.5))
                    t.push_back({v, u, k});  // either orientation
                else
                    t.push_back({u, v, k});
            }
    return t;
}
}  // namespace

TEST_CASE("complex ties: names and codes round-trip") {
    for (auto k : {P, N, A}) {
        CHECK(kzsec::parse_tie_kind(kzsec::to_string(k)) == k);
        CHECK(kzsec::parse_tie_code(std::string(1, kzsec::tie_code(k))) == k);
    }
    CHECK_THROWS_WITH_AS(kzsec::parse_tie_code("X"), doctest::Contains("'P', 'N', 'A'"), kzsec::invalid_input);
    CHECK_THROWS_WITH_AS(kzsec::parse_tie_kind("mixed"), doctest::Contains("'positive', 'negative', 'ambivalent'"),
                         kzsec::invalid_input);
}

TEST_CASE("complex ties: signnet's vignette, complex adjacency and Laplacian") {
    // signnet vignette "Complex Matrices", as_adj_complex(ps, attr = "type") prints
    //   a 0.0+0.0i 0.5+0.5i 0+1i / b 0.5-0.5i 0.0+0.0i 0+1i / c 0.0-1.0i 0.0-1.0i 0+0i
    const auto a = kzsec::complex_adjacency(vignette_projection());
    Eigen::MatrixXcd want(3, 3);
    want << cd(0, 0), cd(0.5, 0.5), cd(0, 1), cd(0.5, -0.5), cd(0, 0), cd(0, 1), cd(0, -1), cd(0, -1), cd(0, 0);
    CHECK(a == want);
    CHECK(a == a.adjoint());
    // laplacian_matrix_complex(ps, attr = "type") prints
    //   a 1.707107+0.0i -0.500000-0.5i 0-1i / b -0.500000+0.5i 1.707107+0.0i 0-1i / c 0+1i 0+1i 2+0i
    const auto l = kzsec::complex_laplacian(vignette_projection());
    CHECK(l(0, 0).real() == doctest::Approx(1.707107).epsilon(1e-6));
    CHECK(l(1, 1).real() == doctest::Approx(1.707107).epsilon(1e-6));
    CHECK(l(2, 2) == cd(2, 0));
    CHECK(l(0, 0).real() == doctest::Approx(1 + std::sqrt(0.5)));  // |0.5 + 0.5i| + |i|
    CHECK(l(0, 1) == cd(-0.5, -0.5));
    CHECK(l(1, 0) == cd(-0.5, 0.5));
    CHECK(l(0, 2) == cd(0, -1));
    CHECK(l(1, 2) == cd(0, -1));
    CHECK(l(2, 0) == cd(0, 1));
    CHECK(l(2, 1) == cd(0, 1));
    // the orientation of the input does not matter: (v, u) gives the same matrix
    CHECK(kzsec::complex_adjacency(std::vector<complex_tie>{{1, 0, A}, {2, 0, N}, {2, 1, N}}) == want);
}

TEST_CASE("complex ties: signnet's vignette triangle census") {
    // make_full_graph(5) with E(g)$type <- c(rep("P", 3), rep("N", 3), rep("A", 4)), igraph's edge order
    // 1-2 1-3 1-4 1-5 2-3 2-4 2-5 3-4 3-5 4-5; the vignette prints
    //   PPP PPN PNN NNN PPA PNA NNA PAA NAA AAA
    //     0   2   0   0   1   3   1   0   2   1
    const std::vector<complex_tie> t = {{0, 1, P}, {0, 2, P}, {0, 3, P}, {0, 4, N}, {1, 2, N},
                                        {1, 3, N}, {1, 4, A}, {2, 3, A}, {2, 4, A}, {3, 4, A}};
    const auto r = kzsec::count_complex_triangles(t);
    const std::array<std::size_t, 10> want = {0, 2, 0, 0, 1, 3, 1, 0, 2, 1};
    CHECK(r.counts == want);
    CHECK(r.triangles == 10);
    CHECK(kzsec::complex_triangles_result::names[5] == "PNA");
}

TEST_CASE("complex ties: triangle census against every triple, Laplacian structure") {
    kzsec::detail::rng rng(2026);
    for (int trial = 0; trial < 20; ++trial) {
        const std::size_t n = 4 + rng.below(10);
        const auto t = random_ties(n, 0.2 + 0.6 * rng.uniform(), rng);
        const auto a = kzsec::complex_adjacency(t, n);
        // brute force: the kind of a pair from the matrix entry, every triple classified by its
        // numbers of P and A ties
        auto kind_of = [&](std::size_t u, std::size_t v) -> int {
            const cd z = a(static_cast<Eigen::Index>(std::min(u, v)), static_cast<Eigen::Index>(std::max(u, v)));
            if (z == cd(0, 0)) return -1;
            return z == cd(1, 0) ? 0 : z == cd(0, 1) ? 1 : 2;
        };
        std::array<std::size_t, 10> want{};
        std::size_t total = 0;
        const std::vector<std::string> names(kzsec::complex_triangles_result::names.begin(),
                                             kzsec::complex_triangles_result::names.end());
        for (std::size_t x = 0; x < n; ++x)
            for (std::size_t y = x + 1; y < n; ++y)
                for (std::size_t z = y + 1; z < n; ++z) {
                    const int k[3] = {kind_of(x, y), kind_of(y, z), kind_of(x, z)};
                    if (k[0] < 0 || k[1] < 0 || k[2] < 0) continue;
                    std::string s;
                    for (const char c : {'P', 'N', 'A'})
                        for (const int kk : k)
                            if ("PNA"[kk] == c) s += c;
                    const auto pos = std::find(names.begin(), names.end(), s);
                    REQUIRE(pos != names.end());
                    ++want[static_cast<std::size_t>(pos - names.begin())];
                    ++total;
                }
        const auto r = kzsec::count_complex_triangles(t, n);
        CHECK(r.counts == want);
        CHECK(r.triangles == total);
        // L = D - A: Hermitian, positive semidefinite, rows of D the sums of |A_ij|
        const auto l = kzsec::complex_laplacian(t, n);
        CHECK((l - l.adjoint()).norm() == 0.0);
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXcd> es(l);
        CHECK(es.eigenvalues().minCoeff() > -1e-12);
        for (Eigen::Index i = 0; i < l.rows(); ++i) {
            double d = 0;
            for (Eigen::Index j = 0; j < l.cols(); ++j) d += std::abs(a(i, j));
            CHECK(l(i, i).real() == doctest::Approx(d));
            CHECK(l(i, i).imag() == 0.0);
        }
        // normalised: I - D^-1/2 A D^-1/2, PSD with eigenvalues in [0, 2]
        const auto ln = kzsec::complex_laplacian(t, n, true);
        for (Eigen::Index i = 0; i < ln.rows(); ++i)
            for (Eigen::Index j = 0; j < ln.cols(); ++j) {
                const double di = l(i, i).real(), dj = l(j, j).real();
                const cd w = (i == j ? cd(1, 0) : cd(0, 0)) -
                             (di > 0 && dj > 0 ? a(i, j) / std::sqrt(di * dj) : cd(0, 0));
                CHECK(std::abs(ln(i, j) - w) < 1e-14);
            }
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXcd> esn(ln);
        CHECK(esn.eigenvalues().minCoeff() > -1e-12);
        CHECK(esn.eigenvalues().maxCoeff() < 2 + 1e-12);
    }
}

TEST_CASE("complex ties: from a signed graph, and errors") {
    const auto g = kzsec::signed_graph::from_edges(
        std::vector<kzsec::weighted_edge>{{0, 1, 1}, {1, 2, -1}, {0, 2, -0.5}, {2, 3, 2}}, 5);
    const std::vector<std::pair<std::size_t, std::size_t>> amb = {{2, 0}};
    const auto t = kzsec::complex_ties(g, amb);
    REQUIRE(t.size() == 4);
    CHECK((t[0].u == 0 && t[0].v == 1 && t[0].kind == P));
    CHECK((t[1].u == 0 && t[1].v == 2 && t[1].kind == A));
    CHECK((t[2].u == 1 && t[2].v == 2 && t[2].kind == N));
    CHECK((t[3].u == 2 && t[3].v == 3 && t[3].kind == P));
    CHECK(kzsec::count_complex_triangles(t).counts[5] == 1);  // PNA
    CHECK(kzsec::complex_adjacency(t, 5).rows() == 5);
    const std::vector<std::pair<std::size_t, std::size_t>> missing = {{1, 3}};
    CHECK_THROWS_WITH_AS(kzsec::complex_ties(g, missing), doctest::Contains("1 - 3 is not a tie of the graph"),
                         kzsec::invalid_input);
    const std::vector<std::pair<std::size_t, std::size_t>> twice = {{0, 2}, {2, 0}};
    CHECK_THROWS_WITH_AS(kzsec::complex_ties(g, twice), doctest::Contains("listed twice"), kzsec::invalid_input);
    CHECK_THROWS_WITH_AS(kzsec::complex_adjacency(std::vector<complex_tie>{{0, 0, P}}),
                         doctest::Contains("self-loop"), kzsec::invalid_input);
    CHECK_THROWS_WITH_AS(kzsec::complex_laplacian(std::vector<complex_tie>{{0, 1, P}, {1, 0, N}}),
                         doctest::Contains("the pair 0 - 1 is given twice"), kzsec::invalid_input);
    CHECK_THROWS_WITH_AS(kzsec::count_complex_triangles(std::vector<complex_tie>{{0, 3, P}}, 3),
                         doctest::Contains("index >= n = 3"), kzsec::invalid_input);
}
