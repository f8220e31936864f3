// Indicators of a network (evaluate) and base-versus-scenario comparison with attribution.
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "kzsec/errors.hpp"
#include "kzsec/limits.hpp"
#include "kzsec/scenario.hpp"

#include "focal_coalitions.hpp"

namespace kzsec::scenario {

std::string_view to_string(attribution_method m) noexcept {
    switch (m) {
        case attribution_method::leave_one_out: return "leave_one_out";
        case attribution_method::one_at_a_time: return "one_at_a_time";
        case attribution_method::none: return "none";
    }
    return "?";
}

namespace {

void push_num(indicator_table& t, int y, const char* ind, const std::string& dom, const std::string& act, double v) {
    t.year.push_back(y);
    t.indicator.emplace_back(ind);
    t.domain.push_back(dom);
    t.actor.push_back(act);
    t.value.push_back(v);
}
void push_cat(indicator_table& t, int y, const char* ind, const std::string& dom, const std::string& act, std::string v) {
    t.cat_year.push_back(y);
    t.cat_indicator.emplace_back(ind);
    t.cat_domain.push_back(dom);
    t.cat_actor.push_back(act);
    t.cat_value.push_back(std::move(v));
}

template <class Row>
void push_hedging_row(indicator_table& t, int y, const std::string& dom, const std::vector<std::string>& rivals,
                      const Row& r) {
    for (std::size_t i = 0; i < rivals.size(); ++i) push_num(t, y, "affinity", dom, rivals[i], r.affinity[i]);
    push_num(t, y, "tilt", dom, "", r.tilt);
    push_num(t, y, "tilt_normalised", dom, "", r.tilt_normalised);
    push_num(t, y, "dispersion", dom, "", r.dispersion);
    push_num(t, y, "equidistance", dom, "", r.equidistance);
    push_num(t, y, "hedging", dom, "", r.hedging);
    push_num(t, y, "entropy", dom, "", r.entropy);
    push_num(t, y, "tilt_band", dom, "", static_cast<double>(static_cast<int>(r.band)));
}

}  // namespace

indicator_table evaluate(const network& net, std::string_view focal, const std::vector<std::string>& rivals,
                         const std::vector<int>& years, const indicator_options& opt) {
    for (int y : years) check_year(y, "scenario.evaluate", "year");
    if (opt.balance && !net.has_domain(opt.balance_domain))
        throw invalid_input(fmt::format("[kzsec] scenario.evaluate: unknown balance domain '{}'", opt.balance_domain));
    const hedging::network_index idx(net);
    indicator_table t;
    const std::string fid(focal);
    for (int y : years) {
        const hedging::profile_result p = hedging::profile(idx, focal, rivals, y, opt.hedging);
        const hedging::profile_view& v = p.structure;
        for (const auto& row : v.domains) push_hedging_row(t, y, row.domain, rivals, row);
        push_hedging_row(t, y, "aggregate", rivals, v.aggregate);
        push_num(t, y, "spread", "aggregate", "", v.aggregate.spread);
        for (const auto& row : v.domains) push_cat(t, y, "tilt_band", row.domain, "", std::string(hedging::to_string(row.band)));
        push_cat(t, y, "tilt_band", "aggregate", "", std::string(hedging::to_string(v.aggregate.band)));
        push_cat(t, y, "split", "aggregate", "", v.aggregate.split ? "true" : "false");
        // beyond the fast path
        push_num(t, y, "cross_pressure", "aggregate", "", p.cross_pressure.exposure);
        if (opt.strategy) {
            push_cat(t, y, "strategy", "aggregate", "", std::string(hedging::to_string(v.strategy.primary)));
            for (const auto& st : v.stances)  // the stance toward each rival on Kuik's spectrum
                push_cat(t, y, "stance", "aggregate", st.power,
                         st.observed ? std::string(hedging::to_string(st.position)) : std::string("no_data"));
        }
        if (opt.balance) {
            const signed_graph g = net.snapshot(y, opt.balance_domain, opt.snapshot);
            const triangle_result tr = triangle_index(g, opt.triangles);
            const frustration_result fr = frustration(g, opt.frustration);
            push_num(t, y, "triangle_index", opt.balance_domain, "", tr.index);
            push_num(t, y, "frustration", opt.balance_domain, "", fr.frustration);
            push_num(t, y, "frustration_normalised", opt.balance_domain, "", fr.normalised);
            std::vector<kzsec::detail::focal_side> sides;
            if (g.contains(fid)) sides = kzsec::detail::focal_sides(g, fr.partition, g.index(fid));
            for (const auto& a : net.actors()) {
                if (a.id == fid) continue;
                const auto side = sides.empty() || !g.contains(a.id) ? kzsec::detail::focal_side::apart : sides[g.index(a.id)];
                push_cat(t, y, "coalition", opt.balance_domain, a.id,
                         side == kzsec::detail::focal_side::with      ? "with"
                         : side == kzsec::detail::focal_side::against ? "against"
                                                                      : "apart");
            }
        }
    }
    return t;
}

namespace {

using key_t = std::tuple<int, std::string, std::string, std::string>;

struct keyed {
    std::map<key_t, double> num;
    std::map<key_t, std::string> cat;
};

keyed index_of(const indicator_table& t) {
    keyed k;
    for (std::size_t i = 0; i < t.year.size(); ++i) k.num[{t.year[i], t.indicator[i], t.domain[i], t.actor[i]}] = t.value[i];
    for (std::size_t i = 0; i < t.cat_year.size(); ++i)
        k.cat[{t.cat_year[i], t.cat_indicator[i], t.cat_domain[i], t.cat_actor[i]}] = t.cat_value[i];
    return k;
}

bool differs(double x, double y, double tol) {
    if (std::isnan(x) || std::isnan(y)) return std::isnan(x) != std::isnan(y);
    return std::abs(x - y) > tol;
}

}  // namespace

namespace {

const double nan = std::numeric_limits<double>::quiet_NaN();

double num_at(const keyed& k, const key_t& key) {
    auto it = k.num.find(key);
    return it == k.num.end() ? nan : it->second;
}
std::string cat_at(const keyed& k, const key_t& key) {
    auto it = k.cat.find(key);
    return it == k.cat.end() ? std::string() : it->second;
}

/// The rows of the base table, then those only in the scenario's (numeric and categorical keys).
std::pair<std::vector<key_t>, std::vector<key_t>> joined_keys(const indicator_table& tb, const indicator_table& ts,
                                                              const keyed& kb) {
    std::vector<key_t> nkeys, ckeys;
    for (std::size_t i = 0; i < tb.year.size(); ++i) nkeys.emplace_back(tb.year[i], tb.indicator[i], tb.domain[i], tb.actor[i]);
    for (std::size_t i = 0; i < ts.year.size(); ++i) {
        key_t k{ts.year[i], ts.indicator[i], ts.domain[i], ts.actor[i]};
        if (!kb.num.count(k)) nkeys.push_back(k);
    }
    for (std::size_t i = 0; i < tb.cat_year.size(); ++i)
        ckeys.emplace_back(tb.cat_year[i], tb.cat_indicator[i], tb.cat_domain[i], tb.cat_actor[i]);
    for (std::size_t i = 0; i < ts.cat_year.size(); ++i) {
        key_t k{ts.cat_year[i], ts.cat_indicator[i], ts.cat_domain[i], ts.cat_actor[i]};
        if (!kb.cat.count(k)) ckeys.push_back(k);
    }
    return {std::move(nkeys), std::move(ckeys)};
}

/// The rows that differ between base and scenario (indices into the numeric and categorical rows of `res`).
struct changed_rows {
    std::vector<std::size_t> num, cat;
};

/// Fills the side-by-side rows of `res` from the two evaluations; returns the rows that changed.
changed_rows fill_rows(const indicator_table& tb, const indicator_table& ts, double tolerance, compare_result& res) {
    const keyed kb = index_of(tb), ks = index_of(ts);
    const auto [nkeys, ckeys] = joined_keys(tb, ts, kb);
    changed_rows changed;
    for (const auto& k : nkeys) {
        const double b = num_at(kb, k), x = num_at(ks, k);
        res.year.push_back(std::get<0>(k));
        res.indicator.push_back(std::get<1>(k));
        res.domain.push_back(std::get<2>(k));
        res.actor.push_back(std::get<3>(k));
        res.base.push_back(b);
        res.scenario.push_back(x);
        res.diff.push_back(x - b);
        if (differs(b, x, tolerance)) changed.num.push_back(res.year.size() - 1);
    }
    for (const auto& k : ckeys) {
        const std::string b = cat_at(kb, k), x = cat_at(ks, k);
        res.cat_year.push_back(std::get<0>(k));
        res.cat_indicator.push_back(std::get<1>(k));
        res.cat_domain.push_back(std::get<2>(k));
        res.cat_actor.push_back(std::get<3>(k));
        res.cat_base.push_back(b);
        res.cat_scenario.push_back(x);
        res.cat_changed.push_back(b != x);
        if (b != x) changed.cat.push_back(res.cat_year.size() - 1);
    }
    return changed;
}

/// The counterfactual of edit k: all edits but k (leave one out) or edit k alone (one at a time).
scenario counterfactual(const scenario& s, std::size_t k, attribution_method method) {
    scenario cf;
    cf.name = s.name;
    cf.horizon = s.horizon;
    if (method == attribution_method::leave_one_out) {
        for (std::size_t j = 0; j < s.edits.size(); ++j)
            if (j != k) cf.edits.push_back(s.edits[j]);
    } else {
        cf.edits.push_back(s.edits[k]);
    }
    return cf;
}

/// The contribution of edit k to every changed row, from the evaluation `kc` of its counterfactual.
void attribute_edit(const keyed& kc, std::size_t k, const changed_rows& changed, attribution_method method,
                    compare_result& res) {
    const bool loo = method == attribution_method::leave_one_out;
    for (std::size_t r : changed.num) {
        const double c = num_at(kc, {res.year[r], res.indicator[r], res.domain[r], res.actor[r]});
        res.attr_row.push_back(r);
        res.attr_edit.push_back(k);
        res.attr_contribution.push_back(loo ? res.scenario[r] - c : c - res.base[r]);
    }
    for (std::size_t r : changed.cat) {
        std::string c = cat_at(kc, {res.cat_year[r], res.cat_indicator[r], res.cat_domain[r], res.cat_actor[r]});
        const bool pivotal = loo ? c != res.cat_scenario[r] : c != res.cat_base[r];
        res.cat_attr_row.push_back(r);
        res.cat_attr_edit.push_back(k);
        res.cat_attr_value.push_back(std::move(c));
        res.cat_attr_pivotal.push_back(pivotal);
    }
}

}  // namespace

compare_result compare(const network& base, const scenario& s, std::string_view focal,
                       const std::vector<std::string>& rivals, const std::vector<int>& years, const compare_options& opt) {
    compare_result res;
    res.scenario_name = s.name;
    res.method = opt.attribution;
    for (const auto& e : s.edits) res.edit_labels.push_back(describe(e));
    const network scen = apply(base, s);
    const indicator_table tb = evaluate(base, focal, rivals, years, opt.indicators);
    const indicator_table ts = evaluate(scen, focal, rivals, years, opt.indicators);
    const changed_rows changed = fill_rows(tb, ts, opt.tolerance, res);
    if (opt.attribution == attribution_method::none || (changed.num.empty() && changed.cat.empty())) return res;
    for (std::size_t k = 0; k < s.edits.size(); ++k) {
        keyed kc;
        try {
            kc = index_of(evaluate(apply(base, counterfactual(s, k, opt.attribution)), focal, rivals, years, opt.indicators));
        } catch (const std::exception& ex) {
            res.attribution_errors.push_back(fmt::format("edit {} ({}): {}", k, describe(s.edits[k]), ex.what()));
            continue;
        }
        attribute_edit(kc, k, changed, opt.attribution, res);
    }
    return res;
}

}  // namespace kzsec::scenario
