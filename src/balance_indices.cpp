// Triangle, walk and spectral balance indices (see include/kzsec/balance.hpp).
#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <string>

#include <fmt/format.h>

#include "kzsec/balance.hpp"
#include "kzsec/detail/eigen_solvers.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/generic.hpp"

namespace kzsec {

// ------------------------------------------------------------------ triangles

triangle_result triangle_index(const signed_graph& g, const triangle_options& opt) {
    return detail::triangle_census(g.csr(), opt);
}

namespace {

/// The edges of a sorted CSR adjacency oriented from lower to higher rank, vertices ranked by
/// (degree, index): every vertex then has O(√m) out-neighbours, and every triangle is found
/// once, from its lowest-ranked vertex (compact-forward enumeration). Rows stay sorted by index.
struct oriented_adjacency {
    std::vector<std::size_t> ptr;
    std::vector<std::uint32_t> nbr;
    std::vector<double> wt;
};

oriented_adjacency orient_by_degree(const csr_adjacency& c, std::size_t n) {
    std::vector<std::uint32_t> rank(n);
    {
        std::vector<std::uint32_t> order(n);
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            const auto da = c.ptr[a + 1] - c.ptr[a], db = c.ptr[b + 1] - c.ptr[b];
            return da != db ? da < db : a < b;
        });
        for (std::size_t i = 0; i < n; ++i) rank[order[i]] = static_cast<std::uint32_t>(i);
    }
    oriented_adjacency o;
    o.ptr.assign(n + 1, 0);
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t e = c.ptr[u]; e < c.ptr[u + 1]; ++e)
            if (rank[c.nbr[e]] > rank[u]) ++o.ptr[u + 1];
    for (std::size_t u = 0; u < n; ++u) o.ptr[u + 1] += o.ptr[u];
    o.nbr.resize(o.ptr[n]);
    o.wt.resize(o.ptr[n]);
    std::vector<std::size_t> pos(o.ptr.begin(), o.ptr.end() - 1);
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t e = c.ptr[u]; e < c.ptr[u + 1]; ++e)
            if (rank[c.nbr[e]] > rank[u]) {
                o.nbr[pos[u]] = c.nbr[e];
                o.wt[pos[u]++] = c.wt[e];
            }
    return o;
}

}  // namespace

triangle_result detail::triangle_census(const csr_adjacency& c, const triangle_options& opt) {
    const std::size_t n = c.ptr.empty() ? 0 : c.ptr.size() - 1;
    triangle_result r;
    r.weak = opt.weak;
    r.weighting = opt.weighting;
    r.vertex_unbalanced.assign(n, 0);
    r.convention = std::string(opt.weak ? "weak (Davis: --- balanced)" : "strong (Cartwright-Harary)") +
                   ", " + std::string(to_string(opt.weighting)) + " weighting";
    const oriented_adjacency o = orient_by_degree(c, n);
    const auto& optr = o.ptr;
    const auto& onbr = o.nbr;
    const auto& owt = o.wt;

    // Mark the out-neighbours of u with their edge weight; every triangle is found once
    // from its lowest-ranked vertex.
    std::vector<double> mark(n, 0.0);
    double w_all = 0.0, w_strong = 0.0, w_weak = 0.0;
    const bool product = opt.weighting == triangle_weighting::product;
    for (std::size_t u = 0; u < n; ++u) {
        for (std::size_t e = optr[u]; e < optr[u + 1]; ++e) mark[onbr[e]] = owt[e];
        for (std::size_t e = optr[u]; e < optr[u + 1]; ++e) {
            const std::uint32_t v = onbr[e];
            const double wuv = owt[e];
            for (std::size_t f = optr[v]; f < optr[v + 1]; ++f) {
                const std::uint32_t w = onbr[f];
                const double wuw = mark[w];
                if (wuw == 0.0) continue;
                const double wvw = owt[f];
                const int negs = (wuv < 0) + (wvw < 0) + (wuw < 0);
                ++r.census[static_cast<std::size_t>(negs)];
                const double om = product ? std::abs(wuv * wvw * wuw) : 1.0;
                w_all += om;
                const bool strong_bal = (negs % 2) == 0;
                const bool weak_bal = strong_bal || negs == 3;
                if (strong_bal) w_strong += om;
                if (weak_bal) w_weak += om;
                if (!(opt.weak ? weak_bal : strong_bal)) {
                    ++r.vertex_unbalanced[u];
                    ++r.vertex_unbalanced[v];
                    ++r.vertex_unbalanced[w];
                    if (opt.list_unbalanced) {
                        if (r.unbalanced_triangles.size() < opt.max_listed) {
                            std::array<std::size_t, 3> t{u, v, w};
                            std::sort(t.begin(), t.end());
                            r.unbalanced_triangles.push_back(t);
                        } else {
                            r.list_truncated = true;
                        }
                    }
                }
            }
        }
        for (std::size_t e = optr[u]; e < optr[u + 1]; ++e) mark[onbr[e]] = 0.0;
    }
    r.triangles = r.census[0] + r.census[1] + r.census[2] + r.census[3];
    const std::size_t strong_b = r.census[0] + r.census[2];
    r.balanced = opt.weak ? strong_b + r.census[3] : strong_b;
    r.unbalanced = r.triangles - r.balanced;
    r.total_weight = w_all;
    r.balanced_weight = opt.weak ? w_weak : w_strong;
    if (w_all > 0) {
        r.strong_index = w_strong / w_all;
        r.weak_index = w_weak / w_all;
    }
    r.index = opt.weak ? r.weak_index : r.strong_index;
    std::sort(r.unbalanced_triangles.begin(), r.unbalanced_triangles.end());
    return r;
}

// ---------------------------------------------------------------- helpers

namespace {

double edge_value(double w, bool weighted) { return weighted ? w : (w > 0 ? 1.0 : -1.0); }

Eigen::MatrixXd signed_matrix(const signed_graph& g, bool weighted, bool absolute) {
    const std::size_t n = g.num_vertices();
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    for (const auto& e : g.edges()) {
        double w = edge_value(e.weight, weighted);
        if (absolute) w = std::abs(w);
        a(static_cast<Eigen::Index>(e.u), static_cast<Eigen::Index>(e.v)) = w;
        a(static_cast<Eigen::Index>(e.v), static_cast<Eigen::Index>(e.u)) = w;
    }
    return a;
}

/// A (or |A|) of the whole graph in CSR form, without diagonal.
detail::sym_csr signed_csr(const signed_graph& g, bool weighted, bool absolute) {
    const csr_adjacency& c = g.csr();
    detail::sym_csr a;
    a.n = g.num_vertices();
    a.ptr = c.ptr;
    a.idx = c.nbr;
    a.val.resize(c.wt.size());
    for (std::size_t e = 0; e < c.wt.size(); ++e) {
        const double w = edge_value(c.wt[e], weighted);
        a.val[e] = absolute ? std::abs(w) : w;
    }
    return a;
}

detail::sparse_eig lanczos(const detail::sym_csr& a, std::size_t nev, detail::spectrum_end which, bool vectors,
                           double tol, const char* where) {
    detail::sparse_eig r = detail::sparse_symmetric(a, nev, which, vectors, tol);
    if (!r.converged)
        throw numerical_error(fmt::format(
            "[kzsec] {}: the sparse (Lanczos) eigensolver did not converge after {} products; use method 'dense' or a "
            "larger sparse_tolerance",
            where, r.matvecs));
    return r;
}

/// Bounds on log Σ_{i>k} e^{β x_i} + ... : returns [lo, hi] of Σ_i e^{β(x_i - top)} for the
/// n values of which the k largest `top_k` (descending) are known, the rest lies in
/// [a, top_k(k-1)] and all n sum to `total`.
std::pair<double, double> truncated_exp_sum(const Eigen::VectorXd& top_k, std::size_t n, double total, double a,
                                            double beta) {
    const double top = top_k(0);
    const auto k = static_cast<std::size_t>(top_k.size());
    double known = 0.0;
    for (Eigen::Index i = 0; i < top_k.size(); ++i) known += std::exp(beta * (top_k(i) - top));
    const double rest = static_cast<double>(n - k);
    const double b = top_k(top_k.size() - 1);
    double c = (total - top_k.sum()) / rest;
    c = std::clamp(c, std::min(a, b), b);  // exact arithmetic keeps c in [a, b]; rounding may not
    const double lo = rest * std::exp(beta * (c - top));
    const double hi = b > a ? rest * ((b - c) * std::exp(beta * (a - top)) + (c - a) * std::exp(beta * (b - top))) / (b - a)
                            : rest * std::exp(beta * (b - top));
    return {known + lo, known + std::max(hi, lo)};
}

}  // namespace

// --------------------------------------------------------------- walk index

walk_result walk_index(const signed_graph& g, const walk_options& opt) {
    if (!(opt.beta > 0) || !std::isfinite(opt.beta))
        throw invalid_input("[kzsec] walk_index: beta must be a positive finite number, got " +
                            std::to_string(opt.beta));
    const std::size_t n = g.num_vertices();
    if (n == 0) throw invalid_input("[kzsec] walk_index: the graph has no vertex");
    if (opt.method != eigen_method::dense && opt.eigenvalues == 0)
        throw invalid_input("[kzsec] walk_index: eigenvalues (k of the truncated form) must be at least 1");
    walk_result r;
    r.beta = opt.beta;
    const bool sparse = (opt.method == eigen_method::sparse ||
                         (opt.method == eigen_method::automatic && n > opt.dense_max_vertices)) &&
                        opt.eigenvalues + 2 <= n;
    if (!sparse) {
        Eigen::MatrixXd a = signed_matrix(g, opt.weighted, false);
        const Eigen::VectorXd lam = detail::dense_symmetric(a, {}, "walk_index").values;
        a = signed_matrix(g, opt.weighted, true);
        const Eigen::VectorXd mu = detail::dense_symmetric(a, {}, "walk_index").values;
        const double lmax = lam.maxCoeff(), mmax = mu.maxCoeff();
        const double sl = (opt.beta * (lam.array() - lmax)).exp().sum();
        const double sm = (opt.beta * (mu.array() - mmax)).exp().sum();
        r.lambda_max_signed = lmax;
        r.lambda_max_unsigned = mmax;
        r.log_trace_signed = opt.beta * lmax + std::log(sl);
        r.log_trace_unsigned = opt.beta * mmax + std::log(sm);
        r.index = std::exp(r.log_trace_signed - r.log_trace_unsigned);
        r.index_lower = r.index_upper = r.index;
        r.exact = true;
        r.method = eigen_method::dense;
        r.eigenvalues_used = n;
    } else {
        const std::size_t k = opt.eigenvalues;
        const auto lam = lanczos(signed_csr(g, opt.weighted, false), k, detail::spectrum_end::largest_algebraic, false,
                                 opt.sparse_tolerance, "walk_index").values;
        const auto mu = lanczos(signed_csr(g, opt.weighted, true), k, detail::spectrum_end::largest_algebraic, false,
                                opt.sparse_tolerance, "walk_index").values;
        const double lmax = lam(0), mmax = mu(0);
        // every eigenvalue of A and of |A| lies in [-mu_1, mu_1]; both traces are 0
        const auto [sl_lo, sl_hi] = truncated_exp_sum(lam, n, 0.0, -mmax, opt.beta);
        const auto [sm_lo, sm_hi] = truncated_exp_sum(mu, n, 0.0, -mmax, opt.beta);
        const double scale = std::exp(opt.beta * (lmax - mmax));
        r.lambda_max_signed = lmax;
        r.lambda_max_unsigned = mmax;
        r.index_lower = scale * sl_lo / sm_hi;
        r.index_upper = std::min(1.0, scale * sl_hi / sm_lo);  // K <= 1 always (|tr e^{βA}| <= tr e^{β|A|})
        r.index = (r.index_lower + r.index_upper) / 2.0;
        r.log_trace_signed = opt.beta * lmax + std::log((sl_lo + sl_hi) / 2.0);
        r.log_trace_unsigned = opt.beta * mmax + std::log((sm_lo + sm_hi) / 2.0);
        r.exact = false;
        r.method = eigen_method::sparse;
        r.eigenvalues_used = k;
    }
    r.balanced_share = (1.0 + r.index) / 2.0;
    r.lack_of_balance = (1.0 - r.index) / (1.0 + r.index);
    r.convention = std::string("K(beta) = tr exp(beta A) / tr exp(beta |A|), ") +
                   (opt.weighted ? "weighted A" : "sign matrix A") + ", whole graph" +
                   (r.exact ? std::string(", all eigenvalues (dense)")
                            : fmt::format(", truncated to the {} largest eigenvalues (midpoint of proven bounds)", r.eigenvalues_used));
    return r;
}

// ----------------------------------------------------------- spectral index

namespace {

/// The vertices `spectral_index` uses (increasing): all of them, or the largest connected
/// component (ties: the one with the smallest first vertex).
std::vector<std::size_t> part_vertices(const signed_graph& g, component_choice which) {
    const std::size_t n = g.num_vertices();
    std::vector<std::size_t> vertices;
    if (which == component_choice::whole) {
        vertices.resize(n);
        std::iota(vertices.begin(), vertices.end(), std::size_t{0});
        return vertices;
    }
    std::size_t count = 0;
    const auto comp = g.components(&count);
    std::vector<std::size_t> size(count, 0), first(count, n);
    for (std::size_t v = 0; v < n; ++v) {
        ++size[comp[v]];
        first[comp[v]] = std::min(first[comp[v]], v);
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < count; ++k)
        if (size[k] > size[best] || (size[k] == size[best] && first[k] < first[best])) best = k;
    for (std::size_t v = 0; v < n; ++v)
        if (comp[v] == best) vertices.push_back(v);
    return vertices;
}

/// The signed Laplacian of the part used, in CSR form: diagonal d̄ (normalised: 1, or 0 for an
/// isolated vertex), off-diagonal -a_ij (normalised: scaled by d̄_i^{-1/2} d̄_j^{-1/2}).
/// `isolated` counts the vertices without a tie in the part.
detail::sym_csr part_laplacian(const csr_adjacency& c, const std::vector<std::size_t>& vertices, std::size_t n,
                               const spectral_options& opt, std::size_t& isolated) {
    const std::size_t nv = vertices.size();
    std::vector<std::int64_t> pos(n, -1);
    for (std::size_t i = 0; i < nv; ++i) pos[vertices[i]] = static_cast<std::int64_t>(i);
    detail::sym_csr lap;
    lap.n = nv;
    lap.ptr.assign(nv + 1, 0);
    lap.diag.assign(nv, 0.0);
    for (std::size_t i = 0; i < nv; ++i) {
        const std::size_t u = vertices[i];
        for (std::size_t e = c.ptr[u]; e < c.ptr[u + 1]; ++e)
            if (pos[c.nbr[e]] >= 0) {
                lap.diag[i] += std::abs(edge_value(c.wt[e], opt.weighted));
                ++lap.ptr[i + 1];
            }
    }
    for (std::size_t i = 0; i < nv; ++i) lap.ptr[i + 1] += lap.ptr[i];
    const std::size_t nnz = lap.ptr[nv];
    lap.idx.resize(nnz);
    lap.val.resize(nnz);
    std::vector<double> s(nv, 1.0);
    for (std::size_t i = 0; i < nv; ++i) {
        if (lap.diag[i] == 0) ++isolated;
        if (opt.normalized) s[i] = lap.diag[i] > 0 ? 1.0 / std::sqrt(lap.diag[i]) : 0.0;
    }
    for (std::size_t i = 0, k = 0; i < nv; ++i) {
        const std::size_t u = vertices[i];
        for (std::size_t e = c.ptr[u]; e < c.ptr[u + 1]; ++e) {
            const std::int64_t j = pos[c.nbr[e]];
            if (j < 0) continue;
            lap.idx[k] = static_cast<std::uint32_t>(j);
            lap.val[k++] = -edge_value(c.wt[e], opt.weighted) * s[i] * s[static_cast<std::size_t>(j)];
        }
    }
    if (opt.normalized)
        for (std::size_t i = 0; i < nv; ++i) lap.diag[i] = lap.diag[i] > 0 ? 1.0 : 0.0;
    return lap;
}

/// λ_min and λ_max of the Laplacian (and the vector of λ_min if asked) into `r`: by Lanczos
/// when `method` picks sparse and it converges, else by LAPACK.
void solve_laplacian(const detail::sym_csr& lap, const spectral_options& opt, spectral_result& r) {
    const std::size_t nv = lap.n;
    const auto nvi = static_cast<Eigen::Index>(nv);
    const std::size_t nnz = lap.ptr[nv];
    bool done = false;
    if (detail::use_sparse(opt.method, nv, nnz) && nv >= 3) {
        const auto lo = detail::sparse_symmetric(lap, 1, detail::spectrum_end::smallest_algebraic, opt.eigenvector,
                                                 opt.sparse_tolerance);
        const auto hi = lo.converged ? detail::sparse_symmetric(lap, 1, detail::spectrum_end::largest_algebraic, false,
                                                                opt.sparse_tolerance)
                                     : detail::sparse_eig{};
        if (lo.converged && hi.converged) {
            r.lambda_min = lo.values(0);
            r.lambda_max = hi.values(0);
            if (opt.eigenvector) r.vector = lo.vectors.col(0);
            r.method = eigen_method::sparse;
            done = true;
        } else if (opt.method == eigen_method::sparse || nv > 8000) {
            throw numerical_error(fmt::format(
                "[kzsec] spectral_index: the sparse (Lanczos) eigensolver did not converge after {} products; use "
                "method 'dense' or a larger sparse_tolerance",
                lo.matvecs + hi.matvecs));
        }
    }
    if (!done) {
        Eigen::MatrixXd dense = Eigen::MatrixXd::Zero(nvi, nvi);
        for (std::size_t i = 0; i < nv; ++i) {
            dense(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(i)) = lap.diag[i];
            for (std::size_t e = lap.ptr[i]; e < lap.ptr[i + 1]; ++e)
                dense(static_cast<Eigen::Index>(lap.idx[e]), static_cast<Eigen::Index>(i)) = lap.val[e];
        }
        const auto eig = detail::dense_symmetric(
            dense, opt.eigenvector ? std::function<Eigen::Index(const Eigen::VectorXd&)>([](const Eigen::VectorXd&) { return Eigen::Index{0}; })
                                   : std::function<Eigen::Index(const Eigen::VectorXd&)>{},
            "spectral_index");
        r.lambda_min = eig.values(0);
        r.lambda_max = eig.values(nvi - 1);
        if (opt.eigenvector) r.vector = eig.vector;
        r.method = eigen_method::dense;
    }
}

}  // namespace

spectral_result spectral_index(const signed_graph& g, const spectral_options& opt) {
    const std::size_t n = g.num_vertices();
    if (n == 0) throw invalid_input("[kzsec] spectral_index: the graph has no vertex");
    spectral_result r;
    r.normalized = opt.normalized;
    r.component = opt.component;
    r.vertices = part_vertices(g, opt.component);
    const std::size_t nv = r.vertices.size();
    const detail::sym_csr lap = part_laplacian(g.csr(), r.vertices, n, opt, r.isolated);
    const std::size_t m = lap.ptr[nv] / 2;
    solve_laplacian(lap, opt, r);
    // Round-off can make a zero eigenvalue of a PSD matrix slightly negative.
    const double zero_tol = r.method == eigen_method::dense ? 1e-10 : std::max(1e-10, 10.0 * opt.sparse_tolerance);
    if (r.lambda_min < 0 && r.lambda_min > -zero_tol * std::max(1.0, r.lambda_max)) r.lambda_min = 0.0;
    if (!opt.normalized && m > 0) r.relative = r.lambda_min * static_cast<double>(nv) / (8.0 * static_cast<double>(m));
    r.convention = std::string(opt.normalized ? "normalised I - D^-1/2 A D^-1/2 (isolated vertex: zero row)"
                                              : "plain D - A") +
                   ", " + (opt.weighted ? "weighted A" : "sign matrix A") + ", " +
                   (opt.component == component_choice::whole ? "whole graph" : "largest connected component") + ", " +
                   (r.method == eigen_method::dense ? "dense (LAPACK)" : "sparse (Lanczos)");
    return r;
}

}  // namespace kzsec
