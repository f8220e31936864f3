// Signed degrees, PN centrality and signed eigenvector centrality (see include/kzsec/centrality.hpp).
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include <Eigen/SparseLU>
#include <fmt/format.h>

#include "kzsec/centrality.hpp"
#include "kzsec/detail/eigen_solvers.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

// ------------------------------------------------------------------ degrees

signed_degree_result signed_degree(const signed_graph& g, const signed_degree_options& opt) {
    const std::size_t n = g.num_vertices();
    const csr_adjacency& c = g.csr();
    signed_degree_result r;
    r.weighted = opt.weighted;
    r.positive.assign(n, 0.0);
    r.negative.assign(n, 0.0);
    r.net.resize(n);
    r.ratio.resize(n);
    for (std::size_t v = 0; v < n; ++v) {
        for (std::size_t e = c.ptr[v]; e < c.ptr[v + 1]; ++e) {
            const double w = opt.weighted ? std::abs(c.wt[e]) : 1.0;
            (c.wt[e] > 0 ? r.positive[v] : r.negative[v]) += w;
        }
        r.net[v] = r.positive[v] - r.negative[v];
        const double t = r.positive[v] + r.negative[v];
        r.ratio[v] = t > 0 ? r.positive[v] / t : std::numeric_limits<double>::quiet_NaN();
    }
    return r;
}

// ------------------------------------------------------------ PN centrality

namespace {

using triplet = Eigen::Triplet<double>;

/// a*_ij of one tie: the sign (or weight) of a positive tie, twice it for a negative one.
double pn_weight(double w, bool weighted) {
    const double p = weighted ? w : (w > 0 ? 1.0 : -1.0);
    return p > 0 ? p : 2.0 * p;
}

double default_beta(std::size_t n, const pn_options& opt, const char* where) {
    if (n < 2) throw invalid_input(fmt::format("[kzsec] {}: needs at least 2 vertices, got {}", where, n));
    if (!std::isfinite(opt.beta) || opt.beta < 0)
        throw invalid_input(fmt::format("[kzsec] {}: beta must be finite and >= 0 (0 = 1/(2n-2)), got {}", where, opt.beta));
    return opt.beta > 0 ? opt.beta : 1.0 / (2.0 * static_cast<double>(n) - 2.0);
}

/// Solves (I − β A*) x = 1 for the sparse A* given as triplets (i, j, a*_ij): the
/// fixed point when it provably converges (and the method allows), else a sparse LU.
pn_result pn_solve(std::size_t n, const std::vector<triplet>& a_star, double beta, pn_method method, const char* where) {
    pn_result r;
    Eigen::SparseMatrix<double, Eigen::RowMajor> a(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    a.setFromTriplets(a_star.begin(), a_star.end());
    double rmax = 0.0;
    for (Eigen::Index i = 0; i < a.outerSize(); ++i) {
        double row = 0.0;
        for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(a, i); it; ++it) row += std::abs(it.value());
        rmax = std::max(rmax, row);
    }
    r.contraction = beta * rmax;
    if (method == pn_method::iteration && !(r.contraction < 1.0))
        throw invalid_input(fmt::format(
            "[kzsec] {}: the iteration needs beta * max row sum of |A*| < 1, got {}; use method 'sparse_lu' or 'auto'", where,
            r.contraction));
    const Eigen::VectorXd ones = Eigen::VectorXd::Ones(static_cast<Eigen::Index>(n));
    Eigen::VectorXd x;
    // automatic: iterate while the contraction is strong (at most ~55 steps), else factorise
    if (method == pn_method::iteration || (method == pn_method::automatic && r.contraction <= 0.5)) {
        // x_{k+1} = 1 + beta A* x_k; ||x - x_{k+1}|| <= q/(1-q) ||x_{k+1} - x_k|| (Banach). The
        // cap (q^k <= eps) only matters when rounding keeps the step above the bound.
        const double q = r.contraction, factor = q / (1.0 - q), eps = std::numeric_limits<double>::epsilon();
        const std::size_t cap = q > 0 ? static_cast<std::size_t>(std::ceil(std::log(eps) / std::log(q))) + 50 : 1;
        x = ones;
        for (;;) {
            Eigen::VectorXd next = ones + beta * (a * x);
            const double step = (next - x).lpNorm<Eigen::Infinity>();
            x.swap(next);
            ++r.iterations;
            if (factor * step <= 4.0 * eps * x.lpNorm<Eigen::Infinity>() || r.iterations >= cap) break;
        }
        r.method = pn_method::iteration;
    } else {
        // I - beta A* from the triplets in one pass (diagonal entries summed by setFromTriplets)
        std::vector<triplet> t;
        t.reserve(a_star.size() + n);
        for (std::size_t i = 0; i < n; ++i) t.emplace_back(static_cast<int>(i), static_cast<int>(i), 1.0);
        for (const auto& x : a_star) t.emplace_back(x.row(), x.col(), -beta * x.value());
        Eigen::SparseMatrix<double> m(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
        m.setFromTriplets(t.begin(), t.end());
        m.makeCompressed();
        Eigen::SparseLU<Eigen::SparseMatrix<double>, Eigen::COLAMDOrdering<int>> lu;
        lu.compute(m);
        if (lu.info() != Eigen::Success)
            throw numerical_error(fmt::format("[kzsec] {}: I - beta A* is singular (beta = {}); use a smaller beta", where, beta));
        x = lu.solve(ones);
        if (lu.info() != Eigen::Success)
            throw numerical_error(fmt::format("[kzsec] {}: the PN system could not be solved (beta = {})", where, beta));
        r.method = pn_method::sparse_lu;
    }
    if (!x.allFinite()) throw numerical_error(fmt::format("[kzsec] {}: the PN solution is not finite (beta = {})", where, beta));
    r.pn.assign(x.data(), x.data() + x.size());
    return r;
}

std::string pn_convention(const pn_options& opt, const pn_result& r) {
    return fmt::format("Everett-Borgatti PN, A* = P - 2N from {}, beta = {}{}, mode {}, solved by {}",
                       opt.weighted ? "weights" : "signs", r.beta, opt.beta > 0 ? "" : " (1/(2n-2))", to_string(opt.mode),
                       to_string(r.method));
}

}  // namespace

pn_result pn_index(const signed_graph& g, const pn_options& opt) {
    const std::size_t n = g.num_vertices();
    const double beta = default_beta(n, opt, "pn_index");
    const csr_adjacency& c = g.csr();
    std::vector<triplet> a;
    a.reserve(c.nbr.size());
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t e = c.ptr[v]; e < c.ptr[v + 1]; ++e)
            a.emplace_back(static_cast<int>(v), static_cast<int>(c.nbr[e]), pn_weight(c.wt[e], opt.weighted));
    pn_result r = pn_solve(n, a, beta, opt.method, "pn_index");
    r.beta = beta;
    r.mode = opt.mode;
    r.convention = pn_convention(opt, r);
    return r;
}

pn_result pn_index(const Eigen::Ref<const Eigen::MatrixXd>& m, const pn_options& opt) {
    if (m.rows() != m.cols())
        throw invalid_input(fmt::format("[kzsec] pn_index: the matrix must be square, got {} x {}", m.rows(), m.cols()));
    const auto n = static_cast<std::size_t>(m.rows());
    const double beta = default_beta(n, opt, "pn_index");
    std::vector<triplet> a;
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        for (Eigen::Index j = 0; j < m.cols(); ++j) {
            const double w = m(i, j);
            if (!std::isfinite(w))
                throw invalid_input(fmt::format("[kzsec] pn_index: entry ({}, {}) is not finite", i, j));
            if (i == j && w != 0)
                throw invalid_input(fmt::format("[kzsec] pn_index: diagonal entry ({0}, {0}) is {1}, not 0 (no self-ties)", i, w));
            if (opt.mode == pn_mode::all && w != m(j, i))
                throw invalid_input(fmt::format(
                    "[kzsec] pn_index: mode 'all' needs a symmetric matrix, but a({0}, {1}) = {2} and a({1}, {0}) = {3}; "
                    "use mode 'out' or 'in', or symmetrise first",
                    i, j, w, m(j, i)));
            if (w == 0) continue;
            const double x = pn_weight(w, opt.weighted);
            if (opt.mode == pn_mode::in) a.emplace_back(static_cast<int>(j), static_cast<int>(i), x);
            else a.emplace_back(static_cast<int>(i), static_cast<int>(j), x);
        }
    pn_result r = pn_solve(n, a, beta, opt.method, "pn_index");
    r.beta = beta;
    r.mode = opt.mode;
    r.convention = pn_convention(opt, r);
    return r;
}

// ------------------------------------------------ signed eigenvector centrality

eigenvector_result signed_eigenvector_centrality(const signed_graph& g, const eigenvector_options& opt) {
    const std::size_t n = g.num_vertices();
    const char* where = "[kzsec] signed_eigenvector_centrality";
    if (n == 0) throw invalid_input(fmt::format("{}: the graph is empty", where));
    if (g.num_edges() == 0) throw invalid_input(fmt::format("{}: the graph has no edges (every eigenvalue is 0)", where));
    if (!std::isfinite(opt.tolerance) || opt.tolerance < 0)
        throw invalid_input(fmt::format("{}: tolerance must be finite and >= 0, got {}", where, opt.tolerance));
    const auto sign = [&](double w) { return opt.weighted ? w : (w > 0 ? 1.0 : w < 0 ? -1.0 : 0.0); };
    double lambda = 0.0, runner_up = 0.0;
    Eigen::VectorXd v;
    eigenvector_result r;
    const auto no_dominant = [&](double l, double l2) {
        return numerical_error(fmt::format(
            "{}: no dominant eigenvalue (|lambda| = {} is shared by the eigenvalues {} and {}); the eigenvector is not unique",
            where, std::abs(l), l, l2));
    };
    bool done = false;
    if (detail::use_sparse(opt.method, n, 2 * g.num_edges()) && n >= 4) {
        const csr_adjacency& c = g.csr();
        detail::sym_csr a;
        a.n = n;
        a.ptr = c.ptr;
        a.idx = c.nbr;
        a.val.resize(c.wt.size());
        for (std::size_t e = 0; e < c.wt.size(); ++e) a.val[e] = sign(c.wt[e]);
        const auto eig = detail::sparse_symmetric(a, 2, detail::spectrum_end::largest_magnitude, true, opt.sparse_tolerance);
        if (eig.converged) {
            lambda = eig.values(0);
            runner_up = eig.values(1);
            if ((std::abs(lambda) - std::abs(runner_up)) / std::abs(lambda) <= opt.tolerance) throw no_dominant(lambda, runner_up);
            v = eig.vectors.col(0);
            r.method = eigen_method::sparse;
            done = true;
        } else if (opt.method == eigen_method::sparse || n > 8000) {
            throw numerical_error(fmt::format(
                "{}: the sparse (Lanczos) eigensolver did not converge after {} products; use method 'dense' or a larger "
                "sparse_tolerance",
                where, eig.matvecs));
        }
    }
    if (!done) {
        Eigen::MatrixXd a = g.adjacency();
        if (!opt.weighted) a = a.unaryExpr(sign);
        bool tied = false;
        // one tridiagonal reduction: all eigenvalues, then the one vector of the dominant one
        const auto eig = detail::dense_symmetric(
            a,
            [&](const Eigen::VectorXd& lam) -> Eigen::Index {
                const Eigen::Index last = lam.size() - 1;  // n >= 2 here (a graph with an edge)
                const bool top = std::abs(lam(last)) >= std::abs(lam(0));
                const Eigen::Index k = top ? last : 0;
                const Eigen::Index j = top ? (std::abs(lam(last - 1)) >= std::abs(lam(0)) ? last - 1 : 0)
                                           : (std::abs(lam(1)) >= std::abs(lam(last)) ? 1 : last);
                lambda = lam(k);
                runner_up = lam(j);
                tied = (std::abs(lambda) - std::abs(runner_up)) / std::abs(lambda) <= opt.tolerance;
                return tied ? -1 : k;
            },
            "signed_eigenvector_centrality");
        if (tied) throw no_dominant(lambda, runner_up);
        v = eig.vector;
        r.method = eigen_method::dense;
    }
    // the first entry of largest |v| (within rounding, so that ties resolve by index)
    const double vmax = v.cwiseAbs().maxCoeff();
    Eigen::Index arg = 0;
    while (std::abs(v(arg)) < vmax * (1.0 - 1e-9)) ++arg;
    v /= opt.scale ? v(arg) : (v(arg) > 0 ? v.norm() : -v.norm());
    r.centrality.assign(v.data(), v.data() + v.size());
    r.eigenvalue = lambda;
    r.gap = (std::abs(lambda) - std::abs(runner_up)) / std::abs(lambda);
    r.convention = fmt::format("Bonacich-Lloyd signed eigenvector of the {} matrix, {}, first max |v| positive, {}",
                               opt.weighted ? "weighted" : "sign", opt.scale ? "max |v| = 1" : "unit 2-norm",
                               r.method == eigen_method::dense ? "dense (LAPACK)" : "sparse (Lanczos)");
    return r;
}

}  // namespace kzsec
