// Dense (LAPACK) and sparse (Spectra) symmetric eigensolvers (see include/kzsec/detail/eigen_solvers.hpp).
#include <algorithm>
#include <cmath>
#include <string>

#include <Spectra/SymEigsSolver.h>
#include <fmt/format.h>
#include <lapacke.h>

#include "kzsec/detail/eigen_solvers.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

namespace detail {

double sym_csr::gershgorin() const {
    double r = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        double s = diag.empty() ? 0.0 : std::abs(diag[i]);
        for (std::size_t e = ptr[i]; e < ptr[i + 1]; ++e) s += std::abs(val[e]);
        r = std::max(r, s);
    }
    return r;
}

bool use_sparse(eigen_method m, std::size_t n, std::size_t nnz) {
    if (m != eigen_method::automatic) return m == eigen_method::sparse;
    return n >= 400 && static_cast<double>(nnz) <= static_cast<double>(n) * static_cast<double>(n) / 8.0;
}

namespace {

/// y = (diag + shift) .* x + Off x, the operator Spectra multiplies by.
class csr_operator {
public:
    using Scalar = double;
    csr_operator(const sym_csr& a, double shift) : a_(a), shift_(shift) {}
    Eigen::Index rows() const { return static_cast<Eigen::Index>(a_.n); }
    Eigen::Index cols() const { return static_cast<Eigen::Index>(a_.n); }
    void perform_op(const double* x, double* y) const {
        const std::size_t* ptr = a_.ptr.data();
        const std::uint32_t* idx = a_.idx.data();
        const double* val = a_.val.data();
        const bool has_diag = !a_.diag.empty();
        for (std::size_t i = 0; i < a_.n; ++i) {
            double s = ((has_diag ? a_.diag[i] : 0.0) + shift_) * x[i];
            for (std::size_t e = ptr[i]; e < ptr[i + 1]; ++e) s += val[e] * x[idx[e]];
            y[i] = s;
        }
        ++matvecs;
    }
    mutable std::size_t matvecs = 0;

private:
    const sym_csr& a_;
    double shift_;
};

}  // namespace

sparse_eig sparse_symmetric(const sym_csr& a, std::size_t nev, spectrum_end which, bool vectors, double tol,
                            std::size_t max_restarts) {
    sparse_eig r;
    const auto n = static_cast<Eigen::Index>(a.n);
    const auto k = static_cast<Eigen::Index>(nev);
    if (k + 2 > n) return r;  // not converged: the caller goes dense
    const double shift = which == spectrum_end::largest_magnitude ? 0.0 : 2.0 * a.gershgorin();
    csr_operator op(a, shift);
    const Eigen::Index ncv = std::min(n, std::max<Eigen::Index>(2 * k + 1, 20));
    Spectra::SymEigsSolver<csr_operator> solver(op, k, ncv);
    solver.init();  // Spectra's fixed-seed random start: deterministic
    Spectra::SortRule select = Spectra::SortRule::LargestMagn, sort = Spectra::SortRule::LargestMagn;
    if (which == spectrum_end::largest_algebraic) select = sort = Spectra::SortRule::LargestAlge;
    if (which == spectrum_end::smallest_algebraic) select = sort = Spectra::SortRule::SmallestAlge;
    const Eigen::Index nconv = solver.compute(select, static_cast<Eigen::Index>(max_restarts), tol, sort);
    r.matvecs = op.matvecs;
    r.converged = solver.info() == Spectra::CompInfo::Successful && nconv >= k;
    if (!r.converged) return r;
    r.values = solver.eigenvalues().array() - shift;
    if (vectors) r.vectors = solver.eigenvectors();
    return r;
}

dense_eig dense_symmetric(Eigen::MatrixXd& a, const std::function<Eigen::Index(const Eigen::VectorXd&)>& pick,
                          const char* where) {
    const auto n = static_cast<lapack_int>(a.rows());
    dense_eig r;
    if (n == 0) return r;
    Eigen::VectorXd d(n), e(std::max(n, 1)), tau(std::max(n, 1));
    lapack_int info = LAPACKE_dsytrd(LAPACK_COL_MAJOR, 'L', n, a.data(), n, d.data(), e.data(), tau.data());
    if (info != 0) throw numerical_error(fmt::format("[kzsec] {}: LAPACK dsytrd failed (info {})", where, info));
    r.values = d;
    Eigen::VectorXd e2 = e;
    info = LAPACKE_dsterf(n, r.values.data(), e2.data());
    if (info != 0)
        throw numerical_error(fmt::format("[kzsec] {}: the symmetric eigensolver (LAPACK dsterf) did not converge", where));
    const Eigen::Index k = pick ? pick(r.values) : -1;
    if (k < 0) return r;
    // the one eigenvalue again by bisection (dstebz, to full accuracy), its vector by inverse
    // iteration on the tridiagonal matrix (dstein): what dsyevr does for a single index
    const auto il = static_cast<lapack_int>(k + 1);
    lapack_int found = 0, nsplit = 0;
    Eigen::VectorXd w = Eigen::VectorXd::Zero(n);  // LAPACKE checks all n entries for NaN
    std::vector<lapack_int> iblock(static_cast<std::size_t>(n)), isplit(static_cast<std::size_t>(n));
    info = LAPACKE_dstebz('I', 'B', n, 0.0, 0.0, il, il, 2.0 * LAPACKE_dlamch('S'), d.data(), e.data(), &found, &nsplit,
                          w.data(), iblock.data(), isplit.data());
    if (info != 0 || found != 1)
        throw numerical_error(fmt::format("[kzsec] {}: LAPACK dstebz did not isolate the eigenvalue (info {})", where, info));
    r.vector.resize(n);
    lapack_int ifail = 0;
    info = LAPACKE_dstein(LAPACK_COL_MAJOR, n, d.data(), e.data(), 1, w.data(), iblock.data(), isplit.data(),
                          r.vector.data(), n, &ifail);
    if (info != 0)
        throw numerical_error(fmt::format("[kzsec] {}: LAPACK dstein did not converge (info {})", where, info));
    info = LAPACKE_dormtr(LAPACK_COL_MAJOR, 'L', 'L', 'N', n, 1, a.data(), n, tau.data(), r.vector.data(), n);
    if (info != 0) throw numerical_error(fmt::format("[kzsec] {}: LAPACK dormtr failed (info {})", where, info));
    return r;
}

}  // namespace detail
}  // namespace kzsec
