#pragma once
/// @file directed.hpp
/// @brief Directed signed networks: KONECT's dyadic conflict and negativity over arcs.
///
/// `signed_graph` is undirected (directed input is reduced by a `symmetrize_rule`), and kzsec
/// has no directed graph type. The functions here take the arcs themselves: a list of
/// `weighted_edge` read as directed ties u → v with a signed weight, on n vertices. The arcs
/// must form a simple digraph: indices < n, no self-loop, a finite non-zero weight, at most one
/// arc per ordered pair (u → v and v → u are two arcs). See docs/signed-analysis.md.
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

#include "signed_graph.hpp"

namespace kzsec {

/// Result of `dyadic_conflict`.
struct dyadic_conflict_result {
    std::size_t n = 0;              ///< vertices
    std::size_t arcs = 0;           ///< arcs u → v
    std::size_t negative_arcs = 0;  ///< arcs with w < 0
    double negativity = 0.0;        ///< negative_arcs / arcs (NaN without arcs)
    std::size_t reciprocated = 0;   ///< unordered pairs {u, v} with both u → v and v → u
    std::size_t conflicting = 0;    ///< reciprocated pairs whose two arcs have opposite signs
    double conflict = 0.0;          ///< η = conflicting / reciprocated (NaN if none reciprocated)
    /// The conflicting pairs (u, v) with u < v, sorted: the witnesses of η.
    std::vector<std::pair<std::size_t, std::size_t>> conflicting_pairs;
};

/// Dyadic conflict η of a directed signed network: the share of reciprocated pairs (ties in
/// both directions) whose two arcs have opposite signs,
/// η = |{ {u,v} : A_uv A_vu < 0 }| / |{ {u,v} : A_uv ≠ 0 ≠ A_vu }|,
/// with the negativity over arcs ζ = |{ (u,v) : A_uv < 0 }| / |{ (u,v) : A_uv ≠ 0 }|.
/// @param arcs the arcs u → v with their signed weights (only the sign is used).
/// @param n number of vertices (0: 1 + the largest index).
/// @return the counts, η, ζ and the conflicting pairs.
/// @throws invalid_input on an index ≥ n, a self-loop, a zero or non-finite weight, or a
///         repeated arc (naming it).
/// Complexity: O(m log m) for m arcs.
/// Reference: Kunegis, KONECT handbook, statistic "dyadic conflict" (η), defined there only
/// for directed signed networks; toolbox `konect_statistic_dconflict.m`.
dyadic_conflict_result dyadic_conflict(std::span<const weighted_edge> arcs, std::size_t n = 0);

namespace detail {
/// The arcs checked as documented in directed.hpp and sorted by (u, v); `n` is set to
/// 1 + the largest index when 0. @throws invalid_input naming `where` and the offending arc.
std::vector<weighted_edge> checked_arcs(std::span<const weighted_edge> arcs, std::size_t& n, const char* where);
}  // namespace detail

}  // namespace kzsec
