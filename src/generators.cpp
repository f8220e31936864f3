// Seeded random signed graphs (include/kzsec/generators.hpp).
#include "kzsec/generators.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <unordered_set>

#include "kzsec/detail/random.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

namespace {

void check_probability(const char* fn, const char* what, double p) {
    if (!(p >= 0.0 && p <= 1.0))
        throw invalid_input(std::string("[kzsec] ") + fn + ": " + what + " must be in [0, 1], got " + std::to_string(p));
}

void check_size(const char* fn, std::size_t n) {
    if (n >= (std::size_t{1} << 32))
        throw invalid_input(std::string("[kzsec] ") + fn + ": at most 2^32 - 1 vertices, got " + std::to_string(n));
}

/// Calls f(q) for every q in [0, count) kept independently with probability p, by geometric
/// skipping: the gap to the next kept index is ⌊log(1 - U) / log(1 - p)⌋ (Batagelj & Brandes).
template <class F>
void bernoulli_indices(std::uint64_t count, double p, detail::rng& r, F&& f) {
    if (count == 0 || p <= 0.0) return;
    if (p >= 1.0) {
        for (std::uint64_t q = 0; q < count; ++q) f(q);
        return;
    }
    const double lq = std::log1p(-p);
    std::uint64_t q = 0;
    while (true) {
        const double gap = std::floor(std::log1p(-r.uniform()) / lq);
        if (gap >= static_cast<double>(count - q)) return;
        q += static_cast<std::uint64_t>(gap);
        f(q);
        if (++q >= count) return;
    }
}

/// Row of the q-th pair (i < j) in the order (1,0), (2,0), (2,1), (3,0), ...: the largest j
/// with j(j-1)/2 ≤ q.
std::pair<std::uint64_t, std::uint64_t> pair_of(std::uint64_t q) {
    auto j = static_cast<std::uint64_t>((1.0 + std::sqrt(1.0 + 8.0 * static_cast<double>(q))) / 2.0);
    while (j * (j - 1) / 2 > q) --j;
    while ((j + 1) * j / 2 <= q) ++j;
    return {q - j * (j - 1) / 2, j};
}

signed_graph build(std::size_t n, std::vector<weighted_edge>& edges) {
    std::sort(edges.begin(), edges.end(), [](const weighted_edge& a, const weighted_edge& b) {
        return a.u != b.u ? a.u < b.u : a.v < b.v;
    });
    from_edges_options opt;
    opt.symmetrize = symmetrize_rule::error;
    return signed_graph::from_edges(edges, n, {}, opt);
}

/// Ties within one block [first, first + size): every pair with probability p (weight +1).
void within(std::size_t first, std::size_t size, double p, detail::rng& r, std::vector<weighted_edge>& out) {
    const std::uint64_t pairs = static_cast<std::uint64_t>(size) * (size - (size > 0 ? 1 : 0)) / 2;
    bernoulli_indices(pairs, p, r, [&](std::uint64_t k) {
        const auto [i, j] = pair_of(k);
        out.push_back({first + static_cast<std::size_t>(i), first + static_cast<std::size_t>(j), 1.0});
    });
}

/// Ties between blocks [fa, fa + a) and [fb, fb + b).
void across(std::size_t fa, std::size_t a, std::size_t fb, std::size_t b, double p, detail::rng& r,
            std::vector<weighted_edge>& out) {
    bernoulli_indices(static_cast<std::uint64_t>(a) * b, p, r, [&](std::uint64_t k) {
        out.push_back({fa + static_cast<std::size_t>(k / b), fb + static_cast<std::size_t>(k % b), 1.0});
    });
}

void assign_signs(std::vector<weighted_edge>& e, std::size_t from, double q, detail::rng& r) {
    for (std::size_t i = from; i < e.size(); ++i) e[i].weight = r.bernoulli(q) ? -1.0 : 1.0;
}

}  // namespace

signed_graph signed_gnp(std::size_t n, double p, double negative, std::uint64_t seed) {
    check_probability("signed_gnp", "p", p);
    check_probability("signed_gnp", "negative", negative);
    check_size("signed_gnp", n);
    detail::rng r(seed);
    std::vector<weighted_edge> e;
    within(0, n, p, r, e);
    assign_signs(e, 0, negative, r);
    return build(n, e);
}

planted_graph signed_sbm(std::span<const std::size_t> sizes, const Eigen::Ref<const Eigen::MatrixXd>& density,
                         const Eigen::Ref<const Eigen::MatrixXd>& negative, std::uint64_t seed) {
    const auto k = static_cast<Eigen::Index>(sizes.size());
    if (k == 0) throw invalid_input("[kzsec] signed_sbm: at least one block is needed");
    const auto check = [&](const Eigen::Ref<const Eigen::MatrixXd>& m, const char* name) {
        if (m.rows() != k || m.cols() != k)
            throw invalid_input(std::string("[kzsec] signed_sbm: ") + name + " must be " + std::to_string(k) + "x" +
                                std::to_string(k) + " (one row and column per block), got " +
                                std::to_string(m.rows()) + "x" + std::to_string(m.cols()));
        for (Eigen::Index a = 0; a < k; ++a)
            for (Eigen::Index b = 0; b < k; ++b) {
                const double x = m(a, b);
                const std::string at = std::string(name) + "(" + std::to_string(a) + ", " + std::to_string(b) + ")";
                if (!(x >= 0.0 && x <= 1.0))
                    throw invalid_input("[kzsec] signed_sbm: " + at + " = " + std::to_string(x) + " is outside [0, 1]");
                if (x != m(b, a))
                    throw invalid_input(std::string("[kzsec] signed_sbm: ") + name + " is not symmetric: " + at + " = " +
                                        std::to_string(x) + " but the transposed entry is " + std::to_string(m(b, a)));
            }
    };
    check(density, "density");
    check(negative, "negative");
    std::vector<std::size_t> first(sizes.size() + 1, 0);
    for (std::size_t a = 0; a < sizes.size(); ++a) first[a + 1] = first[a] + sizes[a];
    const std::size_t n = first.back();
    check_size("signed_sbm", n);

    planted_graph out;
    out.membership.resize(n);
    for (std::size_t a = 0; a < sizes.size(); ++a)
        std::fill(out.membership.begin() + static_cast<std::ptrdiff_t>(first[a]),
                  out.membership.begin() + static_cast<std::ptrdiff_t>(first[a + 1]), a);
    detail::rng r(seed);
    std::vector<weighted_edge> e;
    for (Eigen::Index a = 0; a < k; ++a)
        for (Eigen::Index b = a; b < k; ++b) {
            const std::size_t from = e.size();
            const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b);
            if (a == b)
                within(first[ua], sizes[ua], density(a, a), r, e);
            else
                across(first[ua], sizes[ua], first[ub], sizes[ub], density(a, b), r, e);
            assign_signs(e, from, negative(a, b), r);
        }
    out.graph = build(n, e);
    return out;
}

planted_graph planted_ssbm(std::size_t n, std::size_t k, double p, double eta, std::uint64_t seed) {
    if (k == 0) throw invalid_input("[kzsec] planted_ssbm: k must be at least 1");
    if (n > 0 && k > n)
        throw invalid_input("[kzsec] planted_ssbm: k = " + std::to_string(k) + " blocks for n = " + std::to_string(n) +
                            " vertices (k must be at most n)");
    check_probability("planted_ssbm", "p", p);
    check_probability("planted_ssbm", "eta", eta);
    std::vector<std::size_t> sizes(k, n / k);
    for (std::size_t a = 0; a < n % k; ++a) ++sizes[a];
    const auto K = static_cast<Eigen::Index>(k);
    Eigen::MatrixXd density = Eigen::MatrixXd::Constant(K, K, p);
    Eigen::MatrixXd negative = Eigen::MatrixXd::Constant(K, K, 1.0 - eta);
    negative.diagonal().setConstant(eta);
    return signed_sbm(sizes, density, negative, seed);
}

planted_graph islands(std::size_t count, std::size_t size, double density, std::size_t between, std::uint64_t seed) {
    check_probability("islands", "density", density);
    const std::uint64_t cross = static_cast<std::uint64_t>(size) * size;
    if (count > 1 && between > cross)
        throw invalid_input("[kzsec] islands: between = " + std::to_string(between) +
                            " negative ties between two islands, but two islands of " + std::to_string(size) +
                            " vertices have only " + std::to_string(cross) + " pairs");
    const std::size_t n = count * size;
    if (size != 0 && n / size != count) throw invalid_input("[kzsec] islands: islands x size overflows");
    check_size("islands", n);
    planted_graph out;
    out.membership.resize(n);
    for (std::size_t v = 0; v < n; ++v) out.membership[v] = v / size;
    detail::rng r(seed);
    std::vector<weighted_edge> e;
    for (std::size_t a = 0; a < count; ++a) within(a * size, size, density, r, e);
    for (std::size_t a = 0; a < count; ++a)
        for (std::size_t b = a + 1; b < count; ++b) {
            // `between` distinct pairs out of size² (Floyd's sampling without replacement)
            std::unordered_set<std::uint64_t> chosen;
            std::vector<std::uint64_t> order;
            for (std::uint64_t j = cross - between; j < cross; ++j) {
                const std::uint64_t t = r.below(j + 1);
                const std::uint64_t pick = chosen.insert(t).second ? t : j;
                if (pick == j) chosen.insert(j);
                order.push_back(pick);
            }
            for (std::uint64_t q : order)
                e.push_back({a * size + static_cast<std::size_t>(q / size), b * size + static_cast<std::size_t>(q % size), -1.0});
        }
    out.graph = build(n, e);
    return out;
}

planted_graph signed_bipartite(std::size_t n1, std::size_t n2, double p, double negative, std::uint64_t seed) {
    check_probability("signed_bipartite", "p", p);
    check_probability("signed_bipartite", "negative", negative);
    check_size("signed_bipartite", n1 + n2);
    planted_graph out;
    out.membership.assign(n1 + n2, 0);
    std::fill(out.membership.begin() + static_cast<std::ptrdiff_t>(n1), out.membership.end(), 1);
    detail::rng r(seed);
    std::vector<weighted_edge> e;
    across(0, n1, n1, n2, p, r, e);
    assign_signs(e, 0, negative, r);
    out.graph = build(n1 + n2, e);
    return out;
}

}  // namespace kzsec
