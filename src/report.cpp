#include "kzsec/report.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "kzsec/centrality.hpp"
#include "kzsec/detail/suggest.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/limits.hpp"
#include "kzsec/scenario.hpp"
#include "kzsec/world.hpp"

#include "focal_coalitions.hpp"

namespace kzsec::report {

namespace {

/// The progress of make_report (report_options::progress): steps done out of the total, and the
/// cancel check. Called on the calling thread only.
class progress_meter {
public:
    progress_meter(const report_options& opt, std::size_t total) : opt_(opt), total_(total) {}
    std::size_t total() const noexcept { return total_; }
    /// Reports `done` steps (at least the last value reported, at most the total).
    void reach(std::size_t done) {
        done_ = std::min(total_, std::max(done_, done));
        if (opt_.progress && !opt_.progress(done_, total_))
            throw cancelled(fmt::format("[kzsec] report: cancelled by the progress callback after {} of {} steps",
                                        done_, total_));
    }
    void add(std::size_t steps) { reach(done_ + steps); }
    std::size_t done() const noexcept { return done_; }

private:
    const report_options& opt_;
    std::size_t total_;
    std::size_t done_ = 0;
};

year_range relation_years(const network& net) {
    if (net.relations().empty()) throw invalid_input("[kzsec] report: the network has no relation");
    int lo = std::numeric_limits<int>::max(), hi = std::numeric_limits<int>::min();
    for (const auto& r : net.relations()) {
        lo = std::min(lo, r.years.from);
        hi = std::max(hi, r.years.to);
    }
    return {lo, hi};
}

bool involves(const relation& r, const std::string& id) { return r.a == id || r.b == id; }

std::string sgn(double x) { return std::isnan(x) ? std::string("n/a") : fmt::format("{:+.2f}", x); }
/// "n/a" for a NaN (a missing tie, issue #12), else the value with two decimals.
std::string num2(double x) { return std::isnan(x) ? std::string("n/a") : fmt::format("{:.2f}", x); }
/// The tilt band of a row, "n/a" when a rival is unobserved (its tilt is NaN).
std::string band_text(double tilt, hedging::tilt_band b) {
    return std::isnan(tilt) ? std::string("n/a") : std::string(hedging::to_string(b));
}
/// The stance toward one rival with its witness: "bandwagoning (s 0.80, o 0.62)", "no_data".
std::string stance_text(const hedging::power_stance& st) {
    if (!st.observed) return "no_data";
    auto v = [](double x) { return std::isnan(x) ? std::string("n/a") : fmt::format("{:+.2f}", x); };
    return fmt::format("{} (security {}, other {})", hedging::to_string(st.position), v(st.security), v(st.other));
}
/// The label the tilt bands carried before issue #12 (Kuik's names), for the deprecated JSON keys.
std::string deprecated_band_name(hedging::tilt_band b) {
    return std::string(hedging::to_string(static_cast<hedging::kuik_position>(static_cast<int>(b))));
}
std::string deprecated_band_name(const std::string& band) {
    for (int p = -3; p <= 3; ++p)
        if (hedging::to_string(static_cast<hedging::tilt_band>(p)) == band)
            return deprecated_band_name(static_cast<hedging::tilt_band>(p));
    return band;
}
/// The stance name, "no_data" if unobserved.
std::string stance_name(const hedging::power_stance& st) {
    return st.observed ? std::string(hedging::to_string(st.position)) : std::string("no_data");
}

/// The part that can be unbalanced: the ties on cycles and the frustration normalised over them.
void add_cycle_part(const report_options& opt, const signed_graph& g, balance_summary& b) {
    const auto cp = cycle_part(g);
    b.cycle_ties = cp.graph.num_edges();
    b.cycle_actors = cp.vertices_on_cycles;
    for (const auto& e : cp.removed) b.left_out.push_back(g.label(e.u) + "-" + g.label(e.v));
    double mc = 0;
    for (const auto& e : cp.graph.edges()) mc += opt.weighted_frustration ? std::abs(e.weight) : 1.0;
    b.cycle_normalised = mc > 0 ? 1.0 - 2.0 * b.frustration.frustration / mc : 1.0;
}

/// The exact frustration options of the report (`weighted`: count |w| instead of ties).
frustration_options exact_frustration(const report_options& opt, bool weighted) {
    frustration_options fo;
    fo.method = frustration_method::exact;
    fo.time_limit = opt.frustration_time_limit;
    fo.weighted = weighted;
    return fo;
}

/// The weighting flag: is the reported partition optimal under the other convention too? And the
/// focal's coalition under that convention.
void add_weighting_flag(const report_options& opt, const signed_graph& g, std::size_t f, balance_summary& b) {
    const frustration_options fo = exact_frustration(opt, !opt.weighted_frustration);
    const auto other = frustration(g, fo);
    const double here = frustration_of(g, b.frustration.partition, fo.weighted);
    double wmax = 1.0;
    for (const auto& e : g.edges()) wmax = std::max(wmax, std::abs(e.weight));
    b.weighting_dependent = other.optimal && here > other.frustration + 1e-9 * wmax;
    const auto sides = kzsec::detail::focal_sides(g, other.partition, f);
    for (std::size_t v = 0; v < g.num_vertices(); ++v)
        if (sides[v] == kzsec::detail::focal_side::with) b.with_focal_other_weighting.push_back(g.label(v));
}

/// The optimal partitions of the focal's component and each actor's share of them on the focal's side.
void add_optimal_partitions(const report_options& opt, const signed_graph& g, std::size_t f, balance_summary& b) {
    const auto comp = g.components();
    std::vector<std::size_t> members;
    for (std::size_t v = 0; v < g.num_vertices(); ++v)
        if (comp[v] == comp[f]) members.push_back(v);
    const signed_graph sub = g.induced_subgraph(members);
    partitions_options po;
    po.weighted = opt.weighted_frustration;
    po.max_count = opt.max_partitions;
    po.time_limit = opt.frustration_time_limit;
    const auto parts = optimal_partitions(sub, po);
    b.optimal_partitions = parts.count;
    b.optimal_partitions_complete = parts.complete;
    const std::size_t fs = sub.index(opt.focal);
    const auto sh = shares_with(sub, fs, parts.partitions);
    b.share_actors = sh.actors;
    b.partition_share = sh.share;
    b.draw_share.assign(b.share_actors.size(), std::numeric_limits<double>::quiet_NaN());
}

/// Coalition draws: a network with the year's relations of the snapshot's domains, values drawn
/// from their confidence; the share of draws putting each actor on the focal's side.
void add_coalition_draws(progress_meter& meter, const network& net, int year, const report_options& opt,
                         const snapshot_options& so, const signed_graph& g, balance_summary& b) {
    network small;
    for (const auto& a : net.actors()) small.add_actor(a);
    for (const auto& d : net.domains()) small.set_domain(d);
    std::set<std::string> domains;
    if (!opt.balance_domain.empty())
        domains.insert(opt.balance_domain);
    else if (!so.domain_weights.empty())
        for (const auto& kv : so.domain_weights) domains.insert(kv.first);
    else
        domains.insert("security");
    const std::set<std::string> keep(opt.balance_actors.begin(), opt.balance_actors.end());
    std::vector<relation> rels;
    for (const auto& r : net.relations())
        if (r.years.contains(year) && domains.count(r.domain) &&
            (keep.empty() || (keep.count(r.a) && keep.count(r.b))))
            rels.push_back(r);
    for (const auto& m : net.memberships())  // only those that can add a tie (both ends in the snapshot)
        if (m.years.contains(year) && g.contains(m.member) && g.contains(m.organisation)) small.add_membership(m);
    const auto& ho = opt.hedging;
    auto sd_of = [&](confidence c) {
        return c == confidence::high ? ho.robustness_sd_high
               : c == confidence::medium ? ho.robustness_sd_medium
                                         : ho.robustness_sd_low;
    };
    const std::uint64_t year_key = static_cast<std::uint64_t>(static_cast<std::uint32_t>(year)) << 32;
    std::vector<std::size_t> with(b.share_actors.size(), 0);
    const frustration_options fo = exact_frustration(opt, opt.weighted_frustration);
    for (std::size_t n = 0; n < opt.coalition_draws; ++n) {
        std::vector<relation> drawn = rels;
        for (std::size_t j = 0; j < drawn.size(); ++j)
            drawn[j].value = scenario::draw_value(opt.seed, n, year_key | static_cast<std::uint64_t>(j),
                                                  drawn[j].value, sd_of(drawn[j].conf));
        small.replace_relations(std::move(drawn));
        const signed_graph h = small.snapshot(year, opt.balance_domain, so);
        if (!h.contains(opt.focal)) continue;
        const auto sides = kzsec::detail::focal_sides(h, frustration(h, fo).partition, h.index(opt.focal));
        for (std::size_t k = 0; k < b.share_actors.size(); ++k)
            if (h.contains(b.share_actors[k]) && sides[h.index(b.share_actors[k])] == kzsec::detail::focal_side::with)
                ++with[k];
        meter.add(1);
    }
    b.coalition_draws = opt.coalition_draws;
    for (std::size_t k = 0; k < with.size(); ++k)
        b.draw_share[k] = static_cast<double>(with[k]) / static_cast<double>(opt.coalition_draws);
}

/// The part that can be unbalanced, the weighting flag, the optimal partitions and the coalition draws
/// (balance_summary; docs/report.md).
void add_certainty(progress_meter& meter, const network& net, int year, const report_options& opt, const snapshot_options& so,
                   const signed_graph& g, balance_summary& b) {
    add_cycle_part(opt, g, b);
    if (!g.contains(opt.focal)) return;
    const std::size_t f = g.index(opt.focal);
    add_weighting_flag(opt, g, f, b);
    add_optimal_partitions(opt, g, f, b);
    if (opt.coalition_draws > 0) add_coalition_draws(meter, net, year, opt, so, g, b);
}

balance_summary balance_of(progress_meter& meter, const network& net, int year, const report_options& opt) {
    balance_summary b;
    snapshot_options so;
    so.actors = opt.balance_actors;
    if (opt.balance_domain.empty()) {
        so.domain_weights = opt.balance_domain_weights;
        b.domain = "combined";
    } else {
        b.domain = opt.balance_domain;
    }
    so.membership_ties = opt.membership_ties;
    so.extra_memberships = opt.extra_memberships;
    const signed_graph g = net.snapshot(year, opt.balance_domain, so);
    for (const auto& t : g.reduction().membership_ties) {
        const std::string x = g.label(t.organisation) + "-" + g.label(t.member);
        if (std::find(b.membership_ties.begin(), b.membership_ties.end(), x) == b.membership_ties.end())
            b.membership_ties.push_back(x);
    }
    b.actors = g.num_vertices();
    b.ties = g.num_edges();
    b.negative_ties = g.num_negative_edges();
    triangle_options to;
    to.list_unbalanced = true;
    b.triangles = triangle_index(g, to);
    b.frustration = frustration(g, exact_frustration(opt, opt.weighted_frustration));
    if (g.num_vertices() >= 2) {
        try {
            b.pn = pn_index(g).pn;
            b.pn_actors = g.labels();
        } catch (const numerical_error&) {  // two actors with a negative tie: PN is undefined
        }
    }
    if (g.contains(opt.focal)) {
        const std::size_t f = g.index(opt.focal);
        const std::vector<kzsec::detail::focal_side> sides = kzsec::detail::focal_sides(g, b.frustration.partition, f);
        for (std::size_t v = 0; v < g.num_vertices(); ++v) {
            if (sides[v] == kzsec::detail::focal_side::with) b.with_focal.push_back(g.label(v));
            if (sides[v] == kzsec::detail::focal_side::against) b.against_focal.push_back(g.label(v));
        }
        for (const auto& t : b.triangles.unbalanced_triangles) {
            if (t[0] != f && t[1] != f && t[2] != f) continue;
            std::array<std::string, 3> lab{opt.focal, "", ""};
            std::size_t k = 1;
            for (auto v : t)
                if (v != f) lab[k++] = g.label(v);
            b.unbalanced_through_focal.push_back(lab);
        }
    }
    add_certainty(meter, net, year, opt, so, g, b);
    return b;
}

void add_bands(progress_meter& meter, const network& net, const report_options& opt, const hedging::profile_options& ho,
               const std::vector<int>& years, report_result& out) {
    if (!(opt.band_low >= 0.0 && opt.band_low < opt.band_high && opt.band_high <= 1.0))
        throw invalid_input(fmt::format("[kzsec] report: band quantiles must satisfy 0 <= low < high <= 1, got {} and {}",
                                        opt.band_low, opt.band_high));
    scenario::mc_options mo;
    mo.draws = opt.draws;
    mo.seed = opt.seed;
    mo.quantiles = {opt.band_low, opt.band_high};
    mo.indicators.hedging = ho;
    mo.sensitivity.clear();
    if (opt.progress) {
        const std::size_t offset = meter.done();
        mo.progress = [&meter, offset](std::size_t done, std::size_t) {
            meter.reach(offset + done);  // throws cancelled on false, so monte_carlo stops at once
            return true;
        };
    }
    const auto mc = scenario::monte_carlo(net, opt.focal, opt.rivals, years, mo);
    out.draws = mc.draws;
    out.seed = mc.seed;
    out.band_low = opt.band_low;
    out.band_high = opt.band_high;
    for (auto& yr : out.years) {
        for (const auto& d : out.domains) yr.bands.push_back({"tilt", d, 0, 0, 0, 0, "", 0});
        yr.bands.push_back({"tilt", "aggregate", 0, 0, 0, 0, "", 0});
    }
    auto find = [&](int year, const std::string& domain) -> band* {
        for (auto& yr : out.years)
            if (yr.year == year)
                for (auto& b : yr.bands)
                    if (b.domain == domain) return &b;
        return nullptr;
    };
    const auto& t = mc.summary;
    for (std::size_t i = 0; i < t.year.size(); ++i) {
        if (t.indicator[i] != "tilt") continue;
        if (band* b = find(t.year[i], t.domain[i])) {
            b->mean = t.mean[i];
            b->sd = t.sd[i];
            b->low = t.quantiles[0][i];
            b->high = t.quantiles[1][i];
        }
    }
    const auto& c = mc.categories;
    for (std::size_t i = 0; i < c.year.size(); ++i) {
        if (c.indicator[i] != "tilt_band") continue;
        if (band* b = find(c.year[i], c.domain[i]))
            if (c.share[i] > b->modal_share) {
                b->modal_share = c.share[i];
                b->modal_tilt_band = c.category[i];
            }
    }
}

}  // namespace

void apply_world_defaults(const network& net, report_options& opt) {
    if (opt.domains.empty()) opt.domains = {"security", "political", "economic", "institutional"};
    if (opt.balance_actors.empty()) {
        auto add = [&](const std::string& id) {
            if (std::find(opt.balance_actors.begin(), opt.balance_actors.end(), id) == opt.balance_actors.end())
                opt.balance_actors.push_back(id);
        };
        add(opt.focal);
        for (const auto& r : opt.rivals) add(r);
        for (const auto& a : net.actors()) {
            auto it = a.attributes.find("major_power");
            if (it == a.attributes.end()) continue;
            // spans "1950-2024;..." : a major power in the network's last year
            const std::string& spans = it->second;
            const auto last = spans.rfind('-');
            if (last != std::string::npos && spans.substr(last + 1) >= std::to_string(net.years().to)) add(a.id);
        }
    }
    if (opt.change_actors.empty()) opt.change_actors = opt.balance_actors;
}

namespace {

/// The focal, rivals, draws and years of the request exist and lie within the limits.
void check_request(const network& net, const report_options& opt) {
    if (!net.has_actor(opt.focal))
        throw unknown_actor(fmt::format("[kzsec] report: unknown focal actor '{}'{}", opt.focal,
                                        kzsec::detail::did_you_mean(opt.focal, net.actors())));
    if (opt.rivals.size() < 2)
        throw invalid_input(fmt::format("[kzsec] report: need at least two rivals, got {}", opt.rivals.size()));
    for (const auto& r : opt.rivals)
        if (!net.has_actor(r))
            throw unknown_actor(
                fmt::format("[kzsec] report: unknown rival '{}'{}", r, kzsec::detail::did_you_mean(r, net.actors())));
    check_draws(opt.draws, "report", "draws");
    check_draws(opt.coalition_draws, "report", "coalition_draws");
    if (opt.robustness_draws < 0 || static_cast<std::uint64_t>(opt.robustness_draws) > max_draws)
        throw invalid_input(fmt::format("[kzsec] report: robustness_draws {} is outside 0..{}", opt.robustness_draws,
                                        max_draws));
    for (int y : opt.years) check_year(y, "report", "year");
}

/// The report's domains (requested ones must exist and hold data for the focal) and, among them,
/// the judgement-only ones: no relation of the focal rests on data, and no public data set of the
/// world network measures the domain (so no calibration is possible: identity in the Kazakhstan data).
void choose_domains(const network& net, const report_options& opt, report_result& out) {
    auto has_focal_relation = [&](const std::string& d) {
        return std::any_of(net.relations().begin(), net.relations().end(),
                           [&](const relation& r) { return r.domain == d && involves(r, opt.focal); });
    };
    if (opt.domains.empty()) {
        for (const auto& d : hedging::default_domains(net))  // the defaults of hedging::profile
            if (has_focal_relation(d)) out.domains.push_back(d);
    } else {
        for (const auto& d : opt.domains) {
            if (!net.has_domain(d)) {
                std::vector<std::string> known;
                for (const auto& x : net.domains()) known.push_back(x.id);
                throw invalid_input(fmt::format("[kzsec] report: unknown domain '{}' (known: {})", d,
                                                fmt::join(known, ", ")));
            }
            if (!has_focal_relation(d))
                throw invalid_input(
                    fmt::format("[kzsec] report: domain '{}' has no relation of '{}' in the data", d, opt.focal));
            out.domains.push_back(d);
        }
    }
    if (out.domains.empty())
        throw invalid_input(fmt::format("[kzsec] report: '{}' has no relation in any domain", opt.focal));
    const std::vector<std::string> measured = world::world_options{}.domains;
    for (const auto& d : out.domains) {
        if (std::find(measured.begin(), measured.end(), d) != measured.end()) continue;
        if (std::none_of(net.relations().begin(), net.relations().end(), [&](const relation& r) {
                return r.domain == d && involves(r, opt.focal) && r.basis.find("data") != std::string::npos;
            }))
            out.judgement_only_domains.push_back(d);
    }
}

/// The requested years (default: every year of the relations), sorted, unique, within the data.
std::vector<int> report_years(const report_options& opt, const year_range& span) {
    std::vector<int> years = opt.years;
    if (years.empty())
        for (int y = span.from; y <= span.to; ++y) years.push_back(y);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    for (int y : years)
        if (!span.contains(y))
            throw invalid_input(
                fmt::format("[kzsec] report: year {} is outside the data ({}-{})", y, span.from, span.to));
    return years;
}

/// The focal's relations to the watched actors that changed from year y - 1 to y.
void add_changes(const network& net, const hedging::network_index& idx, const report_options& opt,
                 const std::vector<std::string>& domains, year_report& yr) {
    const int y = yr.year;
    const std::size_t f = idx.actor(opt.focal);
    std::vector<char> watch(net.actors().size(), opt.change_actors.empty() ? 1 : 0);
    for (const auto& a : opt.change_actors) watch[idx.actor(a)] = 1;
    for (std::size_t a = 0; a < net.actors().size(); ++a) {
        if (a == f || !watch[a]) continue;
        for (const auto& d : domains) {
            const std::size_t di = idx.domain(d);
            const auto before = idx.value(f, a, di, y - 1), after = idx.value(f, a, di, y);
            if (before != after) yr.changes.push_back({net.actors()[a].id, d, before, after});
        }
    }
}

/// The year's events of the watched actors, by date.
void add_events(const network& net, const std::set<std::string>& watched, year_report& yr) {
    for (const auto& e : net.events_in(yr.year))
        if (std::any_of(e.actors.begin(), e.actors.end(), [&](const std::string& a) { return watched.count(a); }))
            yr.events.push_back(e);
    std::stable_sort(yr.events.begin(), yr.events.end(), [](const event& a, const event& b) { return a.date < b.date; });
}

}  // namespace

report_result make_report(const network& net, const report_options& opt) {
    check_request(net, opt);
    const year_range span = relation_years(net);

    report_result out;
    out.title = net.metadata.title;
    out.focal = opt.focal;
    out.focal_name = net.get_actor(opt.focal).name;
    out.rivals = opt.rivals;
    for (const auto& r : opt.rivals) out.rival_names.push_back(net.get_actor(r).name);
    choose_domains(net, opt, out);
    if (!opt.balance_domain.empty() && !net.has_domain(opt.balance_domain))
        throw invalid_input(fmt::format("[kzsec] report: unknown balance domain '{}'", opt.balance_domain));
    const std::vector<int> years = report_years(opt, span);

    hedging::profile_options ho = opt.hedging;
    ho.domains = out.domains;
    ho.robustness_draws = opt.robustness_draws;
    ho.robustness_seed = opt.seed;
    const hedging::network_index idx(net);
    std::set<std::string> watched{opt.focal};
    if (opt.events_of_rivals) watched.insert(opt.rivals.begin(), opt.rivals.end());
    progress_meter meter(opt, years.size() * (1 + opt.coalition_draws) + opt.draws);
    meter.reach(0);
    for (std::size_t yi = 0; yi < years.size(); ++yi) {
        const int y = years[yi];
        year_report yr;
        yr.year = y;
        yr.profile = hedging::profile(idx, opt.focal, opt.rivals, y, ho);
        if (y > span.from) add_changes(net, idx, opt, out.domains, yr);
        yr.balance = balance_of(meter, net, y, opt);
        add_events(net, watched, yr);
        out.years.push_back(std::move(yr));
        meter.reach((yi + 1) * (1 + opt.coalition_draws));  // the year, and any coalition draws not run
    }
    if (opt.draws > 0) add_bands(meter, net, opt, ho, years, out);
    meter.reach(meter.total());
    return out;
}

// ------------------------------------------------------------------ output

namespace {

std::string coalitions(const balance_summary& b) {
    return fmt::format("{{{}}} vs {{{}}}", fmt::join(b.with_focal, ", "), fmt::join(b.against_focal, ", "));
}

std::string triads(const balance_summary& b) {
    std::vector<std::string> t;
    for (const auto& x : b.unbalanced_through_focal) t.push_back(fmt::format("{}-{}-{}", x[0], x[1], x[2]));
    return t.empty() ? std::string("none") : fmt::format("{}", fmt::join(t, ", "));
}

/// "RUS 1.00/0.93, CHN 0.50/0.41" (share of optimal partitions / of draws with the focal; "RUS 1.00" without
/// draws), focal left out.
std::string shares_text(const balance_summary& b, const std::string& focal, const char* sep = ", ",
                        const char* pair_sep = " ") {
    std::vector<std::string> parts;
    for (std::size_t k = 0; k < b.share_actors.size(); ++k) {
        if (b.share_actors[k] == focal) continue;
        const double d = b.draw_share.empty() ? std::nan("") : b.draw_share[k];
        parts.push_back(fmt::format("{}{}{:.2f}{}", b.share_actors[k], pair_sep, b.partition_share[k],
                                    std::isnan(d) ? std::string() : fmt::format("/{:.2f}", d)));
    }
    return fmt::format("{}", fmt::join(parts, sep));
}

/// "1 (unique)", "4", "at least 10000".
std::string partitions_text(const balance_summary& b) {
    if (!b.optimal_partitions_complete) return fmt::format("at least {}", b.optimal_partitions);
    return b.optimal_partitions == 1 ? std::string("1 (unique)") : fmt::format("{}", b.optimal_partitions);
}

std::string reasons_text(const hedging::strategy_result& s) {
    std::vector<std::string> parts;
    for (const auto& r : s.reasons) parts.push_back(r.text);
    return fmt::format("{}", fmt::join(parts, "; "));
}

/// "bandwagoning with RUS", "balancing against CHN (aligned with USA)", "hedging".
std::string strategy_label(const hedging::strategy_result& s) {
    std::string x(hedging::to_string(s.primary));
    if (s.primary == hedging::strategy::balancing && !s.against.empty()) {
        x += fmt::format(" against {}", fmt::join(s.against, ", "));
        if (!s.aligned_with.empty()) x += fmt::format(" (aligned with {})", s.aligned_with);
    } else if (!s.aligned_with.empty()) {
        x += fmt::format(" with {}", s.aligned_with);
    }
    return x;
}

/// The robustness of the label: "0.52" or "n/a".
std::string robustness_text(const hedging::strategy_result& s) {
    return std::isnan(s.robustness) ? std::string("n/a") : fmt::format("{:.2f}", s.robustness);
}

std::string components_text(const hedging::strategy_result& s) {
    std::vector<std::string> c;
    for (auto x : s.components) c.emplace_back(hedging::to_string(x));
    return fmt::format("{}", fmt::join(c, "+"));
}

std::string opt_value(const std::optional<double>& v) { return v ? sgn(*v) : std::string("none"); }

std::string change_label(const relation_change& c) {
    return fmt::format("{} {} {} -> {}", c.other, c.domain, opt_value(c.before), opt_value(c.after));
}

std::string event_label(const event& e) {
    return fmt::format("{} [{}] {}", e.date.empty() ? std::to_string(e.year) : e.date, fmt::join(e.actors, ","),
                       e.description);
}

}  // namespace

namespace {
/// PN of the focal and the rivals with their rank among the snapshot's actors ("" if undefined).
std::string pn_text(const report_result& r, const balance_summary& b, bool ranks) {
    if (b.pn.empty()) return "";
    std::vector<std::string> parts;
    std::vector<std::string> ids{r.focal};
    ids.insert(ids.end(), r.rivals.begin(), r.rivals.end());
    for (const auto& id : ids) {
        const auto it = std::find(b.pn_actors.begin(), b.pn_actors.end(), id);
        if (it == b.pn_actors.end()) continue;
        const double x = b.pn[static_cast<std::size_t>(it - b.pn_actors.begin())];
        // rank: 1 + actors with a larger PN (beyond rounding, so that equals share a rank)
        const auto rank = 1 + std::count_if(b.pn.begin(), b.pn.end(), [x](double y) { return y > x + 1e-9 * std::max(1.0, std::abs(x)); });
        parts.push_back(ranks ? fmt::format("{} {:.3f} (#{})", id, x, rank) : fmt::format("{} {:.3f}", id, x));
    }
    return fmt::format("{}", fmt::join(parts, ranks ? ", " : " / "));
}

/// The heading of the text report: focal, rivals, data title, the reading of the table and
/// the judgement-only domains.
std::string text_heading(const report_result& r) {
    std::string s;
    s += fmt::format("kzsec report: {} ({}) between {}", r.focal_name, r.focal, r.rival_names[0]);
    for (std::size_t i = 1; i < r.rivals.size(); ++i) s += fmt::format(" and {}", r.rival_names[i]);
    if (!r.title.empty()) s += fmt::format("\ndata: {}", r.title);
    s += fmt::format("\naffinity on [-1, 1]; tilt > 0 = closer to {}; H = hedging (equidistance with both ties > 0)\n",
                     r.rivals[0]);
    if (!r.judgement_only_domains.empty())
        s += fmt::format("judgement-only domains (basis judgement, no public data measure them): {}\n",
                         fmt::join(r.judgement_only_domains, ", "));
    return s;
}

/// One year's profile as text: the table of domains and the aggregate (affinities, tilt,
/// hedging, tilt band), the spread, the stances and the strategy.
std::string text_profile(const report_result& r, const hedging::profile_view& v) {
    std::string s;
    s += fmt::format("  {:<10}", "domain");
    for (const auto& id : r.rivals) s += fmt::format(" {:>6}", id);
    s += fmt::format(" {:>6} {:>5}  {}\n", "tilt", "H", "tilt band");
    for (const auto& d : v.domains) {
        s += fmt::format("  {:<10}", d.domain);
        for (std::size_t i = 0; i < d.affinity.size(); ++i)
            s += d.observed[i] ? fmt::format(" {:>6}", sgn(d.affinity[i])) : fmt::format(" {:>6}", "n/a");
        s += fmt::format(" {:>6} {:>5}  {}\n", sgn(d.tilt), num2(d.hedging), band_text(d.tilt, d.band));
    }
    const auto& a = v.aggregate;
    s += fmt::format("  {:<10}", "aggregate");
    for (double x : a.affinity) s += fmt::format(" {:>6}", a.total_weight > 0 ? sgn(x) : std::string("n/a"));
    s += a.total_weight > 0
             ? fmt::format(" {:>6} {:>5.2f}  {}\n", sgn(a.tilt), a.hedging, hedging::to_string(a.band))
             : fmt::format(" {:>6} {:>5}  {}\n", "n/a", "n/a", "n/a (no domain observed for every rival)");
    s += fmt::format("  spread {:.2f}{}\n", a.spread,
                     a.split ? fmt::format(", issue split ({})", fmt::join(a.split_domains, ", ")) : "");
    std::vector<std::string> st;
    for (const auto& x : v.stances) st.push_back(fmt::format("{} {}", x.power, stance_text(x)));
    s += fmt::format("  stance (Kuik): {}\n", fmt::join(st, "; "));
    s += fmt::format("  strategy: {} [{}]{} - {}\n", strategy_label(v.strategy), components_text(v.strategy),
                     v.strategy.robustness_draws > 0
                         ? fmt::format(" robustness {} ({} draws)", robustness_text(v.strategy), v.strategy.robustness_draws)
                         : std::string(),
                     reasons_text(v.strategy));
    return s;
}

/// One year's balance as text: triangles, frustration, coalitions, the cycle part, optimal
/// partitions, weighting, membership ties, unbalanced triangles through the focal and PN.
std::string text_balance(const report_result& r, const balance_summary& b) {
    std::string s;
    s += fmt::format("  balance ({}): {} actors, {} ties ({} negative); triangles {} balanced of {} (index {:.3f})\n",
                     b.domain, b.actors, b.ties, b.negative_ties, b.triangles.balanced, b.triangles.triangles,
                     b.triangles.index);
    s += fmt::format("    frustration L = {:.2f}{}{} (F = {:.3f}); coalitions {}\n", b.frustration.frustration,
                     b.frustration.weighted ? " (weighted)" : "",
                     b.frustration.optimal ? "" : fmt::format(" (bounds {}-{})", b.frustration.lower_bound,
                                                              b.frustration.upper_bound),
                     b.frustration.normalised, coalitions(b));
    s += fmt::format("    cycle part: {} of {} ties on a cycle ({} on no cycle left out), {} actors; F = {:.3f}\n",
                     b.cycle_ties, b.ties, b.left_out.size(), b.cycle_actors, b.cycle_normalised);
    if (!b.share_actors.empty())
        s += fmt::format("    optimal partitions: {}; with {}, share of optima{}: {}\n", partitions_text(b), r.focal,
                         b.coalition_draws > 0 ? fmt::format(" / of {} draws", b.coalition_draws) : std::string(),
                         shares_text(b, r.focal));
    if (b.weighting_dependent)
        s += fmt::format("    coalition depends on the weighting: {} coalition {{{}}}\n",
                         b.frustration.weighted ? "unweighted" : "weighted", fmt::join(b.with_focal_other_weighting, ", "));
    if (!b.membership_ties.empty()) s += fmt::format("    membership ties: {}\n", fmt::join(b.membership_ties, ", "));
    s += fmt::format("    unbalanced triangles through {}: {}\n", r.focal, triads(b));
    if (!b.pn.empty()) s += fmt::format("    PN centrality (rank of {}): {}\n", b.pn.size(), pn_text(r, b, true));
    return s;
}

/// The rest of one year as text: cross-pressure, the Monte Carlo tilt bands, the changes of
/// relations and the events.
std::string text_year_notes(const report_result& r, const year_report& y) {
    std::string s;
    if (y.profile.cross_pressure.triads > 0)
        s += fmt::format("    cross-pressure: {} triads, exposure {:.2f}\n", y.profile.cross_pressure.triads,
                         y.profile.cross_pressure.exposure);
    if (!y.bands.empty()) {
        std::vector<std::string> parts;
        for (const auto& b : y.bands)
            parts.push_back(fmt::format("{} {} [{}, {}] {} {:.0f}%", b.domain, sgn(b.mean), sgn(b.low), sgn(b.high),
                                        b.modal_tilt_band, 100.0 * b.modal_share));
        s += fmt::format("  tilt bands ({} draws, q{:.0f}-q{:.0f}): {}\n", r.draws, 100 * r.band_low, 100 * r.band_high,
                         fmt::join(parts, "; "));
    }
    if (!y.changes.empty()) {
        std::vector<std::string> c;
        for (const auto& x : y.changes) c.push_back(change_label(x));
        s += fmt::format("  changes: {}\n", fmt::join(c, "; "));
    }
    for (const auto& e : y.events) s += fmt::format("  * {}\n", event_label(e));
    return s;
}
}  // namespace

std::string to_text(const report_result& r) {
    std::string s = text_heading(r);
    for (const auto& y : r.years) {
        s += fmt::format("\n== {} ", y.year) + std::string(60, '=') + "\n";
        s += text_profile(r, y.profile.structure);
        s += text_balance(r, y.balance);
        s += text_year_notes(r, y);
    }
    return s;
}

std::string to_markdown(const report_result& r) {
    std::string s = fmt::format("# {} ({}) between {}\n\n", r.focal_name, r.focal, fmt::join(r.rival_names, " and "));
    if (!r.title.empty()) s += fmt::format("Data: {}\n\n", r.title);
    if (!r.judgement_only_domains.empty())
        s += fmt::format("Judgement-only domains (basis judgement, no public data measure them): {}\n\n",
                         fmt::join(r.judgement_only_domains, ", "));
    s += "## Per domain\n\n| year | domain |";
    for (const auto& id : r.rivals) s += fmt::format(" {} |", id);
    s += " tilt | hedging | tilt band |\n|---:|---|";
    for (std::size_t i = 0; i < r.rivals.size(); ++i) s += "---:|";
    s += "---:|---:|---|\n";
    for (const auto& y : r.years)
        for (const auto& d : y.profile.structure.domains) {
            s += fmt::format("| {} | {} |", y.year, d.domain);
            for (std::size_t i = 0; i < d.affinity.size(); ++i)
                s += d.observed[i] ? fmt::format(" {} |", sgn(d.affinity[i])) : std::string(" n/a |");
            s += fmt::format(" {} | {} | {} |\n", sgn(d.tilt), num2(d.hedging), band_text(d.tilt, d.band));
        }
    s += "\n## Stance toward each power (Kuik's spectrum; s = security tie, o = mean of the other domains)\n\n| year |";
    for (const auto& id : r.rivals) s += fmt::format(" {} |", id);
    s += "\n|---:|";
    for (std::size_t i = 0; i < r.rivals.size(); ++i) s += "---|";
    s += "\n";
    for (const auto& y : r.years) {
        s += fmt::format("| {} |", y.year);
        for (const auto& st : y.profile.structure.stances) s += " " + stance_text(st) + " |";
        s += "\n";
    }
    s += "\n## Per year\n\n| year | aggregate tilt | spread | split | strategy | strategy robustness | triangle index | L | F | "
         "coalition of " + r.focal + " | unbalanced through " + r.focal +
         " | PN centrality |\n|---:|---:|---:|---|---|---:|---:|---:|---:|---|---|---|\n";
    for (const auto& y : r.years) {
        const auto& a = y.profile.structure.aggregate;
        const auto& b = y.balance;
        const auto& st = y.profile.structure.strategy;
        s += fmt::format("| {} | {} | {:.2f} | {} | {} | {} | {:.3f} | {} | {:.3f} | {} | {} | {} |\n", y.year, sgn(a.tilt),
                         a.spread, a.split ? "yes" : "no", strategy_label(st), robustness_text(st),
                         b.triangles.index, b.frustration.frustration, b.frustration.normalised,
                         fmt::join(b.with_focal, ", "), triads(b), pn_text(r, b, false));
    }
    s += "\n## Balance: the part that can be unbalanced, and the certainty of the coalitions\n\n"
         "| year | ties on a cycle | left out | F (cycle part) | optimal partitions | weighting-dependent | "
         "with " + r.focal + " (share of optima/of draws) | membership ties |\n|---:|---:|---:|---:|---:|---|---|---|\n";
    for (const auto& y : r.years) {
        const auto& b = y.balance;
        s += fmt::format("| {} | {} of {} | {} | {:.3f} | {} | {} | {} | {} |\n", y.year, b.cycle_ties, b.ties,
                         b.left_out.size(), b.cycle_normalised, partitions_text(b),
                         b.weighting_dependent ? fmt::format("yes (other: {})", fmt::join(b.with_focal_other_weighting, ", "))
                                               : std::string("no"),
                         shares_text(b, r.focal), fmt::join(b.membership_ties, ", "));
    }
    s += "\n## Changes of the focal actor's relations\n\n";
    for (const auto& y : r.years)
        for (const auto& c : y.changes) s += fmt::format("- {}: {}\n", y.year, change_label(c));
    s += "\n## Events\n\n";
    for (const auto& y : r.years)
        for (const auto& e : y.events) s += fmt::format("- {}\n", event_label(e));
    return s;
}

namespace {
using kzsec::detail::csv_field;
}  // namespace

std::string to_csv(const report_result& r) {
    std::string s = "year,domain";
    for (const auto& id : r.rivals) s += ",affinity_" + id;
    s += ",tilt,tilt_normalised,equidistance,hedging,tilt_band";
    for (const auto& id : r.rivals) s += ",stance_" + id;
    s += ",aggregate_tilt,aggregate_hedging,spread,split,"
         "strategy,strategy_components,strategy_aligned_with,strategy_against,strategy_robustness,"
         "balance_domain,actors,ties,triangles,triangle_index,frustration,"
         "frustration_normalised,frustration_optimal,coalition_with_focal,unbalanced_through_focal,"
         "cycle_ties,ties_left_out,frustration_normalised_cycles,optimal_partitions,optimal_partitions_complete,"
         "coalition_shares,coalition_weighting_dependent,membership_ties,"
         "cross_pressure_triads,cross_pressure_exposure";
    s += ",pn_" + r.focal;
    for (const auto& id : r.rivals) s += ",pn_" + id;
    s += ",events\n";
    for (const auto& y : r.years) {
        const auto& v = y.profile.structure;
        const auto& b = y.balance;
        std::vector<std::string> ev;
        for (const auto& e : y.events) ev.push_back(e.id);
        std::string pn_cells;  // PN of the focal and each rival (empty cell if undefined or absent)
        std::vector<std::string> ids{r.focal};
        ids.insert(ids.end(), r.rivals.begin(), r.rivals.end());
        for (const auto& id : ids) {
            const auto it = std::find(b.pn_actors.begin(), b.pn_actors.end(), id);
            pn_cells += it == b.pn_actors.end() ? std::string()
                                                : fmt::format("{}", b.pn[static_cast<std::size_t>(it - b.pn_actors.begin())]);
            if (&id != &ids.back()) pn_cells += ',';
        }
        // the part that can be unbalanced and the certainty of the coalitions (shares "A:0.50/0.41;...")
        const std::string balance_cells = fmt::format(
            ",{},{},{},{},{},{},{},{}", b.cycle_ties, b.left_out.size(), b.cycle_normalised, b.optimal_partitions,
            b.optimal_partitions_complete ? 1 : 0, csv_field(shares_text(b, r.focal, ";", ":")),
            b.weighting_dependent ? 1 : 0, csv_field(fmt::format("{}", fmt::join(b.membership_ties, ";"))));
        std::string stance_cells;
        for (const auto& st : v.stances) stance_cells += "," + stance_name(st);
        for (const auto& d : v.domains) {
            s += fmt::format("{},{}", y.year, d.domain);
            for (std::size_t i = 0; i < d.affinity.size(); ++i)
                s += d.observed[i] ? fmt::format(",{}", d.affinity[i]) : std::string(",");
            s += fmt::format(",{},{},{},{},{}{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", d.tilt,
                             d.tilt_normalised, d.equidistance, d.hedging, hedging::to_string(d.band), stance_cells,
                             v.aggregate.tilt, v.aggregate.hedging, v.aggregate.spread, v.aggregate.split ? 1 : 0,
                             hedging::to_string(v.strategy.primary), components_text(v.strategy), v.strategy.aligned_with,
                             fmt::format("{}", fmt::join(v.strategy.against, ";")),
                             std::isnan(v.strategy.robustness) ? std::string() : fmt::format("{}", v.strategy.robustness),
                             b.domain, b.actors,
                             b.ties, b.triangles.triangles, b.triangles.index, b.frustration.frustration,
                             b.frustration.normalised, b.frustration.optimal ? 1 : 0,
                             csv_field(fmt::format("{}", fmt::join(b.with_focal, ";"))),
                             csv_field(triads(b)) + balance_cells,
                             y.profile.cross_pressure.triads, y.profile.cross_pressure.exposure, pn_cells,
                             csv_field(fmt::format("{}", fmt::join(ev, ";"))));
        }
    }
    return s;
}

namespace {

using nlohmann::json;

json number_or_null(double x) { return std::isnan(x) ? json(nullptr) : json(x); }

// {rival: affinity}, null for a rival whose affinity was not observed (no mask: all observed).
json affinity_json(const std::vector<double>& affinity, const std::vector<std::string>& rivals,
                   const std::vector<bool>* observed = nullptr) {
    json aff = json::object();
    for (std::size_t i = 0; i < affinity.size(); ++i)
        aff[rivals[i]] = !observed || (*observed)[i] ? json(affinity[i]) : json(nullptr);
    return aff;
}

json domain_row_json(const hedging::domain_row& d, const std::vector<std::string>& rivals) {
    json x;
    x["domain"] = d.domain;
    x["source"] = d.source;
    x["affinity"] = affinity_json(d.affinity, rivals, &d.observed);
    x["tilt"] = d.tilt;
    x["tilt_normalised"] = d.tilt_normalised;
    x["equidistance"] = d.equidistance;
    x["hedging"] = d.hedging;
    x["dispersion"] = d.dispersion;
    x["leaning"] = d.leaning;
    x["tilt_band"] = hedging::to_string(d.band);
    x["kuik_position"] = deprecated_band_name(d.band);  // deprecated key (issue #12), removed after 0.1
    return x;
}

json aggregate_json(const hedging::aggregate_row& a, const std::vector<std::string>& rivals) {
    json agg;
    agg["affinity"] = affinity_json(a.affinity, rivals);
    agg["tilt"] = a.tilt;
    agg["hedging"] = a.hedging;
    agg["spread"] = a.spread;
    agg["split"] = a.split;
    agg["split_domains"] = a.split_domains;
    agg["tilt_band"] = hedging::to_string(a.band);
    agg["kuik_position"] = deprecated_band_name(a.band);  // deprecated key (issue #12), removed after 0.1
    return agg;
}

json strategy_json(const hedging::strategy_result& s) {
    json st;
    st["primary"] = hedging::to_string(s.primary);
    st["aligned_with"] = s.aligned_with;
    st["against"] = s.against;
    st["robustness"] = number_or_null(s.robustness);
    st["robustness_draws"] = s.robustness_draws;
    st["components"] = json::array();
    for (auto c : s.components) st["components"].push_back(hedging::to_string(c));
    st["reasons"] = json::array();
    for (const auto& x : s.reasons) st["reasons"].push_back({{"code", x.code}, {"text", x.text}, {"values", x.values}});
    return st;
}

json view_json(const hedging::profile_view& v, const std::vector<std::string>& rivals) {
    json o;
    o["domains"] = json::array();
    for (const auto& d : v.domains) o["domains"].push_back(domain_row_json(d, rivals));
    o["aggregate"] = aggregate_json(v.aggregate, rivals);
    o["stances"] = json::array();
    for (const auto& x : v.stances)
        o["stances"].push_back({{"power", x.power},
                                {"stance", stance_name(x)},
                                {"value", x.observed ? json(static_cast<int>(x.position)) : json(nullptr)},
                                {"rule", x.rule},
                                {"security", number_or_null(x.security)},
                                {"other", number_or_null(x.other)},
                                {"other_domains", x.other_domains}});
    o["strategy"] = strategy_json(v.strategy);
    return o;
}

json coalition_certainty_json(const balance_summary& b) {
    json shares = json::object();
    for (std::size_t k = 0; k < b.share_actors.size(); ++k)
        shares[b.share_actors[k]] = {{"optimal_partitions", b.partition_share[k]}, {"draws", number_or_null(b.draw_share[k])}};
    return {{"optimal_partitions", b.optimal_partitions},
            {"complete", b.optimal_partitions_complete},
            {"unique", b.optimal_partitions_complete && b.optimal_partitions == 1},
            {"draws", b.coalition_draws},
            {"shares_with_focal", shares},
            {"weighting_dependent", b.weighting_dependent},
            {"coalition_other_weighting", b.with_focal_other_weighting}};
}

json balance_json(const balance_summary& b) {
    json bj;
    bj["domain"] = b.domain;
    bj["actors"] = b.actors;
    bj["ties"] = b.ties;
    bj["negative_ties"] = b.negative_ties;
    bj["triangles"] = b.triangles.triangles;
    bj["census"] = b.triangles.census;
    bj["triangle_index"] = b.triangles.index;
    bj["frustration"] = b.frustration.frustration;
    bj["frustration_lower_bound"] = b.frustration.lower_bound;
    bj["frustration_optimal"] = b.frustration.optimal;
    bj["frustration_normalised"] = b.frustration.normalised;
    bj["frustration_normalized"] = b.frustration.normalised;  // deprecated key (issue #14), removed after 0.1
    bj["coalition_with_focal"] = b.with_focal;
    bj["coalition_against_focal"] = b.against_focal;
    bj["unbalanced_through_focal"] = b.unbalanced_through_focal;
    bj["cycle_part"] = {{"ties", b.cycle_ties},
                        {"actors", b.cycle_actors},
                        {"left_out", b.left_out},
                        {"frustration_normalised", b.cycle_normalised},
                        {"frustration_normalized", b.cycle_normalised}};  // deprecated key (issue #14)
    bj["coalition_certainty"] = coalition_certainty_json(b);
    bj["membership_ties"] = b.membership_ties;
    bj["pn_centrality"] = json::object();
    for (std::size_t i = 0; i < b.pn.size(); ++i) bj["pn_centrality"][b.pn_actors[i]] = b.pn[i];
    return bj;
}

json band_json(const band& b) {
    return {{"indicator", b.indicator},
            {"domain", b.domain},
            {"mean", b.mean},
            {"sd", b.sd},
            {"low", b.low},
            {"high", b.high},
            {"modal_tilt_band", b.modal_tilt_band},
            {"modal_position", deprecated_band_name(b.modal_tilt_band)},  // deprecated key
            {"modal_share", b.modal_share}};
}

json year_json(const year_report& y, const std::vector<std::string>& rivals) {
    json yj;
    yj["year"] = y.year;
    yj["structure"] = view_json(y.profile.structure, rivals);
    if (y.profile.has_perception) yj["perceived"] = view_json(y.profile.perceived, rivals);
    yj["balance"] = balance_json(y.balance);
    yj["cross_pressure"] = {{"triads", y.profile.cross_pressure.triads}, {"exposure", y.profile.cross_pressure.exposure}};
    if (!y.bands.empty()) {
        yj["bands"] = json::array();
        for (const auto& b : y.bands) yj["bands"].push_back(band_json(b));
    }
    yj["changes"] = json::array();
    for (const auto& c : y.changes)
        yj["changes"].push_back({{"other", c.other},
                                 {"domain", c.domain},
                                 {"before", c.before ? json(*c.before) : json(nullptr)},
                                 {"after", c.after ? json(*c.after) : json(nullptr)}});
    yj["events"] = json::array();
    for (const auto& e : y.events)
        yj["events"].push_back({{"id", e.id},
                                {"year", e.year},
                                {"date", e.date},
                                {"actors", e.actors},
                                {"domain", e.domain},
                                {"description", e.description},
                                {"source", e.source}});
    return yj;
}

}  // namespace

std::string to_json(const report_result& r, int indent) {
    json j;
    j["format"] = "kzsec-report";
    j["version"] = 1;
    j["title"] = r.title;
    j["focal"] = r.focal;
    j["focal_name"] = r.focal_name;
    j["rivals"] = r.rivals;
    j["rival_names"] = r.rival_names;
    j["domains"] = r.domains;
    j["judgement_only_domains"] = r.judgement_only_domains;
    if (r.draws > 0) j["uncertainty"] = {{"draws", r.draws}, {"seed", r.seed}, {"band_low", r.band_low}, {"band_high", r.band_high}};
    j["years"] = json::array();
    for (const auto& y : r.years) j["years"].push_back(year_json(y, r.rivals));
    return j.dump(indent);
}

}  // namespace kzsec::report
