#pragma once
/// @file clustering.hpp
/// @brief The signed clustering coefficient (Kunegis, Lommatzsch & Bauckhage 2009) and the
/// negativity of a signed graph (KONECT).
///
/// See docs/signed-analysis.md for the formulas, the conventions and the references.
#include <cstddef>
#include <vector>

#include "signed_graph.hpp"

namespace kzsec {

/// Result of `signed_clustering`.
///
/// Notation: σ_uv = sign(w_uv) ∈ {+1, −1} (weights enter by their sign only), d_u the degree,
/// a wedge at u an unordered pair {v, w} of distinct neighbours of u, closed if v and w are tied.
struct signed_clustering_result {
    /// Local signed clustering coefficient c_u = Σ_{closed wedges {v,w} at u} σ_uv σ_uw σ_vw / C(d_u, 2),
    /// 0 when d_u < 2 (KONECT's convention). In [−1, 1].
    std::vector<double> local;
    /// Local (unsigned) clustering coefficient: closed wedges at u / C(d_u, 2), 0 when d_u < 2.
    std::vector<double> local_unsigned;
    /// Global signed clustering coefficient C_s = Σ_u Σ_{closed wedges at u} σσσ / Σ_u C(d_u, 2)
    /// = 3 Σ_{triangles} σσσ / wedges (NaN if there is no wedge).
    double global_signed = 0.0;
    /// Global (unsigned) clustering coefficient C = 3 triangles / wedges (NaN if no wedge).
    double global_unsigned = 0.0;
    /// C_s / C, the relative signed clustering coefficient (NaN if C is 0 or NaN).
    double relative = 0.0;
    /// Mean of `local` over all n vertices (KONECT's "variant 2"; NaN if n = 0).
    double average_local = 0.0;
    std::size_t wedges = 0;          ///< Σ_u C(d_u, 2)
    std::size_t triangles = 0;       ///< triangles of the graph
    std::size_t balanced_triangles = 0;  ///< triangles with σσσ = +1
    long long sign_sum = 0;          ///< Σ_{triangles} σ_uv σ_vw σ_wu (balanced − unbalanced)
};

/// Signed clustering coefficient, local and global.
///
/// c_u = Σ_{v<w ∈ N(u), v~w} σ_uv σ_uw σ_vw / C(d_u, 2) (0 if d_u < 2);
/// C_s = 3 Σ_{triangles uvw} σ_uv σ_vw σ_wu / Σ_u C(d_u, 2), i.e. the sum of the sign products
/// over the closed wedges divided by the number of wedges. With every tie positive C_s is the
/// usual global clustering coefficient (transitivity) and c_u the Watts–Strogatz local one.
/// @param g the graph (weights enter by their sign).
/// @return local and global, signed and unsigned coefficients, with the counts they come from.
/// Complexity: O(m^1.5) time (triangle listing over the degree-ordered CSR), O(n) extra space.
/// Reference: Kunegis, Lommatzsch & Bauckhage (2009) "The Slashdot Zoo: mining a social network
/// with negative edges", WWW'09, 741–750; KONECT toolbox `konect_clusco.m` (same definition).
signed_clustering_result signed_clustering(const signed_graph& g);

/// Result of `negativity`.
struct negativity_result {
    std::size_t edges = 0;     ///< m
    std::size_t negative = 0;  ///< m₋, ties with w < 0
    double negativity = 0.0;   ///< ζ = m₋ / m (NaN if m = 0)
};

/// Negativity ζ = m₋ / m, the share of negative ties (KONECT's `negativity` statistic).
/// On a `signed_graph` the ties are the undirected ties after symmetrisation; the directed
/// form (over arcs) is `dyadic_conflict(...).negativity` in directed.hpp.
/// @param g the graph. @return the counts and ζ.
/// Complexity: O(m).
/// Reference: Kunegis, KONECT handbook (statistic "negativity", ζ); toolbox
/// `konect_statistic_negativity.m`.
negativity_result negativity(const signed_graph& g);

}  // namespace kzsec
