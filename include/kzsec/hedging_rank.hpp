#pragma once
/// @file hedging_rank.hpp
/// @brief `hedging::rank`: the hedging profile of every actor of a network for
/// one frame of rival powers and one year — tilt, hedging score, strategy,
/// alignment and the robustness of the label — as a table, sortable. Used by
/// `kzsec rank` and `kzsec.hedging.rank`.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "kzsec/hedging.hpp"

namespace kzsec::hedging {

/// Options of `rank`.
struct rank_options {
    profile_options profile;            ///< options of each profile (domains, thresholds, robustness_draws, ...)
    std::vector<std::string> actors;    ///< actors ranked (empty = every state-kind actor except the rivals)
    /// An actor is ranked only if at least this many of the reported domains are observed with
    /// every rival in the year (1 = any evidence; missing evidence is never read as a zero tie here).
    int min_observed_domains = 2;
    /// Sort key: "tilt" (descending), "hedging" (descending), "robustness" (ascending),
    /// "strategy" (then tilt), or "actor" (id).
    std::string sort = "tilt";
    /// Progress and cancellation: if set, called on the calling thread with (actors done, actors in
    /// total) at the start, after each candidate actor's profile (with its robustness draws) and at
    /// the end (done == total). Return false to stop: `rank` throws `cancelled`; an exception thrown
    /// by the callback propagates (the Python bindings raise KeyboardInterrupt from it). The results
    /// do not depend on it.
    std::function<bool(std::size_t done, std::size_t total)> progress;
};

/// One ranked actor.
struct rank_row {
    std::string actor;                    ///< actor id
    std::string name;                     ///< display name
    std::string region;                   ///< region attribute of the actor
    std::vector<double> affinity;         ///< aggregate affinity A_i per rival (rivals order)
    double tilt = 0.0;                    ///< aggregate tilt toward rivals[0]
    double hedging = 0.0;                 ///< aggregate hedging score H
    double spread = 0.0;                  ///< issue-splitting spread
    int observed_domains = 0;             ///< domains observed with every rival
    strategy primary = strategy::hedging;  ///< primary strategy
    std::string aligned_with;             ///< rival aligned with ("" if none)
    std::vector<std::string> against;     ///< rivals balanced against
    double robustness = 0.0;              ///< share of perturbed draws with the same primary (NaN if off)
    std::string reason;                   ///< code of the rule that decided the primary strategy
};

/// The ranking of one frame and year.
struct rank_result {
    std::vector<std::string> rivals;  ///< the frame
    int year = 0;                     ///< the year
    std::vector<std::string> domains; ///< domains used
    std::vector<rank_row> rows;       ///< one per ranked actor, sorted by `rank_options::sort`
    std::vector<std::string> skipped; ///< actors left out for lack of evidence (fewer observed domains)
};

/// Profiles every actor for the rivals and year on one index and ranks them.
///
/// For each candidate actor f (not a rival, kind state unless listed in `opt.actors`),
/// `profile(idx, f, rivals, year, opt.profile)` is computed with cross-pressure limited to
/// the rivals (the triad f, rival_i, rival_j), and f is kept if at least
/// `min_observed_domains` domains have an observed affinity with every rival.
/// @param idx index of the network (build it once: `network_index idx(net)`)
/// @param rivals two or more rival powers; rivals[0] is the reference of the tilt
/// @param year the year
/// @param opt options
/// @return the rows, sorted, and the skipped actors.
/// @throws unknown_actor for an unknown rival or actor; invalid_input for fewer than two
///         rivals, an unknown sort key, or invalid profile options.
/// Complexity: O(n) profiles for n actors (each O(domains x rivals) lookups, plus the robustness draws).
/// Reference: docs/hedging.md (strategy rules), docs/world.md (the world network).
rank_result rank(const network_index& idx, const std::vector<std::string>& rivals, int year,
                 const rank_options& opt = {});
/// As above, building the index first.
rank_result rank(const network& net, const std::vector<std::string>& rivals, int year, const rank_options& opt = {});

/// @name Output of `kzsec rank` (and `python -m kzsec rank`)
/// Text for the terminal (fixed columns); Markdown (one table); CSV (`rank, actor, name, region, year,
/// affinity_<rival>..., tilt, hedging, spread, observed_domains, strategy, aligned_with, against,
/// robustness, rule`; robustness empty when not computed); JSON (`rivals, year, domains, skipped, rows`,
/// robustness null when not computed).
/// @param r the ranking @return the text. Complexity: O(rows).
/// @{
std::string rank_to_text(const rank_result& r);
std::string rank_to_markdown(const rank_result& r);
std::string rank_to_csv(const rank_result& r);
std::string rank_to_json(const rank_result& r);
/// @}

}  // namespace kzsec::hedging
