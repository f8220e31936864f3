#pragma once
/// @file balance.hpp
/// @brief Structural balance of signed graphs: triangle index, walk index,
/// spectral index (algebraic conflict), exact and heuristic frustration index,
/// and Doreian–Mrvar signed blockmodels.
///
/// All functions take a `kzsec::signed_graph` (undirected, simple, signed
/// weights). Directed or multi-relational data must be reduced to a
/// `signed_graph` first; the reduction rule (e.g. KONECT's sum-then-sign) is
/// recorded in `signed_graph::reduction()`. Every result carries a
/// `convention` string naming the choices that determine its value.
///
/// Notation: n vertices, m edges, A the signed (weighted) adjacency matrix,
/// |A| its entry-wise absolute value, D̄ = diag(|A| 1) the absolute degrees.
/// See docs/balance.md for the formulas, references and which option setting
/// reproduces which published number.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include "eigensolver.hpp"
#include "signed_graph.hpp"
#include "kzsec/detail/enum_table.hpp"

namespace kzsec {

// ---------------------------------------------------------------- triangles

/// How a triangle is weighted in `triangle_index`.
enum class triangle_weighting : std::uint8_t {
    sign,     ///< every triangle counts 1; only the signs of the weights matter (signnet, KONECT)
    product,  ///< a triangle counts |w_ij w_jk w_ki|: T_w = (tr W^3 + tr |W|^3) / (2 tr |W|^3)
};

/// The names of `triangle_weighting` values (`to_string`, `parse_triangle_weighting`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<triangle_weighting, 2> triangle_weighting_table = {"triangle weighting", {{
    {triangle_weighting::sign, "sign"},
    {triangle_weighting::product, "product"},
}}};

/// Options of `triangle_index`.
struct triangle_options {
    bool weak = false;  ///< Davis weak balance: the all-negative triangle (---) counts as balanced
    triangle_weighting weighting = triangle_weighting::sign;  ///< weight of a triangle
    bool list_unbalanced = false;  ///< fill `triangle_result::unbalanced`
    std::size_t max_listed = 1000000;  ///< at most this many triangles are listed
};

/// Result of `triangle_index`.
struct triangle_result {
    /// Census by number of negative edges: [0] = +++, [1] = ++-, [2] = +--, [3] = ---.
    std::array<std::size_t, 4> census{};
    std::size_t triangles = 0;   ///< total number of triangles
    std::size_t balanced = 0;    ///< number of balanced triangles under the chosen convention (weak or strong)
    std::size_t unbalanced = 0;  ///< triangles - balanced
    double index = 1.0;  ///< share of balanced triangles (weighted by `weighting`); 1 if there is no triangle
    double strong_index = 1.0;  ///< Cartwright–Harary index (+++ and +-- balanced), same weighting
    double weak_index = 1.0;    ///< Davis index (--- also balanced), same weighting
    double balanced_weight = 0.0;  ///< sum of triangle weights of balanced triangles (chosen convention)
    double total_weight = 0.0;     ///< sum of all triangle weights (= #triangles for `sign`)
    /// Unbalanced triangles (vertex indices, increasing), if requested; at most `max_listed`.
    std::vector<std::array<std::size_t, 3>> unbalanced_triangles;
    bool list_truncated = false;  ///< more unbalanced triangles exist than were listed
    /// Per vertex: number of unbalanced triangles through it ("cross-pressure"), chosen convention.
    std::vector<std::size_t> vertex_unbalanced;
    bool weak = false;
    triangle_weighting weighting = triangle_weighting::sign;
    std::string convention;  ///< e.g. "strong (Cartwright-Harary), sign weighting"
};

/// Triangle (triad) balance index.
///
/// A triangle is balanced (strong, Cartwright–Harary) iff the product of its three
/// signs is positive (+++, +--); under weak (Davis) balance --- is balanced too.
/// T = (Σ_balanced ω_t) / (Σ_t ω_t) with ω_t = 1 (`sign`) or ω_t = |w_ij w_jk w_ki|
/// (`product`). For the strong index T = (tr A^3 + tr |A|^3) / (2 tr |A|^3) with A
/// the sign matrix (`sign`) or the weighted matrix W (`product`). KONECT's
/// triadic conflict is τ = 1 - T (strong, sign).
/// @param g the graph.
/// @param opt convention and listing options.
/// @return census, counts, index (strong and weak), unbalanced triangles, per-vertex counts.
/// @throws nothing beyond std::bad_alloc.
/// Complexity: O(m^1.5) time (compact-forward enumeration in degree order), O(n + m) memory.
/// Reference: Cartwright & Harary (1956) Psychol. Rev. 63:277; Davis (1967) Hum. Relat. 20:181;
/// Kunegis, KONECT handbook arXiv:1402.5500 (tconflict).
triangle_result triangle_index(const signed_graph& g, const triangle_options& opt = {});

// --------------------------------------------------------------- walk index

/// Options of `walk_index`.
struct walk_options {
    double beta = 1.0;  ///< inverse temperature β > 0 (Estrada–Benzi use 1)
    bool weighted = false;  ///< use the weighted A (true) or the sign matrix (false, signnet)
    /// `dense`: exact, all eigenvalues. `sparse`: the truncated form (only the
    /// `eigenvalues` largest eigenvalues of A and |A|, with proven bounds; see `walk_index`).
    /// `automatic`: dense (exact) while n <= `dense_max_vertices`, else sparse.
    eigen_method method = eigen_method::automatic;
    std::size_t eigenvalues = 32;  ///< k, the eigenvalues kept by the truncated (sparse) form
    std::size_t dense_max_vertices = 4000;  ///< `automatic`: largest n computed dense (exactly)
    double sparse_tolerance = 1e-10;  ///< Lanczos tolerance (relative to the Gershgorin bound)
};

/// Result of `walk_index`.
struct walk_result {
    double index = 1.0;       ///< K(β) = tr e^{βA} / tr e^{β|A|}
    double balanced_share = 1.0;  ///< W = (1 + K) / 2, the weighted share of balanced closed walks
    double lack_of_balance = 0.0;  ///< (1 - K) / (1 + K) (Estrada–Benzi "degree of lack of balance")
    double log_trace_signed = 0.0;    ///< log tr e^{βA}
    double log_trace_unsigned = 0.0;  ///< log tr e^{β|A|}
    double lambda_max_signed = 0.0;   ///< largest eigenvalue of A
    double lambda_max_unsigned = 0.0; ///< largest eigenvalue of |A| (spectral radius)
    double beta = 1.0;
    /// Proven bounds on K: equal to `index` when `exact`; for the truncated form
    /// index = (index_lower + index_upper) / 2, so |index - K| <= (index_upper - index_lower) / 2.
    double index_lower = 1.0;
    double index_upper = 1.0;
    bool exact = true;  ///< all eigenvalues were used (dense)
    eigen_method method = eigen_method::dense;  ///< the method used (`dense` or `sparse`)
    std::size_t eigenvalues_used = 0;  ///< eigenvalues of each matrix entering the sums (n if dense)
    std::string convention;
};

/// Walk-based balance index of Estrada & Benzi.
///
/// K(β) = tr e^{βA} / tr e^{β|A|} = Σ_i e^{βλ_i} / Σ_i e^{βμ_i}, λ the eigenvalues of A, μ of |A|,
/// computed as exp(β(λ_max - μ_max)) Σ e^{β(λ_i - λ_max)} / Σ e^{β(μ_i - μ_max)}, which never
/// overflows. K = 1 iff the graph is balanced (for β > 0).
///
/// Truncated form (`eigen_method::sparse`): the full spectrum is out of reach of a sparse
/// solver, so only the k = `eigenvalues` largest eigenvalues λ_1 ≥ … ≥ λ_k are computed (Lanczos);
/// they dominate Σ e^{βλ_i} when βλ_1 is large. The n − k others lie in [a, λ_k] with
/// a = −μ_1 (|λ_i(A)| ≤ ρ(|A|) = μ_1 by Perron–Frobenius) and have the known mean
/// c = −(λ_1 + … + λ_k)/(n − k) (tr A = 0). Jensen gives Σ_{i>k} e^{βλ_i} ≥ (n − k) e^{βc};
/// the chord of the convex e^{βx} on [a, λ_k] gives
/// Σ_{i>k} e^{βλ_i} ≤ (n − k) [(λ_k − c) e^{βa} + (c − a) e^{βλ_k}] / (λ_k − a).
/// The same for |A|, and K ∈ [lower_A / upper_{|A|}, upper_A / lower_{|A|}] =
/// [`index_lower`, `index_upper`]; `index` is the midpoint. The bounds hold up to the
/// solver tolerance; they are tight when e^{β(λ_k − λ_1)} n is small against 1.
/// @param g the graph (n ≥ 1).
/// @param opt β, weighting and method.
/// @return K, W = (1+K)/2, (1-K)/(1+K), the log traces and extreme eigenvalues, the bounds.
/// @throws invalid_input if β ≤ 0 or not finite or the graph is empty; numerical_error if the
///         eigen-solver fails (dense) or does not converge (sparse).
/// Complexity: dense O(n^3) time, O(n^2) memory (two symmetric eigenvalue problems by LAPACK);
/// sparse O(k m) per Lanczos restart, O(k n + m) memory.
/// Reference: Estrada & Benzi (2014) Phys. Rev. E 90:042802; signnet `balance_score(method="walk")`.
walk_result walk_index(const signed_graph& g, const walk_options& opt = {});

// ----------------------------------------------------------- spectral index

/// Which part of the graph `spectral_index` uses.
enum class component_choice : std::uint8_t {
    whole,    ///< the whole graph (λ_min = 0 if any component is balanced)
    largest,  ///< the largest connected component (KONECT convention; ties: smallest first vertex)
};

/// The names of `component_choice` values (`to_string`, `parse_component_choice`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<component_choice, 2> component_choice_table = {"component", {{
    {component_choice::whole, "whole"},
    {component_choice::largest, "largest"},
}}};

/// Options of `spectral_index`.
struct spectral_options {
    bool normalized = false;  ///< use I - D̄^{-1/2} A D̄^{-1/2} instead of D̄ - A
    component_choice component = component_choice::whole;
    bool weighted = false;  ///< weighted A (true) or sign matrix (false)
    bool eigenvector = false;  ///< also return the eigenvector of λ_min (the relaxed partition)
    /// `dense` (LAPACK), `sparse` (Lanczos, two runs: λ_min and λ_max) or `automatic`
    /// (sparse iff the part used has n ≥ 400 and 2m ≤ n²/8).
    eigen_method method = eigen_method::automatic;
    /// Lanczos tolerance: each eigenvalue is accurate to about `sparse_tolerance` times 3R,
    /// R the largest absolute row sum of the Laplacian (2 max d̄ for the plain one).
    double sparse_tolerance = 1e-10;
};

/// Result of `spectral_index`.
struct spectral_result {
    double lambda_min = 0.0;  ///< smallest eigenvalue ("algebraic conflict")
    double lambda_max = 0.0;  ///< largest eigenvalue
    /// KONECT relative relaxed frustration ξ = λ_min n / (8 m) of the part used (plain Laplacian only; 0 if m = 0).
    double relative = 0.0;
    std::vector<std::size_t> vertices;  ///< vertices used (graph indices, increasing)
    Eigen::VectorXd vector;  ///< eigenvector of λ_min on `vertices`, if requested (else empty)
    std::size_t isolated = 0;  ///< isolated vertices in the part used (each contributes the eigenvalue 0)
    bool normalized = false;
    component_choice component = component_choice::whole;
    eigen_method method = eigen_method::dense;  ///< the method used (`dense` or `sparse`)
    std::string convention;
};

/// Smallest eigenvalue of the signed Laplacian ("algebraic conflict").
///
/// Plain: L̄ = D̄ - A (positive semidefinite; λ_min = 0 iff some component is balanced).
/// Normalised: I - D̄^{-1/2} A D̄^{-1/2}, where an isolated vertex (d̄ = 0) gets a zero row and
/// column (so it contributes the eigenvalue 0, as networkx's normalized Laplacian does).
/// For the optimal switching vector s, s^T L̄ s = 4 L (unweighted), hence λ_min ≤ 4L/n.
/// @param g the graph (n ≥ 1).
/// @param opt normalisation, component, weighting.
/// @return λ_min, λ_max, ξ and the vertices used (eigenvector if requested).
/// @throws invalid_input on an empty graph; numerical_error if the solver fails (or, sparse,
///         does not converge; `automatic` then falls back to dense while n ≤ 8000).
/// Complexity: dense O(n^3) time and O(n^2) memory on the part used (LAPACK dsytrd + dsterf,
/// the vector by dstebz + dstein); sparse O(m) per Lanczos step, O(n + m) memory.
/// Reference: Kunegis et al. (2010) SDM, "Spectral analysis of signed graphs for clustering,
/// prediction and visualization"; KONECT `konect_statistic_conflict(n)`.
spectral_result spectral_index(const signed_graph& g, const spectral_options& opt = {});

// -------------------------------------------------------------- frustration

/// Solution method of `frustration`.
enum class frustration_method : std::uint8_t {
    exact,      ///< branch and bound to proven optimality (or until `time_limit`)
    heuristic,  ///< multi-start local search; lower bound: negative-cycle packing and spectral (λ_min n / 4) per block
    automatic,  ///< exact if every reduced block has at most `auto_exact_max_vertices`, else heuristic
};

/// The names of `frustration_method` values (`to_string`, `parse_frustration_method`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<frustration_method, 3> frustration_method_table = {"frustration method", {{
    {frustration_method::exact, "exact"},
    {frustration_method::heuristic, "heuristic"},
    {frustration_method::automatic, "auto"},
}}};

/// Options of `frustration`.
struct frustration_options {
    frustration_method method = frustration_method::automatic;
    double time_limit = 60.0;  ///< seconds (wall clock) for the whole call; on expiry the bounds are returned
    std::uint64_t seed = 1;    ///< seed of the local search (results are deterministic given the seed)
    bool weighted = false;     ///< minimise Σ |w_ij| over frustrated edges instead of their number
    std::size_t restarts = 16;  ///< local-search starts per block
    std::size_t auto_exact_max_vertices = 400;  ///< `automatic`: largest block solved exactly
};

/// Result of `frustration`.
struct frustration_result {
    double frustration = 0.0;  ///< L (value of `partition`; equals the optimum iff `optimal`)
    double lower_bound = 0.0;  ///< proven lower bound on L
    double upper_bound = 0.0;  ///< = `frustration`
    bool optimal = false;      ///< lower_bound == upper_bound (proven)
    /// Normalised frustration F = 1 - 2L / m (unweighted) or 1 - 2L / Σ|w| (weighted); 1 if m = 0.
    /// (Named `normalized` before issue #14; CSV/JSON key `frustration_normalised`.)
    double normalised = 1.0;
    /// s_v ∈ {+1, -1}: the two coalitions; in every connected component the vertex with the
    /// smallest index is on side +1.
    std::vector<int> partition;
    std::vector<std::pair<std::size_t, std::size_t>> frustrated_edges;  ///< (u < v), sorted
    std::size_t nodes = 0;      ///< branch-and-bound nodes explored
    double seconds = 0.0;       ///< wall time
    std::size_t blocks = 0;     ///< non-trivial blocks (2-connected pieces after reduction) solved
    std::size_t reduced_vertices = 0;  ///< vertices left after degree-≤2 reductions (sum over blocks)
    /// Spectral lower bound Σ_b λ_min(L̄_b) n_b / 4 over the blocks not solved to optimality by
    /// the heuristic (0 if none or if `exact`): for s ∈ {±1}ⁿ, sᵀL̄s = 4 L(s) with L̄ = D̄ − A the
    /// signed Laplacian of the block's weighted edges, so L ≥ λ_min(L̄) n / 4 on every block.
    /// λ_min by LAPACK (n ≤ 300) or by Lanczos minus the residual norm of its Ritz pair (a
    /// certificate as long as Lanczos found the smallest eigenvalue, which its random start makes
    /// overwhelmingly likely but does not prove). `lower_bound` takes, per block, the larger of
    /// this and the negative-cycle packing.
    double spectral_bound = 0.0;
    /// upper_bound / lower_bound (1 if L = 0, infinity if the lower bound is 0 and L > 0).
    double certified_gap = 1.0;
    bool weighted = false;
    frustration_method method = frustration_method::exact;  ///< method actually used
    std::string convention;
};

/// Frustration index (line index of balance) L.
///
/// L = min_{s ∈ {±1}^n} Σ_{(i,j) ∈ E} ω_ij [σ_ij s_i s_j < 0], ω = 1 (unweighted) or |w_ij|
/// (weighted): the least number (weight) of edges whose removal or sign change makes the graph
/// balanced. Normalised F = 1 - L/(M/2) with M = m (unweighted) or Σ|w_ij| (weighted), since
/// L ≤ M/2 always (Aref & Wilson). Connected components and blocks (2-connected pieces) are
/// solved separately (L is additive); vertices of degree ≤ 2 are eliminated exactly first.
/// Exact: depth-first branch and bound with an upper bound from local search and lower bounds
/// from the fixed vertices plus packings of edge-disjoint negative cycles (found by BFS in the
/// signed double cover).
/// @param g the graph.
/// @param opt method, time limit, seed, weighting.
/// @return L, bounds, optimality flag, F, partition and frustrated edges.
/// @throws invalid_input if time_limit is not positive.
/// Complexity: exact: exponential in the worst case (NP-hard); heuristic: O(restarts · m · passes)
/// for the search plus O(m^1.5) for the triangle packing and O(m) per BFS-cycle, plus one
/// Lanczos run (O(m) per step) per block for the spectral bound.
/// Reference: Harary (1959) Michigan Math. J. 5:1; Aref, Mason & Wilson (2020) Networks 75:95;
/// Aref & Wilson (2018) J. Complex Netw. 6:566.
frustration_result frustration(const signed_graph& g, const frustration_options& opt = {});

/// Value of a bipartition: Σ ω_ij over edges with σ_ij s_i s_j < 0.
/// @param g the graph. @param s one entry ±1 per vertex. @param weighted use |w| (true) or 1.
/// @return the (weighted) number of frustrated edges.
/// @throws invalid_input if s has the wrong size or an entry not ±1.
/// Complexity: O(n + m).
double frustration_of(const signed_graph& g, const std::vector<int>& s, bool weighted = false);

// --------------------------------------------------------------- blockmodel

/// Solution method of `blockmodel`.
enum class blockmodel_method : std::uint8_t {
    exact,      ///< branch and bound over block assignments (small graphs)
    heuristic,  ///< relocation local search with restarts
    automatic,  ///< exact if n ≤ 24, else heuristic
};

/// The names of `blockmodel_method` values (`to_string`, `parse_blockmodel_method`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<blockmodel_method, 3> blockmodel_method_table = {"blockmodel method", {{
    {blockmodel_method::exact, "exact"},
    {blockmodel_method::heuristic, "heuristic"},
    {blockmodel_method::automatic, "auto"},
}}};

/// Options of `blockmodel`.
struct blockmodel_options {
    double alpha = 0.5;  ///< weight of negative ties within blocks (1 - α: positive between)
    blockmodel_method method = blockmodel_method::automatic;
    std::uint64_t seed = 1;
    std::size_t restarts = 50;  ///< heuristic starts
    bool weighted = false;  ///< count |w| instead of 1 per tie
    double time_limit = 60.0;  ///< seconds for the exact search
};

/// Result of `blockmodel`.
struct blockmodel_result {
    /// P = 2 [α N + (1 - α) P], N / P the (weighted) numbers of negative edges within blocks /
    /// positive edges between blocks, each undirected edge counted as two arcs (Doreian–Mrvar,
    /// signnet); at α = 0.5 this is the number of violating edges.
    double criterion = 0.0;
    double negative_within = 0.0;  ///< N (undirected edges, weighted if requested)
    double positive_between = 0.0; ///< P (undirected edges)
    std::vector<std::size_t> membership;  ///< block per vertex, 0..k-1, numbered by first appearance
    std::size_t k = 2;  ///< maximum number of blocks allowed
    std::size_t blocks_used = 0;
    bool optimal = false;  ///< proven optimal (exact search finished)
    std::size_t nodes = 0;
    double alpha = 0.5;
    std::string convention;
};

/// Doreian–Mrvar signed blockmodel (generalised/weak balance with at most k blocks).
///
/// Minimises P(C) = α N(C) + (1 - α) P(C) over partitions C into at most k blocks, with arcs
/// counted as in Doreian & Mrvar (each undirected edge = two arcs), so the criterion at α = 0.5
/// is the number of negative edges inside plus positive edges between blocks. For k = 2 and
/// α = 0.5 the optimum equals the frustration index L.
/// @param g the graph. @param k maximum number of blocks (≥ 1). @param opt α, method, seed.
/// @return criterion, its parts, and the membership.
/// @throws invalid_input if k = 0 or α ∉ [0, 1].
/// Complexity: exact: O(k^n) worst case; heuristic: O(restarts · passes · (n k + m)).
/// Reference: Doreian & Mrvar (1996) Social Networks 18:149; (2009) Social Networks 31:1;
/// signnet `signed_blockmodel`.
blockmodel_result blockmodel(const signed_graph& g, std::size_t k, const blockmodel_options& opt = {});

// ------------------------------------------------- the part that can be unbalanced

/// The ties on at least one cycle of a signed graph (the graph minus its bridges).
struct cycle_part_result {
    /// Same vertices (same labels and order) as the input, only the ties that lie on a cycle.
    signed_graph graph;
    /// The ties on no cycle (bridges, pendant ties included), (u < v) with their weights, sorted.
    std::vector<weighted_edge> removed;
    std::size_t vertices_on_cycles = 0;  ///< vertices with at least one tie left
};

/// The part of a signed graph that can be unbalanced: the union of its cycles.
///
/// Balance is a property of cycles (Harary 1953: a signed graph is balanced iff every cycle is
/// positive), and an edge lies on no cycle iff it is a bridge. Deleting a bridge therefore
/// changes no cycle, and L(G) = L(G − bridges): in an optimal partition a bridge is never
/// frustrated, since switching every vertex on one side of it satisfies it without touching any
/// other tie. One pass suffices: a cycle contains no bridge, so deleting the bridges leaves every
/// cycle and creates no new bridge (the result is bridgeless). This differs from the 2-core, which
/// keeps a bridge between two cycles.
/// @param g the graph.
/// @return the graph without its bridges, the bridges, and the vertices left with a tie.
/// Complexity: O(n + m) (iterative Tarjan low-link).
/// Reference: Harary (1953) Michigan Math. J. 2:143; Tarjan (1974) Inf. Process. Lett. 2:160.
cycle_part_result cycle_part(const signed_graph& g);

// ------------------------------------------------ optimal coalitions and their number

/// Method of `optimal_partitions`.
enum class partitions_method : std::uint8_t {
    enumeration,       ///< every bipartition of each component (components up to 24 vertices)
    branch_and_bound,  ///< depth-first search of all partitions with value L (bounded by fixed ties)
    automatic,         ///< enumeration for components up to `enumerate_max_vertices`, else branch and bound
};

/// The names of `partitions_method` values (`to_string`, `parse_partitions_method`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<partitions_method, 3> partitions_method_table = {"partitions method", {{
    {partitions_method::enumeration, "enumeration"},
    {partitions_method::branch_and_bound, "branch_and_bound"},
    {partitions_method::automatic, "auto"},
}}};

/// Options of `optimal_partitions`.
struct partitions_options {
    bool weighted = false;  ///< frustration counts |w| (true) or ties (false)
    partitions_method method = partitions_method::automatic;
    std::size_t enumerate_max_vertices = 16;  ///< `automatic`: largest component enumerated
    std::size_t max_count = 10000;  ///< at most this many optimal partitions are listed (the count stops there)
    double time_limit = 10.0;  ///< seconds for the whole call (exact frustration included)
};

/// All optimal coalitions (bipartitions of least frustration) of a signed graph.
struct partitions_result {
    double frustration = 0.0;  ///< L (the optimum; sum over components)
    /// Number of optimal partitions, each normalised as `frustration_result::partition` (the first
    /// vertex of every connected component on side +1), i.e. the product over components of their
    /// counts; when `complete` is false, a lower bound (at least `max_count`, or what was found in time).
    std::size_t count = 0;
    bool complete = true;  ///< the count is exact (not capped, not timed out)
    bool unique = false;   ///< complete and count == 1
    /// Per component (in order of its first vertex): the number of its optimal partitions (capped).
    std::vector<std::size_t> component_counts;
    /// The optimal partitions of the whole graph (at most `max_count`), ±1 per vertex.
    std::vector<std::vector<int>> partitions;
    std::string method;  ///< "enumeration", "branch and bound" or both ("enumeration + branch and bound")
    bool weighted = false;
};

/// Every optimal partition of the frustration index (up to `max_count`).
///
/// Components are independent: their optima multiply. Per component, L_c comes from the exact
/// `frustration`; then either all 2^(n_c − 1) bipartitions with the first vertex on +1 are
/// enumerated, or a depth-first search in breadth-first vertex order lists those of value ≤ L_c,
/// pruning a node when cost(fixed ties) + Σ_free min(a_v, b_v) > L_c (a_v / b_v: weight of v's ties to
/// fixed vertices frustrated by s_v = +1 / −1; these sets are disjoint per free vertex, so the sum
/// is a valid lower bound). Values are compared with a tolerance of 1e-9 · max(1, max |w|).
/// @param g the graph. @param opt weighting, method, cap, time limit.
/// @return L, the count (exact or a lower bound), the listed partitions.
/// @throws invalid_input if time_limit is not positive, max_count is 0, or `enumeration` is forced on a
///         component of more than 24 vertices.
/// Complexity: enumeration O(2^(n_c − 1) m_c) per component; branch and bound exponential in the worst case.
partitions_result optimal_partitions(const signed_graph& g, const partitions_options& opt = {});

/// The certainty of the focal actor's coalition over a set of partitions.
struct coalition_shares {
    std::vector<std::string> actors;  ///< actors of the focal's connected component (graph order)
    std::vector<double> share;        ///< per actor: share of partitions putting it on the focal's side
};

/// For every actor of the focal's component, the share of `partitions` that put it on the focal's side.
/// @throws invalid_input if `focal` is out of range or a partition has the wrong size.
/// Complexity: O(P n) for P partitions.
coalition_shares shares_with(const signed_graph& g, std::size_t focal, const std::vector<std::vector<int>>& partitions);

inline std::string_view to_string(triangle_weighting v) noexcept { return triangle_weighting_table.name(v); }
/// The `triangle_weighting` value named `s` (a name of `triangle_weighting_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline triangle_weighting parse_triangle_weighting(std::string_view s) { return triangle_weighting_table.parse(s); }
inline std::string_view to_string(component_choice v) noexcept { return component_choice_table.name(v); }
/// The `component_choice` value named `s` (a name of `component_choice_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline component_choice parse_component_choice(std::string_view s) { return component_choice_table.parse(s); }
inline std::string_view to_string(frustration_method v) noexcept { return frustration_method_table.name(v); }
/// The `frustration_method` value named `s` (a name of `frustration_method_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline frustration_method parse_frustration_method(std::string_view s) { return frustration_method_table.parse(s); }
inline std::string_view to_string(blockmodel_method v) noexcept { return blockmodel_method_table.name(v); }
/// The `blockmodel_method` value named `s` (a name of `blockmodel_method_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline blockmodel_method parse_blockmodel_method(std::string_view s) { return blockmodel_method_table.parse(s); }
inline std::string_view to_string(partitions_method v) noexcept { return partitions_method_table.name(v); }
/// The `partitions_method` value named `s` (a name of `partitions_method_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline partitions_method parse_partitions_method(std::string_view s) { return partitions_method_table.parse(s); }

}  // namespace kzsec
