#pragma once
/// @file scenario.hpp
/// @brief Scenarios (what-if edits of a network), shocks that propagate by
/// explicit rules, side-by-side comparison with attribution, and Monte Carlo
/// uncertainty bands over relation values.
///
/// Everything here works on copies: `apply` returns a new `kzsec::network`,
/// the base is never modified. Definitions, conventions, the scenario file
/// format and the accuracy of the streaming statistics: docs/scenarios.md.
///
/// Threading: every function is reentrant; `monte_carlo` runs its own pool of
/// `std::thread`s and returns results that are bit-identical for every thread
/// count (draw i uses a counter-based random stream seeded from (seed, i), and
/// floating-point accumulators are merged in a fixed block order).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kzsec/balance.hpp"
#include "kzsec/hedging.hpp"
#include "kzsec/model.hpp"
#include "kzsec/network.hpp"
#include "kzsec/detail/enum_table.hpp"

namespace kzsec::scenario {

// ===================================================================== edits

/// What an edit does. Every edit acts on the years [year, until] (until
/// defaults to the last year of the network, or the scenario's horizon).
enum class edit_kind : std::uint8_t {
    set_relation,       ///< the relation (a, b, domain) has `value` in [year, until]; earlier years kept
    change_relation,    ///< every segment of (a, b, domain) in [year, until] is shifted by `value` (clamped to [-1, 1])
    remove_relation,    ///< (a, b, domain) has no relation in [year, until]
    add_actor,          ///< adds `new_actor` (actors have no years; `year` only validated)
    remove_actor,       ///< `a` keeps its record, but loses its relations, memberships, events and metrics in [year, until]
    add_membership,     ///< adds `new_membership` with years [year, until]
    remove_membership,  ///< membership of `a` in organisation `b` clipped out of [year, until]
    scale_domain,       ///< every value of `domain` in [year, until] multiplied by `value`, clamped to [-1, 1]
    apply_event,        ///< adds `new_event` (its year is `year`) and shifts (actors[0], actors[j]) in its domain by its delta
    extend,             ///< projection: relations and memberships holding in the network's last year L continue to `until`
};

/// The names of `edit_kind` values (`to_string`, `parse_edit_kind`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<edit_kind, 10> edit_kind_table = {"edit kind", {{
    {edit_kind::set_relation, "set_relation"},
    {edit_kind::change_relation, "change_relation"},
    {edit_kind::remove_relation, "remove_relation"},
    {edit_kind::add_actor, "add_actor"},
    {edit_kind::remove_actor, "remove_actor"},
    {edit_kind::add_membership, "add_membership"},
    {edit_kind::remove_membership, "remove_membership"},
    {edit_kind::scale_domain, "scale_domain"},
    {edit_kind::apply_event, "apply_event"},
    {edit_kind::extend, "extend"},
}}};

/// "set_relation", "change_relation", ... (the names of the scenario file format).
inline std::string_view to_string(edit_kind v) noexcept { return edit_kind_table.name(v); }
/// @throws invalid_input on an unknown name.
inline edit_kind parse_edit_kind(std::string_view s) { return edit_kind_table.parse(s); }

/// One edit of a scenario. Which fields are used depends on `kind`
/// (docs/scenarios.md has the table); unused fields are ignored.
struct edit {
    edit_kind kind = edit_kind::set_relation;
    int year = 0;                   ///< first year the edit holds (event: the event's year)
    std::optional<int> until;       ///< last year (default: network's last year, or the scenario horizon)
    std::string a;                  ///< first actor (relation, remove_actor, remove_membership: member)
    std::string b;                  ///< second actor (relation) or organisation (remove_membership)
    std::string domain;             ///< domain (relation edits, scale_domain)
    bool directed = false;          ///< the relation a -> b is directed (relation edits)
    double value = 0.0;             ///< set: the value; change: the delta; scale: the factor
    std::optional<confidence> conf; ///< confidence of a relation created by `set_relation` (default: inherited, else medium)
    actor new_actor;                ///< add_actor
    membership new_membership;      ///< add_membership (its `years` are overwritten by [year, until])
    event new_event;                ///< apply_event (its `year` is overwritten by `year`)
    std::string label;              ///< human-readable label (used in attribution; generated if empty)
    std::string note;               ///< free note
    friend bool operator==(const edit&, const edit&) = default;
};

/// A named list of edits, applied in order. The horizon (if set) is the last
/// year edits may reach (default: the network's last year).
struct scenario {
    std::string name;               ///< e.g. "Russia hostile from 2025"
    std::string description;        ///< free text
    std::optional<int> horizon;     ///< last year edits may reach (projections beyond the data)
    std::vector<edit> edits;        ///< applied in this order
    /// The file the scenario was read from (`read_scenario` sets it; "" for a scenario built in
    /// code or parsed from text). Errors of `apply` then start with the file and the JSON pointer
    /// of the edit (`what-if.json:/edits/3: ...`). Not written by `to_json`, not compared by `==`.
    std::string source;
    /// Equal content: name, description, horizon and edits (`source` is not compared).
    friend bool operator==(const scenario& x, const scenario& y) {
        return x.name == y.name && x.description == y.description && x.horizon == y.horizon && x.edits == y.edits;
    }
};

/// A label for an edit: its `label` if set, else e.g. "set_relation KAZ-RUS security = -0.5 from 2025".
std::string describe(const edit& e);

/// A value clamped to [-1, 1] by `change_relation`, `scale_domain` or an event delta.
struct clamp_record {
    std::size_t edit = 0;        ///< index of the edit in the scenario
    std::string a, b, domain;    ///< the relation
    year_range years;            ///< segment affected
    double unclamped = 0.0;      ///< value before clamping
    double value = 0.0;          ///< value after clamping (-1 or 1)
};

/// Result of `apply_report`: the new network and what happened.
struct apply_result {
    network net;                          ///< the edited copy
    std::vector<clamp_record> clamped;    ///< every clamping
    std::vector<std::string> notes;       ///< one line per edit: what it changed (counts of segments)
};

/// Applies the edits of `s` to a copy of `base`, in order.
///
/// Relation semantics: the relation records of (a, b, domain, directed) — for an
/// undirected edit the pair in either order — overlapping [year, until] are split
/// at year and until + 1; the parts outside keep their values (history is kept),
/// the parts inside are set, shifted, scaled or dropped. `set_relation` replaces
/// the inside parts by one record [year, until] (metadata of the record holding
/// in `year`, else of the first inside part, else confidence `medium`).
/// `remove_actor` keeps the actor record (it existed before `year`) but clips its
/// relations and memberships out of [year, until] and drops its events and metrics
/// dated in [year, until].
/// @param base the network (not modified).
/// @param s the scenario.
/// @return the edited network, clampings and notes.
/// @throws unknown_actor for an unknown actor; invalid_input (message names the
///   edit index and kind, and `s.source` with the edit's JSON pointer when the
///   scenario was read from a file) for a year outside [first year, horizon], until < year,
///   a value outside [-1, 1] (set), a non-finite delta or factor, an unknown domain,
///   a change/remove of a relation that does not exist in [year, until], a duplicate
///   actor, an invalid membership or event.
/// Complexity: O(E (R + M + V + K)) for E edits and the sizes of the network (each
/// edit that touches memberships, events or metrics rebuilds those lists).
apply_result apply_report(const network& base, const scenario& s);

/// `apply_report(base, s).net`.
/// @throws as `apply_report`. Complexity: as `apply_report`.
network apply(const network& base, const scenario& s);

/// The scenario "a, then b": edits of a followed by edits of b; name "a + b";
/// horizon the larger of the two; source "" (its edit indices are not those of either file).
/// apply(n, compose(a, b)) == apply(apply(n, a), b) whenever both sides are valid.
/// @return the composed scenario. @throws nothing. Complexity: O(|a| + |b|).
scenario compose(const scenario& a, const scenario& b);

// ====================================================================== JSON

/// Serialises a scenario in the kzsec scenario format version 1 (docs/scenarios.md).
/// @param s the scenario
/// @param indent spaces per level (negative: compact). @return JSON text.
/// @throws nothing beyond std::bad_alloc. Complexity: O(size).
std::string to_json(const scenario& s, int indent = 2);
/// Parses a scenario from JSON text. `where` names the source in error messages.
/// @throws parse_error "[kzsec] <where>:<JSON pointer>: <what>" on invalid JSON,
///   a missing or mistyped field, an unknown key or an unknown edit kind.
/// Complexity: O(size).
scenario scenario_from_json(std::string_view text, std::string_view where = "<string>");
/// Reads a scenario file (gzip recognised; bounded by `get_input_limits()`, io.hpp); the
/// scenario's `source` is the path, so that errors of `apply` name the file.
/// @throws file_not_found (missing file, directory; with the system's reason);
///   parse_error as `scenario_from_json`, located by line and column for
///   syntax and UTF-8 errors; error if memory runs out (naming the file).
scenario read_scenario(const std::filesystem::path& path);
/// Writes a scenario file atomically (temporary file, fsync, rename: the old
/// file survives any failure; docs/reliability.md).
/// @throws error naming the path and the system's reason if it cannot be written.
void write_scenario(const scenario& s, const std::filesystem::path& path);

// ==================================================================== shocks

/// Rule 1 (sanctions). Sanctions on `target` from `year` with intensity s raise the
/// costs of every state M that shares an economic union with the target: for each
/// organisation O in `unions` (empty = every organisation of which both M and the
/// target are members, status "member", in `year`), each member M != target gets
///   Δ v_{domain}(M, target) = −s × dep(M, target)
/// from `year` to `until`, where dep is the directed metric `dependence_metric`
/// (a = M, b = target) in the latest year <= `year` (if several records, their mean),
/// or `default_dependence` if there is none (NaN default: M is skipped and reported).
/// The relation changed is the undirected (M, target) relation in `domain`, else the
/// directed M -> target one; without one, M is skipped and reported.
struct sanctions_spec {
    std::string target;                       ///< the sanctioned power, e.g. "RUS"
    int year = 0;                             ///< first year of the sanctions
    std::optional<int> until;                 ///< last year (default: network's last year)
    double intensity = 1.0;                   ///< s >= 0
    std::vector<std::string> unions;          ///< organisations (empty = all shared ones)
    std::vector<std::string> members;         ///< restrict to these members (empty = all)
    std::string dependence_metric = "trade_share";  ///< directed metric name
    double default_dependence = std::numeric_limits<double>::quiet_NaN();  ///< used without a metric (NaN = skip)
    std::string domain = "economic";          ///< relation domain changed
};

/// Rule 2 (conflict and cross-pressure). A conflict of intensity c in [0, 1] between
/// powers A and B from `year`: every state F (in `targets`, empty = every state other
/// than A and B) with positive ties w_FA > 0 and w_FB > 0 in `domain` in `year` is
/// cross-pressured by p = factor × c × min(w_FA, w_FB) (the cross-pressure contribution
/// |w_AB| min(w_FA, w_FB) of hedging.hpp with |w_AB| = c, times factor); both ties are
/// pulled toward 0 by p:
///   Δ v(F, A) = Δ v(F, B) = −p   from `year` to `until`,
/// which never makes a tie negative in `year` (p <= min(w_FA, w_FB) for factor × c <= 1).
/// If `set_conflict` is true, the A–B relation in each of `conflict_domains` is also set to −c.
struct conflict_spec {
    std::string a;                            ///< first power
    std::string b;                            ///< second power
    int year = 0;                             ///< first year of the conflict
    std::optional<int> until;                 ///< last year (default: network's last year)
    double intensity = 1.0;                   ///< c in [0, 1]
    double factor = 0.5;                      ///< factor in [0, 1]
    std::string domain = "political";         ///< domain of the ties that are pulled toward 0
    std::vector<std::string> targets;         ///< states considered (empty = all states but a and b)
    bool set_conflict = true;                 ///< also set v(A, B) = −c in `conflict_domains`
    std::vector<std::string> conflict_domains = {"security", "political"};  ///< where v(A, B) = −c
};

/// A shock turned into a scenario, with the computation behind each edit.
struct shock_result {
    scenario edits;                       ///< the scenario (one labelled edit per affected tie)
    std::vector<std::string> explanation; ///< one line per edit or skipped actor, with the numbers
};

/// Builds the sanctions scenario (rule 1) on `net`.
/// @throws unknown_actor for an unknown target, union or member; invalid_input for a
///   negative or non-finite intensity, an unknown domain or a year outside the network.
/// Complexity: O(M + K + R) for memberships, metrics and relations.
shock_result sanctions_shock(const network& net, const sanctions_spec& spec);
/// Builds the conflict scenario (rule 2) on `net`.
/// @throws unknown_actor for unknown powers or targets; invalid_input for intensity or
///   factor outside [0, 1], a == b, an unknown domain or a year outside the network.
/// Complexity: O(N log s + R) for N actors.
shock_result conflict_shock(const network& net, const conflict_spec& spec);

// ================================================================ indicators

/// Which indicators `evaluate`, `compare` and `monte_carlo` compute.
struct indicator_options {
    hedging::profile_options hedging;       ///< options of the hedging profile (structure view is used)
    bool balance = true;                    ///< triangle index, frustration and coalitions of the balance snapshot
    std::string balance_domain = "security";  ///< domain of the balance snapshot
    snapshot_options snapshot;              ///< options of that snapshot (domain weights, symmetrisation)
    triangle_options triangles;             ///< triangle index options
    frustration_options frustration = [] { frustration_options o; o.time_limit = 5.0; return o; }();
    bool strategy = true;                   ///< the primary strategy (categorical)
};

/// All indicators of one network, in a fixed cell order (docs/scenarios.md):
/// per year: for each reported domain d then "aggregate": affinity (one per
/// rival), tilt, tilt_normalised, dispersion, equidistance, hedging, entropy,
/// tilt_band (−3..3); "aggregate" adds spread; then, if balance is on,
/// triangle_index, frustration, frustration_normalised (domain = balance
/// domain); then cross_pressure (aggregate). Categorical: tilt_band (each domain
/// and aggregate), split (aggregate), strategy (aggregate), stance (with strategy;
/// aggregate, one row per rival: Kuik's spectrum toward it), coalition (balance
/// domain, one row per actor other than the focal: "with", "against", "apart").
struct indicator_table {
    std::vector<int> year;                  ///< numeric rows
    std::vector<std::string> indicator, domain, actor;
    std::vector<double> value;
    std::vector<int> cat_year;              ///< categorical rows
    std::vector<std::string> cat_indicator, cat_domain, cat_actor, cat_value;
};

/// How the upper end of a numeric indicator's known range is set (`indicator_info::bound`).
enum class indicator_bound : std::uint8_t {
    fixed,             ///< `indicator_info::upper`
    domain_relations,  ///< max(1, number of relations of the cell's domain that hold in the year)
    year_relations,    ///< max(1, number of relations of any domain that hold in the year)
};

/// The names of `indicator_bound` values (`to_string`, `parse_indicator_bound`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<indicator_bound, 3> indicator_bound_table = {"indicator bound", {{
    {indicator_bound::fixed, "fixed"},
    {indicator_bound::domain_relations, "domain_relations"},
    {indicator_bound::year_relations, "year_relations"},
}}};
/// The name of `v` in `indicator_bound_table`. Complexity: O(1).
inline std::string_view to_string(indicator_bound v) noexcept { return indicator_bound_table.name(v); }
/// The `indicator_bound` value named `s` (a name of `indicator_bound_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline indicator_bound parse_indicator_bound(std::string_view s) { return indicator_bound_table.parse(s); }

/// One indicator of `evaluate`, `compare` and `monte_carlo` (an entry of `indicators()`).
struct indicator_info {
    std::string name;                    ///< the `indicator` column of the tables
    bool numeric = true;                 ///< it has numeric cells (`indicator_table::value`)
    double lower = 0.0;                  ///< known range of the numeric cells: the Monte Carlo
    double upper = 1.0;                  ///< histogram range (`mc_result::lower`, `upper`)
    indicator_bound bound = indicator_bound::fixed;  ///< how `upper` is set
    std::vector<std::string> categories; ///< values of its categorical cells, in output order (empty: none)
    std::string cells;                   ///< what one cell is for: domain, actor and year
    std::string doc;                     ///< one line: what it measures (docs/hedging.md, docs/balance.md)
};

/// The registry of indicators, in the cell order of `evaluate`: the one place that names each
/// indicator, its range and categories; `evaluate`, `compare`, `monte_carlo` and the report read
/// it (docs/architecture.md: a new indicator is one entry here plus its computation).
/// Complexity: O(1) (built once, on first use; thread-safe).
const std::vector<indicator_info>& indicators();

/// The entry of `indicators()` named `name`.
/// @throws invalid_input "unknown indicator '<name>'", listing the names, with a did-you-mean suggestion.
/// Complexity: O(number of indicators).
const indicator_info& find_indicator(std::string_view name);

/// The upper end of the known range of `info`'s numeric cells for a cell of `domain` in `year`
/// of `net` (`info.upper`, or a count of relations, see `indicator_bound`).
/// Complexity: O(1) for a fixed bound, else O(R) for R relations.
double indicator_upper(const indicator_info& info, const network& net, std::string_view domain, int year);

/// Computes every indicator of `focal` between `rivals` for each year.
/// @throws as `hedging::profile`; invalid_input for an unknown balance domain.
/// Complexity: O(R + M + K) + Y × (profile + snapshot + triangle_index + frustration).
indicator_table evaluate(const network& net, std::string_view focal, const std::vector<std::string>& rivals,
                         const std::vector<int>& years, const indicator_options& opt = {});

// =================================================================== compare

/// How differences are attributed to edits.
enum class attribution_method : std::uint8_t {
    leave_one_out,  ///< contribution_k = x(all edits) − x(all edits but k)
    one_at_a_time,  ///< contribution_k = x(base + edit k alone) − x(base)
    none,           ///< no attribution
};

/// The names of `attribution_method` values (`to_string`, `parse_attribution_method`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<attribution_method, 3> attribution_method_table = {"attribution method", {{
    {attribution_method::leave_one_out, "leave_one_out"},
    {attribution_method::one_at_a_time, "one_at_a_time"},
    {attribution_method::none, "none"},
}}};

inline std::string_view to_string(attribution_method v) noexcept { return attribution_method_table.name(v); }
/// The `attribution_method` value named `s` (a name of `attribution_method_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline attribution_method parse_attribution_method(std::string_view s) { return attribution_method_table.parse(s); }

/// Options of `compare`.
struct compare_options {
    indicator_options indicators;           ///< what is computed
    attribution_method attribution = attribution_method::leave_one_out;
    double tolerance = 1e-12;               ///< |diff| <= tolerance counts as unchanged
};

/// Base and scenario side by side, with differences and attribution.
struct compare_result {
    std::string scenario_name;
    std::vector<std::string> edit_labels;   ///< `describe` of each edit
    // numeric rows (every numeric indicator of every year)
    std::vector<int> year;
    std::vector<std::string> indicator, domain, actor;
    std::vector<double> base, scenario, diff;
    // categorical rows
    std::vector<int> cat_year;
    std::vector<std::string> cat_indicator, cat_domain, cat_actor, cat_base, cat_scenario;
    std::vector<std::uint8_t> cat_changed;
    // attribution rows, only for numeric rows with |diff| > tolerance
    std::vector<std::size_t> attr_row;      ///< index into the numeric rows
    std::vector<std::size_t> attr_edit;     ///< edit index
    std::vector<double> attr_contribution;  ///< see `attribution_method`
    // categorical attribution, only for changed categorical rows
    std::vector<std::size_t> cat_attr_row;  ///< index into the categorical rows
    std::vector<std::size_t> cat_attr_edit;
    std::vector<std::string> cat_attr_value;  ///< the value without edit k (leave-one-out) or with edit k alone
    std::vector<std::uint8_t> cat_attr_pivotal;  ///< leave-one-out: removing k changes the answer; one-at-a-time: k alone changes it
    std::vector<std::string> attribution_errors;  ///< edits whose counterfactual could not be applied (and why)
    attribution_method method = attribution_method::leave_one_out;
};

/// Compares `base` with `apply(base, s)` for `focal` between `rivals` over `years`.
/// @throws as `apply` and `evaluate`.
/// Complexity: (E + 2) evaluations and E + 1 applications for E edits (attribution on).
compare_result compare(const network& base, const scenario& s, std::string_view focal,
                       const std::vector<std::string>& rivals, const std::vector<int>& years,
                       const compare_options& opt = {});

// =============================================================== Monte Carlo

/// A per-relation standard deviation, overriding the confidence default.
/// Matches every relation record (a, b, domain) — either order if undirected —
/// whose `from` equals `from` (0 = every record of the pair).
struct sd_override {
    std::string a, b, domain;
    int from = 0;
    double sd = 0.0;   ///< >= 0 (0 = keep the value fixed)
};

/// Options of `monte_carlo`.
///
/// Each sampled relation record j gets, in draw i, the value
/// x_ij ~ TruncNormal(v_j, sd_j^2) on [-1, 1] (rejection from N(v_j, sd_j^2)),
/// constant over the record's years; sd_j = `sd_high`, `sd_medium` or `sd_low`
/// by the record's confidence unless overridden.
struct mc_options {
    std::size_t draws = 1000;          ///< number of draws N
    std::uint64_t seed = 1;            ///< seed of the counter-based streams
    std::size_t threads = 0;           ///< 0 = std::thread::hardware_concurrency()
    double sd_high = 0.05;             ///< sd for confidence high
    double sd_medium = 0.10;           ///< sd for confidence medium
    double sd_low = 0.20;              ///< sd for confidence low
    std::vector<sd_override> overrides;  ///< per-relation sd
    /// false: the fast path — only the focal–rival relations that feed the hedging
    /// profile are resampled, and the numeric hedging indicators and tilt bands are
    /// computed from precomputed slots (no network is rebuilt). true: every relation is
    /// resampled, a network is rebuilt per draw and `evaluate` runs on it (adds strategy,
    /// balance, coalitions, cross-pressure; about 10^3 times slower).
    bool full = false;
    indicator_options indicators;      ///< what is computed (full path; the fast path uses `indicators.hedging`)
    std::vector<double> quantiles = {0.05, 0.25, 0.5, 0.75, 0.95};  ///< levels in [0, 1]
    std::size_t bins = 1024;           ///< histogram bins per numeric cell (quantile resolution = range / bins)
    /// Sensitivity targets "indicator:domain" (e.g. "tilt:aggregate").
    std::vector<std::string> sensitivity = {"tilt:aggregate", "spread:aggregate"};
    bool keep_draws = false;           ///< store every draw's numeric cells (memory N × cells)
    std::size_t block_size = 64;       ///< draws per accumulation block (fixed: results do not depend on threads)
    /// Progress and cancellation: if set, called on the calling thread with (draws done, draws in
    /// total) at the start, after each block of `block_size` draws that thread completes, and at the
    /// end (done == total). Return false to stop: the other threads finish their current block and
    /// `monte_carlo` throws `cancelled`. An exception thrown by the callback stops the run the same
    /// way and propagates (the Python bindings raise KeyboardInterrupt from it). The results do not
    /// depend on it. Cost: one call per block (about 64 draws), so keep it cheap or throttle it.
    std::function<bool(std::size_t done, std::size_t total)> progress;
};

/// Numeric summaries: one row per numeric cell (year, indicator, domain, actor).
struct mc_summary_table {
    std::vector<int> year;
    std::vector<std::string> indicator, domain, actor;
    std::vector<double> lower, upper;       ///< the known range of the indicator (histogram range)
    std::vector<std::uint64_t> n;           ///< draws with a finite value
    std::vector<double> mean, sd, min, max; ///< mean and sample sd (n − 1), streamed (docs/scenarios.md)
    std::vector<double> quantile_levels;    ///< the levels asked for
    std::vector<std::vector<double>> quantiles;  ///< quantiles[q][row] from the histogram
};

/// Categorical outputs as shares of draws.
struct mc_category_table {
    std::vector<int> year;
    std::vector<std::string> indicator, domain, actor, category;
    std::vector<std::uint64_t> count;
    std::vector<double> share;              ///< count / draws
};

/// Sensitivity: Pearson correlation across draws between a sampled relation's
/// value and a target indicator, per year the relation holds; ranked per target
/// by the mean |r| over those years.
struct mc_sensitivity_table {
    std::vector<std::size_t> relation;      ///< index in `network::relations()`
    std::vector<std::string> a, b, domain;
    std::vector<int> from, to;
    std::vector<double> sd;                 ///< sd used
    std::vector<std::string> target;        ///< "indicator:domain"
    std::vector<double> mean_abs_r;         ///< mean over years of |r|
    std::vector<double> max_abs_r;          ///< max over years of |r|
    std::vector<double> r_at_max;           ///< signed r in that year
    std::vector<int> year_of_max;
    std::vector<std::size_t> rank;          ///< 1 = most influential for that target
};

/// Result of `monte_carlo`.
struct mc_result {
    std::string focal;
    std::vector<std::string> rivals;
    std::vector<int> years;
    std::size_t draws = 0;
    std::uint64_t seed = 0;
    std::size_t threads = 0;                ///< threads used
    bool full = false;
    std::size_t sampled_relations = 0;      ///< relation records resampled
    mc_summary_table summary;
    mc_category_table categories;
    mc_sensitivity_table sensitivity;
    std::vector<double> draw_values;        ///< if keep_draws: draws × summary rows, row-major
    double seconds = 0.0;                   ///< wall time
};

/// The value of relation `j` in draw `i` (the same function the engine uses):
/// a truncated normal on [-1, 1] with mean `value` and sd `sd`, by rejection from
/// N(value, sd^2), whose variates come from a 256-layer ziggurat (Marsaglia & Tsang
/// 2000) fed by the SplitMix64 stream (seed, i, j). @return value if sd == 0.
/// Complexity: O(1) expected.
double draw_value(std::uint64_t seed, std::uint64_t i, std::uint64_t j, double value, double sd);

/// Monte Carlo over relation values: N draws, each computing the indicators of
/// `focal` between `rivals` for every year of `years`, summarised by streaming
/// statistics (block-wise shifted sums merged by Chan et al.'s update for mean/sd,
/// fixed-bin histogram quantiles on the indicator's known
/// range, category counts, Pearson co-moments for sensitivity): memory is flat in N
/// unless `keep_draws`.
/// @throws as `evaluate`; invalid_input for draws = 0, bins = 0, a quantile level
///   outside [0, 1], a negative or non-finite sd, an unknown sensitivity target, or
///   (fast path) a perception profile.
/// Complexity: fast path O(N × (S + Y × D × k)) for S sampled relations; full path
/// O(N × (R log R + Y × evaluation)); divided by the threads.
mc_result monte_carlo(const network& net, std::string_view focal, const std::vector<std::string>& rivals,
                      const std::vector<int>& years, const mc_options& opt = {});

}  // namespace kzsec::scenario
