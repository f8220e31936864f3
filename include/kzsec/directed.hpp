#pragma once
/// @file directed.hpp
/// @brief Directed signed networks: KONECT's dyadic conflict and negativity over arcs, in/out signed
/// degrees, the signed triad census and the degree of balance over 3-semicycles.
///
/// `signed_graph` is undirected (directed input is reduced by a `symmetrize_rule`), and kzsec
/// has no directed graph type. The functions here take the arcs themselves: a list of
/// `weighted_edge` read as directed ties u → v with a signed weight, on n vertices. The arcs
/// must form a simple digraph: indices < n, no self-loop, a finite non-zero weight, at most one
/// arc per ordered pair (u → v and v → u are two arcs). See docs/signed-analysis.md.
#include <cstddef>
#include <span>
#include <string>
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

// ------------------------------------------------------------- in / out signed degrees

/// Options of `directed_signed_degree`.
struct directed_signed_degree_options {
    bool weighted = false;  ///< sum |weights| (true) or count arcs (false, signnet)
};

/// Result of `directed_signed_degree`: one entry per vertex, in vertex order.
struct directed_signed_degree_result {
    std::vector<double> out_positive;  ///< positive arcs sent (or their weight)
    std::vector<double> out_negative;  ///< negative arcs sent (or their |weight|)
    std::vector<double> out_net;       ///< out_positive − out_negative
    std::vector<double> out_ratio;     ///< out_positive / (out_positive + out_negative); NaN without arcs sent
    std::vector<double> in_positive;   ///< positive arcs received
    std::vector<double> in_negative;   ///< negative arcs received
    std::vector<double> in_net;        ///< in_positive − in_negative
    std::vector<double> in_ratio;      ///< in_positive / (in_positive + in_negative); NaN without arcs received
    bool weighted = false;
};

/// Positive, negative, net and ratio out- and in-degree of every vertex of a directed signed network.
/// @param arcs the arcs u → v (checked as documented at the top of this header).
/// @param n number of vertices (0: 1 + the largest index). @param opt counts or weights.
/// @return the eight degree vectors.
/// @throws invalid_input on bad arcs (see `dyadic_conflict`).
/// Complexity: O(m log m). Reference: signnet `degree_signed(mode = "out" / "in", type = ...)`.
directed_signed_degree_result directed_signed_degree(std::span<const weighted_edge> arcs, std::size_t n = 0,
                                                     const directed_signed_degree_options& opt = {});

// ------------------------------------------------------------------ signed triad census

/// The number of classes of signed triads: labellings of the six arcs of three vertices with
/// {none, +, −} up to relabelling the vertices (3⁶ = 729 labellings, 138 classes by Burnside's
/// lemma: (729 + 3·27 + 2·9) / 6).
inline constexpr std::size_t signed_triad_classes = 138;

/// One class of signed triads.
struct signed_triad_class {
    /// "MAN-xxxxxx": the Holland–Leinhardt type of the unsigned triad (003, 012, 102, 021D,
    /// 021U, 021C, 111D, 111U, 030T, 030C, 201, 120D, 120U, 120C, 210, 300), then the signs of
    /// the arcs a→b, b→a, a→c, c→a, b→c, c→b of the class's representative (P, N or 0 for no
    /// arc): the labelling with the smallest such string under 0 < N < P.
    std::string name;
    std::string man;              ///< the unsigned type
    std::size_t count = 0;        ///< triads of the network in this class
    std::size_t semicycles = 0;   ///< 3-semicycles of one triad of this class (one arc per pair)
    std::size_t positive_semicycles = 0;  ///< of those, with an even number of negative arcs
};

/// Result of `signed_triad_census`.
struct signed_triad_census_result {
    std::size_t n = 0;
    /// All 138 classes in a fixed order (by unsigned type in the order above, then by name);
    /// classes without triads have count 0. The counts sum to C(n, 3).
    std::vector<signed_triad_class> classes;
    /// Counts by unsigned type (16 entries, in the order above): the usual triad census.
    std::vector<std::pair<std::string, std::size_t>> unsigned_census;
    std::size_t semicycles = 0;           ///< 3-semicycles of the network (Σ count · semicycles)
    std::size_t positive_semicycles = 0;  ///< positive 3-semicycles
    /// Cartwright–Harary degree of balance over 3-semicycles: positive / all (NaN without any).
    double balance = 0.0;
};

/// Signed triad census of a directed signed network, and its degree of balance over 3-semicycles.
///
/// Every unordered triple {a, b, c} is classified by the signs of its six possible arcs up to
/// relabelling the vertices (138 classes; signnet's `triad_census_signed` counts the same
/// classes, spelled with its own representatives). A 3-semicycle picks one arc per pair of the
/// triple, in either direction (Cartwright & Harary 1956); it is positive if it has an even number
/// of negative arcs. balance = positive 3-semicycles / all 3-semicycles, the degree of balance
/// restricted to length 3; 1 for a balanced signed digraph.
/// @param arcs the arcs (checked as documented at the top of this header).
/// @param n number of vertices (0: 1 + the largest index).
/// @return the census by class and by unsigned type, and the balance over 3-semicycles.
/// @throws invalid_input on bad arcs (see `dyadic_conflict`).
/// Complexity: O(m log m + Σ_v d(v)²) time for the triples with at least two linked pairs, the
/// rest (003, 012, 102) by counting; O(n + m) space.
/// Reference: Holland & Leinhardt (1970) Am. J. Sociol. 76:492 (MAN types); Cartwright & Harary
/// (1956) Psychol. Rev. 63:277 (semicycles, degree of balance); signnet `triad_census_signed`.
signed_triad_census_result signed_triad_census(std::span<const weighted_edge> arcs, std::size_t n = 0);

namespace detail {
/// The arcs checked as documented in directed.hpp and sorted by (u, v); `n` is set to
/// 1 + the largest index when 0. @throws invalid_input naming `where` and the offending arc.
std::vector<weighted_edge> checked_arcs(std::span<const weighted_edge> arcs, std::size_t& n, const char* where);
}  // namespace detail

}  // namespace kzsec
