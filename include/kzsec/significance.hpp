#pragma once
/// @file significance.hpp
/// @brief Significance of structural balance against null models: sign shuffling and
/// degree- and sign-preserving switching, with z-scores and Monte Carlo p-values for the
/// triangle, walk and frustration indices.
///
/// Draw i of a test is generated from the seed `detail::draw_seed(seed, i)`, whichever thread
/// computes it, and the draws are summarised in draw order, so the result is bit-identical for
/// every number of threads. See docs/signed-analysis.md for the models, the p-value convention
/// and the references.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "balance.hpp"
#include "signed_graph.hpp"
#include "kzsec/detail/enum_table.hpp"

namespace kzsec {

/// Null model of `balance_significance`.
enum class null_model : std::uint8_t {
    /// The signs are permuted uniformly over the ties; the ties, and each tie's |w|, stay where
    /// they are. Keeps the graph and the numbers of positive and negative ties.
    sign_shuffle,
    /// Degree- and sign-preserving switching: a Markov chain of double edge swaps, each taking two
    /// ties of the same sign (a, b), (c, d) to (a, d), (c, b) or (a, c), (b, d) (chosen with
    /// probability 1/2) unless that would create a self-loop or a second tie on a pair; a rejected
    /// swap leaves the graph unchanged and still counts. Keeps every vertex's positive and
    /// negative degree. The chain is symmetric, so its stationary law is uniform over the signed
    /// graphs it can reach with those degrees.
    switching,
};

/// The names of `null_model` values (`to_string`, `parse_null_model`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<null_model, 2> null_model_table = {"null model", {{
    {null_model::sign_shuffle, "sign_shuffle"},
    {null_model::switching, "switching"},
}}};

inline std::string_view to_string(null_model v) noexcept { return null_model_table.name(v); }
/// "sign_shuffle" or "switching". @throws invalid_input on another name.
inline null_model parse_null_model(std::string_view s) { return null_model_table.parse(s); }

/// One random draw from a null model.
/// @param g the observed graph. @param model the null model. @param seed the seed of the draw.
/// @param swaps_per_edge `switching`: swaps attempted = swaps_per_edge × m (ignored otherwise).
/// @return a graph with the same labels (and, for `switching`, the same signed degrees).
/// @throws invalid_input if swaps_per_edge is negative or not finite.
/// Complexity: O(n + m log m) for `sign_shuffle`; O(swaps_per_edge · m + m log m) expected for `switching`.
signed_graph null_draw(const signed_graph& g, null_model model, std::uint64_t seed, double swaps_per_edge = 10.0);

/// Options of `balance_significance`.
struct significance_options {
    null_model model = null_model::sign_shuffle;
    std::size_t draws = 1000;       ///< null graphs drawn (≥ 1)
    std::uint64_t seed = 1;         ///< seed of the draw sequence
    std::size_t threads = 0;        ///< 0 = std::thread::hardware_concurrency(); results do not depend on it
    double swaps_per_edge = 10.0;   ///< `switching`: swaps attempted per tie in each draw (raise it for small or dense graphs; see docs)
    bool triangle = true;           ///< test the triangle index (`triangle_index(...).index`)
    bool walk = true;               ///< test the walk index K (`walk_index(...).index`); O(n^3) per draw
    bool frustration = false;       ///< test the frustration index L (may be slow: NP-hard)
    triangle_options triangle_opt{};        ///< convention of the triangle index (weak/strong, weighting)
    walk_options walk_opt{};                ///< β and weighting of the walk index
    frustration_options frustration_opt{};  ///< method and limits of the frustration index (each draw)
    bool keep_draws = false;        ///< keep every draw's value in `null_test::values`
};

/// The test of one statistic.
struct null_test {
    bool computed = false;     ///< the statistic was requested
    std::string statistic;     ///< "triangle", "walk" or "frustration"
    double observed = 0.0;     ///< value on the observed graph
    double mean = 0.0;         ///< mean over the draws
    double sd = 0.0;           ///< standard deviation over the draws (divisor N - 1; 0 if N = 1)
    /// z = (observed - mean) / sd; NaN if sd = 0.
    double z = 0.0;
    std::size_t at_least = 0;  ///< draws with value ≥ observed (within a relative 1e-12)
    std::size_t at_most = 0;   ///< draws with value ≤ observed (within a relative 1e-12)
    double p_greater = 1.0;    ///< (at_least + 1) / (N + 1)
    double p_less = 1.0;       ///< (at_most + 1) / (N + 1)
    /// The tail "at least as balanced as observed": p_greater for the triangle and walk indices
    /// (balance = high), p_less for the frustration index (balance = low).
    double p_balanced = 1.0;
    std::vector<double> values;  ///< every draw's value, in draw order, if `keep_draws`
};

/// Result of `balance_significance`.
struct significance_result {
    null_test triangle;
    null_test walk;
    null_test frustration;
    null_model model = null_model::sign_shuffle;
    std::size_t draws = 0;
    std::uint64_t seed = 1;
    std::size_t threads = 1;    ///< threads used
    /// `switching`: share of attempted swaps that were accepted, over all draws (0 otherwise).
    double acceptance = 0.0;
    std::string convention;
};

/// Is the observed balance larger than a null model gives by chance?
///
/// For each requested statistic X (triangle index T, walk index K, frustration index L), draws
/// N graphs G_1..G_N from the null model and reports the mean μ and standard deviation s of
/// X(G_i), z = (X(G) - μ) / s, and the Monte Carlo p-values with the +1 correction (Davison &
/// Hinkley 1997; North, Curtis & Sham 2002): p_≥ = (1 + #{i : X(G_i) ≥ X(G)}) / (N + 1) and
/// p_≤ = (1 + #{i : X(G_i) ≤ X(G)}) / (N + 1), never 0, and valid (P(p ≤ α) ≤ α). Values
/// within a relative 1e-12 of X(G) count as ties (on both sides).
/// @param g the observed graph (at least one tie).
/// @param opt model, number of draws, seed, threads, statistics and their conventions.
/// @return one `null_test` per statistic (`computed` false for those not requested).
/// @throws invalid_input if draws = 0, the graph has no tie, no statistic is requested, or
///         swaps_per_edge is negative; whatever the statistics throw.
/// Complexity: N × (cost of one draw + cost of the statistics), divided among the threads.
/// Reference: Szell, Lambiotte & Thurner (2010) PNAS 107:13636 (sign shuffling); Maslov &
/// Sneppen (2002) Science 296:910 and Milo et al. (2002) Science 298:824 (degree-preserving
/// switching); Aref & Wilson (2018) J. Complex Netw. 6:566 (balance against rewired graphs).
significance_result balance_significance(const signed_graph& g, const significance_options& opt = {});

}  // namespace kzsec
