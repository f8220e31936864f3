// Spectral clustering of signed graphs: SPONGE, SPONGE_sym, the signed Laplacian
// (include/kzsec/spectral_clustering.hpp).
#include "kzsec/spectral_clustering.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <Eigen/SparseCore>
#include <Eigen/IterativeLinearSolvers>
#include <Spectra/SymGEigsSolver.h>
#include <Spectra/MatOp/SparseSymMatProd.h>
#include <fmt/format.h>
#include <lapacke.h>

#include "kzsec/blockmodel_general.hpp"
#include "kzsec/detail/eigen_solvers.hpp"
#include "kzsec/detail/random.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

namespace {

constexpr const char* where = "signed_spectral_clustering";

/// A symmetric matrix on the vertices with ties: a diagonal and the off-diagonal entries (both triangles).
struct sym_matrix {
    Eigen::Index n = 0;
    Eigen::VectorXd diag;
    std::vector<Eigen::Triplet<double>> off;

    Eigen::MatrixXd dense() const {
        Eigen::MatrixXd m = Eigen::MatrixXd::Zero(n, n);
        m.diagonal() = diag;
        for (const auto& t : off) m(t.row(), t.col()) += t.value();
        return m;
    }
    Eigen::SparseMatrix<double> sparse() const {
        std::vector<Eigen::Triplet<double>> all = off;
        for (Eigen::Index i = 0; i < n; ++i) all.emplace_back(i, i, diag(i));
        Eigen::SparseMatrix<double> m(n, n);
        m.setFromTriplets(all.begin(), all.end());
        return m;
    }
    detail::sym_csr csr() const {
        detail::sym_csr a;
        a.n = static_cast<std::size_t>(n);
        const Eigen::SparseMatrix<double, Eigen::RowMajor> m = [&] {
            Eigen::SparseMatrix<double, Eigen::RowMajor> s(n, n);
            s.setFromTriplets(off.begin(), off.end());
            return s;
        }();
        a.ptr.assign(a.n + 1, 0);
        for (Eigen::Index i = 0; i < n; ++i) {
            for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(m, i); it; ++it) {
                a.idx.push_back(static_cast<std::uint32_t>(it.col()));
                a.val.push_back(it.value());
            }
            a.ptr[static_cast<std::size_t>(i) + 1] = a.idx.size();
        }
        a.diag.assign(diag.data(), diag.data() + n);
        return a;
    }
};

/// The graph on the vertices with ties, split into its positive and negative parts.
struct signed_parts {
    std::vector<std::size_t> active;  // compact index -> vertex
    Eigen::VectorXd dp, dn;           // positive and negative degrees (weighted or counts)
    struct tie {
        Eigen::Index u, v;  // compact, both directions stored
        double w;           // signed, |w| = 1 unless weighted
    };
    std::vector<tie> ties;
};

signed_parts split(const signed_graph& g, bool weighted) {
    signed_parts s;
    const csr_adjacency& a = g.csr();
    const std::size_t n = g.num_vertices();
    std::vector<Eigen::Index> index(n, -1);
    for (std::size_t v = 0; v < n; ++v)
        if (a.ptr[v + 1] > a.ptr[v]) {
            index[v] = static_cast<Eigen::Index>(s.active.size());
            s.active.push_back(v);
        }
    const auto na = static_cast<Eigen::Index>(s.active.size());
    s.dp = Eigen::VectorXd::Zero(na);
    s.dn = Eigen::VectorXd::Zero(na);
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t e = a.ptr[v]; e < a.ptr[v + 1]; ++e) {
            const double w = weighted ? a.wt[e] : (a.wt[e] > 0 ? 1.0 : -1.0);
            const Eigen::Index i = index[v], j = index[a.nbr[e]];
            (w > 0 ? s.dp : s.dn)(i) += std::abs(w);
            s.ties.push_back({i, j, w});
        }
    return s;
}

Eigen::VectorXd inv_sqrt(const Eigen::VectorXd& d) {
    return d.unaryExpr([](double x) { return x > 0 ? 1.0 / std::sqrt(x) : 0.0; });
}

/// Numerator and denominator of SPONGE's pencil, or the (signed) Laplacian as the numerator.
struct problem_matrices {
    sym_matrix num, den;
    bool generalised = false;
};

problem_matrices build(const signed_parts& s, const spectral_clustering_options& opt) {
    problem_matrices p;
    const auto na = static_cast<Eigen::Index>(s.active.size());
    p.num.n = p.den.n = na;
    const Eigen::VectorXd ones = Eigen::VectorXd::Ones(na);
    switch (opt.method) {
        case spectral_clustering_method::sponge:
            // num = L+ + tau_n D-, den = L- + tau_p D+
            p.generalised = true;
            p.num.diag = s.dp + opt.tau_n * s.dn;
            p.den.diag = s.dn + opt.tau_p * s.dp;
            for (const auto& t : s.ties) (t.w > 0 ? p.num : p.den).off.emplace_back(t.u, t.v, -std::abs(t.w));
            break;
        case spectral_clustering_method::sponge_sym: {
            // num = L+_sym + tau_n I, den = L-_sym + tau_p I
            p.generalised = true;
            p.num.diag = (1.0 + opt.tau_n) * ones;
            p.den.diag = (1.0 + opt.tau_p) * ones;
            const Eigen::VectorXd sp = inv_sqrt(s.dp), sn = inv_sqrt(s.dn);
            for (const auto& t : s.ties) {
                if (t.w > 0)
                    p.num.off.emplace_back(t.u, t.v, -t.w * sp(t.u) * sp(t.v));
                else
                    p.den.off.emplace_back(t.u, t.v, t.w * sn(t.u) * sn(t.v));
            }
            break;
        }
        case spectral_clustering_method::signed_laplacian:
            p.num.diag = s.dp + s.dn;
            for (const auto& t : s.ties) p.num.off.emplace_back(t.u, t.v, -t.w);
            break;
        case spectral_clustering_method::signed_laplacian_sym: {
            p.num.diag = ones;
            const Eigen::VectorXd sd = inv_sqrt(s.dp + s.dn);
            for (const auto& t : s.ties) p.num.off.emplace_back(t.u, t.v, -t.w * sd(t.u) * sd(t.v));
            break;
        }
    }
    return p;
}

struct eig {
    Eigen::VectorXd values;   // ascending
    Eigen::MatrixXd vectors;  // columns in the order of values
};

[[noreturn]] void lapack_failed(const char* routine, lapack_int info) {
    throw numerical_error(fmt::format("[kzsec] {}: LAPACK {} failed (info {})", where, routine, info));
}

/// The nev smallest eigenpairs, dense.
eig dense_smallest(const problem_matrices& p, Eigen::Index nev) {
    const Eigen::Index n = p.num.n;
    const auto ln = static_cast<lapack_int>(n);
    eig r;
    Eigen::VectorXd w(n);
    Eigen::MatrixXd z(n, nev);
    std::vector<lapack_int> ifail(static_cast<std::size_t>(n));
    lapack_int found = 0;
    const double abstol = 2.0 * LAPACKE_dlamch('S');
    if (!p.generalised) {
        Eigen::MatrixXd a = p.num.dense();
        std::vector<lapack_int> isuppz(static_cast<std::size_t>(2 * nev));
        const lapack_int info = LAPACKE_dsyevr(LAPACK_COL_MAJOR, 'V', 'I', 'L', ln, a.data(), ln, 0.0, 0.0, 1,
                                               static_cast<lapack_int>(nev), abstol, &found, w.data(), z.data(), ln,
                                               isuppz.data());
        if (info != 0 || found != nev) lapack_failed("dsyevr", info);
        r.values = w.head(nev);
        r.vectors = z;
        return r;
    }
    // den v = mu (num + den) v; the largest mu are the smallest lambda = 1/mu - 1
    Eigen::MatrixXd b = p.den.dense();
    Eigen::MatrixXd s = p.num.dense() + b;
    const lapack_int info =
        LAPACKE_dsygvx(LAPACK_COL_MAJOR, 1, 'V', 'I', 'L', ln, b.data(), ln, s.data(), ln, 0.0, 0.0,
                       static_cast<lapack_int>(n - nev + 1), ln, abstol, &found, w.data(), z.data(), ln, ifail.data());
    if (info != 0 || found != nev) lapack_failed("dsygvx", info);
    r.values.resize(nev);
    r.vectors.resize(n, nev);
    for (Eigen::Index j = 0; j < nev; ++j) {  // mu ascending -> lambda ascending: reverse
        const double mu = w(nev - 1 - j);
        r.values(j) = mu > 0 ? 1.0 / mu - 1.0 : std::numeric_limits<double>::infinity();
        r.vectors.col(j) = z.col(nev - 1 - j);
    }
    return r;
}

/// y = B x and y = B⁻¹ x for Spectra's RegularInverse mode: the solve by conjugate gradients
/// (Jacobi preconditioner) to a relative residual `tol`; a solve that fails is remembered
/// (Spectra's own operator throws std::runtime_error there; here the caller falls back to dense).
class cg_inverse {
public:
    using Scalar = double;
    cg_inverse(const Eigen::SparseMatrix<double>& m, double tol) : m_(m) {
        cg_.setTolerance(tol);
        cg_.compute(m_);
        failed = cg_.info() != Eigen::Success;
    }
    Eigen::Index rows() const { return m_.rows(); }
    Eigen::Index cols() const { return m_.cols(); }
    void solve(const double* x, double* y) const {
        Eigen::Map<const Eigen::VectorXd> xv(x, m_.rows());
        Eigen::Map<Eigen::VectorXd> yv(y, m_.rows());
        if (failed) {  // finish the iteration cheaply; the result is discarded
            yv.setZero();
            return;
        }
        yv = cg_.solve(xv);
        if (cg_.info() != Eigen::Success) failed = true;
    }
    void perform_op(const double* x, double* y) const {
        Eigen::Map<const Eigen::VectorXd> xv(x, m_.rows());
        Eigen::Map<Eigen::VectorXd> yv(y, m_.rows());
        yv.noalias() = m_ * xv;
    }
    mutable bool failed = false;

private:
    const Eigen::SparseMatrix<double>& m_;
    Eigen::ConjugateGradient<Eigen::SparseMatrix<double>, Eigen::Lower> cg_;  // Lower: serial (Lower|Upper runs OpenMP)
};

/// The nev smallest eigenpairs by Lanczos; empty values if it did not converge.
eig sparse_smallest(const problem_matrices& p, Eigen::Index nev, double tol) {
    eig r;
    const Eigen::Index n = p.num.n;
    if (nev + 2 > n) return r;
    if (!p.generalised) {
        const detail::sparse_eig e = detail::sparse_symmetric(p.num.csr(), static_cast<std::size_t>(nev),
                                                              detail::spectrum_end::smallest_algebraic, true, tol);
        if (!e.converged) return r;
        r.values = e.values;
        r.vectors = e.vectors;
        return r;
    }
    const Eigen::SparseMatrix<double> b = p.den.sparse();
    const Eigen::SparseMatrix<double> s = p.num.sparse() + b;
    Spectra::SparseSymMatProd<double> op(b);
    // the solves a hundred times tighter than the eigenvalues (and at least 1e-14)
    cg_inverse bop(s, std::max(tol * 1e-2, 1e-14));
    if (bop.failed) return r;
    const Eigen::Index ncv = std::min(n, std::max<Eigen::Index>(2 * nev + 1, 20));
    Spectra::SymGEigsSolver<Spectra::SparseSymMatProd<double>, cg_inverse, Spectra::GEigsMode::RegularInverse> solver(
        op, bop, nev, ncv);
    solver.init();  // Spectra's fixed-seed start: deterministic
    const Eigen::Index nconv = solver.compute(Spectra::SortRule::LargestAlge, 1000, tol, Spectra::SortRule::LargestAlge);
    if (bop.failed || solver.info() != Spectra::CompInfo::Successful || nconv < nev) return r;
    const Eigen::VectorXd mu = solver.eigenvalues();  // descending
    r.values = mu.unaryExpr([](double x) { return x > 0 ? 1.0 / x - 1.0 : std::numeric_limits<double>::infinity(); });
    r.vectors = solver.eigenvectors();
    return r;
}

/// Seeded k-means++ with Lloyd iterations on the columns of x (d × n); the best of `restarts`.
struct kmeans_result {
    std::vector<std::size_t> label;
    double inertia = std::numeric_limits<double>::infinity();
};

kmeans_result kmeans(const Eigen::MatrixXd& x, std::size_t k, std::uint64_t seed, std::size_t restarts,
                     std::size_t iterations) {
    const Eigen::Index n = x.cols(), d = x.rows();
    const auto kk = static_cast<Eigen::Index>(k);
    kmeans_result best;
    std::vector<std::size_t> label(static_cast<std::size_t>(n));
    Eigen::VectorXd dist(n);
    for (std::size_t s = 0; s < restarts; ++s) {
        detail::rng rng(detail::draw_seed(seed, s));
        Eigen::MatrixXd c(d, kk);
        // k-means++ seeding (Arthur & Vassilvitskii 2007): the next centre drawn with probability ∝ D(x)²
        c.col(0) = x.col(static_cast<Eigen::Index>(rng.below(static_cast<std::uint64_t>(n))));
        for (Eigen::Index i = 0; i < n; ++i) dist(i) = (x.col(i) - c.col(0)).squaredNorm();
        for (Eigen::Index j = 1; j < kk; ++j) {
            const double total = dist.sum();
            Eigen::Index pick = n - 1;
            if (total > 0) {
                double u = rng.uniform() * total;
                for (Eigen::Index i = 0; i < n; ++i) {
                    u -= dist(i);
                    if (u < 0) {
                        pick = i;
                        break;
                    }
                }
            } else {
                pick = static_cast<Eigen::Index>(rng.below(static_cast<std::uint64_t>(n)));
            }
            c.col(j) = x.col(pick);
            for (Eigen::Index i = 0; i < n; ++i) dist(i) = std::min(dist(i), (x.col(i) - c.col(j)).squaredNorm());
        }
        // Lloyd
        std::fill(label.begin(), label.end(), k);
        for (std::size_t it = 0; it < iterations; ++it) {
            bool changed = false;
            for (Eigen::Index i = 0; i < n; ++i) {
                Eigen::Index arg = 0;
                double low = (x.col(i) - c.col(0)).squaredNorm();
                for (Eigen::Index j = 1; j < kk; ++j) {
                    const double dj = (x.col(i) - c.col(j)).squaredNorm();
                    if (dj < low) {
                        low = dj;
                        arg = j;
                    }
                }
                dist(i) = low;
                if (label[static_cast<std::size_t>(i)] != static_cast<std::size_t>(arg)) {
                    label[static_cast<std::size_t>(i)] = static_cast<std::size_t>(arg);
                    changed = true;
                }
            }
            if (!changed) break;
            Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(d, kk);
            Eigen::VectorXd count = Eigen::VectorXd::Zero(kk);
            for (Eigen::Index i = 0; i < n; ++i) {
                sum.col(static_cast<Eigen::Index>(label[static_cast<std::size_t>(i)])) += x.col(i);
                count(static_cast<Eigen::Index>(label[static_cast<std::size_t>(i)])) += 1.0;
            }
            for (Eigen::Index j = 0; j < kk; ++j) {
                if (count(j) > 0) {
                    c.col(j) = sum.col(j) / count(j);
                } else {  // an empty cluster takes the point farthest from its centre
                    Eigen::Index far = 0;
                    dist.maxCoeff(&far);
                    c.col(j) = x.col(far);
                    dist(far) = 0.0;
                }
            }
        }
        double inertia = 0.0;
        for (Eigen::Index i = 0; i < n; ++i)
            inertia += (x.col(i) - c.col(static_cast<Eigen::Index>(label[static_cast<std::size_t>(i)]))).squaredNorm();
        if (inertia < best.inertia - 1e-12 * (1.0 + std::abs(inertia))) {
            best.inertia = inertia;
            best.label = label;
        }
    }
    return best;
}

/// The options checked against the graph; returns the embedding's dimension.
std::size_t check_options(const spectral_clustering_options& opt, std::size_t na) {
    const std::string pre = std::string("[kzsec] ") + where + ": ";
    if (opt.k == 0) throw invalid_input(pre + "k must be at least 1");
    if (!(std::isfinite(opt.tau_p) && opt.tau_p > 0.0))
        throw invalid_input(pre + fmt::format("tau_p {} is not a finite positive number", opt.tau_p));
    if (!(std::isfinite(opt.tau_n) && opt.tau_n > 0.0))
        throw invalid_input(pre + fmt::format("tau_n {} is not a finite positive number", opt.tau_n));
    if (!(opt.alpha >= 0.0 && opt.alpha <= 1.0))
        throw invalid_input(pre + fmt::format("alpha {} is outside [0, 1]", opt.alpha));
    if (opt.kmeans_restarts == 0) throw invalid_input(pre + "kmeans_restarts must be at least 1");
    if (opt.k > std::max<std::size_t>(na, 1))
        throw invalid_input(pre + fmt::format("k = {} exceeds the {} vertices with a tie", opt.k, na));
    const bool sponge = opt.method == spectral_clustering_method::sponge ||
                        opt.method == spectral_clustering_method::sponge_sym;
    const std::size_t dims = opt.dimensions != 0 ? opt.dimensions : (sponge ? std::max<std::size_t>(opt.k - 1, 1) : opt.k);
    if (dims > std::max<std::size_t>(na, 1))
        throw invalid_input(pre + fmt::format("dimensions = {} exceeds the {} vertices with a tie", dims, na));
    return dims;
}

/// The smallest eigenpairs (sparse if chosen and it converged, else dense), with the
/// eigenvalues, their gaps, the suggested k and the solver used written to `r`.
eig spectrum_of(const signed_parts& parts, const spectral_clustering_options& opt, std::size_t dims,
                spectral_clustering_result& r) {
    const std::size_t na = parts.active.size();
    const std::size_t nev =
        std::min(na, std::max(dims, opt.spectrum != 0 ? opt.spectrum : std::max<std::size_t>(dims + 1, 10)));
    const problem_matrices p = build(parts, opt);
    eig e;
    r.eigen_method = kzsec::eigen_method::dense;
    if (detail::use_sparse(opt.eigen_method, na, parts.ties.size())) {
        e = sparse_smallest(p, static_cast<Eigen::Index>(nev), opt.sparse_tolerance);
        if (e.values.size() > 0) r.eigen_method = kzsec::eigen_method::sparse;
    }
    if (e.values.size() == 0) e = dense_smallest(p, static_cast<Eigen::Index>(nev));
    r.eigenvalues = e.values;
    r.eigengaps = e.values.size() > 1 ? Eigen::VectorXd(e.values.tail(e.values.size() - 1) -
                                                        e.values.head(e.values.size() - 1))
                                      : Eigen::VectorXd();
    if (r.eigengaps.size() > 0) {
        Eigen::Index j = 0;
        r.eigengaps.maxCoeff(&j);
        r.suggested_k = static_cast<std::size_t>(j) + 2;
    } else {
        r.suggested_k = 1;
    }
    return e;
}

/// The embedding (the first dims eigenvectors, unit norm, largest |entry| positive) and the
/// k-means clusters, numbered by first appearance in vertex order, written to `r`.
void embed_and_cluster(const signed_parts& parts, const eig& e, const spectral_clustering_options& opt,
                       std::size_t dims, spectral_clustering_result& r) {
    const std::size_t na = parts.active.size();
    Eigen::MatrixXd x(static_cast<Eigen::Index>(dims), static_cast<Eigen::Index>(na));
    for (Eigen::Index j = 0; j < static_cast<Eigen::Index>(dims); ++j) {
        Eigen::VectorXd v = e.vectors.col(j);
        const double norm = v.norm();
        if (norm > 0) v /= norm;
        Eigen::Index big = 0;
        v.cwiseAbs().maxCoeff(&big);
        if (v(big) < 0) v = -v;
        x.row(j) = v.transpose();
        for (std::size_t i = 0; i < na; ++i)
            r.embedding(static_cast<Eigen::Index>(parts.active[i]), j) = v(static_cast<Eigen::Index>(i));
    }
    const kmeans_result km = kmeans(x, opt.k, opt.seed, opt.kmeans_restarts, opt.kmeans_iterations);
    r.kmeans_inertia = km.inertia;
    std::vector<std::size_t> relabel(opt.k, opt.k);
    std::size_t next = 0;
    for (std::size_t i = 0; i < na; ++i) {
        std::size_t& to = relabel[km.label[i]];
        if (to == opt.k) to = next++;
        r.membership[parts.active[i]] = to;
    }
}

/// The blockmodel criterion of the spectral partition and, if asked, the local-search polish
/// (`blockmodel_general` from that partition), with the block sizes, written to `r`.
void evaluate_and_polish(const signed_graph& g, const spectral_clustering_options& opt,
                         spectral_clustering_result& r) {
    Eigen::MatrixXd image = -Eigen::MatrixXd::Ones(static_cast<Eigen::Index>(opt.k), static_cast<Eigen::Index>(opt.k));
    image.diagonal().setOnes();
    blockmodel_general_options bo;
    bo.alpha = opt.alpha;
    bo.weighted = opt.weighted;
    r.criterion_spectral = blockmodel_evaluate(g, image, r.membership, bo).criterion;
    r.criterion = r.criterion_spectral;
    if (opt.polish) {
        bo.method = blockmodel_method::heuristic;
        bo.start = r.membership;
        const blockmodel_general_result b = blockmodel_general(g, image, bo);
        r.membership = b.membership;
        r.criterion = b.criterion;
        r.moves = b.evaluated;
    }
    r.block_sizes.assign(opt.k, 0);
    for (const std::size_t b : r.membership) ++r.block_sizes[b];
}

}  // namespace

spectral_clustering_result signed_spectral_clustering(const signed_graph& g, const spectral_clustering_options& opt) {
    const std::size_t n = g.num_vertices();
    const signed_parts parts = split(g, opt.weighted);
    const std::size_t na = parts.active.size();
    const std::size_t dims = check_options(opt, na);

    spectral_clustering_result r;
    r.k = opt.k;
    r.method = std::string(to_string(opt.method));
    r.isolated = n - na;
    r.membership.assign(n, 0);
    r.embedding = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(dims));
    if (na > 0) embed_and_cluster(parts, spectrum_of(parts, opt, dims, r), opt, dims, r);
    evaluate_and_polish(g, opt, r);
    return r;
}

namespace {
// Σ C(c) over the run lengths c of a sorted sequence, C(c) = c(c − 1)/2.
template <class T>
double sum_pairs_of_runs(std::vector<T>& v) {
    std::sort(v.begin(), v.end());
    double total = 0.0;
    for (std::size_t i = 0; i < v.size();) {
        std::size_t j = i + 1;
        while (j < v.size() && v[j] == v[i]) ++j;
        const auto c = static_cast<double>(j - i);
        total += c * (c - 1.0) / 2.0;
        i = j;
    }
    return total;
}
}  // namespace

double adjusted_rand_index(std::span<const int> a, std::span<const int> b) {
    if (a.size() != b.size())
        throw invalid_input(fmt::format("[kzsec] adjusted_rand_index: the partitions have {} and {} items", a.size(),
                                        b.size()));
    if (a.size() < 2)
        throw invalid_input(fmt::format("[kzsec] adjusted_rand_index: {} items; at least 2 are needed", a.size()));
    std::vector<int> ca(a.begin(), a.end());
    std::vector<int> cb(b.begin(), b.end());
    std::vector<std::pair<int, int>> cab(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) cab[i] = {a[i], b[i]};
    const double s = sum_pairs_of_runs(cab);
    const double sa = sum_pairs_of_runs(ca);
    const double sb = sum_pairs_of_runs(cb);
    const auto n = static_cast<double>(a.size());
    const double expected = sa * sb / (n * (n - 1.0) / 2.0);
    const double denominator = (sa + sb) / 2.0 - expected;
    if (denominator == 0.0) return 1.0;  // both one cluster, or both all singletons: the same partition
    return (s - expected) / denominator;
}
}  // namespace kzsec
