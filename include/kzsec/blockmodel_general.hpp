#pragma once
/// @file blockmodel_general.hpp
/// @brief Generalised signed blockmodel with a user-given image matrix (signnet's
/// `signed_blockmodel_general`): blocks whose ties should be positive or negative as the user
/// says, not only "positive inside, negative between".
///
/// See docs/signed-analysis.md for the criterion, the conventions and the references.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "balance.hpp"
#include "signed_graph.hpp"

namespace kzsec {

/// Options of `blockmodel_general`.
struct blockmodel_general_options {
    double alpha = 0.5;  ///< weight of a negative tie in a +1 block; 1 − α weighs a positive tie in a −1 block
    /// exact: enumeration of all k^n assignments; heuristic: seeded local search;
    /// automatic: exact if k^n ≤ `max_exact_assignments`, else heuristic.
    blockmodel_method method = blockmodel_method::automatic;
    std::uint64_t seed = 1;       ///< seed of the heuristic's random starts
    std::size_t restarts = 50;    ///< heuristic: random starts (≥ 1)
    bool weighted = false;        ///< count |w| instead of 1 per tie
    /// Largest k^n enumerated by `exact` (and chosen by `automatic`); `exact` above it is an error.
    std::uint64_t max_exact_assignments = 20000000;
    /// Heuristic: if not empty, one local search from this membership (block per vertex, < k)
    /// instead of `restarts` random starts (used to polish a partition found otherwise).
    std::vector<std::size_t> start;
};

/// Result of `blockmodel_general`.
struct blockmodel_general_result {
    /// 2 [α N + (1 − α) P]: each undirected tie counted as two arcs, as in signnet and
    /// `blockmodel_result::criterion`; at α = 0.5 the number of violating ties.
    double criterion = 0.0;
    double negative_in_positive = 0.0;  ///< N: negative ties (weighted if requested) in blocks whose image is +1
    double positive_in_negative = 0.0;  ///< P: positive ties in blocks whose image is −1
    std::vector<std::size_t> membership;  ///< block per vertex, 0..k−1 (block a takes row a of the image)
    std::vector<weighted_edge> violations;  ///< the violating ties (u < v, sorted), the witnesses of N and P
    std::vector<std::size_t> block_sizes;   ///< vertices per block (a block may be empty)
    std::size_t k = 0;
    bool optimal = false;        ///< proven optimal (every assignment enumerated)
    std::string method;          ///< "exact" or "heuristic"
    std::uint64_t evaluated = 0; ///< assignments enumerated (exact) or local-search moves made (heuristic)
    double alpha = 0.5;
};

/// Generalised signed blockmodel with a given image.
///
/// Given a symmetric k × k image B with entries +1 / −1, finds a membership c : V → {0..k−1}
/// minimising α N(c) + (1 − α) P(c), where N(c) counts the negative ties uv with B[c(u), c(v)] = +1
/// and P(c) the positive ties with B[c(u), c(v)] = −1 (|w| each if `weighted`). Blocks are labelled
/// (block a is row a of B) and may be empty. With B = 2I − 𝟙 (+1 on the diagonal, −1 elsewhere)
/// this is the Doreian–Mrvar criterion of `blockmodel` with at most k blocks.
/// @param g the graph (undirected). @param image the k × k image (k ≥ 1), +1 / −1, symmetric.
/// @param opt α, method, seed, restarts, weighting.
/// @return the criterion with its parts, the membership and the violating ties.
/// @throws invalid_input if the image is empty, not square, not symmetric or has an entry other
///         than ±1; if α ∉ [0, 1] or restarts = 0; if `exact` is asked for and k^n exceeds
///         `max_exact_assignments`.
/// Complexity: exact O(k^n · d̄) (each step of the enumeration relabels amortised O(1) vertices,
/// each in O(degree)); heuristic O(restarts · passes · k · m).
/// Reference: Doreian & Mrvar (2009) "Partitioning signed social networks", Social Networks
/// 31:1–11 (generalised blockmodels of signed networks); signnet `signed_blockmodel_general`.
blockmodel_general_result blockmodel_general(const signed_graph& g, const Eigen::Ref<const Eigen::MatrixXd>& image,
                                             const blockmodel_general_options& opt = {});

/// The criterion of a given membership under a given image (no search): the N, P, violating ties
/// and criterion 2 [α N + (1 − α) P] that `blockmodel_general` reports for its optimum.
/// @param g the graph. @param image the k × k image, +1 / −1, symmetric.
/// @param membership block per vertex (n entries, each < k).
/// @param opt α and `weighted` (the other fields are not used).
/// @return the result with `optimal` false, `method` "given" and `evaluated` 1.
/// @throws invalid_input on a bad image or α (as `blockmodel_general`), a membership of the wrong
///         length or an entry ≥ k (naming the vertex).
/// Complexity: O(n + m).
blockmodel_general_result blockmodel_evaluate(const signed_graph& g, const Eigen::Ref<const Eigen::MatrixXd>& image,
                                              std::span<const std::size_t> membership,
                                              const blockmodel_general_options& opt = {});

}  // namespace kzsec
