#pragma once
/// @file centrality.hpp
/// @brief Centrality in signed graphs: signed degrees, Everett–Borgatti PN
/// centrality and Bonacich–Lloyd signed eigenvector centrality.
///
/// Who is central when ties can be hostile? Ordinary centralities count a
/// negative tie like a positive one. These indices do not: PN centrality
/// rewards positive ties and penalises negative ones, with the ties of one's
/// partners and rivals counted in turn; the signed eigenvector separates the
/// two camps of a (nearly) balanced system by sign. See docs/centrality.md for
/// the formulas, the conventions and the published values they reproduce.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include "eigensolver.hpp"
#include "signed_graph.hpp"
#include "kzsec/detail/enum_table.hpp"

namespace kzsec {

// ------------------------------------------------------------------ degrees

/// Options of `signed_degree`.
struct signed_degree_options {
    bool weighted = false;  ///< sum |weights| (true) or count ties (false, signnet)
};

/// Result of `signed_degree`: one entry per vertex, in vertex order.
struct signed_degree_result {
    std::vector<double> positive;  ///< d⁺: positive ties (or their weight)
    std::vector<double> negative;  ///< d⁻: negative ties (or their |weight|)
    std::vector<double> net;       ///< d⁺ − d⁻
    std::vector<double> ratio;     ///< d⁺ / (d⁺ + d⁻); NaN for an isolated vertex
    bool weighted = false;
};

/// Positive, negative, net and ratio degree of every vertex.
/// @param g the graph. @param opt counts or weights.
/// @return the four degree vectors.
/// @throws nothing beyond std::bad_alloc.
/// Complexity: O(n + m). Reference: signnet `degree_signed` (type pos, neg, net, ratio).
signed_degree_result signed_degree(const signed_graph& g, const signed_degree_options& opt = {});

// ------------------------------------------------------------ PN centrality

/// Which ties count in a directed `pn_index`.
enum class pn_mode : std::uint8_t {
    all,  ///< undirected (the matrix must be symmetric)
    out,  ///< ties sent: rows of A
    in,   ///< ties received: columns of A
};

/// The names of `pn_mode` values (`to_string`, `parse_pn_mode`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<pn_mode, 3> pn_mode_table = {"PN mode", {{
    {pn_mode::all, "all"},
    {pn_mode::out, "out"},
    {pn_mode::in, "in"},
}}};

/// How `pn_index` solves (I − β A*) x = 1.
enum class pn_method : std::uint8_t {
    automatic,  ///< iteration when it converges fast (r <= 1/2: at most ~55 steps), else sparse LU
    iteration,  ///< x ← 1 + β A* x, O(m) per step; needs r = β max_i Σ_j |a*_ij| < 1
    sparse_lu,  ///< a sparse LU (COLAMD ordering) of I − β A*
};

/// The names of `pn_method` values (`to_string`, `parse_pn_method`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<pn_method, 3> pn_method_table = {"PN method", {{
    {pn_method::automatic, "auto"},
    {pn_method::iteration, "iteration"},
    {pn_method::sparse_lu, "sparse_lu"},
}}};

/// Options of `pn_index`.
struct pn_options {
    pn_mode mode = pn_mode::all;  ///< for a matrix input; a `signed_graph` is undirected (all)
    bool weighted = false;        ///< A* = W⁺ − 2W⁻ from the weights (true) or from the signs (false, E&B)
    double beta = 0.0;            ///< β > 0; 0 = Everett–Borgatti's 1 / (2n − 2)
    pn_method method = pn_method::automatic;  ///< the solver
};

/// Result of `pn_index`.
struct pn_result {
    std::vector<double> pn;  ///< PN centrality per vertex, in vertex (row) order
    double beta = 0.0;       ///< the β used
    pn_mode mode = pn_mode::all;
    pn_method method = pn_method::automatic;  ///< the solver used (iteration or sparse_lu)
    double contraction = 0.0;  ///< r = β max_i Σ_j |a*_ij| (the iteration converges if r < 1)
    std::size_t iterations = 0;  ///< iterations of the fixed point (0 for sparse_lu)
    std::string convention;  ///< e.g. "Everett-Borgatti PN, signs, beta = 1/(2n-2), all"
};

/// PN centrality of Everett & Borgatti (2014).
///
/// With P and N the positive and negative tie indicators (or weights if
/// `weighted`), A* = P − 2N and PN = (I − β A*)⁻¹ 1, β = 1 / (2n − 2) by
/// default. Equivalently PN = Σ_k β^k A*^k 1 when the series converges: every
/// vertex starts at 1, gains from positive walks and loses twice as much from
/// negative ones, discounted by β per step. For the undirected case with signs
/// and the default β, I − β A* is non-singular for n ≥ 3 (Gershgorin: β|λ| ≤ 1,
/// with equality only for the all-negative complete graph, whose largest
/// eigenvalue is 2β < 1); for n = 2 a negative tie makes it singular. `out`
/// uses A* (ties sent), `in` its transpose (ties received), both with the same β.
///
/// Solver: with r = β max_i Σ_j |a*_ij| < 1 (every actor's weighted degree below
/// 1/β; always true for sparse graphs with the default β) the fixed point
/// x ← 1 + β A* x converges geometrically (‖x − x_k‖∞ ≤ r/(1 − r) ‖x_k − x_{k−1}‖∞);
/// it stops when that bound is below 4 ε ‖x_k‖∞ (or after ⌈log ε / log r⌉ + 50 steps).
/// `automatic` iterates when r ≤ 1/2 and otherwise solves by sparse LU.
/// @param g the graph (n ≥ 2; undirected, so every mode gives the same result).
/// @param opt weighting and β.
/// @return PN per vertex.
/// @throws invalid_input if n < 2, or β is negative or not finite; numerical_error if
///         I − β A* is singular (with signs and the default β: only two vertices with a
///         negative tie; otherwise possible with weights above 1 or a larger β);
///         invalid_input for `pn_method::iteration` when r ≥ 1.
/// Complexity: iteration O(m log(1/ε) / log(1/r)); sparse LU as its fill-in allows
/// (O(n + m) memory for sparse graphs).
/// Reference: Everett, M. G. & Borgatti, S. P. (2014) Networks containing negative ties.
/// Social Networks 38: 111–120; signnet `pn_index`.
pn_result pn_index(const signed_graph& g, const pn_options& opt = {});

/// PN centrality of a (possibly directed) signed adjacency matrix: a_ij is the tie
/// i → j. `mode` all needs a symmetric matrix; out uses the rows, in the columns.
/// @throws invalid_input if the matrix is not square, has fewer than 2 rows, has a
///         non-finite entry or a non-zero diagonal, or is not symmetric under `all`;
///         numerical_error as above.
/// Complexity: as above, with m the non-zero entries.
pn_result pn_index(const Eigen::Ref<const Eigen::MatrixXd>& a, const pn_options& opt = {});

// ------------------------------------------------ signed eigenvector centrality

/// Options of `signed_eigenvector_centrality`.
struct eigenvector_options {
    bool weighted = false;  ///< the weighted A (true) or the sign matrix (false, signnet)
    bool scale = true;      ///< divide by the entry of largest |v| (max |v| = 1); false: unit 2-norm
    /// Relative gap below which two |eigenvalues| count as tied (no dominant eigenvalue).
    double tolerance = 1e-10;
    /// `dense` (LAPACK), `sparse` (Lanczos for the two eigenvalues of largest modulus, as
    /// `eigsh(k=2)`) or `automatic` (sparse iff n ≥ 400 and 2m ≤ n²/8; dense if it fails
    /// to converge and n ≤ 8000).
    eigen_method method = eigen_method::automatic;
    double sparse_tolerance = 1e-10;  ///< Lanczos tolerance, relative to |λ|
};

/// Result of `signed_eigenvector_centrality`.
struct eigenvector_result {
    std::vector<double> centrality;  ///< signed v per vertex (the first entry of largest |v| is positive)
    double eigenvalue = 0.0;         ///< the dominant eigenvalue λ (largest |λ|; may be negative)
    double gap = 0.0;                ///< (|λ| − |λ₂|) / |λ|, λ₂ the next eigenvalue by modulus
    eigen_method method = eigen_method::dense;  ///< the method used (`dense` or `sparse`)
    std::string convention;
};

/// Signed eigenvector centrality of Bonacich & Lloyd (2004).
///
/// v is the eigenvector of A for the eigenvalue of largest modulus, A v = λ v.
/// In a balanced graph with two camps, v has one sign in each camp. The sign of
/// an eigenvector is arbitrary: it is fixed so that the first entry of largest
/// |v| is positive (this reproduces signnet ≥ 1.0.6, which returns signed
/// values; its earlier versions returned |v|).
/// @param g the graph (n ≥ 1).
/// @param opt weighting, scaling and the tie tolerance.
/// @return v, λ and the relative spectral gap.
/// @throws invalid_input for an empty graph or a graph without edges; numerical_error if no
///         eigenvalue dominates (λ and −λ both of largest modulus, or a repeated dominant
///         eigenvalue), where v is not unique.
/// Complexity: dense O(n³) time, O(n²) memory: one reduction to tridiagonal form (LAPACK
/// dsytrd), all eigenvalues from it (dsterf) and the one eigenvector (dstein + dormtr).
/// Sparse: O(m) per Lanczos step, O(n + m) memory; the vector is accurate to about
/// `sparse_tolerance` |λ| / (|λ| − |λ₂|).
/// Reference: Bonacich, P. & Lloyd, P. (2004) Calculating status with negative relations.
/// Social Networks 26: 331–338; signnet `eigen_centrality_signed`.
eigenvector_result signed_eigenvector_centrality(const signed_graph& g, const eigenvector_options& opt = {});

inline std::string_view to_string(pn_mode v) noexcept { return pn_mode_table.name(v); }
inline std::string_view to_string(pn_method v) noexcept { return pn_method_table.name(v); }
/// @throws invalid_input naming the accepted values.
inline pn_mode parse_pn_mode(std::string_view s) { return pn_mode_table.parse(s); }
/// @throws invalid_input naming the accepted values.
inline pn_method parse_pn_method(std::string_view s) { return pn_method_table.parse(s); }

}  // namespace kzsec
