#pragma once
/// @file complex_ties.hpp
/// @brief Ambivalent ties as signnet models them: a tie is positive, negative or ambivalent,
/// coded as the complex numbers 1, i and (1 + i)/2; the Hermitian complex adjacency matrix,
/// the complex Laplacian and the census of triangles by their three tie kinds.
///
/// `signed_graph` stores one real weight per tie and stays as it is: ambivalent ties enter as a
/// separate list of `complex_tie` (u, v, kind) on n vertices, like the arcs of directed.hpp.
/// `complex_ties(g, ambivalent)` builds that list from a signed graph (its signs) and the pairs
/// to mark ambivalent. See docs/signed-analysis.md.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include "kzsec/detail/enum_table.hpp"
#include "signed_graph.hpp"

namespace kzsec {

/// The kind of an undirected tie.
enum class tie_kind : std::uint8_t {
    positive,    ///< signnet "P", 1 + 0i
    negative,    ///< signnet "N", 0 + 1i
    ambivalent,  ///< signnet "A", 0.5 + 0.5i
};

/// The names of `tie_kind` values (`to_string`, `parse_tie_kind`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<tie_kind, 3> tie_kind_table = {"tie kind", {{
    {tie_kind::positive, "positive"},
    {tie_kind::negative, "negative"},
    {tie_kind::ambivalent, "ambivalent"},
}}};
/// signnet's one-letter codes of `tie_kind` values (`tie_code`, `parse_tie_code`).
inline constexpr kzsec::detail::enum_table<tie_kind, 3> tie_code_table = {"tie code (signnet's codes)", {{
    {tie_kind::positive, "P"},
    {tie_kind::negative, "N"},
    {tie_kind::ambivalent, "A"},
}}};

/// "positive", "negative" or "ambivalent".
inline std::string_view to_string(tie_kind k) noexcept { return tie_kind_table.name(k); }
/// Parses the names of `to_string`.
/// @throws invalid_input naming the accepted values.
inline tie_kind parse_tie_kind(std::string_view s) { return tie_kind_table.parse(s); }
/// signnet's one-letter code: 'P', 'N' or 'A' ('?' for a value outside the enum).
inline char tie_code(tie_kind k) noexcept { return tie_code_table.name(k)[0]; }
/// Parses signnet's codes "P", "N", "A".
/// @throws invalid_input naming the accepted codes.
inline tie_kind parse_tie_code(std::string_view s) { return tie_code_table.parse(s); }

/// An undirected tie u – v of a kind.
struct complex_tie {
    std::size_t u = 0;
    std::size_t v = 0;
    tie_kind kind = tie_kind::positive;
};

/// The ties of a signed graph as complex ties: positive weights `positive`, negative ones
/// `negative`, and the listed pairs (each a tie of g, in either order) `ambivalent` whatever
/// their sign. Sorted by (min(u, v), max(u, v)), with u < v.
/// @throws invalid_input if a listed pair is not a tie of g (naming it) or is listed twice.
/// Complexity: O(m + a log a) for a listed pairs.
std::vector<complex_tie> complex_ties(const signed_graph& g,
                                      std::span<const std::pair<std::size_t, std::size_t>> ambivalent = {});

/// The Hermitian complex adjacency matrix of signnet's `as_adj_complex`.
///
/// For a tie u – v with u < v: A_uv = 1 (positive), i (negative) or 0.5 + 0.5i (ambivalent), and
/// A_vu = conj(A_uv), so the real part is the positive share of the tie, the imaginary part its
/// negative share, and the sign of the imaginary part records the orientation (upper triangle +).
/// @param ties the ties. @param n vertices (0: 1 + the largest index).
/// @return the n × n matrix.
/// @throws invalid_input on an index ≥ n, a self-loop or a pair given twice (naming the tie).
/// Complexity: O(n² + m).
/// Reference: signnet (Schoch) `as_adj_complex(g, attr)`, vignette "Complex Matrices".
Eigen::MatrixXcd complex_adjacency(std::span<const complex_tie> ties, std::size_t n = 0);

/// The complex Laplacian of signnet's `laplacian_matrix_complex`.
///
/// L = D − A with D = diag(Σ_j |A_ij|) (1 per positive or negative tie, 1/√2 per ambivalent one);
/// `normalised`: L = I − D^{-1/2} A D^{-1/2}, with D^{-1/2} taken as 0 for a vertex without ties
/// (whose row is then that of I; signnet divides by zero there). L is Hermitian and positive
/// semidefinite (Hermitian, diagonally dominant with a non-negative diagonal).
/// @param ties the ties. @param n vertices (0: 1 + the largest index). @param normalised see above.
/// @return the n × n matrix.
/// @throws invalid_input as `complex_adjacency`.
/// Complexity: O(n² + m).
/// Reference: signnet (Schoch) `laplacian_matrix_complex(g, attr, norm)`.
Eigen::MatrixXcd complex_laplacian(std::span<const complex_tie> ties, std::size_t n = 0, bool normalised = false);

/// Triangle census by tie kinds (signnet `count_complex_triangles`).
struct complex_triangles_result {
    /// The ten triangle types in signnet's order.
    static constexpr std::array<std::string_view, 10> names = {"PPP", "PPN", "PNN", "NNN", "PPA",
                                                               "PNA", "NNA", "PAA", "NAA", "AAA"};
    /// Triangles of each type, in the order of `names` (a triangle's type is the multiset of its
    /// three tie kinds, written P before N before A).
    std::array<std::size_t, 10> counts{};
    std::size_t triangles = 0;  ///< all triangles
};

/// Counts the triangles of the graph of `ties` by the kinds of their three ties.
/// @param ties the ties. @param n vertices (0: 1 + the largest index).
/// @return the ten counts (signnet's order) and their sum.
/// @throws invalid_input as `complex_adjacency`.
/// Complexity: O(m^1.5) time (each triangle found once from its lowest-ranked vertex in
/// (degree, index) order), O(n + m) memory.
/// Reference: signnet (Schoch) `count_complex_triangles(g, attr)`.
complex_triangles_result count_complex_triangles(std::span<const complex_tie> ties, std::size_t n = 0);

}  // namespace kzsec
