#pragma once
/// @file power.hpp
/// @brief Capabilities and polarity: COW CINC from the six NMC components,
/// capability shares, Herfindahl–Hirschman concentration, effective number of
/// poles, Singer–Bremer–Stuckey CON, leader/challenger ratio, pole counts, and
/// Walt's balance of threat as an explicit composite.
///
/// Conventions: a missing component or capability is `NaN`; negative values are
/// an error. See docs/power.md for the formulas and which setting reproduces
/// which published number.
#include <Eigen/Core>
#include <array>
#include <cstdint>
#include <string>
#include "kzsec/detail/enum_table.hpp"

namespace kzsec {

/// The six COW National Material Capabilities components, in this column order.
enum class nmc_component : std::uint8_t { milex = 0, milper = 1, irst = 2, pec = 3, tpop = 4, upop = 5 };
/// Column names of the NMC components in NMC order: milex, milper, irst, pec, tpop, upop.
inline constexpr std::array<const char*, 6> nmc_component_names = {"milex", "milper", "irst", "pec", "tpop", "upop"};

/// Result of `cinc`.
struct cinc_result {
    Eigen::VectorXd cinc;        ///< CINC per row (NaN if no component is present)
    Eigen::MatrixXd shares;      ///< share of the system total per row and component (NaN where missing)
    Eigen::VectorXi n_components;  ///< number of components present per row (0..6)
};

/// COW Composite Index of National Capability.
///
/// share_c(i) = X_c(i) / T_c, with T_c the system total of component c (the sum
/// over the states with a non-missing X_c); CINC(i) = mean of share_c(i) over
/// the components c present for i (the COW missing-component rule; dividing by
/// 6 regardless is wrong for rows with missing components).
/// @param components rows × 6 matrix in NMC order (milex, milper, irst, pec,
///        tpop, upop); NaN = missing. Readers map the NMC code -9 to NaN.
/// @param system_totals the 6 system totals T_c of the same year(s): either
///        a 1 × 6 row used for every row, or rows × 6 (one row of totals per
///        component row, e.g. the totals of each row's year).
/// @return CINC, shares, number of components used.
/// @throws invalid_input if the matrix does not have 6 columns, a component
///         is negative, a used total is not positive, or totals have the wrong shape.
/// Complexity: O(rows).
/// Reference: Singer, Bremer & Stuckey (1972); Singer (1987), International Interactions 14:115–132.
cinc_result cinc(const Eigen::Ref<const Eigen::MatrixXd>& components,
                 const Eigen::Ref<const Eigen::MatrixXd>& system_totals);

/// CINC of a complete system (one year): the totals are the column sums over
/// the rows given, missing values excluded.
/// @throws invalid_input as `cinc`.
cinc_result cinc(const Eigen::Ref<const Eigen::MatrixXd>& components);

/// Shares s_i = v_i / Σ_j v_j (NaN entries stay NaN and are excluded from the sum).
/// @throws invalid_input if a value is negative or the sum is not positive.
/// Complexity: O(n).
Eigen::VectorXd shares(const Eigen::Ref<const Eigen::VectorXd>& values);

/// Herfindahl–Hirschman index HHI = Σ_i s_i² of the shares s = shares(values)
/// (values are renormalised first, so CINC of a subset can be passed directly).
/// Range [1/n, 1]. Multiply by 10,000 for the antitrust scale.
/// @throws invalid_input as `shares`.
/// Complexity: O(n).
/// Reference: Herfindahl (1950); Hirschman (1945).
double hhi(const Eigen::Ref<const Eigen::VectorXd>& values);

/// Effective number of poles N_eff = 1 / HHI (Laakso & Taagepera 1979 analogue).
/// @throws invalid_input as `shares`.
double effective_number_of_poles(const Eigen::Ref<const Eigen::VectorXd>& values);

/// Singer–Bremer–Stuckey concentration over a set of N powers:
/// CON = sqrt((Σ_i s_i² − 1/N) / (1 − 1/N)), with s_i the shares renormalised
/// over the set. 0 = equal shares, 1 = one power holds everything.
/// @param values capabilities (e.g. CINC) of the chosen set (NaN entries skipped).
/// @return CON, or NaN if fewer than 2 powers are present.
/// @throws invalid_input as `shares`.
/// Complexity: O(n).
/// Reference: Singer, Bremer & Stuckey (1972), "Capability Distribution,
/// Uncertainty, and Major Power War, 1820–1965", in Russett (ed.), Peace, War, and Numbers.
double con(const Eigen::Ref<const Eigen::VectorXd>& values);

/// Result of `leader_challenger`.
struct leader_challenger_result {
    Eigen::Index leader = -1;      ///< index of the largest value
    Eigen::Index challenger = -1;  ///< index of the second largest (ties: lower index first)
    double leader_share = 0;       ///< leader's share of the set
    double ratio = 0;              ///< leader / challenger (>= 1; +inf if the challenger has 0)
    double parity = 0;             ///< challenger / leader in [0, 1] (power-transition parity)
};

/// Leader and challenger of a set of capabilities and their ratio.
/// @throws invalid_input with fewer than 2 present values or as `shares`.
/// Complexity: O(n).
/// Reference: Organski & Kugler (1980), The War Ledger (parity, commonly "challenger >= 80% of leader").
leader_challenger_result leader_challenger(const Eigen::Ref<const Eigen::VectorXd>& values);

/// Number of poles by a share threshold: #{i : s_i >= threshold} with s the
/// shares renormalised over the set. The threshold is a user parameter (no
/// canonical value exists).
/// @throws invalid_input if threshold is not in (0, 1], or as `shares`.
int count_poles(const Eigen::Ref<const Eigen::VectorXd>& values, double threshold);

// --------------------------------------------------------------- balance of threat

/// Functional form of the balance-of-threat composite.
enum class threat_form : std::uint8_t {
    /// T = Σ_c w_c z_c / Σ_c w_c (weighted arithmetic mean: components substitute).
    additive,
    /// T = Π_c z_c^(w_c / Σ w) (weighted geometric mean: a zero in any weighted
    /// component, e.g. no aggressive intentions, gives zero threat).
    multiplicative,
};

/// The names of `threat_form` values (`to_string`, `parse_threat_form`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<threat_form, 2> threat_form_table = {"threat form", {{
    {threat_form::additive, "additive"},
    {threat_form::multiplicative, "multiplicative"},
}}};
/// The name of `v` in `threat_form_table`. Complexity: O(1).
inline std::string_view to_string(threat_form v) noexcept { return threat_form_table.name(v); }
/// The `threat_form` value named `s` (a name of `threat_form_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline threat_form parse_threat_form(std::string_view s) { return threat_form_table.parse(s); }


/// Explicit weights of Walt's four sources of threat. There are no defaults:
/// all are 0 until the user sets them, and an all-zero set is an error.
struct threat_weights {
    double aggregate_power = 0;       ///< weight of aggregate power
    double proximity = 0;             ///< weight of geographic proximity
    double offensive_capability = 0;  ///< weight of offensive capability
    double aggressive_intentions = 0; ///< weight of perceived aggressive intentions
};

/// The four components for n potential threateners, each already scaled to
/// [0, 1] by the user (e.g. CINC share, 1 − distance / max distance or
/// contiguity, a military-capability proxy, a hostility score).
struct threat_components {
    Eigen::VectorXd aggregate_power;
    Eigen::VectorXd proximity;
    Eigen::VectorXd offensive_capability;
    Eigen::VectorXd aggressive_intentions;
};

/// Result of `balance_of_threat`.
struct threat_result {
    Eigen::VectorXd threat;         ///< composite threat per actor, in [0, 1]
    /// n × 4 contributions: additive: w_c z_c / Σw (rows sum to `threat`);
    /// multiplicative: (w_c/Σw) ln z_c (rows sum to ln `threat`, −inf for a zero).
    Eigen::MatrixXd contributions;
    Eigen::Index most_threatening = -1;  ///< argmax of `threat` (lowest index on ties)
};

/// Walt's balance of threat as a composite of aggregate power, proximity,
/// offensive capability and perceived intentions with explicit weights and a
/// chosen functional form (no hidden constants).
/// @param components the four component vectors (same length n, values in [0, 1]).
/// @param weights non-negative weights, at least one positive.
/// @param form additive or multiplicative.
/// @throws invalid_input on length mismatch, a value outside [0, 1] or NaN,
///         negative weights, all-zero weights.
/// Complexity: O(n).
/// Reference: Walt (1985), International Security 9(4):3–43; Walt (1987), The Origins of Alliances.
threat_result balance_of_threat(const threat_components& components, const threat_weights& weights,
                                threat_form form);

}  // namespace kzsec
