#pragma once
/// @file spectral_clustering.hpp
/// @brief Spectral clustering of signed graphs: SPONGE and SPONGE_sym (Cucuringu, Davies,
/// Glielmo & Tyagi 2019) and the signed Laplacian, plain and normalised (Kunegis et al. 2010),
/// followed by seeded k-means++ and an optional local-search polish of the blockmodel criterion.
///
/// See docs/signed-analysis.md for the formulas, the conventions, the checks and the references.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include "detail/enum_table.hpp"
#include "eigensolver.hpp"
#include "signed_graph.hpp"

namespace kzsec {

/// The matrix (or pencil) whose smallest eigenvectors embed the vertices.
enum class spectral_clustering_method : std::uint8_t {
    sponge,                ///< (L⁺ + τ⁻D⁻) v = λ (L⁻ + τ⁺D⁺) v
    sponge_sym,            ///< (L⁺_sym + τ⁻I) v = λ (L⁻_sym + τ⁺I) v
    signed_laplacian,      ///< L̄ = D̄ − A
    signed_laplacian_sym,  ///< I − D̄^{-1/2} A D̄^{-1/2}
};

/// The names of `spectral_clustering_method` values (`to_string`,
/// `parse_spectral_clustering_method`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<spectral_clustering_method, 4> spectral_clustering_method_table = {
    "spectral clustering method",
    {{
        {spectral_clustering_method::sponge, "sponge"},
        {spectral_clustering_method::sponge_sym, "sponge_sym"},
        {spectral_clustering_method::signed_laplacian, "signed_laplacian"},
        {spectral_clustering_method::signed_laplacian_sym, "signed_laplacian_sym"},
    }}};

/// "sponge", "sponge_sym", "signed_laplacian" or "signed_laplacian_sym".
inline std::string_view to_string(spectral_clustering_method v) noexcept {
    return spectral_clustering_method_table.name(v);
}
/// Parses the names of `to_string`.
/// @throws invalid_input naming the accepted values (and the nearest, if one is near).
inline spectral_clustering_method parse_spectral_clustering_method(std::string_view s) {
    return spectral_clustering_method_table.parse(s);
}

/// Options of `signed_spectral_clustering`.
struct spectral_clustering_options {
    std::size_t k = 2;  ///< number of clusters (1 ≤ k ≤ vertices with a tie)
    spectral_clustering_method method = spectral_clustering_method::sponge;
    double tau_p = 1.0;  ///< τ⁺ > 0, weight of D⁺ (SPONGE) or of I (SPONGE_sym) in the denominator
    double tau_n = 1.0;  ///< τ⁻ > 0, weight of D⁻ (SPONGE) or of I (SPONGE_sym) in the numerator
    /// Eigenvectors in the embedding; 0: the method's default, k − 1 for SPONGE (the contrasts
    /// between the blocks of a planted k-block graph; at least 1) and k for the signed Laplacian.
    std::size_t dimensions = 0;
    /// Smallest eigenvalues computed and reported (for the eigengap); 0: max(dimensions + 1, 10).
    /// Capped at the number of vertices with a tie.
    std::size_t spectrum = 0;
    bool weighted = false;  ///< use |w| (true) or 1 per tie (false) in the matrices and the criterion
    /// `dense`: LAPACK on the n × n matrices. `sparse`: Lanczos (Spectra); for SPONGE on the pencil
    /// (L⁻ + τ⁺D⁺, numerator + denominator), the inverse by conjugate gradients. `automatic`:
    /// sparse iff n ≥ 400 and 2m ≤ n²/8 (the rule of eigensolver.hpp).
    kzsec::eigen_method eigen_method = kzsec::eigen_method::automatic;
    double sparse_tolerance = 1e-10;  ///< Lanczos tolerance (sparse); a failure to converge falls back to dense
    std::uint64_t seed = 1;           ///< seed of k-means++
    std::size_t kmeans_restarts = 10;     ///< k-means++ starts (≥ 1); the run with the least inertia is kept
    std::size_t kmeans_iterations = 300;  ///< Lloyd iterations per start, at most
    bool polish = true;  ///< move single vertices while the blockmodel criterion falls (`blockmodel_general`)
    double alpha = 0.5;  ///< α of the blockmodel criterion 2[αN + (1 − α)P]
};

/// Result of `signed_spectral_clustering`.
struct spectral_clustering_result {
    std::vector<std::size_t> membership;   ///< cluster per vertex, 0..k−1 (a cluster may be empty after the polish)
    std::vector<std::size_t> block_sizes;  ///< vertices per cluster
    std::size_t k = 0;
    /// The `spectrum` smallest eigenvalues, ascending (generalised eigenvalues for SPONGE).
    Eigen::VectorXd eigenvalues;
    /// eigengaps(j) = eigenvalues(j + 1) − eigenvalues(j).
    Eigen::VectorXd eigengaps;
    /// 1 + (1-based index of the largest eigengap): j small eigenvalues followed by a jump suggest
    /// j + 1 clusters (a heuristic; see docs/signed-analysis.md).
    std::size_t suggested_k = 0;
    /// n × dimensions: the eigenvectors used (columns of unit norm, largest entry positive);
    /// rows of vertices without ties are 0.
    Eigen::MatrixXd embedding;
    double kmeans_inertia = 0.0;  ///< Σ squared distances of the embedded vertices to their centres
    /// Blockmodel criterion 2[αN + (1 − α)P] (image: positive inside clusters, negative between,
    /// as `blockmodel`) of the k-means partition.
    double criterion_spectral = 0.0;
    double criterion = 0.0;       ///< the same criterion of `membership` (after the polish, if any)
    std::uint64_t moves = 0;      ///< single-vertex moves made by the polish
    std::size_t isolated = 0;     ///< vertices without ties (not embedded; put in cluster 0)
    std::string method;           ///< the method's name
    kzsec::eigen_method eigen_method = kzsec::eigen_method::dense;  ///< the solver used (`dense` or `sparse`)
};

/// Spectral clustering of a signed graph.
///
/// With A⁺, A⁻ ≥ 0 the positive and negative parts of A (A = A⁺ − A⁻), D^± their degree
/// matrices, L^± = D^± − A^± and L^±_sym = I − (D^±)^{-1/2} A^± (D^±)^{-1/2} (0 for d^± = 0 in
/// the inverse), the vertices are embedded by the eigenvectors of the smallest eigenvalues of
/// - `sponge`: (L⁺ + τ⁻D⁻) v = λ (L⁻ + τ⁺D⁺) v,
/// - `sponge_sym`: (L⁺_sym + τ⁻I) v = λ (L⁻_sym + τ⁺I) v,
/// - `signed_laplacian`: L̄ v = λ v with L̄ = D̄ − A, D̄ = diag(Σ_j |A_ij|),
/// - `signed_laplacian_sym`: (I − D̄^{-1/2} A D̄^{-1/2}) v = λ v,
/// and the rows of the embedding are clustered by k-means (k-means++ seeding, Lloyd iterations,
/// the best of `kmeans_restarts` seeded starts). SPONGE's pencil is solved as the equivalent
/// pencil B v = μ (A + B) v, μ = 1/(1 + λ) (A + B is positive definite on the vertices with ties
/// when τ⁺, τ⁻ > 0), whose largest μ are the smallest λ. Optionally the partition is polished by
/// single-vertex moves that lower the blockmodel criterion (`blockmodel_general` started from it,
/// with the image +1 inside, −1 between clusters).
/// @param g the graph. @param opt k, method, τ⁺, τ⁻, solver, seed, polish.
/// @return the membership, the spectrum with its eigengaps, the embedding and the criterion
///         before and after the polish.
/// @throws invalid_input if k = 0 or k exceeds the vertices with a tie, τ⁺ or τ⁻ is not a finite
///         positive number, α ∉ [0, 1], `kmeans_restarts` = 0 or `dimensions` exceeds the vertices
///         with a tie; numerical_error if LAPACK fails.
/// Complexity: dense O(n³); sparse O(r · (ncv · m + solves)) for r Lanczos restarts, a solve by
/// conjugate gradients costing O(m) per iteration; k-means O(restarts · iterations · n · k · d);
/// polish O(passes · k · m).
/// Reference: Cucuringu, Davies, Glielmo & Tyagi (2019) "SPONGE: A generalized eigenproblem for
/// clustering signed networks", AISTATS, PMLR 89:1088–1098; Kunegis, Schmidt, Lommatzsch, Lerner,
/// De Luca & Albayrak (2010) "Spectral analysis of signed graphs for clustering, prediction and
/// visualization", SDM, 559–570; Arthur & Vassilvitskii (2007) "k-means++", SODA, 1027–1035.
spectral_clustering_result signed_spectral_clustering(const signed_graph& g,
                                                      const spectral_clustering_options& opt = {});

/// Adjusted Rand index of two partitions of the same n items (Hubert & Arabie 1985): with
/// n_ij the items in cluster i of `a` and cluster j of `b`, a_i = Σ_j n_ij, b_j = Σ_i n_ij and
/// C(x) = x(x − 1)/2,
///   ARI = (Σ_ij C(n_ij) − E) / (½ (Σ_i C(a_i) + Σ_j C(b_j)) − E),  E = Σ_i C(a_i) Σ_j C(b_j) / C(n).
/// 1 for identical partitions (up to the labels), 0 in expectation for independent random
/// ones, negative below chance. Labels are arbitrary integers (any sign, not contiguous).
/// When both partitions are trivial in the same way (both one cluster, or both all singletons)
/// the denominator is 0 and the partitions agree: 1 is returned.
/// @param a, b the cluster label of each item, in the same item order.
/// @return the index in [−1, 1] (in fact ≥ −½).
/// @throws invalid_input if the lengths differ or n < 2.
/// Complexity: O(n log n) (the labels are sorted).
/// Reference: Hubert & Arabie (1985) "Comparing partitions", Journal of Classification 2:193–218.
double adjusted_rand_index(std::span<const int> a, std::span<const int> b);

}  // namespace kzsec
