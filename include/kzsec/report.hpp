#pragma once
/// @file report.hpp
/// @brief The yearly report on a focal actor: hedging between rivals per
/// domain, tilt band, the stance toward each rival (Kuik) and strategy with reasons, the balance of the system
/// around the focal actor, and the year's key events. Used by the `kzsec
/// report` program and by `python -m kzsec report`.
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kzsec/balance.hpp"
#include <functional>

#include "kzsec/hedging.hpp"
#include "kzsec/network.hpp"

namespace kzsec::report {

/// Options of `make_report`.
struct report_options {
    std::string focal = "KAZ";                         ///< focal actor id
    std::vector<std::string> rivals = {"RUS", "CHN"};  ///< rival powers; rivals[0] is the reference power
    std::vector<int> years;                            ///< years (empty = every year of the network's relations)
    /// Domains reported (empty = `hedging::default_domains(net)` restricted to those with a relation of the
    /// focal: the same default as `hedging::profile`; economic.water is inside economic and not reported).
    std::vector<std::string> domains;
    /// Domain of the snapshot whose balance is reported ("" = combine with `balance_domain_weights`).
    std::string balance_domain = "security";
    std::map<std::string, double> balance_domain_weights;  ///< used when `balance_domain` is empty
    /// Actors of the balance snapshot (empty = every actor with a relation that year).
    std::vector<std::string> balance_actors;
    /// Actors whose relations with the focal are listed under "changes" (empty = every actor;
    /// `kzsec report --world` uses the balance actors, since some 190 political ties move every year).
    /// @throws unknown_actor (from make_report) for an id not in the network.
    std::vector<std::string> change_actors;
    double frustration_time_limit = 10.0;  ///< seconds per year for the exact frustration index
    /// Weighted frustration (minimise the sum of |w| of frustrated ties, so a strong tie weighs
    /// more than a weak one when the coalitions are drawn); false counts ties.
    bool weighted_frustration = true;
    hedging::profile_options hedging;     ///< options of the hedging profile (domains are set from `domains`)
    bool events_of_rivals = true;         ///< list events of the rivals too (not only of the focal)
    /// Monte Carlo draws over the relation values (0 = none). With N > 0 every
    /// year gets uncertainty bands of the tilt per domain and of the aggregate,
    /// and the share of draws giving the modal tilt band (kzsec::scenario::monte_carlo,
    /// fast path; distributions set by each relation's confidence, docs/scenarios.md).
    std::size_t draws = 0;
    std::uint64_t seed = 1;               ///< seed of the draws (results do not depend on threads)
    double band_low = 0.05;               ///< lower quantile of the bands
    double band_high = 0.95;              ///< upper quantile of the bands
    /// Robustness of each year's strategy label: draws of the classification with every
    /// affinity perturbed by the confidence of its relation (hedging::profile_options::
    /// robustness_draws, seeded with `seed`; docs/hedging.md). Overrides `hedging.robustness_draws`;
    /// 0 = off (the robustness is then NaN: "n/a" in text and Markdown, empty in CSV, null in JSON).
    int robustness_draws = 200;
    /// Membership ties of the balance snapshot (snapshot_options::membership_ties: status -> value of
    /// the tie between an organisation and its member; empty = off). docs/balance.md#memberships-as-ties-snapshots.
    std::map<std::string, double> membership_ties = {{"member", 0.5}};
    /// Memberships added to the network's for the balance snapshot (snapshot_options::extra_memberships).
    std::vector<membership> extra_memberships;
    /// Monte Carlo draws of the balance snapshot (every relation value drawn from a truncated normal
    /// with the sd of its confidence, hedging.robustness_sd_*, scenario::draw_value, seeded with
    /// `seed`), each solved exactly: the share of draws that put each actor with the focal. 0 = off.
    std::size_t coalition_draws = 100;
    /// At most this many optimal partitions are listed when counting them (kzsec::optimal_partitions).
    std::size_t max_partitions = 10000;
    /// Progress and cancellation: if set, called on the calling thread with (steps done, steps in total)
    /// at the start, after each year's profile and balance, after each coalition draw, after each block
    /// of Monte Carlo draws, and at the end (done == total). A step is one year (its profile with its
    /// `robustness_draws` and its exact frustration), one coalition draw (an exact frustration) or one
    /// Monte Carlo draw: total = years x (1 + coalition_draws) + draws. Return false to stop:
    /// `make_report` throws `cancelled`; an exception thrown by the callback propagates (the Python
    /// bindings raise KeyboardInterrupt from it). The results do not depend on it.
    std::function<bool(std::size_t done, std::size_t total)> progress;
};

/// An uncertainty band of one indicator in one domain (from the Monte Carlo draws).
struct band {
    std::string indicator;  ///< "tilt" or "hedging"
    std::string domain;     ///< domain id or "aggregate"
    double mean = 0.0;
    double sd = 0.0;
    double low = 0.0;       ///< quantile `band_low`
    double high = 0.0;      ///< quantile `band_high`
    std::string modal_tilt_band;  ///< most frequent tilt band in the draws (JSON also "modal_position", deprecated)
    double modal_share = 0.0;     ///< its share of draws
};

/// Balance of one year's snapshot around the focal actor.
struct balance_summary {
    std::string domain;                 ///< snapshot domain, or "combined"
    std::size_t actors = 0;             ///< vertices of the snapshot
    std::size_t ties = 0;               ///< edges
    std::size_t negative_ties = 0;      ///< negative edges
    triangle_result triangles;          ///< strong triangle index with unbalanced triangles listed
    frustration_result frustration;     ///< exact frustration index and the two coalitions
    std::vector<std::string> with_focal;     ///< the focal's coalition (labels)
    std::vector<std::string> against_focal;  ///< the other coalition (labels)
    /// Unbalanced triangles through the focal (labels, focal first) — its cross-pressure.
    std::vector<std::array<std::string, 3>> unbalanced_through_focal;
    /// PN centrality (Everett–Borgatti 2014: signs, β = 1/(2n − 2); centrality.hpp) of every actor
    /// of the snapshot, in snapshot order (`pn_actors`); empty when undefined (fewer than two actors,
    /// or two actors with a negative tie).
    std::vector<std::string> pn_actors;
    std::vector<double> pn;
    /// Ties added from memberships ("organisation-member", one per pair; snapshot `reduction().membership_ties`).
    std::vector<std::string> membership_ties;
    /// The part that can be unbalanced (kzsec::cycle_part: the ties on a cycle, i.e. without bridges).
    std::size_t cycle_ties = 0;        ///< ties on a cycle
    std::size_t cycle_actors = 0;      ///< actors with a tie on a cycle
    std::vector<std::string> left_out;  ///< ties on no cycle ("A-B"), left out of the cycle part
    /// F of the cycle part: 1 − 2L / M_c, M_c the (weighted) number of ties on a cycle (L is the same).
    double cycle_normalised = 1.0;
    /// Optimal partitions of the focal's component (kzsec::optimal_partitions, same weighting).
    std::size_t optimal_partitions = 0;
    bool optimal_partitions_complete = true;  ///< the count is exact (not capped at max_partitions, not timed out)
    /// The actors of the focal's component (graph order) with, for each, the share of optimal partitions
    /// and the share of coalition draws (NaN without draws) that put it with the focal.
    std::vector<std::string> share_actors;
    std::vector<double> partition_share;
    std::vector<double> draw_share;
    std::size_t coalition_draws = 0;  ///< draws behind `draw_share`
    /// The coalition depends on the weighting convention: the reported optimum is not optimal for the
    /// other convention (weighted vs unweighted frustration).
    bool weighting_dependent = false;
    std::vector<std::string> with_focal_other_weighting;  ///< focal's coalition under the other convention
};

/// A change of one of the focal actor's relations since the previous year.
struct relation_change {
    std::string other;             ///< the other actor
    std::string domain;            ///< domain
    std::optional<double> before;  ///< value in year - 1 (none: no relation)
    std::optional<double> after;   ///< value in the year (none: the relation ended)
};

/// One year of the report.
struct year_report {
    int year = 0;
    /// The focal's relations (reported domains) whose value differs from the previous year,
    /// in actor order, then domain order. Empty for the first year of the data.
    std::vector<relation_change> changes;
    hedging::profile_result profile;  ///< hedging profile (per domain + aggregate + strategy)
    balance_summary balance;          ///< balance around the focal
    std::vector<event> events;        ///< key events (of the focal, and of the rivals if asked), by date
    std::vector<band> bands;          ///< uncertainty bands (only if draws > 0), domains then aggregate
};

/// The whole report.
struct report_result {
    std::string title;                 ///< dataset title
    std::string focal;                 ///< focal id
    std::string focal_name;            ///< focal display name
    std::vector<std::string> rivals;   ///< rival ids
    std::vector<std::string> rival_names;  ///< rival display names
    std::vector<std::string> domains;  ///< domains reported
    /// Reported domains that only judgement codes: no relation of the focal actor has basis "data" and no
    /// public data set of the world network measures the domain (it is not among security, political,
    /// economic, institutional), so no calibration exists. In the Kazakhstan data: identity. Every format says so.
    std::vector<std::string> judgement_only_domains;
    std::vector<year_report> years;    ///< one per year, increasing
    std::size_t draws = 0;             ///< Monte Carlo draws behind the bands (0 = none)
    std::uint64_t seed = 0;            ///< their seed
    double band_low = 0.05, band_high = 0.95;  ///< quantile levels of the bands
};

/// The defaults of a report on the world network (`kzsec report --world`, docs/world.md):
/// domains security, political, economic, institutional (if `opt.domains` is empty); the balance
/// snapshot of the focal, the rivals and the major powers of the last year of the COW list (if
/// `opt.balance_actors` is empty); changes listed for the same actors (if `opt.change_actors` is
/// empty). Years are left to the caller.
/// @param net the world network (actors with the attribute `major_power`)
/// @param opt options to complete (focal and rivals set)
/// Complexity: O(actors).
void apply_world_defaults(const network& net, report_options& opt);

/// Builds the report.
/// @throws unknown_actor for an unknown focal or rival (message names the id and lists nothing else);
///         invalid_input for a year outside the data, an unknown or empty domain, fewer than two rivals.
/// Complexity: per year, one hedging profile plus a triangle census and an exact frustration index of
/// a snapshot of a few dozen actors (milliseconds).
report_result make_report(const network& net, const report_options& opt = {});

/// Human-readable text for the terminal (fixed-width columns, one block per year).
std::string to_text(const report_result& r);
/// Markdown: one table of per-domain rows, one of yearly summaries, events as a list.
std::string to_markdown(const report_result& r);
/// CSV, one row per year and domain, with the yearly summary repeated on each row.
std::string to_csv(const report_result& r);
/// JSON with every number of the report (schema: docs/report.md).
std::string to_json(const report_result& r, int indent = 2);

}  // namespace kzsec::report
