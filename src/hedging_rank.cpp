// hedging::rank: every actor's profile for one frame and year (include/kzsec/hedging_rank.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "kzsec/errors.hpp"
#include "kzsec/hedging_rank.hpp"

namespace kzsec::hedging {

rank_result rank(const network_index& idx, const std::vector<std::string>& rivals, int year, const rank_options& opt) {
    if (rivals.size() < 2) throw invalid_input("[kzsec] rank: at least two rivals are needed");
    for (const auto& r : rivals) (void)idx.actor(r);
    static const std::set<std::string> keys = {"tilt", "hedging", "robustness", "strategy", "actor"};
    if (!keys.count(opt.sort))
        throw invalid_input(fmt::format("[kzsec] rank: unknown sort key '{}' (tilt, hedging, robustness, strategy, actor)", opt.sort));
    if (opt.min_observed_domains < 0) throw invalid_input("[kzsec] rank: min_observed_domains must be >= 0");
    const network& net = idx.net();
    std::vector<std::string> candidates;
    if (!opt.actors.empty()) {
        for (const auto& a : opt.actors) {
            (void)idx.actor(a);
            if (std::find(rivals.begin(), rivals.end(), a) == rivals.end()) candidates.push_back(a);
        }
    } else {
        for (const auto& a : net.actors())
            if (a.kind == actor_kind::state && std::find(rivals.begin(), rivals.end(), a.id) == rivals.end())
                candidates.push_back(a.id);
    }
    profile_options po = opt.profile;
    po.cross_pressure_actors = rivals;  // the triad (focal, rival_i, rival_j) only
    rank_result out;
    out.rivals = rivals;
    out.year = year;
    for (const auto& f : candidates) {
        const profile_result p = profile(idx, f, rivals, year, po);
        if (out.domains.empty())
            for (const auto& d : p.structure.domains) out.domains.push_back(d.domain);
        int observed = 0;
        for (const auto& d : p.structure.domains)
            if (std::all_of(d.observed.begin(), d.observed.end(), [](bool b) { return b; })) ++observed;
        if (observed < opt.min_observed_domains) {
            out.skipped.push_back(f);
            continue;
        }
        const actor& a = net.get_actor(f);
        rank_row r;
        r.actor = f;
        r.name = a.name;
        r.region = a.region;
        r.affinity = p.structure.aggregate.affinity;
        r.tilt = p.structure.aggregate.tilt;
        r.hedging = p.structure.aggregate.hedging;
        r.spread = p.structure.aggregate.spread;
        r.observed_domains = observed;
        r.primary = p.structure.strategy.primary;
        r.aligned_with = p.structure.strategy.aligned_with;
        r.against = p.structure.strategy.against;
        r.robustness = p.structure.strategy.robustness;
        if (!p.structure.strategy.reasons.empty()) r.reason = p.structure.strategy.reasons.front().code;
        out.rows.push_back(std::move(r));
    }
    auto by_actor = [](const rank_row& x, const rank_row& y) { return x.actor < y.actor; };
    std::stable_sort(out.rows.begin(), out.rows.end(), by_actor);
    if (opt.sort == "tilt")
        std::stable_sort(out.rows.begin(), out.rows.end(), [](const rank_row& x, const rank_row& y) { return x.tilt > y.tilt; });
    else if (opt.sort == "hedging")
        std::stable_sort(out.rows.begin(), out.rows.end(), [](const rank_row& x, const rank_row& y) { return x.hedging > y.hedging; });
    else if (opt.sort == "robustness")
        std::stable_sort(out.rows.begin(), out.rows.end(), [](const rank_row& x, const rank_row& y) {
            const double a = std::isnan(x.robustness) ? 2.0 : x.robustness, b = std::isnan(y.robustness) ? 2.0 : y.robustness;
            return a < b;
        });
    else if (opt.sort == "strategy")
        std::stable_sort(out.rows.begin(), out.rows.end(), [](const rank_row& x, const rank_row& y) {
            if (x.primary != y.primary) return x.primary < y.primary;
            return x.tilt > y.tilt;
        });
    return out;
}

rank_result rank(const network& net, const std::vector<std::string>& rivals, int year, const rank_options& opt) {
    const network_index idx(net);
    return rank(idx, rivals, year, opt);
}

}  // namespace kzsec::hedging
