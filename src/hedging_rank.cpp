// hedging::rank: every actor's profile for one frame and year (include/kzsec/hedging_rank.hpp).
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>

#include "kzsec/detail/text.hpp"
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
    auto tick = [&](std::size_t done) {
        if (opt.progress && !opt.progress(done, candidates.size()))
            throw cancelled(fmt::format("[kzsec] rank: cancelled by the progress callback after {} of {} actors", done,
                                        candidates.size()));
    };
    tick(0);
    std::size_t done = 0;
    for (const auto& f : candidates) {
        const profile_result p = profile(idx, f, rivals, year, po);
        if (++done < candidates.size()) tick(done);  // the last call comes after the sort
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
    tick(candidates.size());
    return out;
}

rank_result rank(const network& net, const std::vector<std::string>& rivals, int year, const rank_options& opt) {
    const network_index idx(net);
    return rank(idx, rivals, year, opt);
}

namespace {
std::string fmt_num(double v, int prec = 3) { return std::isnan(v) ? std::string("n/a") : fmt::format("{:.{}f}", v, prec); }

std::string join(const std::vector<std::string>& xs, const char* sep = ";") {
    std::string out;
    for (const auto& x : xs) out += (out.empty() ? "" : sep) + x;
    return out;
}

using kzsec::detail::csv_field;

std::string rank_text(const rank_result& r, bool markdown) {
    std::string out;
    const auto& rv = r.rivals;
    if (markdown) {
        out += fmt::format("# Alignment between {} in {}\n\n", join(rv, " and "), r.year);
        out += "| rank | actor | name | region |";
        for (const auto& x : rv) out += fmt::format(" A({}) |", x);
        out += fmt::format(" tilt to {} | hedging | strategy | aligned with | against | robustness | rule |\n", rv[0]);
        out += "|---:|---|---|---|";
        for (std::size_t i = 0; i < rv.size(); ++i) out += "---:|";
        out += "---:|---:|---|---|---|---:|---|\n";
    } else {
        out += fmt::format("Alignment between {} in {} ({} actors ranked, {} without enough evidence)\n", join(rv, " and "),
                           r.year, r.rows.size(), r.skipped.size());
        out += fmt::format("domains: {}\n\n", join(r.domains, ", "));
        out += fmt::format("{:>4}  {:<4} {:<28}", "rank", "id", "name");
        for (const auto& x : rv) out += fmt::format(" {:>7}", "A(" + x + ")");
        out += fmt::format(" {:>7} {:>7}  {:<14} {:<8} {:>6}\n", "tilt", "H", "strategy", "with", "robust");
    }
    int k = 0;
    for (const auto& row : r.rows) {
        ++k;
        const std::string strat(to_string(row.primary));
        if (markdown) {
            out += fmt::format("| {} | {} | {} | {} |", k, row.actor, row.name, row.region);
            for (double a : row.affinity) out += fmt::format(" {} |", fmt_num(a));
            out += fmt::format(" {} | {} | {} | {} | {} | {} | {} |\n", fmt_num(row.tilt), fmt_num(row.hedging), strat,
                               row.aligned_with, join(row.against, ", "), fmt_num(row.robustness, 2), row.reason);
        } else {
            out += fmt::format("{:>4}  {:<4} {:<28}", k, row.actor, row.name.substr(0, 28));
            for (double a : row.affinity) out += fmt::format(" {:>7}", fmt_num(a));
            out += fmt::format(" {:>7} {:>7}  {:<14} {:<8} {:>6}\n", fmt_num(row.tilt), fmt_num(row.hedging), strat,
                               row.aligned_with.empty() ? "-" : row.aligned_with, fmt_num(row.robustness, 2));
        }
    }
    if (!r.skipped.empty()) out += fmt::format("\n{}without enough evidence: {}\n", markdown ? "" : "", join(r.skipped, ", "));
    return out;
}

}  // namespace

std::string rank_to_csv(const rank_result& r) {
    std::string out = "rank,actor,name,region,year";
    for (const auto& x : r.rivals) out += ",affinity_" + x;
    out += ",tilt,hedging,spread,observed_domains,strategy,aligned_with,against,robustness,rule\n";
    int k = 0;
    for (const auto& row : r.rows) {
        out += fmt::format("{},{},{},{},{}", ++k, row.actor, csv_field(row.name), csv_field(row.region), r.year);
        for (double a : row.affinity) out += fmt::format(",{:.6g}", a);
        out += fmt::format(",{:.6g},{:.6g},{:.6g},{},{},{},{},{},{}\n", row.tilt, row.hedging, row.spread, row.observed_domains,
                           to_string(row.primary), row.aligned_with, join(row.against),
                           std::isnan(row.robustness) ? std::string() : fmt::format("{:.6g}", row.robustness), row.reason);
    }
    return out;
}

std::string rank_to_json(const rank_result& r) {
    nlohmann::ordered_json j;
    j["rivals"] = r.rivals;
    j["year"] = r.year;
    j["domains"] = r.domains;
    j["skipped"] = r.skipped;
    j["rows"] = nlohmann::ordered_json::array();
    for (const auto& row : r.rows) {
        nlohmann::ordered_json o;
        o["actor"] = row.actor;
        o["name"] = row.name;
        o["region"] = row.region;
        o["affinity"] = row.affinity;
        o["tilt"] = row.tilt;
        o["hedging"] = row.hedging;
        o["spread"] = row.spread;
        o["observed_domains"] = row.observed_domains;
        o["strategy"] = to_string(row.primary);
        o["aligned_with"] = row.aligned_with;
        o["against"] = row.against;
        if (std::isnan(row.robustness)) o["robustness"] = nullptr;
        else o["robustness"] = row.robustness;
        o["rule"] = row.reason;
        j["rows"].push_back(std::move(o));
    }
    return j.dump(2) + "\n";
}

std::string rank_to_text(const rank_result& r) { return rank_text(r, false); }
std::string rank_to_markdown(const rank_result& r) { return rank_text(r, true); }

}  // namespace kzsec::hedging
