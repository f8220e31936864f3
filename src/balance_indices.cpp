// Triangle, walk and spectral balance indices (see include/kzsec/balance.hpp).
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include <Eigen/Eigenvalues>

#include "kzsec/balance.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

std::string_view to_string(triangle_weighting w) noexcept {
    return w == triangle_weighting::sign ? "sign" : "product";
}
std::string_view to_string(component_choice c) noexcept {
    return c == component_choice::whole ? "whole" : "largest";
}

// ------------------------------------------------------------------ triangles

triangle_result triangle_index(const signed_graph& g, const triangle_options& opt) {
    const std::size_t n = g.num_vertices();
    const csr_adjacency& c = g.csr();
    triangle_result r;
    r.weak = opt.weak;
    r.weighting = opt.weighting;
    r.vertex_unbalanced.assign(n, 0);
    r.convention = std::string(opt.weak ? "weak (Davis: --- balanced)" : "strong (Cartwright-Harary)") +
                   ", " + std::string(to_string(opt.weighting)) + " weighting";

    // Rank vertices by (degree, index); orient every edge from lower to higher rank.
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
    std::vector<std::size_t> optr(n + 1, 0);
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t e = c.ptr[u]; e < c.ptr[u + 1]; ++e)
            if (rank[c.nbr[e]] > rank[u]) ++optr[u + 1];
    for (std::size_t u = 0; u < n; ++u) optr[u + 1] += optr[u];
    std::vector<std::uint32_t> onbr(optr[n]);
    std::vector<double> owt(optr[n]);
    {
        std::vector<std::size_t> pos(optr.begin(), optr.end() - 1);
        for (std::size_t u = 0; u < n; ++u)
            for (std::size_t e = c.ptr[u]; e < c.ptr[u + 1]; ++e)
                if (rank[c.nbr[e]] > rank[u]) {
                    onbr[pos[u]] = c.nbr[e];
                    owt[pos[u]++] = c.wt[e];
                }
    }

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

Eigen::MatrixXd signed_matrix(const signed_graph& g, bool weighted) {
    const std::size_t n = g.num_vertices();
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    for (const auto& e : g.edges()) {
        const double w = weighted ? e.weight : (e.weight > 0 ? 1.0 : -1.0);
        a(static_cast<Eigen::Index>(e.u), static_cast<Eigen::Index>(e.v)) = w;
        a(static_cast<Eigen::Index>(e.v), static_cast<Eigen::Index>(e.u)) = w;
    }
    return a;
}

Eigen::VectorXd eigenvalues(const Eigen::MatrixXd& m, const char* where) {
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(m, Eigen::EigenvaluesOnly);
    if (es.info() != Eigen::Success)
        throw numerical_error(std::string("[kzsec] ") + where + ": the symmetric eigen-solver did not converge");
    return es.eigenvalues();
}

}  // namespace

// --------------------------------------------------------------- walk index

walk_result walk_index(const signed_graph& g, const walk_options& opt) {
    if (!(opt.beta > 0) || !std::isfinite(opt.beta))
        throw invalid_input("[kzsec] walk_index: beta must be a positive finite number, got " +
                            std::to_string(opt.beta));
    if (g.num_vertices() == 0) throw invalid_input("[kzsec] walk_index: the graph has no vertex");
    walk_result r;
    r.beta = opt.beta;
    r.convention = std::string("K(beta) = tr exp(beta A) / tr exp(beta |A|), ") +
                   (opt.weighted ? "weighted A" : "sign matrix A") + ", whole graph";
    const Eigen::MatrixXd a = signed_matrix(g, opt.weighted);
    const Eigen::VectorXd lam = eigenvalues(a, "walk_index");
    const Eigen::VectorXd mu = eigenvalues(a.cwiseAbs(), "walk_index");
    const double lmax = lam.maxCoeff(), mmax = mu.maxCoeff();
    const double sl = (opt.beta * (lam.array() - lmax)).exp().sum();
    const double sm = (opt.beta * (mu.array() - mmax)).exp().sum();
    r.lambda_max_signed = lmax;
    r.lambda_max_unsigned = mmax;
    r.log_trace_signed = opt.beta * lmax + std::log(sl);
    r.log_trace_unsigned = opt.beta * mmax + std::log(sm);
    r.index = std::exp(r.log_trace_signed - r.log_trace_unsigned);
    r.balanced_share = (1.0 + r.index) / 2.0;
    r.lack_of_balance = (1.0 - r.index) / (1.0 + r.index);
    return r;
}

// ----------------------------------------------------------- spectral index

spectral_result spectral_index(const signed_graph& g, const spectral_options& opt) {
    const std::size_t n = g.num_vertices();
    if (n == 0) throw invalid_input("[kzsec] spectral_index: the graph has no vertex");
    spectral_result r;
    r.normalized = opt.normalized;
    r.component = opt.component;
    r.convention = std::string(opt.normalized ? "normalised I - D^-1/2 A D^-1/2 (isolated vertex: zero row)"
                                              : "plain D - A") +
                   ", " + (opt.weighted ? "weighted A" : "sign matrix A") + ", " +
                   (opt.component == component_choice::whole ? "whole graph" : "largest connected component");
    if (opt.component == component_choice::whole) {
        r.vertices.resize(n);
        std::iota(r.vertices.begin(), r.vertices.end(), std::size_t{0});
    } else {
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
            if (comp[v] == best) r.vertices.push_back(v);
    }
    const auto nv = static_cast<Eigen::Index>(r.vertices.size());
    std::vector<Eigen::Index> pos(n, -1);
    for (Eigen::Index i = 0; i < nv; ++i) pos[r.vertices[static_cast<std::size_t>(i)]] = i;
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(nv, nv);
    std::size_t m = 0;
    for (const auto& e : g.edges()) {
        const Eigen::Index i = pos[e.u], j = pos[e.v];
        if (i < 0 || j < 0) continue;
        const double w = opt.weighted ? e.weight : (e.weight > 0 ? 1.0 : -1.0);
        a(i, j) = w;
        a(j, i) = w;
        ++m;
    }
    const Eigen::VectorXd d = a.cwiseAbs().rowwise().sum();
    Eigen::MatrixXd lap;
    for (Eigen::Index i = 0; i < nv; ++i)
        if (d(i) == 0) ++r.isolated;
    if (!opt.normalized) {
        lap = -a;
        lap.diagonal() += d;
    } else {
        Eigen::VectorXd s(nv);
        for (Eigen::Index i = 0; i < nv; ++i) s(i) = d(i) > 0 ? 1.0 / std::sqrt(d(i)) : 0.0;
        lap = -(s.asDiagonal() * a * s.asDiagonal());
        for (Eigen::Index i = 0; i < nv; ++i) lap(i, i) = d(i) > 0 ? 1.0 : 0.0;
    }
    if (opt.eigenvector) {
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(lap);
        if (es.info() != Eigen::Success)
            throw numerical_error("[kzsec] spectral_index: the symmetric eigen-solver did not converge");
        r.lambda_min = es.eigenvalues()(0);
        r.lambda_max = es.eigenvalues()(nv - 1);
        r.vector = es.eigenvectors().col(0);
    } else {
        const Eigen::VectorXd ev = eigenvalues(lap, "spectral_index");
        r.lambda_min = ev(0);
        r.lambda_max = ev(nv - 1);
    }
    // Round-off can make a zero eigenvalue of a PSD matrix slightly negative.
    if (r.lambda_min < 0 && r.lambda_min > -1e-10 * std::max(1.0, r.lambda_max)) r.lambda_min = 0.0;
    if (!opt.normalized && m > 0) r.relative = r.lambda_min * static_cast<double>(nv) / (8.0 * static_cast<double>(m));
    return r;
}

}  // namespace kzsec
