// Ambivalent ties: complex adjacency, complex Laplacian, triangle census by tie kinds
// (include/kzsec/complex_ties.hpp).
#include "kzsec/complex_ties.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <string>

#include <fmt/format.h>

#include "kzsec/errors.hpp"

namespace kzsec {

namespace {

using pair_t = std::pair<std::size_t, std::size_t>;

pair_t ordered(std::size_t u, std::size_t v) { return u < v ? pair_t{u, v} : pair_t{v, u}; }

/// Checks the ties (indices, self-loops, repeated pairs) and returns n.
std::size_t check_ties(std::span<const complex_tie> ties, std::size_t n, const char* where) {
    if (n == 0)
        for (const auto& t : ties) n = std::max(n, std::max(t.u, t.v) + 1);
    std::vector<pair_t> seen;
    seen.reserve(ties.size());
    for (std::size_t i = 0; i < ties.size(); ++i) {
        const auto& t = ties[i];
        if (t.u >= n || t.v >= n)
            throw invalid_input(fmt::format("[kzsec] {}: tie {} ({} - {}) has an index >= n = {}", where, i, t.u, t.v, n));
        if (t.u == t.v) throw invalid_input(fmt::format("[kzsec] {}: tie {} is a self-loop at {}", where, i, t.u));
        if (static_cast<unsigned>(t.kind) > 2)
            throw invalid_input(fmt::format("[kzsec] {}: tie {} has an unknown kind", where, i));
        seen.push_back(ordered(t.u, t.v));
    }
    std::sort(seen.begin(), seen.end());
    const auto dup = std::adjacent_find(seen.begin(), seen.end());
    if (dup != seen.end())
        throw invalid_input(fmt::format("[kzsec] {}: the pair {} - {} is given twice", where, dup->first, dup->second));
    return n;
}

std::complex<double> value(tie_kind k) {
    switch (k) {
        case tie_kind::positive: return {1.0, 0.0};
        case tie_kind::negative: return {0.0, 1.0};
        case tie_kind::ambivalent: return {0.5, 0.5};
    }
    return {};
}

Eigen::MatrixXcd adjacency(std::span<const complex_tie> ties, std::size_t n) {
    const auto nn = static_cast<Eigen::Index>(n);
    Eigen::MatrixXcd a = Eigen::MatrixXcd::Zero(nn, nn);
    for (const auto& t : ties) {
        const auto [lo, hi] = ordered(t.u, t.v);
        const std::complex<double> z = value(t.kind);
        a(static_cast<Eigen::Index>(lo), static_cast<Eigen::Index>(hi)) = z;
        a(static_cast<Eigen::Index>(hi), static_cast<Eigen::Index>(lo)) = std::conj(z);
    }
    return a;
}

}  // namespace

std::vector<complex_tie> complex_ties(const signed_graph& g,
                                      std::span<const std::pair<std::size_t, std::size_t>> ambivalent) {
    std::vector<pair_t> amb;
    amb.reserve(ambivalent.size());
    for (const auto& [u, v] : ambivalent) amb.push_back(ordered(u, v));
    std::sort(amb.begin(), amb.end());
    const auto dup = std::adjacent_find(amb.begin(), amb.end());
    if (dup != amb.end())
        throw invalid_input(fmt::format("[kzsec] complex_ties: the ambivalent pair {} - {} is listed twice", dup->first,
                                        dup->second));
    std::vector<complex_tie> out;
    const csr_adjacency& a = g.csr();
    const std::size_t n = g.num_vertices();
    std::size_t matched = 0;
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t e = a.ptr[u]; e < a.ptr[u + 1]; ++e) {
            const std::size_t v = a.nbr[e];
            if (v < u) continue;
            tie_kind k = a.wt[e] > 0 ? tie_kind::positive : tie_kind::negative;
            if (std::binary_search(amb.begin(), amb.end(), pair_t{u, v})) {
                k = tie_kind::ambivalent;
                ++matched;
            }
            out.push_back({u, v, k});
        }
    if (matched != amb.size())
        for (const auto& [u, v] : amb)
            if (u >= n || v >= n || g.weight(u, v) == 0.0)
                throw invalid_input(fmt::format("[kzsec] complex_ties: the ambivalent pair {} - {} is not a tie of the graph", u, v));
    std::sort(out.begin(), out.end(), [](const complex_tie& x, const complex_tie& y) {
        return std::pair{x.u, x.v} < std::pair{y.u, y.v};
    });
    return out;
}

Eigen::MatrixXcd complex_adjacency(std::span<const complex_tie> ties, std::size_t n) {
    return adjacency(ties, check_ties(ties, n, "complex_adjacency"));
}

Eigen::MatrixXcd complex_laplacian(std::span<const complex_tie> ties, std::size_t n, bool normalised) {
    n = check_ties(ties, n, "complex_laplacian");
    const Eigen::MatrixXcd a = adjacency(ties, n);
    const Eigen::VectorXd d = a.cwiseAbs().rowwise().sum();
    const auto nn = static_cast<Eigen::Index>(n);
    if (!normalised) {
        Eigen::MatrixXcd l = -a;
        l.diagonal() += d.cast<std::complex<double>>();
        return l;
    }
    const Eigen::VectorXd s = d.unaryExpr([](double x) { return x > 0 ? 1.0 / std::sqrt(x) : 0.0; });
    Eigen::MatrixXcd l = -(s.asDiagonal() * a * s.asDiagonal());
    l.diagonal() += Eigen::VectorXcd::Ones(nn);
    return l;
}

complex_triangles_result count_complex_triangles(std::span<const complex_tie> ties, std::size_t n) {
    n = check_ties(ties, n, "count_complex_triangles");
    // orient every tie from the lower to the higher (degree, index) rank
    std::vector<std::size_t> deg(n, 0);
    for (const auto& t : ties) {
        ++deg[t.u];
        ++deg[t.v];
    }
    auto before = [&](std::size_t x, std::size_t y) { return deg[x] != deg[y] ? deg[x] < deg[y] : x < y; };
    std::vector<std::size_t> ptr(n + 1, 0);
    for (const auto& t : ties) ++ptr[(before(t.u, t.v) ? t.u : t.v) + 1];
    for (std::size_t v = 0; v < n; ++v) ptr[v + 1] += ptr[v];
    std::vector<std::size_t> nbr(ties.size()), fill(ptr.begin(), ptr.end() - 1);
    std::vector<tie_kind> kind(ties.size());
    for (const auto& t : ties) {
        const bool f = before(t.u, t.v);
        const std::size_t from = f ? t.u : t.v, to = f ? t.v : t.u;
        nbr[fill[from]] = to;
        kind[fill[from]++] = t.kind;
    }
    auto type_index = [](int p, int a) {  // p positive and a ambivalent ties of three
        switch (a) {
            case 0: return 3 - p;  // PPP PPN PNN NNN
            case 1: return 6 - p;  // PPA PNA NNA
            case 2: return 8 - p;  // PAA NAA
            default: return 9;     // AAA
        }
    };
    complex_triangles_result r;
    std::vector<int> mark(n, -1);  // kind of the tie u -> w, for the current u
    for (std::size_t u = 0; u < n; ++u) {
        for (std::size_t e = ptr[u]; e < ptr[u + 1]; ++e) mark[nbr[e]] = static_cast<int>(kind[e]);
        for (std::size_t e = ptr[u]; e < ptr[u + 1]; ++e) {
            const std::size_t v = nbr[e];
            for (std::size_t f = ptr[v]; f < ptr[v + 1]; ++f) {
                const int uw = mark[nbr[f]];
                if (uw < 0) continue;
                const int ks[3] = {static_cast<int>(kind[e]), static_cast<int>(kind[f]), uw};
                int p = 0, a = 0;
                for (const int k : ks) {
                    p += k == static_cast<int>(tie_kind::positive);
                    a += k == static_cast<int>(tie_kind::ambivalent);
                }
                ++r.counts[static_cast<std::size_t>(type_index(p, a))];
                ++r.triangles;
            }
        }
        for (std::size_t e = ptr[u]; e < ptr[u + 1]; ++e) mark[nbr[e]] = -1;
    }
    return r;
}

}  // namespace kzsec
