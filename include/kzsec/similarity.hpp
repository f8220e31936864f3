#pragma once
/// @file similarity.hpp
/// @brief Foreign-policy similarity: Signorino–Ritter S, Häge's chance-corrected
/// Cohen's kappa and Scott's pi, nominal Scott's pi, Kendall's tau-b, and the UN
/// General Assembly agreement indices (identical share, Lijphart/Voeten
/// half-credit, US State Department "votes only" coincidence, split votes).
///
/// Conventions (see docs/similarity.md):
/// - A portfolio or voting record is a vector of positions on an ordinal scale;
///   `NaN` marks a missing position. Every pairwise measure uses *pairwise
///   deletion*: a dimension enters only if both actors have a position on it.
/// - All-pairs functions take a matrix whose **rows are actors** and whose
///   columns are dimensions (third states, roll calls) and return a symmetric
///   actor × actor matrix.
/// - Where a measure is undefined (no common dimension, zero denominator) the
///   pairwise functions return a `similarity_value` with `defined == false`,
///   `value == NaN` and a `reason`; the all-pairs functions put `NaN` in the
///   matrix (the reason is then the same one the pairwise call would give).
/// - UN votes use the canonical kzsec coding **1 = yes, 2 = abstain, 3 = no,
///   NaN = absent or not a member**; raw codes are mapped on input with an
///   explicit `vote_coding` (see readers.hpp), never assumed.
#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <string_view>
#include "kzsec/detail/enum_table.hpp"

namespace kzsec {

/// Why a similarity value is undefined (or was set by convention).
enum class undefined_reason : std::uint8_t {
    none = 0,                 ///< the value is defined
    no_common_dimensions,     ///< no dimension where both positions are present
    zero_weight,              ///< the weights of the common dimensions sum to 0
    zero_max_distance,        ///< a maximum distance of 0 (constant data, no range given)
    zero_expected_disagreement,  ///< kappa/pi: chance disagreement is 0 (both vectors constant and equal)
    constant_vector,          ///< tau-b: one vector is constant (no untied pair)
    no_opposite_or_identical, ///< State Dept index: no vote where both voted yes or no
    no_split_votes,           ///< split-vote shares: A and B never voted opposite yes/no
};

/// The names of `undefined_reason` values (`to_string`, `parse_undefined_reason`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<undefined_reason, 8> undefined_reason_table = {"undefined reason", {{
    {undefined_reason::none, "none"},
    {undefined_reason::no_common_dimensions, "no_common_dimensions"},
    {undefined_reason::zero_weight, "zero_weight"},
    {undefined_reason::zero_max_distance, "zero_max_distance"},
    {undefined_reason::zero_expected_disagreement, "zero_expected_disagreement"},
    {undefined_reason::constant_vector, "constant_vector"},
    {undefined_reason::no_opposite_or_identical, "no_opposite_or_identical"},
    {undefined_reason::no_split_votes, "no_split_votes"},
}}};

/// Short English name of a reason ("no_common_dimensions", ...).
inline std::string_view to_string(undefined_reason v) noexcept { return undefined_reason_table.name(v); }
/// The `undefined_reason` value named `s` (a name of `undefined_reason_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline undefined_reason parse_undefined_reason(std::string_view s) { return undefined_reason_table.parse(s); }

/// A similarity value that may be undefined.
struct similarity_value {
    double value = 0.0;                             ///< the value, or NaN when `defined` is false
    bool defined = true;                            ///< false: `value` is NaN, see `reason`
    undefined_reason reason = undefined_reason::none;  ///< why undefined (or which convention applied)
    std::int64_t n = 0;                             ///< number of dimensions used (after pairwise deletion)
};

// ----------------------------------------------------------------------------- S

/// Options for the Signorino–Ritter S score.
struct s_score_options {
    /// Weight w_k of each dimension (size N), or empty for w_k = 1. Must be >= 0.
    /// In Signorino & Ritter's alliance application w_k is the capability share
    /// of the third state k; weights need not sum to 1.
    Eigen::VectorXd weights;
    /// Maximum distance m_k of each dimension: size N (per dimension, e.g. 3 for
    /// alliance codes 0..3 and 2 for votes 1..3 in mixed data), size 1 (one value
    /// for all), or empty: the observed range max − min of the data (of x and y
    /// for `s_score`, of the whole matrix for `s_score_matrix`), as R fpsim does.
    Eigen::VectorXd max_distance;
    /// false: absolute distances |x_k − y_k| (SR 1999). true: squared distances
    /// (x_k − y_k)^2 / m_k^2 (Häge 2011's squared S).
    bool squared = false;
};

/// Signorino–Ritter S between two portfolios.
///
/// \f[ S = 1 - 2\,\frac{\sum_k w_k\, d_k}{\sum_k w_k}, \qquad
///     d_k = |x_k - y_k| / m_k \ \text{(absolute)},\quad d_k = (x_k - y_k)^2 / m_k^2 \ \text{(squared)} \f]
/// over the dimensions where both x_k and y_k are present. Range [−1, 1] when
/// |x_k − y_k| <= m_k; 1 = identical portfolios.
/// Unweighted absolute with one scale Δ: S = 1 − 2 Σ|x_k − y_k| / (N Δ).
/// Mixed data (alliances 0..3 and votes 1..3) use per-dimension m_k; this is
/// Signorino's GAUSS `S(X,Y,W,M)` and r-strat's `SScore` (p = 1).
/// @param x, y positions (same size N; NaN = missing).
/// @param opt weights, maximum distances, absolute/squared.
/// @return S with the number of common dimensions; undefined (NaN) if there is
///         no common dimension, the common weights sum to 0 or a used m_k is 0.
/// @throws invalid_input on size mismatch, negative or non-finite weights,
///         negative maximum distances.
/// Complexity: O(N).
/// Reference: Signorino & Ritter (1999), ISQ 43:115–144; Häge (2011), Political Analysis 19(3):287–305.
similarity_value s_score(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y,
                         const s_score_options& opt = {});

/// S for all pairs of rows of `positions` (actors × dimensions).
///
/// The squared variant uses the Gram-matrix identity
/// Σ_k w_k (z_ik − z_jk)^2 = a_i + a_j − 2 (Z W Zᵀ)_ij with z = x/m (and masked
/// Gram products when values are missing); the absolute variant uses blocked
/// loops over pairs of rows. Values agree with `s_score` row pair by row pair
/// (with the *same* maximum distances: the default range is that of the whole
/// matrix here).
/// @param positions actors × dimensions, NaN = missing.
/// @param opt as for `s_score`.
/// @return symmetric matrix of S (diagonal 1 where defined), NaN where undefined.
/// @throws invalid_input as `s_score`.
/// Complexity: O(n^2 N) (absolute), O(n^2 N) via matrix products (squared).
Eigen::MatrixXd s_score_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions, const s_score_options& opt = {});

// ------------------------------------------------------------- kappa, pi, tau-b

/// Options for the chance-corrected agreement measures.
struct chance_agreement_options {
    /// The admissible category values. Empty: any finite value. Non-empty:
    /// every present value must be one of these (else invalid_input). For the
    /// nominal Scott's pi the levels are the categories; for the distance-based
    /// kappa/pi unobserved levels do not change the value (the scale cancels).
    Eigen::VectorXd levels;
    /// Exponent e of the disagreement weights |a − b|^e: 2 = quadratic (Häge 2011,
    /// and R fpsim `cohenk(w_exp = 2)`), 1 = linear.
    double weight_exponent = 2.0;
    /// Häge's convention for UN data: when the expected disagreement is 0 set the
    /// value to 0 (`defined` stays true, `reason` says why) instead of NaN.
    bool zero_denominator_as_zero = false;
};

/// Häge's chance-corrected Cohen's kappa (quadratic by default).
///
/// \f[ \kappa = 1 - \frac{\sum_k |x_k - y_k|^e}{\frac{1}{N}\sum_a\sum_b |x_a - y_b|^e} \f]
/// i.e. 1 − observed / expected disagreement with X and Y drawn independently
/// from each actor's own marginal distribution. For e = 2 the denominator is
/// Σx² + Σy² − (2/N) Σx Σy (Häge's Stata formula).
/// @param x, y positions (NaN = missing, pairwise deletion).
/// @param opt levels, exponent, zero-denominator convention.
/// @return kappa; undefined with `zero_expected_disagreement` if the expected
///         disagreement is 0, `no_common_dimensions` if N = 0.
/// @throws invalid_input on size mismatch, a value outside `levels`, e <= 0.
/// Complexity: O(N log N) (O(N) for e = 2).
/// Reference: Häge (2011), Political Analysis 19(3):287–305; Cohen (1968) weighted kappa.
similarity_value cohen_kappa(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y,
                             const chance_agreement_options& opt = {});

/// Häge's chance-corrected Scott's pi (quadratic by default).
///
/// \f[ \pi = 1 - \frac{\sum_k |x_k - y_k|^e}{N\, E|Z - Z'|^e} \f]
/// where Z, Z' are drawn
/// independently from the *pooled* marginal of x and y (both actors assumed to
/// share one propensity). For e = 2 the denominator is
/// Σx² + Σy² − (Σx + Σy)² / (2N).
/// @param x, y, opt as `cohen_kappa`.
/// @return pi (undefined as for kappa).
/// @throws as `cohen_kappa`.
/// Complexity: O(N log N) (O(N) for e = 2).
/// Reference: Häge (2011); Scott (1955), Public Opinion Quarterly 19(3):321–325.
similarity_value scott_pi(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y,
                          const chance_agreement_options& opt = {});

/// Nominal (unweighted) Scott's pi: π = (p_o − p_e) / (1 − p_e), p_o = share of
/// dimensions with x_k = y_k, p_e = Σ_c p_c² with p_c the pooled share of
/// category c in x and y. This is R fpsim's `spi()`; it differs from Häge's
/// quadratic pi (−0.044776 vs −0.086957 on Germany–Russia 1914).
/// `opt.levels` restricts the admissible values; `weight_exponent` is ignored.
/// @return pi; undefined (`zero_expected_disagreement`) if p_e = 1.
/// @throws invalid_input on size mismatch or a value outside `levels`.
/// Complexity: O(N log N).
/// Reference: Scott (1955).
similarity_value scott_pi_nominal(const Eigen::Ref<const Eigen::VectorXd>& x,
                                  const Eigen::Ref<const Eigen::VectorXd>& y,
                                  const chance_agreement_options& opt = {});

/// Kendall's tau-b between two portfolios (Bueno de Mesquita 1975).
///
/// \f[ \tau_b = \frac{C - D}{\sqrt{(C + D + T_x)(C + D + T_y)}} \f]
/// over pairs of dimensions: C concordant, D discordant, T_x tied only on x,
/// T_y tied only on y (pairs tied on both ignored). Equals R `cor(method = "kendall")`.
/// @param x, y positions (NaN = missing, pairwise deletion).
/// @return tau-b; undefined (`constant_vector`) when x or y is constant on the
///         common dimensions (SR 1999 Table 5 case d), `no_common_dimensions` if N = 0.
/// @throws invalid_input on size mismatch.
/// Complexity: O(N log N + D_x D_y) with D_x, D_y the numbers of distinct values.
/// Reference: Bueno de Mesquita (1975), JCR 19(2):187–216; Kendall (1945).
similarity_value tau_b(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y);

/// Cohen's kappa for all pairs of rows (NaN where undefined; Häge's zero
/// convention if requested). Quadratic weights use four matrix products
/// (X Mᵀ, X² Mᵀ, X Xᵀ, M Mᵀ with M the presence mask); other exponents loop.
/// Complexity: O(n^2 N).
Eigen::MatrixXd cohen_kappa_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions,
                                   const chance_agreement_options& opt = {});
/// Häge's Scott's pi for all pairs of rows (see `cohen_kappa_matrix`).
Eigen::MatrixXd scott_pi_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions,
                                const chance_agreement_options& opt = {});
/// Cohen's kappa and Scott's pi of all pairs from one set of products.
struct kappa_pi_matrices {
    Eigen::MatrixXd kappa;  ///< as `cohen_kappa_matrix`
    Eigen::MatrixXd pi;     ///< as `scott_pi_matrix`
};
/// Both `cohen_kappa_matrix` and `scott_pi_matrix` at once: the four matrix
/// products they share are computed once (identical numbers to the two calls).
/// @throws invalid_input as `cohen_kappa_matrix`.
/// Complexity: O(n^2 N).
kappa_pi_matrices kappa_pi_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions,
                                  const chance_agreement_options& opt = {});
/// Nominal Scott's pi for all pairs of rows. Complexity: O(n^2 (N + L)) for L categories.
Eigen::MatrixXd scott_pi_nominal_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions,
                                        const chance_agreement_options& opt = {});
/// Kendall's tau-b for all pairs of rows (rows are rank-coded once).
/// Complexity: O(n^2 (N + D^2)) for D distinct values per row.
Eigen::MatrixXd tau_b_matrix(const Eigen::Ref<const Eigen::MatrixXd>& positions);

// ------------------------------------------------------------------- UN votes

/// Canonical UN vote codes used by every UN function (1 = yes, 2 = abstain, 3 = no).
/// Absent and not-a-member are NaN in vote matrices.
enum class un_vote : std::uint8_t { yes = 1, abstain = 2, no = 3 };

/// The names of `un_vote` values (`to_string`, `parse_un_vote`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<un_vote, 3> un_vote_table = {"UN vote", {{
    {un_vote::yes, "yes"},
    {un_vote::abstain, "abstain"},
    {un_vote::no, "no"},
}}};
/// The name of `v` in `un_vote_table`. Complexity: O(1).
inline std::string_view to_string(un_vote v) noexcept { return un_vote_table.name(v); }
/// The `un_vote` value named `s` (a name of `un_vote_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline un_vote parse_un_vote(std::string_view s) { return un_vote_table.parse(s); }


/// All UN General Assembly agreement indices of one pair of voting records.
struct un_agreement_result {
    /// Identical-vote share: #(x = y) / t.
    similarity_value identical;
    /// Lijphart (1963) index of agreement = Voeten's `agree`:
    /// IA = (f + g/2) / t, f = identical votes, g = one abstains and the other votes yes or no.
    similarity_value lijphart;
    /// US State Department voting coincidence, votes only:
    /// identical / (identical + opposite) over votes where both voted yes or no.
    similarity_value state_department;
    std::int64_t n_common = 0;     ///< t: roll calls where both voted (yes, abstain or no)
    std::int64_t n_identical = 0;  ///< f: same vote (yes–yes, abstain–abstain, no–no)
    std::int64_t n_half = 0;       ///< g: one abstains, the other votes yes or no
    std::int64_t n_opposite = 0;   ///< one yes, the other no
    std::int64_t n_yes_no_identical = 0;  ///< yes–yes or no–no
};

/// UN agreement indices between two voting records in the canonical coding.
/// Missing votes are deleted pairwise. S with Δ = 2 on the same data equals 2·IA − 1.
/// @param x, y votes (1 yes, 2 abstain, 3 no, NaN missing).
/// @return the three indices (undefined when their denominator is 0) and the counts.
/// @throws invalid_input on size mismatch or a value not in {1, 2, 3, NaN}.
/// Complexity: O(R) for R roll calls.
/// Reference: Lijphart (1963), APSR 57(4):902–917; Voeten, UN voting data codebook;
/// US Department of State, "Voting Practices in the United Nations".
un_agreement_result un_agreement(const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y);

/// Which UN agreement index `un_agreement_matrix` computes.
enum class un_agreement_index : std::uint8_t {
    identical,         ///< identical-vote share
    lijphart,          ///< Lijphart/Voeten half-credit index
    state_department,  ///< State Department votes-only coincidence
    n_common,          ///< number of roll calls both voted in (as double)
};

/// The names of `un_agreement_index` values (`to_string`, `parse_un_agreement_index`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<un_agreement_index, 4> un_agreement_index_table = {"UN agreement index", {{
    {un_agreement_index::identical, "identical"},
    {un_agreement_index::lijphart, "lijphart"},
    {un_agreement_index::state_department, "state_department"},
    {un_agreement_index::n_common, "n_common"},
}}};
/// The name of `v` in `un_agreement_index_table`. Complexity: O(1).
inline std::string_view to_string(un_agreement_index v) noexcept { return un_agreement_index_table.name(v); }
/// The `un_agreement_index` value named `s` (a name of `un_agreement_index_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline un_agreement_index parse_un_agreement_index(std::string_view s) { return un_agreement_index_table.parse(s); }


/// One UN agreement index for all pairs of countries (rows of `votes`, countries × roll calls),
/// computed from the indicator matrices Y, A, N (yes/abstain/no) with matrix products.
/// @return symmetric matrix; NaN where the index is undefined.
/// @throws invalid_input on a value not in {1, 2, 3, NaN}.
/// Complexity: O(n^2 R).
Eigen::MatrixXd un_agreement_matrix(const Eigen::Ref<const Eigen::MatrixXd>& votes,
                                    un_agreement_index index = un_agreement_index::lijphart);

/// Split-vote analysis of one state against two powers A and B.
struct split_vote_result {
    std::int64_t n_split = 0;       ///< roll calls where A and B voted opposite (one yes, one no)
    std::int64_t with_a = 0;        ///< ... and the state voted like A
    std::int64_t with_b = 0;        ///< ... and the state voted like B
    std::int64_t abstain = 0;       ///< ... and the state abstained
    std::int64_t missing = 0;       ///< ... and the state did not vote (absent or not a member)
    similarity_value share_a;       ///< with_a / n_split (undefined if n_split = 0)
    similarity_value share_b;       ///< with_b / n_split
    similarity_value share_abstain; ///< abstain / n_split
    similarity_value share_missing; ///< missing / n_split
    /// Tilt among the votes cast on split roll calls:
    /// (with_a − with_b) / (with_a + with_b + abstain), in [−1, 1]; undefined if none cast.
    similarity_value tilt;
};

/// Split-vote analysis: on the roll calls where A and B voted opposite
/// (yes vs no), how often `state` sided with A, with B, abstained, or did not vote.
/// @param state, a, b votes in the canonical coding (same length).
/// @throws invalid_input on size mismatch or a value not in {1, 2, 3, NaN}.
/// Complexity: O(R).
split_vote_result split_votes(const Eigen::Ref<const Eigen::VectorXd>& state, const Eigen::Ref<const Eigen::VectorXd>& a,
                              const Eigen::Ref<const Eigen::VectorXd>& b);

}  // namespace kzsec
