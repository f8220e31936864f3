#pragma once
/// @file detail/eigen_solvers.hpp
/// @brief Internal: the dense (LAPACK) and sparse (Spectra Lanczos) symmetric
/// eigensolvers behind `eigen_method`. Not part of the public API.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include <Eigen/Core>

#include "kzsec/eigensolver.hpp"

namespace kzsec::detail {

/// A symmetric n x n matrix as a diagonal plus the off-diagonal entries in CSR form
/// (both triangles stored): y = diag .* x + Off x.
struct sym_csr {
    std::size_t n = 0;
    std::vector<std::size_t> ptr;   ///< n + 1 row offsets
    std::vector<std::uint32_t> idx; ///< column of each stored entry
    std::vector<double> val;        ///< value of each stored entry
    std::vector<double> diag;       ///< n diagonal entries (empty: all zero)
    /// max_i |diag_i| + sum_j |off_ij|, a bound on every |eigenvalue| (Gershgorin).
    double gershgorin() const;
};

/// Which end of the spectrum `sparse_symmetric` computes.
enum class spectrum_end : std::uint8_t {
    largest_algebraic,   ///< values descending
    smallest_algebraic,  ///< values ascending
    largest_magnitude,   ///< values by descending |lambda|
};

struct sparse_eig {
    Eigen::VectorXd values;   ///< nev eigenvalues in the order of the `spectrum_end`
    Eigen::MatrixXd vectors;  ///< n x nev unit eigenvectors (empty unless asked for)
    bool converged = false;
    std::size_t matvecs = 0;
};

/// nev extreme eigenvalues (and vectors) of `a` by implicitly restarted Lanczos (Spectra's
/// SymEigsSolver, ncv = min(n, max(2 nev + 1, 20)) Lanczos vectors, deterministic start).
/// For the algebraic ends the operator is shifted by twice the Gershgorin bound R, so that
/// Spectra's relative tolerance becomes an absolute one of about tol * 3R on each eigenvalue
/// (a zero eigenvalue would otherwise need an unreachable residual).
/// Requires nev + 2 <= n. Complexity: O(ncv * nnz) per restart, O(ncv * n) memory.
sparse_eig sparse_symmetric(const sym_csr& a, std::size_t nev, spectrum_end which, bool vectors, double tol,
                            std::size_t max_restarts = 1000);

struct dense_eig {
    Eigen::VectorXd values;  ///< all eigenvalues, ascending
    Eigen::VectorXd vector;  ///< the unit eigenvector of values(k) if `pick` chose k >= 0, else empty
};

/// All eigenvalues of the symmetric matrix `a` by LAPACK (one `dsytrd` reduction to
/// tridiagonal form, then `dsterf`); `a`'s lower triangle is read and overwritten.
/// `pick`, if set, sees the ascending eigenvalues and returns the index of the one whose
/// eigenvector is wanted (or -1): that vector comes from `dstebz` + `dstein` on the tridiagonal matrix
/// and `dormtr`, at O(n^2) cost on top of the O(n^3) reduction.
/// @throws numerical_error (prefixed with `where`) if LAPACK reports a failure.
dense_eig dense_symmetric(Eigen::MatrixXd& a, const std::function<Eigen::Index(const Eigen::VectorXd&)>& pick,
                          const char* where);

/// `automatic` resolved by the shared rule: sparse iff n >= 400 and nnz <= n^2 / 8.
bool use_sparse(eigen_method m, std::size_t n, std::size_t nnz);

}  // namespace kzsec::detail
