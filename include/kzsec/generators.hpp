#pragma once
/// @file generators.hpp
/// @brief Seeded random signed graphs: signed G(n, p), signed stochastic block models (general
/// and the planted SSBM of Cucuringu et al.), signnet's islands, and signed bipartite graphs.
///
/// Every generator takes a `std::uint64_t seed` and is deterministic: the same arguments give
/// the same graph (the random numbers come from xoshiro256** seeded by SplitMix64, with the
/// integer and uniform draws specified in `detail/random.hpp` rather than left to the standard
/// library). Ties have weight +1 or -1; vertices are labelled "0".."n-1" in block order.
/// Pairs are sampled by geometric skipping (Batagelj & Brandes 2005), so a sparse graph costs
/// O(n + m), not O(n^2). See docs/signed-analysis.md for the models and references.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include <Eigen/Core>

#include "signed_graph.hpp"

namespace kzsec {

/// A random graph with its planted blocks.
struct planted_graph {
    signed_graph graph;
    std::vector<std::size_t> membership;  ///< block of every vertex, 0..k-1 (vertices in block order)
};

/// Signed Erdős–Rényi graph G(n, p, q).
///
/// Each of the n(n-1)/2 pairs is a tie independently with probability p; each tie is negative
/// independently with probability q (weight -1), else positive (+1). The number of ties is
/// Binomial(n(n-1)/2, p) and of negative ties Binomial(m, q) given m.
/// @param n vertices. @param p tie probability. @param negative q, probability that a tie is negative.
/// @param seed the seed.
/// @return the graph.
/// @throws invalid_input if p or q is outside [0, 1] (or NaN), or n ≥ 2^32.
/// Complexity: O(n + m log m) expected.
/// Reference: Erdős & Rényi (1959) Publ. Math. Debrecen 6:290; signnet (Schoch)
/// `sample_gnp_signed(n, p, neg)`.
signed_graph signed_gnp(std::size_t n, double p, double negative, std::uint64_t seed = 1);

/// Signed stochastic block model.
///
/// Blocks of the given sizes (vertices numbered block after block). A pair (u, v) with u in
/// block a and v in block b is a tie with probability density(a, b), and a tie is negative with
/// probability negative(a, b), all independently.
/// @param sizes block sizes (k ≥ 1 blocks; a block may be empty).
/// @param density k×k symmetric matrix of tie probabilities in [0, 1].
/// @param negative k×k symmetric matrix of probabilities that a tie is negative, in [0, 1].
/// @param seed the seed.
/// @return the graph and the block of every vertex.
/// @throws invalid_input if the matrices are not k×k, not symmetric, or have an entry outside
///         [0, 1] (the message names the entry), or if there are 2^32 vertices or more.
/// Complexity: O(n + k^2 + m log m) expected.
/// Reference: Holland, Laskey & Leinhardt (1983) Social Networks 5:109 (the SBM); its signed form
/// as in Cucuringu, Davies, Glielmo & Tyagi (2019) AISTATS, "SPONGE".
planted_graph signed_sbm(std::span<const std::size_t> sizes, const Eigen::Ref<const Eigen::MatrixXd>& density,
                         const Eigen::Ref<const Eigen::MatrixXd>& negative, std::uint64_t seed = 1);

/// The planted signed stochastic block model SSBM(n, k, p, η) of Cucuringu et al. (2019).
///
/// k blocks of sizes ⌊n/k⌋ or ⌈n/k⌉ (the first n mod k blocks one larger); every pair is a tie
/// with probability p; a tie inside a block is positive and one between blocks negative, then
/// each sign is flipped independently with probability η. With η = 0 the graph is (weakly, for
/// k > 2; strongly, for k ≤ 2) balanced with the blocks as coalitions. The signed SBM with
/// density p everywhere and negative(a, b) = η (a = b) or 1 - η (a ≠ b).
/// @param n vertices. @param k blocks (1 ≤ k ≤ n unless n = 0). @param p tie probability.
/// @param eta sign-flip probability η ∈ [0, 1]. @param seed the seed.
/// @return the graph and the planted blocks.
/// @throws invalid_input on k = 0, k > n > 0, or p, η outside [0, 1].
/// Complexity: O(n + k^2 + m log m) expected.
/// Reference: Cucuringu, Davies, Glielmo & Tyagi (2019) AISTATS, PMLR 89:1088, Sec. 5.
planted_graph planted_ssbm(std::size_t n, std::size_t k, double p, double eta, std::uint64_t seed = 1);

/// Islands: dense positive groups joined by a few negative ties (signnet `sample_islands_signed`).
///
/// `islands` groups of `size` vertices; inside a group every pair is a positive tie with
/// probability `density`; between every two groups exactly `between` distinct negative ties are
/// drawn uniformly from the size² pairs. The graph is balanced with the groups as coalitions
/// when `islands` ≤ 2, and weakly balanced for any number of islands.
/// @param islands number of groups. @param size vertices per group. @param density tie
/// probability inside a group. @param between negative ties between every two groups.
/// @param seed the seed.
/// @return the graph and the group of every vertex.
/// @throws invalid_input if density is outside [0, 1] or between > size².
/// Complexity: O(n + m log m) expected.
/// Reference: signnet (Schoch), `sample_islands_signed(islands.n, islands.size, islands.pin, n.inter)`.
planted_graph islands(std::size_t islands, std::size_t size, double density, std::size_t between,
                      std::uint64_t seed = 1);

/// Random signed bipartite graph (signnet `sample_bipartite_signed`).
///
/// Vertices 0..n1-1 form the first mode and n1..n1+n2-1 the second; each of the n1·n2 cross
/// pairs is a tie with probability p, negative with probability q. No tie inside a mode.
/// @param n1, n2 sizes of the two modes. @param p tie probability. @param negative q.
/// @param seed the seed.
/// @return the graph and the mode (0 or 1) of every vertex.
/// @throws invalid_input if p or q is outside [0, 1].
/// Complexity: O(n1 + n2 + m log m) expected.
/// Reference: signnet (Schoch), `sample_bipartite_signed(n1, n2, p, pneg)`.
planted_graph signed_bipartite(std::size_t n1, std::size_t n2, double p, double negative, std::uint64_t seed = 1);

}  // namespace kzsec
