#pragma once
/// @file hedging.hpp
/// @brief Hedging indicators and strategy classification for a focal state
/// between rival powers: affinity, tilt, equidistance, issue splitting
/// (spread), split-vote abstention, tilt bands, the stance toward each power
/// on Kuik's hedging spectrum, an overall
/// strategy (balancing, bandwagoning, hedging, neutrality, collective
/// security) with its reasons, neoclassical-realist perception profiles, and
/// cross-pressure.
///
/// Conventions (see docs/hedging.md for the full definitions and citations):
/// - affinities a_{d,i} are on [-1, 1], one per domain d and rival i;
/// - `rivals[0]` is the *reference power*: tilts and tilt bands are read
///   "toward rivals[0]" (positive = closer to rivals[0]); stances are per rival;
/// - per-domain values are always reported; the aggregate is a weighted mean.
///
/// References: Kuik (2008) Contemporary Southeast Asia 30(2):159-185; Kuik
/// (2016) J. Contemporary China 25(100); Kuik (2021) China Int. Strategy Rev.
/// doi:10.1007/s42533-021-00089-5; Lijphart (1963) APSR 57(4); Yuneman (2023)
/// Russia in Global Affairs 21(2):141-162; Khong & Liow, NUS Anatomy of Choice
/// Alignment Index (equidistance band); Chukubayev et al. (the Kazakhstan
/// article in the seed folder) for the strategy mix.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kzsec/model.hpp"
#include "kzsec/network.hpp"
#include "kzsec/detail/enum_table.hpp"

namespace kzsec::hedging {

// ------------------------------------------------------------------ reasons

/// One reason behind a classification: a stable machine code, a sentence,
/// and the numbers that drove it (keys sorted, so output is deterministic).
struct reason {
    std::string code;                      ///< e.g. "aggregate_position", "issue_split"
    std::string text;                      ///< human-readable sentence
    std::map<std::string, double> values;  ///< the numbers used (affinities, thresholds, ...)
    friend bool operator==(const reason&, const reason&) = default;
};

// --------------------------------------------------------------- affinities

/// Where an affinity a_d(focal, power) comes from.
enum class affinity_source : std::uint8_t {
    relation,      ///< the relation value of the network (default)
    membership,    ///< membership-weighted: shared organisations (noisy-or, see `affinity_spec`)
    metric,        ///< a pair metric of the network, e.g. "trade_share", "arms_import_share"
    un_agreement,  ///< UN agreement (Lijphart IA) over the items both voted on ("unga_vote" metrics)
};

/// The names of `affinity_source` values (`to_string`, `parse_affinity_source`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<affinity_source, 4> affinity_source_table = {"affinity source", {{
    {affinity_source::relation, "relation"},
    {affinity_source::membership, "membership"},
    {affinity_source::metric, "metric"},
    {affinity_source::un_agreement, "un_agreement"},
}}};
/// The name of `v` in `affinity_source_table`. Complexity: O(1).
inline std::string_view to_string(affinity_source v) noexcept { return affinity_source_table.name(v); }
/// The `affinity_source` value named `s` (a name of `affinity_source_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline affinity_source parse_affinity_source(std::string_view s) { return affinity_source_table.parse(s); }


/// Which relations count for `affinity_source::relation`.
enum class relation_mode : std::uint8_t {
    any,         ///< an undirected relation, else a directed focal -> power one (as `network::value`)
    undirected,  ///< undirected relations only
    directed,    ///< directed focal -> power relations only
};

/// The names of `relation_mode` values (the suffix of "relation:<mode>" in an affinity spec).
inline constexpr kzsec::detail::enum_table<relation_mode, 3> relation_mode_table = {"relation mode", {{
    {relation_mode::any, "any"},
    {relation_mode::undirected, "undirected"},
    {relation_mode::directed, "directed"},
}}};
/// The name of `v` in `relation_mode_table`. Complexity: O(1).
inline std::string_view to_string(relation_mode v) noexcept { return relation_mode_table.name(v); }
/// The `relation_mode` value named `s` (a name of `relation_mode_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline relation_mode parse_relation_mode(std::string_view s) { return relation_mode_table.parse(s); }

/// How one domain's affinity is measured.
///
/// - `relation`: a = v_d(focal, power, year) (see `relation_mode`).
/// - `membership`: for every organisation O (restricted to `organisations` if
///   not empty) of which the focal is a member in the year with status s, the
///   power's link to O is c = `leader_weight` if O's actor attribute "leader"
///   names the power (';'-separated list allowed), else `co_member_weight` if
///   the power is itself a member (status "member") of O in the year, else 0.
///   With w_s the status weight, a = 1 - prod_O (1 - w_s * c) (noisy-or, in [0, 1]).
/// - `metric`: a = clamp(scale * mean of the values of the metrics named
///   `metric` with a = focal, b = power in the year, -1, 1).
/// - `un_agreement`: over items (metric `item`) on which both the focal and
///   the power have a vote (metric `metric`, default "unga_vote", coded +1 yes,
///   0 abstain, -1 no) in years [year - window, year], Lijphart's index
///   IA = mean(1 - |v_f - v_p| / 2); a = 2 IA - 1 if `signed_agreement`, else IA.
struct affinity_spec {
    affinity_source source = affinity_source::relation;  ///< the source
    relation_mode mode = relation_mode::any;             ///< for `relation`
    std::string metric;                                  ///< metric name (`metric`; `un_agreement`: empty = "unga_vote")
    double scale = 1.0;                                  ///< for `metric`: multiplier before clamping to [-1, 1]
    int window = 0;                                      ///< for `un_agreement`: years before `year` included
    bool signed_agreement = true;                        ///< for `un_agreement`: 2 IA - 1 (true) or IA (false)
    std::vector<std::string> organisations;              ///< for `membership`: only these organisations (empty = all)
    friend bool operator==(const affinity_spec&, const affinity_spec&) = default;
};

/// Parses a source name: "relation", "relation:undirected", "relation:directed",
/// "membership", "un_agreement", "metric:<name>", and the aliases
/// "trade_share", "arms_import_share" (= "metric:<alias>").
/// @param text the name
/// @return the spec with default scale, window and organisations.
/// @throws invalid_input on an unknown name.
/// Complexity: O(|text|).
affinity_spec parse_affinity_spec(std::string_view text);
/// The canonical name of a spec (inverse of `parse_affinity_spec` for the source and mode / metric).
/// @param spec the spec @return "relation", "relation:directed", "metric:trade_share", ... Complexity: O(1).
std::string to_string(const affinity_spec& spec);

// ------------------------------------------------------ Kuik's spectrum (per power)

/// Kuik's (2008, 2016) spectrum of a small state's stance toward *one* power, from power rejection
/// (-3) to power acceptance (+3); the middle five are hedging (Kuik 2016: the risk-contingency
/// options -2..-1 and the returns-maximising options 0..+2). Assigned per rival by `classify_stance`.
enum class kuik_position : std::int8_t {
    balancing = -3,
    indirect_balancing = -2,
    dominance_denial = -1,
    economic_pragmatism = 0,
    binding_engagement = 1,
    limited_bandwagoning = 2,
    bandwagoning = 3,
};

/// The names of `kuik_position` values (`to_string`, `parse_kuik_position`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<kuik_position, 7> kuik_position_table = {"Kuik position", {{
    {kuik_position::balancing, "balancing"},
    {kuik_position::indirect_balancing, "indirect_balancing"},
    {kuik_position::dominance_denial, "dominance_denial"},
    {kuik_position::economic_pragmatism, "economic_pragmatism"},
    {kuik_position::binding_engagement, "binding_engagement"},
    {kuik_position::limited_bandwagoning, "limited_bandwagoning"},
    {kuik_position::bandwagoning, "bandwagoning"},
}}};

/// The name of a Kuik position: "balancing", "indirect_balancing", ..., "bandwagoning".
/// @param p the position @return its snake_case name. Complexity: O(1).
inline std::string_view to_string(kuik_position v) noexcept { return kuik_position_table.name(v); }
/// The `kuik_position` value named `s` (a name of `kuik_position_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline kuik_position parse_kuik_position(std::string_view s) { return kuik_position_table.parse(s); }

/// Thresholds of the per-power stance (`classify_stance`). They are read on the [-1, 1] coding
/// scale of the relations (the world coding and the Kazakhstan judgement scale, docs/hedging.md,
/// "The coding scale the thresholds refer to"); data on another scale must be mapped to [-1, 1]
/// first, or every threshold multiplied by the scale's half-range. Each sits between coded levels.
struct stance_thresholds {
    /// Balancing: the security tie s <= -hostility (a display of force or a rivalry, -0.5, not a threat, -0.3).
    double hostility = 0.4;
    /// Indirect balancing: s <= -friction; dominance denial: the other ties o <= -friction (beyond the near-zero band).
    double friction = 0.15;
    /// Bandwagoning needs s >= alliance (a defence pact 0.9 or treaty alliance 0.7-0.8; not a consultation pact 0.5).
    double alliance = 0.675;
    /// Bandwagoning needs o >= partnership: a strategic partnership (0.5-0.65) or closer, not a regular one (0.3-0.45).
    double partnership = 0.5;
    /// Binding engagement: s >= engagement or o >= engagement (a regular partnership, 0.3-0.45, more than cordial, 0.1-0.25).
    double engagement = 0.275;
    friend bool operator==(const stance_thresholds&, const stance_thresholds&) = default;
};

/// The focal state's stance toward one power: its Kuik position and the inputs that produced it (witness).
struct power_stance {
    std::string power;                       ///< the power (a rival); "" from `classify_stance`
    bool observed = false;                   ///< false if neither the security tie nor any other tie is observed
    kuik_position position = kuik_position::economic_pragmatism;  ///< the stance (economic_pragmatism if not observed)
    /// The rule that fired: "hostile_security", "security_friction", "political_friction",
    /// "alliance_and_partnership", "alliance_or_partnership", "engagement", "middle" or "no_data".
    std::string rule;
    double security = std::numeric_limits<double>::quiet_NaN();  ///< s: affinity in the security domain (NaN if none)
    double other = std::numeric_limits<double>::quiet_NaN();     ///< o: weighted mean of the other domains (NaN if none)
    std::vector<std::string> other_domains;  ///< the domains behind `other` (observed, weight > 0)
};

/// Kuik position of the focal's stance toward one power from its security tie s and the weighted
/// mean o of its other ties with that power (NaN = not observed; a rule on a NaN input does not fire).
/// The first rule that holds (docs/hedging.md, "Kuik's spectrum: the stance toward each power"):
/// s <= -hostility: balancing; s <= -friction: indirect balancing; o <= -friction: dominance denial;
/// s >= alliance and o >= partnership: bandwagoning; s >= alliance or o >= partnership: limited
/// bandwagoning; s >= engagement or o >= engagement: binding engagement; otherwise economic
/// pragmatism (the middle: ties neither hostile nor closer than cordial, or mixed). Comparisons allow 1e-9.
/// @param security s @param other o @param th thresholds (on the [-1, 1] coding scale)
/// @return the stance with `position`, `rule`, `security`, `other` and `observed` set (`power` empty).
/// @throws invalid_input unless 0 <= friction <= hostility, 0 <= engagement <= partnership and
///         0 <= alliance, all finite.
/// Complexity: O(1). Reference: Kuik (2008) Contemporary Southeast Asia 30(2):159-185; Kuik (2016)
/// J. Contemporary China 25(100):500-514; the thresholds are this library's (docs/hedging.md).
power_stance classify_stance(double security, double other, const stance_thresholds& th = {});

// ------------------------------------------------------------- tilt bands

/// Seven ordered bands of the tilt t = a_ref - a_alt between the reference power rivals[0] and the
/// strongest other rival: a description of the *gap* between two powers, not a stance toward either
/// (that is `power_stance`). Before issue #12 these bins carried Kuik's names (`kuik_position`).
enum class tilt_band : std::int8_t {
    strong_other = -3,      ///< t < -clear (and, by default, no positive tie to rivals[0])
    clear_other = -2,       ///< -clear <= t < -slight
    slight_other = -1,      ///< -slight <= t < -even
    even = 0,               ///< |t| <= even
    slight_reference = 1,   ///< even < t <= slight
    clear_reference = 2,    ///< slight < t <= clear
    strong_reference = 3,   ///< t > clear (and, by default, no positive tie to the other power)
};

/// The names of `tilt_band` values (`to_string`, `parse_tilt_band`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<tilt_band, 7> tilt_band_table = {"tilt band", {{
    {tilt_band::strong_other, "strong_other"},
    {tilt_band::clear_other, "clear_other"},
    {tilt_band::slight_other, "slight_other"},
    {tilt_band::even, "even"},
    {tilt_band::slight_reference, "slight_reference"},
    {tilt_band::clear_reference, "clear_reference"},
    {tilt_band::strong_reference, "strong_reference"},
}}};

/// The name of a tilt band: "strong_other", ..., "even", ..., "strong_reference".
/// @param b the band @return its snake_case name. Complexity: O(1).
inline std::string_view to_string(tilt_band v) noexcept { return tilt_band_table.name(v); }
/// The `tilt_band` value named `s` (a name of `tilt_band_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline tilt_band parse_tilt_band(std::string_view s) { return tilt_band_table.parse(s); }

/// Thresholds of the tilt bands on |t| (t on [-2, 2] for affinities on [-1, 1]; on [-1, 1] with
/// `tilt_band_on_normalised`). |t| <= even: even; <= slight: slight; <= clear: clear; beyond: strong.
/// If `strong_requires_non_positive`, the strong bands also need a_alt <= 0 (toward the reference) or
/// a_ref <= 0 (toward the other), otherwise the band stays at +/-2. Defaults: one, 3.5 and 6 steps
/// of the 0.1 judgement scale of the case file (docs/hedging.md, "Tilt bands").
struct tilt_band_thresholds {
    double even = 0.1;    ///< half-width of the central band
    double slight = 0.35; ///< upper bound of the slight bands
    double clear = 0.6;   ///< upper bound of the clear bands
    bool strong_requires_non_positive = true;  ///< strong bands need a non-positive tie to the other side
    friend bool operator==(const tilt_band_thresholds&, const tilt_band_thresholds&) = default;
};

/// Tilt band of a tilt.
/// @param tilt   t (usually a_ref - a_alt; or its normalised form)
/// @param a_ref  affinity to the reference power (used by `strong_requires_non_positive`)
/// @param a_alt  affinity to the strongest other power (used by `strong_requires_non_positive`)
/// @param th     thresholds
/// @return the band; `even` for a NaN tilt.
/// @throws invalid_input unless 0 <= even <= slight <= clear, finite.
/// Complexity: O(1).
tilt_band classify_tilt_band(double tilt, double a_ref, double a_alt, const tilt_band_thresholds& th = {});

// --------------------------------------------------------------- strategies

/// The overall strategy of the focal state (the article's strategy mix).
/// `no_data`: no domain observed for every rival (and with a positive weight) in the year: no alignment can
/// be measured (rule 1; before issue #12 this was reported as neutrality).
enum class strategy : std::uint8_t { balancing, bandwagoning, hedging, neutrality, collective_security, no_data };

/// The names of `strategy` values (`to_string`, `parse_strategy`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<strategy, 6> strategy_table = {"strategy", {{
    {strategy::balancing, "balancing"},
    {strategy::bandwagoning, "bandwagoning"},
    {strategy::hedging, "hedging"},
    {strategy::neutrality, "neutrality"},
    {strategy::collective_security, "collective_security"},
    {strategy::no_data, "no_data"},
}}};

/// The name of a strategy: "balancing", "bandwagoning", "hedging", "neutrality", "collective_security", "no_data".
/// @param s the strategy @return its snake_case name. Complexity: O(1).
inline std::string_view to_string(strategy v) noexcept { return strategy_table.name(v); }
/// The `strategy` value named `s` (a name of `strategy_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline strategy parse_strategy(std::string_view s) { return strategy_table.parse(s); }

/// The strategy classification: the primary strategy, with whom the focal is
/// aligned and against whom it balances, every strategy present as a component
/// of the mix, the reasons (in rule order) and, if asked, the robustness of the
/// primary label to the uncertainty of the data. Rules: docs/hedging.md
/// ("Strategy classification").
struct strategy_result {
    strategy primary = strategy::hedging;      ///< the primary strategy (first rule that fires)
    std::string reference;                     ///< the reference power (rivals[0]) of the tilts and tilt bands
    /// The rival the focal is aligned with: the treaty ally (rule 3), the most
    /// friendly non-hostile rival of a balancer (rule 4) or the rival leaned to
    /// (rule 5); "" if none (hedging, neutrality, collective security).
    std::string aligned_with;
    /// The rivals the focal balances against (the rivals it is hostile to in the
    /// security domain), in rival order; empty unless the primary is balancing.
    std::vector<std::string> against;
    std::vector<strategy> components;          ///< strategies present in the mix (sorted by enum value)
    std::vector<reason> reasons;               ///< why (primary first, then components)
    /// Share of the `robustness_draws` perturbed classifications whose primary
    /// equals this primary (docs/hedging.md, "Robustness"); NaN if not computed.
    double robustness = std::numeric_limits<double>::quiet_NaN();
    int robustness_draws = 0;                  ///< draws behind `robustness` (0 = not computed)
};

// --------------------------------------------------------------- perception

/// Neoclassical realism's intervening variable: how the focal elite perceives
/// threats and weighs domains.
///
/// Perceived affinity: a' = a if a >= 0, else clamp(m_i * a, -1, 1), with m_i
/// the threat multiplier of power i (1 if not given; 0 = "not seen as a
/// threat"). Perceived domain weight: w'_d = w_d * s_d with s_d the salience
/// (1 if not given). Year-specific entries (`*_by_year`) override the general ones.
struct perception_profile {
    std::map<std::string, double> threat_multipliers;  ///< actor id -> m >= 0
    std::map<std::string, double> salience;            ///< domain id -> s >= 0
    std::map<int, std::map<std::string, double>> threat_multipliers_by_year;  ///< year -> actor -> m
    std::map<int, std::map<std::string, double>> salience_by_year;            ///< year -> domain -> s
    /// Threat multiplier m of `actor` in `year`: the year-specific entry if any, else the
    /// general one, else 1. @param actor actor id @param year year @return m. Complexity: O(entries).
    double threat_multiplier(std::string_view actor, int year) const;
    /// Salience s of `domain` in `year`: the year-specific entry if any, else the general
    /// one, else 1. @param domain domain id @param year year @return s. Complexity: O(entries).
    double domain_salience(std::string_view domain, int year) const;
    friend bool operator==(const perception_profile&, const perception_profile&) = default;
};

// ------------------------------------------------------------------ options

/// Options of `profile` and `evolution`.
struct profile_options {
    /// Domains reported (empty = `default_domains(net)`: every domain with a relation, in network order, except
    /// a sub-domain such as "economic.water" whose parent domain is present; the same default as the report).
    std::vector<std::string> domains;
    std::map<std::string, double> domain_weights;  ///< aggregate weights w_d >= 0 (missing = 1; empty = all 1)
    affinity_spec default_source;                  ///< source for domains not in `sources`
    std::map<std::string, affinity_spec> sources;  ///< per-domain source
    /// An unobserved affinity counts 0 in every domain (true), or is missing (false, the default: a missing
    /// tie is not a zero tie; a domain with an unobserved rival is left out of the aggregate and the
    /// strategy, and a year without any complete domain gets `no_data`). See also `absent_is_zero`.
    bool missing_as_zero = false;
    /// Domains in which no relation is an observed 0 (the source covers every dyad-year, as ATOP, the
    /// MIDs and the rivalries do for the world network's security domain). Empty = the network's own
    /// declaration: `metadata.extra["absent_is_zero"]` (comma-separated domain ids; the world network
    /// declares security, economic and institutional, docs/world.md). `missing_as_zero` = true overrides.
    std::vector<std::string> absent_is_zero;
    tilt_band_thresholds tilt_bands;               ///< thresholds of the tilt bands
    bool tilt_band_on_normalised = false;          ///< band the normalised tilt instead of the raw tilt
    stance_thresholds stance;                      ///< thresholds of the per-power stance (Kuik's spectrum)
    double split_threshold = 0.0;                  ///< a domain leans to a rival if its margin > this (issue splitting)
    double neutral_band = 0.15;                    ///< |a| <= this counts as "near zero" (neutrality)
    /// The focal declares neutrality. Also: the focal's attribute `neutrality` = "declared" (every
    /// year), or its attribute `neutrality_years` ("1955-2024;..." spans) covering the year.
    bool declared_neutral = false;
    /// Domain of the alliance, hostility and collective-security rules.
    std::string security_domain = "security";
    /// Alliance with rival i: a_security(i) >= this. 0.675 sits strictly between
    /// coding levels, never on one: between the world coding of a
    /// neutrality/consultation pact (0.5) and of an ATOP defence/offence pact
    /// (0.9), and in the gap between the case file's "strategic partnership"
    /// (0.5-0.65) and "treaty alliance" (0.7-0.8) bands, so that the noise of the
    /// robustness draws does not flip a coded level. A treaty ally is aligned,
    /// not a hedger (Lim & Cooper 2015, Security Studies 24(4)). Finite, >= 0.
    double alliance_threshold = 0.675;
    /// Hostility toward rival i: a_security(i) <= -this. 0.4 lies between the
    /// world coding of a mere threat (-0.3, not enough) and of a display of force
    /// or an ongoing strategic rivalry (-0.5), never on a coded level. Hostility is the evidence of threat against which
    /// a state balances (Walt 1987, The Origins of Alliances). Finite, >= 0.
    double hostility_threshold = 0.4;
    /// Lean toward rival P: A_P exceeds every other A_i by more than this and
    /// no included domain leans to another rival (no issue splitting). 0.5 lies
    /// in the clear band of the tilt (0.35, 0.6], beyond the slight band,
    /// and is the distance between an alliance-level tie (0.75) and
    /// a non-aggression-level tie (0.25) on the world coding (Kuik 2008,
    /// Contemporary Southeast Asia 30(2); Kuik 2016, J. Contemporary China 25(100)).
    /// Finite, >= 0.
    double lean_margin = 0.5;
    /// Engagement with rival i: some included domain has a_d(i) >= this. 0.1 is
    /// one step of the judgement scale, the floor of "cordial" ties; hedging
    /// needs positive ties with both sides (Kuik 2008; Lim & Cooper 2015). Finite, >= 0.
    double engagement_min = 0.1;
    /// Robustness of the strategy label: number of perturbed re-classifications
    /// (0 = off, `strategy_result::robustness` NaN). Each draw replaces every
    /// observed affinity a_{d,i} by a truncated normal on [-1, 1] with mean a and
    /// sd by the confidence of the relation behind it (`robustness_sd_*`; other
    /// sources use `robustness_sd_medium`), via `scenario::draw_value`, and
    /// re-runs the aggregate and the classification. >= 0.
    int robustness_draws = 0;
    std::uint64_t robustness_seed = 1;             ///< seed of the robustness draws (deterministic)
    double robustness_sd_high = 0.05;              ///< sd for confidence high (as `scenario::mc_options`)
    double robustness_sd_medium = 0.10;            ///< sd for confidence medium, and for non-relation sources
    double robustness_sd_low = 0.20;               ///< sd for confidence low
    std::vector<std::string> collective_security_organisations = {"CSTO", "NATO"};  ///< also attribute collective_security=true
    double collective_security_margin = 0.1;       ///< CS tie must exceed every state tie by at least this
    double collective_security_min_tie = 0.5;      ///< CS component needs a security tie >= this
    std::optional<perception_profile> perception;  ///< if set, a "perceived" view is computed too
    std::map<std::string, double> membership_status_weights = {{"member", 1.0}, {"partner", 0.5}, {"observer", 0.25}};
    double membership_leader_weight = 1.0;         ///< c for an organisation led by the power
    double membership_co_member_weight = 0.5;      ///< c for an organisation the power belongs to
    std::string vote_metric = "unga_vote";         ///< metric name of UN votes (split-vote analysis)
    int vote_window = 0;                           ///< split votes: years [year - window, year]
    std::vector<std::string> cross_pressure_actors;   ///< actors considered (empty = all)
    std::vector<std::string> cross_pressure_domains;  ///< domains considered (empty = `domains`)
};

// ------------------------------------------------------------------ results

/// One domain of a profile.
struct domain_row {
    std::string domain;              ///< domain id
    int year = 0;                    ///< year
    std::string source;              ///< affinity source (`to_string(affinity_spec)`)
    double weight = 1.0;             ///< effective aggregate weight (w_d, times salience in the perceived view)
    std::vector<double> affinity;    ///< a_{d,i} per rival (perceived in the perceived view)
    std::vector<bool> observed;      ///< whether a_{d,i} was observed
    double tilt = 0.0;               ///< t = a_ref - max_{i>0} a_i (pair: a_1 - a_2)
    double tilt_normalised = 0.0;    ///< t / (|a_ref| + |a_alt|), 0 if both 0
    double dispersion = 0.0;         ///< max_i a_i - min_i a_i
    double equidistance = 0.0;       ///< E = 1 - dispersion / 2
    double hedging = 0.0;            ///< H = E if min_i a_i > 0, else 0
    double entropy = 0.0;            ///< normalised Shannon entropy of the positive affinities (0 if < 2 positive)
    std::string leaning;             ///< rival with the highest affinity if its margin > split_threshold, else ""
    tilt_band band = tilt_band::even;  ///< tilt band of `tilt` (or `tilt_normalised`) toward rivals[0]
};

/// The aggregate over domains (weighted means of the affinities, then the same indicators).
struct aggregate_row {
    std::vector<double> affinity;   ///< A_i = sum_d w_d a_{d,i} / sum_d w_d over included domains
    double tilt = 0.0;              ///< A_ref - max_{i>0} A_i
    double tilt_normalised = 0.0;   ///< normalised tilt of the aggregate
    double dispersion = 0.0;        ///< max_i A_i - min_i A_i
    double equidistance = 0.0;      ///< 1 - dispersion / 2
    double hedging = 0.0;           ///< equidistance if min_i A_i > 0, else 0
    double entropy = 0.0;           ///< normalised entropy of the positive A_i
    double spread = 0.0;            ///< max_d t_d - min_d t_d over included domains
    bool split = false;             ///< two included domains lean to different rivals (issue splitting)
    std::vector<std::string> split_domains;  ///< witnesses: "domain:rival" for each leaning domain, if split
    std::string leaning;            ///< rival with the highest A_i (margin > split_threshold), else ""
    tilt_band band = tilt_band::even;  ///< tilt band of the aggregate tilt
    double total_weight = 0.0;      ///< sum of the weights of the included domains
};

/// Rows, aggregate and strategy of one view (structure only, or as perceived).
struct profile_view {
    std::vector<domain_row> domains;  ///< one row per reported domain
    aggregate_row aggregate;          ///< aggregate over domains
    strategy_result strategy;         ///< strategy classification
    /// The focal's stance toward each rival (rival order) on Kuik's spectrum, from the view's
    /// affinities in the reported domains with a positive weight (`classify_stance`).
    std::vector<power_stance> stances;
};

/// Split-vote analysis (Yuneman 2023): items on which powers a and b voted
/// oppositely (one yes, the other no) and with whom the focal sided.
struct split_vote_result {
    std::string a;                 ///< first power
    std::string b;                 ///< second power
    int n_split = 0;               ///< items with a and b on opposite yes/no
    int with_a = 0;                ///< focal voted like a
    int with_b = 0;                ///< focal voted like b
    int abstain = 0;               ///< focal abstained
    int absent = 0;                ///< focal has no vote on the item
    double abstention_share = 0.0;  ///< abstain / n_split (NaN if n_split = 0)
};

/// A cross-pressure triad: focal + a, focal + b, a - b, all in one domain.
struct cross_pressure_triad {
    std::string a;            ///< first actor (order of `network::actors()`)
    std::string b;            ///< second actor
    std::string domain;       ///< domain of the three ties
    double w_ab = 0.0;        ///< the negative tie a - b
    double w_fa = 0.0;        ///< focal - a (positive)
    double w_fb = 0.0;        ///< focal - b (positive)
    double contribution = 0.0;  ///< |w_ab| * min(w_fa, w_fb)
};

/// Cross-pressure on the focal (case file claim T12).
struct cross_pressure_result {
    int triads = 0;                              ///< number of triads
    double exposure = 0.0;                       ///< sum of contributions
    std::vector<cross_pressure_triad> witnesses;  ///< the triads (actor order, then domain order)
};

/// Everything about one focal, rival set and year.
struct profile_result {
    std::string focal;                      ///< focal actor
    std::vector<std::string> rivals;        ///< rivals, rivals[0] the reference power
    int year = 0;                           ///< year
    profile_view structure;                 ///< structure only (network values)
    profile_view perceived;                 ///< as perceived (equals `structure` if no perception profile)
    bool has_perception = false;            ///< whether a perception profile was applied
    std::vector<split_vote_result> split_votes;  ///< one per rival pair (i < j) if votes exist
    cross_pressure_result cross_pressure;   ///< cross-pressure in the year
};

/// One row of `evolution`: a view, a year and a domain.
struct evolution_row {
    std::string view;                ///< "structure" or "perceived"
    domain_row row;                  ///< the domain row
    double aggregate_tilt = 0.0;     ///< tilt of the year's aggregate
    double aggregate_hedging = 0.0;  ///< hedging score of the year's aggregate
    double spread = 0.0;             ///< the year's spread
    bool split = false;              ///< the year's split flag
    strategy primary = strategy::hedging;  ///< the year's primary strategy
    int cross_pressure_triads = 0;   ///< the year's triad count
    double cross_pressure_exposure = 0.0;  ///< the year's exposure
    double abstention_share = 0.0;   ///< split-vote abstention share of (rivals[0], rivals[1]) (NaN if none)
    std::vector<power_stance> stances;  ///< the year's stance toward each rival (the view's `stances`)
};

/// Columnar form of evolution rows (struct of vectors), for data frames.
struct evolution_columns {
    std::vector<std::string> rivals;                ///< names of the affinity columns
    std::vector<std::string> view;
    std::vector<int> year;
    std::vector<std::string> domain;
    std::vector<std::string> source;
    std::vector<double> weight;
    std::vector<std::vector<double>> affinity;      ///< affinity[i][row] for rival i
    std::vector<std::vector<std::uint8_t>> observed;  ///< observed[i][row]
    std::vector<double> tilt, tilt_normalised, dispersion, equidistance, hedging, entropy;
    std::vector<std::string> leaning;
    std::vector<int> tilt_band;                     ///< tilt band -3..3 toward rivals[0]
    std::vector<std::string> tilt_band_name;        ///< its name (`to_string(tilt_band)`)
    /// stance[i][row]: the year's stance toward rival i (`to_string(kuik_position)`, "no_data" if unobserved)
    std::vector<std::vector<std::string>> stance;
    std::vector<double> aggregate_tilt, aggregate_hedging, spread;
    std::vector<std::uint8_t> split;
    std::vector<std::string> strategy;
    std::vector<int> cross_pressure_triads;
    std::vector<double> cross_pressure_exposure, abstention_share;
};

/// Result of `evolution`.
struct evolution_result {
    std::string focal;
    std::vector<std::string> rivals;
    std::vector<evolution_row> rows;  ///< by view, then year, then domain
    /// The rows as columns. Complexity: O(rows * rivals).
    evolution_columns columns() const;
};

// -------------------------------------------------------------------- index

/// A lookup structure built once from a network: relation values by
/// (actor, actor, domain) with their year segments, memberships by actor,
/// metrics by (name, a, b) and votes by (name, actor). `profile` and
/// `evolution` on an index answer each query in O(log s) for s segments
/// instead of scanning the relations.
///
/// The index keeps a reference to the network, which must outlive it and not change.
class network_index {
public:
    /// Builds the index. Complexity: O(R + M + K) for R relations, M memberships, K metrics (hashing).
    explicit network_index(const network& net);
    const network& net() const noexcept { return *net_; }
    /// Index of an actor id. @throws unknown_actor.
    std::size_t actor(std::string_view id) const;
    /// Index of a domain id. @throws invalid_input for an unknown domain.
    std::size_t domain(std::string_view id) const;
    /// The relation value between actors a and b (indices) in domain d and year
    /// y under `mode` (as `network::value` for `relation_mode::any`).
    std::optional<double> value(std::size_t a, std::size_t b, std::size_t d, int y,
                                relation_mode mode = relation_mode::any) const;
    /// As `value`, with the confidence of the relation record behind the value.
    std::optional<std::pair<double, confidence>> value_confidence(std::size_t a, std::size_t b, std::size_t d, int y,
                                                                  relation_mode mode = relation_mode::any) const;
    /// Mean of the metrics `name` with (a, b) in year y, if any.
    std::optional<double> metric_mean(std::string_view name, std::size_t a, std::size_t b, int y) const;
    /// Votes (item -> value) of actor a under metric `name` in years [from, to] (later years win on duplicate items).
    std::map<std::string, double> votes(std::string_view name, std::size_t a, int from, int to) const;
    /// As `votes`, with items as interned ids (see `item`), sorted by id: the form the
    /// agreement and split-vote computations use. Complexity: O(V log V) for V records.
    std::vector<std::pair<std::uint32_t, double>> vote_items(std::string_view name, std::size_t a, int from, int to) const;
    /// The item of an interned id.
    const std::string& item(std::uint32_t id) const { return item_names_.at(id); }
    /// Memberships of actor a (the records).
    const std::vector<const membership*>& memberships_of(std::size_t a) const;
    /// Relations holding in year y with a negative value (pointers into the network, in network
    /// order). Complexity: O(result): the index keeps them by year.
    std::vector<const relation*> negative_relations(int y) const;
    /// Whether any metric is named `name`.
    bool has_metric(std::string_view name) const;
    /// `default_domains(net())` as domain indices (computed once with the index).
    const std::vector<std::size_t>& default_domain_ids() const noexcept { return default_domains_; }
    /// Whether an absent relation in domain d is an observed 0 under `opt` (see `absent_is_zero_domains`).
    bool absent_is_zero(std::size_t d, const profile_options& opt) const;

private:
    std::vector<std::size_t> default_domains_;
    std::vector<char> network_absent_zero_;  ///< per domain: declared by metadata.extra["absent_is_zero"]
    struct segment {
        int from, to;
        double value;
        confidence conf;
    };
    struct vote_record {
        int year;
        std::uint32_t item;
        double value;
    };
    struct metric_key {
        std::uint32_t name, a, b;
        int year;
        friend bool operator==(const metric_key&, const metric_key&) = default;
    };
    struct metric_key_hash {
        std::size_t operator()(const metric_key& k) const noexcept;
    };
    static std::uint64_t key(std::size_t a, std::size_t b, std::size_t d, bool directed) noexcept;
    /// Index of a metric name in metric_names_, or -1.
    std::ptrdiff_t metric_id(std::string_view name) const noexcept;
    const network* net_;
    std::unordered_map<std::string, std::size_t> actor_ids_;
    std::unordered_map<std::string, std::size_t> domain_ids_;
    std::unordered_map<std::uint64_t, std::vector<segment>> rel_;
    std::unordered_map<metric_key, std::vector<std::size_t>, metric_key_hash> metric_by_key_;
    std::unordered_map<std::uint64_t, std::vector<vote_record>> votes_by_key_;  // (name id, actor) -> records by year
    std::vector<std::string> item_names_;  // interned vote items
    std::vector<std::vector<const membership*>> memberships_of_;
    std::vector<std::string> metric_names_;  // sorted, unique
    std::unordered_map<int, std::vector<const relation*>> negative_by_year_;  // network order within a year
};

// ---------------------------------------------------------------- functions

/// Affinity of `focal` to `power` in `domain` and `year` under `spec`.
/// @return the value, or nullopt if the source has no datum.
/// @throws unknown_actor for an unknown id; invalid_input for an unknown domain.
/// Complexity: O(log s) (relation), O(M_f * M_O) (membership), O(V log V) (UN, V votes).
std::optional<double> affinity(const network_index& idx, std::string_view focal, std::string_view power,
                               std::string_view domain, int year, const affinity_spec& spec = {},
                               const profile_options& opt = {});

/// Split-vote analysis of `focal` between powers a and b over the vote
/// metrics `vote_metric` in years [year - window, year]: items on which one of
/// a, b voted +1 and the other -1; the focal sides with a, with b, abstains
/// (0) or is absent (no record). Reference: Yuneman (2023).
/// @throws unknown_actor for an unknown id.
/// Complexity: O(V log V) for V votes of the three actors.
split_vote_result split_votes(const network_index& idx, std::string_view focal, std::string_view a,
                              std::string_view b, int year, std::string_view vote_metric = "unga_vote",
                              int window = 0);

/// Cross-pressure on `focal` in `year`: every triad (focal + a, focal + b,
/// a - b) within one domain among `actors` (empty = all), i.e. w_ab < 0,
/// w_fa > 0, w_fb > 0 (values by `network::value` semantics, the pair a-b in
/// either order); exposure = sum |w_ab| * min(w_fa, w_fb). Each unordered pair
/// counts once per domain.
/// @param idx the network's index
/// @param focal the focal actor
/// @param year the year
/// @param actors actors a, b considered (empty = all)
/// @param domains domains considered (empty = all of the network)
/// @return the exposed triads and the total exposure.
/// @throws unknown_actor / invalid_input for unknown ids.
/// Complexity: O(R_y log s) for R_y relations in the year.
cross_pressure_result cross_pressure(const network_index& idx, std::string_view focal, int year,
                                     const std::vector<std::string>& actors = {},
                                     const std::vector<std::string>& domains = {});
/// As above, building the index. Complexity: O(R + M + K).
cross_pressure_result cross_pressure(const network& net, std::string_view focal, int year,
                                     const std::vector<std::string>& actors = {},
                                     const std::vector<std::string>& domains = {});

/// The default domains of `profile`, `evolution`, `rank` and `report::make_report` (docs/hedging.md,
/// "Defaults"): every domain of the network that holds at least one relation, in network order, except a
/// sub-domain "parent.x" whose parent domain is also in the network (e.g. "economic.water", already
/// netted into "economic").
/// Complexity: O(R) for R relations.
std::vector<std::string> default_domains(const network& net);

/// The domains in which an absent relation is an observed 0 for these options (`opt.missing_as_zero`: all;
/// else `opt.absent_is_zero`, or the network's `metadata.extra["absent_is_zero"]` when that is empty).
/// Complexity: O(D).
std::vector<std::string> absent_is_zero_domains(const network& net, const profile_options& opt);

/// The hedging profile of `focal` between `rivals` (rivals[0] = reference
/// power) in `year`: per-domain affinities, tilt, equidistance, hedging,
/// dispersion, entropy and tilt band; the stance toward each rival on
/// Kuik's spectrum; the aggregate with spread and
/// split flag; the strategy with reasons; split votes; cross-pressure; and,
/// with `opt.perception`, the perceived view beside the structural one.
/// Definitions: docs/hedging.md.
/// @throws unknown_actor for an unknown focal, rival or actor in options;
///         invalid_input for fewer than 2 rivals, a duplicate rival, the focal
///         among the rivals, an unknown domain, a negative weight or bad thresholds.
/// Complexity: O(D * k * log s + R_y) for D domains and k rivals.
profile_result profile(const network_index& idx, std::string_view focal, const std::vector<std::string>& rivals,
                       int year, const profile_options& opt = {});
/// As above, building the index first. Complexity: O(R + M + K) more.
profile_result profile(const network& net, std::string_view focal, const std::vector<std::string>& rivals,
                       int year, const profile_options& opt = {});

/// `profile` for each year, flattened to one row per view, year and domain
/// (identical numbers to calling `profile` in a loop).
/// @throws as `profile`.
/// Complexity: O(R + M + K) once, then O(Y * (D * k * log s + R_y)).
evolution_result evolution(const network& net, std::string_view focal, const std::vector<std::string>& rivals,
                           const std::vector<int>& years, const profile_options& opt = {});
/// As above on an existing index.
evolution_result evolution(const network_index& idx, std::string_view focal, const std::vector<std::string>& rivals,
                           const std::vector<int>& years, const profile_options& opt = {});

}  // namespace kzsec::hedging
