#pragma once
/// @file eigensolver.hpp
/// @brief The choice between a dense (LAPACK) and a sparse (Lanczos) symmetric
/// eigensolver, shared by `spectral_index`, `walk_index` and
/// `signed_eigenvector_centrality`.
#include <cstdint>
#include <string_view>
#include "kzsec/detail/enum_table.hpp"

namespace kzsec {

/// How a spectral measure computes its eigenvalues.
///
/// - `dense`: the n x n matrix is formed and reduced to tridiagonal form by LAPACK
///   (`dsytrd`); all eigenvalues by `dsterf`, a single eigenvector by `dstein` and
///   `dormtr`. O(n^3) time, O(n^2) memory; exact to rounding.
/// - `sparse`: implicitly restarted Lanczos (Spectra, the algorithm of ARPACK/`eigsh`) on
///   the sparse matrix, only the extreme eigenvalues needed. O(m) memory and O(m) time per
///   matrix-vector product. Converged to the solver tolerance.
/// - `automatic`: `sparse` when n >= 400 and 2m <= n^2 / 8 (each function documents its
///   own rule), else `dense`.
enum class eigen_method : std::uint8_t { automatic, dense, sparse };

/// The names of `eigen_method` values (`to_string`, `parse_eigen_method`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<eigen_method, 3> eigen_method_table = {"eigen method", {{
    {eigen_method::automatic, "auto"},
    {eigen_method::dense, "dense"},
    {eigen_method::sparse, "sparse"},
}}};

/// "auto", "dense" or "sparse".
inline std::string_view to_string(eigen_method v) noexcept { return eigen_method_table.name(v); }
/// Parses "auto", "dense" or "sparse".
/// @throws invalid_input naming the accepted values.
inline eigen_method parse_eigen_method(std::string_view s) { return eigen_method_table.parse(s); }

}  // namespace kzsec
