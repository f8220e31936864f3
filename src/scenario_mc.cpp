// Monte Carlo over relation values with streaming statistics (docs/scenarios.md).
//
// Determinism: the value of relation j in draw i comes from a counter-based
// stream seeded by (seed, i, j); draws are grouped in blocks of a fixed size,
// each block accumulates its Welford moments in draw order, and blocks are
// merged in block order after each round, so the floating-point results do not
// depend on the number of threads. Histograms and category counts are integers
// (order-free).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <thread>

#include <fmt/format.h>

#include "kzsec/errors.hpp"
#include "kzsec/scenario.hpp"

namespace kzsec::scenario {

namespace {

constexpr double eps = 1e-9;  // the same tolerance as hedging.cpp
const double nan = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t round_blocks = 32;  // blocks merged per round (fixed: independent of threads)

inline std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
inline std::uint64_t next64(std::uint64_t& s) {
    s += 0x9E3779B97F4A7C15ULL;
    return mix64(s);
}
inline double unit(std::uint64_t& s) { return static_cast<double>(next64(s) >> 11) * 0x1.0p-53; }

}  // namespace

double draw_value(std::uint64_t seed, std::uint64_t i, std::uint64_t j, double value, double sd) {
    if (sd == 0.0) return value;
    std::uint64_t s = mix64(mix64(seed ^ 0x6A09E667F3BCC909ULL) + 0x9E3779B97F4A7C15ULL * (i + 1));
    s = mix64(s ^ (0xD1B54A32D192ED03ULL * (j + 1)));
    for (int it = 0; it < 1000000; ++it) {
        const double u1 = 1.0 - unit(s);  // (0, 1]
        const double u2 = unit(s);
        const double r = std::sqrt(-2.0 * std::log(u1));
        const double t = 2.0 * std::numbers::pi * u2;
        const double x1 = value + sd * r * std::cos(t);
        if (x1 >= -1.0 && x1 <= 1.0) return x1;
        const double x2 = value + sd * r * std::sin(t);
        if (x2 >= -1.0 && x2 <= 1.0) return x2;
    }
    return std::clamp(value, -1.0, 1.0);  // unreachable for sd <= 1e3
}

namespace {

struct cell_info {
    int year;
    std::string indicator, domain, actor;
    double lo, hi;
};

double range_hi(const std::string& ind) {
    if (ind == "tilt") return 2.0;
    if (ind == "dispersion") return 2.0;
    if (ind == "spread") return 4.0;
    if (ind == "kuik") return 3.0;
    return 1.0;
}
double range_lo(const std::string& ind) {
    if (ind == "affinity" || ind == "tilt_normalised" || ind == "frustration_normalised") return -1.0;
    if (ind == "tilt") return -2.0;
    if (ind == "kuik") return -3.0;
    return 0.0;
}

/// Categories of a categorical indicator, in output order.
std::vector<std::string> categories_of(const std::string& ind) {
    if (ind == "kuik") {
        std::vector<std::string> v;
        for (int p = -3; p <= 3; ++p) v.emplace_back(hedging::to_string(static_cast<hedging::kuik_position>(p)));
        return v;
    }
    if (ind == "split") return {"false", "true"};
    if (ind == "strategy") {
        std::vector<std::string> v;
        for (auto s : {hedging::strategy::balancing, hedging::strategy::bandwagoning, hedging::strategy::hedging,
                       hedging::strategy::neutrality, hedging::strategy::collective_security})
            v.emplace_back(hedging::to_string(s));
        return v;
    }
    if (ind == "coalition") return {"with", "against", "apart"};
    return {};
}

/// One slot of the fast path: affinity of the focal to rival i in domain d, year y.
struct slot {
    int sampled = -1;     // index into the sampled relations, or -1
    double constant = 0;  // value if not sampled (NaN if unobserved and not missing_as_zero)
};

struct year_plan {
    int year;
    std::vector<slot> slots;        // D * k
    std::vector<double> weight;     // D
    std::vector<char> included;     // D
    /// Two years with the same slots, weights and inclusion have identical indicators in every draw.
    bool same_as(const year_plan& o) const {
        if (weight != o.weight || included != o.included || slots.size() != o.slots.size()) return false;
        for (std::size_t i = 0; i < slots.size(); ++i) {
            const slot &x = slots[i], &y = o.slots[i];
            if (x.sampled != y.sampled) return false;
            if (x.sampled < 0 && !(x.constant == y.constant || (std::isnan(x.constant) && std::isnan(y.constant))))
                return false;
        }
        return true;
    }
};

struct block_acc {
    std::vector<std::uint32_t> n;
    std::vector<double> mean, m2;
    // sensitivity pairs
    std::vector<std::uint32_t> pn;
    std::vector<double> pmx, pmy, pc, pm2x, pm2y;
    void reset(std::size_t cells, std::size_t pairs) {
        n.assign(cells, 0);
        mean.assign(cells, 0.0);
        m2.assign(cells, 0.0);
        pn.assign(pairs, 0);
        pmx.assign(pairs, 0.0);
        pmy.assign(pairs, 0.0);
        pc.assign(pairs, 0.0);
        pm2x.assign(pairs, 0.0);
        pm2y.assign(pairs, 0.0);
    }
};

struct thread_acc {
    std::vector<std::uint32_t> hist;  // cells * bins
    std::vector<double> mn, mx;
    std::vector<std::uint64_t> cat;   // cat offsets
};

struct pair_info {
    std::size_t sampled;  // index into sampled relations
    std::size_t cell;     // numeric cell
    std::size_t target;   // target index
};

}  // namespace

mc_result monte_carlo(const network& net, std::string_view focal, const std::vector<std::string>& rivals,
                      const std::vector<int>& years, const mc_options& opt) {
    const auto t0 = std::chrono::steady_clock::now();
    const char* where = "[kzsec] monte_carlo";
    if (opt.draws == 0) throw invalid_input(fmt::format("{}: draws must be > 0", where));
    if (opt.bins == 0) throw invalid_input(fmt::format("{}: bins must be > 0", where));
    if (opt.block_size == 0) throw invalid_input(fmt::format("{}: block_size must be > 0", where));
    if (years.empty()) throw invalid_input(fmt::format("{}: no years", where));
    for (double q : opt.quantiles)
        if (!(q >= 0.0 && q <= 1.0)) throw invalid_input(fmt::format("{}: quantile level {} is outside [0, 1]", where, q));
    for (double s : {opt.sd_high, opt.sd_medium, opt.sd_low})
        if (!std::isfinite(s) || s < 0 || s > 1e3)
            throw invalid_input(fmt::format("{}: standard deviations must be finite and in [0, 1000], got {}", where, s));
    for (const auto& o : opt.overrides) {
        if (!std::isfinite(o.sd) || o.sd < 0 || o.sd > 1e3)
            throw invalid_input(fmt::format("{}: override sd of {}-{} {} must be in [0, 1000], got {}", where, o.a, o.b,
                                            o.domain, o.sd));
        net.get_actor(o.a);
        net.get_actor(o.b);
        if (!net.has_domain(o.domain)) throw invalid_input(fmt::format("{}: override: unknown domain '{}'", where, o.domain));
    }
    if (!opt.full && opt.indicators.hedging.perception)
        throw invalid_input(fmt::format("{}: the fast path does not support a perception profile (set full = true)", where));

    const hedging::profile_options& hopt = opt.indicators.hedging;
    const hedging::network_index idx(net);
    // Validates focal, rivals and options, and gives the layout of the cells.
    indicator_options eval_opt = opt.indicators;
    if (!opt.full) eval_opt.balance = false, eval_opt.strategy = false;
    const indicator_table layout = evaluate(net, focal, rivals, years, eval_opt);

    const std::size_t k = rivals.size();
    const std::size_t f = idx.actor(focal);
    std::vector<std::size_t> dom_ids;
    if (hopt.domains.empty()) {
        for (std::size_t d = 0; d < net.domains().size(); ++d) dom_ids.push_back(d);
    } else {
        for (const auto& d : hopt.domains) dom_ids.push_back(idx.domain(d));
    }
    const std::size_t D = dom_ids.size();
    const std::size_t Y = years.size();
    const std::size_t hedging_cells = D * (k + 7) + (k + 8);  // per year, fast-path numeric cells
    const std::size_t hedging_cats = D + 2;                   // kuik per domain, kuik aggregate, split

    // sd per relation
    const auto& rels = net.relations();
    std::vector<double> sd(rels.size());
    for (std::size_t j = 0; j < rels.size(); ++j) {
        const auto& r = rels[j];
        sd[j] = r.conf == confidence::high ? opt.sd_high : r.conf == confidence::medium ? opt.sd_medium : opt.sd_low;
        for (const auto& o : opt.overrides)
            if (o.domain == r.domain && (o.from == 0 || o.from == r.years.from) &&
                ((r.a == o.a && r.b == o.b) || (!r.directed && r.a == o.b && r.b == o.a)))
                sd[j] = o.sd;
    }

    // numeric and categorical cells: all of `layout` (full) or the hedging part of each year (fast)
    std::vector<cell_info> cells;
    std::vector<std::size_t> layout_num;  // layout row of each cell
    {
        std::size_t pos = 0;
        const std::size_t per_year = layout.year.size() / Y;
        for (std::size_t yi = 0; yi < Y; ++yi) {
            for (std::size_t c = 0; c < per_year; ++c, ++pos) {
                if (!opt.full && c >= hedging_cells) continue;
                cell_info ci{layout.year[pos], layout.indicator[pos], layout.domain[pos], layout.actor[pos],
                             range_lo(layout.indicator[pos]), range_hi(layout.indicator[pos])};
                if (ci.indicator == "frustration" || ci.indicator == "cross_pressure") {
                    std::size_t m = 0;
                    for (const auto& r : rels)
                        if (r.years.contains(ci.year) && (ci.indicator == "cross_pressure" || r.domain == ci.domain)) ++m;
                    ci.hi = std::max<double>(1.0, static_cast<double>(m));
                }
                cells.push_back(std::move(ci));
                layout_num.push_back(pos);
            }
        }
    }
    struct cat_cell {
        int year;
        std::string indicator, domain, actor;
        std::vector<std::string> cats;
        std::size_t offset;
    };
    std::vector<cat_cell> cat_cells;
    std::size_t cat_total = 0;
    {
        std::size_t pos = 0;
        const std::size_t per_year = layout.cat_year.size() / Y;
        for (std::size_t yi = 0; yi < Y; ++yi)
            for (std::size_t c = 0; c < per_year; ++c, ++pos) {
                if (!opt.full && c >= hedging_cats) continue;
                cat_cell cc{layout.cat_year[pos], layout.cat_indicator[pos], layout.cat_domain[pos], layout.cat_actor[pos],
                            categories_of(layout.cat_indicator[pos]), cat_total};
                cat_total += cc.cats.size();
                cat_cells.push_back(std::move(cc));
            }
    }
    const std::size_t NC = cells.size();
    const std::size_t ncat_cells = cat_cells.size();
    const std::size_t cells_per_year = NC / Y;
    const std::size_t cats_per_year = ncat_cells / Y;

    // sampled relations and the fast-path plan
    std::vector<std::size_t> sampled;  // relation indices
    std::vector<int> sampled_of(rels.size(), -1);
    auto sample = [&](std::size_t j) {
        if (sd[j] == 0.0) return -1;
        if (sampled_of[j] < 0) {
            sampled_of[j] = static_cast<int>(sampled.size());
            sampled.push_back(j);
        }
        return sampled_of[j];
    };
    std::vector<year_plan> plan;
    if (opt.full) {
        for (std::size_t j = 0; j < rels.size(); ++j) sample(j);
    } else {
        // relation records by (undirected pair | directed pair, domain) for the focal's ties
        for (int y : years) {
            year_plan yp;
            yp.year = y;
            yp.slots.resize(D * k);
            yp.weight.resize(D);
            yp.included.resize(D);
            for (std::size_t di = 0; di < D; ++di) {
                const std::string& dname = net.domains()[dom_ids[di]].id;
                auto src = hopt.sources.find(dname);
                const hedging::affinity_spec& spec = src == hopt.sources.end() ? hopt.default_source : src->second;
                auto w = hopt.domain_weights.find(dname);
                yp.weight[di] = w == hopt.domain_weights.end() ? 1.0 : w->second;
                bool any_obs = false, all_obs = true;
                for (std::size_t i = 0; i < k; ++i) {
                    slot& s = yp.slots[di * k + i];
                    const std::string& p = rivals[i];
                    std::optional<std::size_t> found;
                    if (spec.source == hedging::affinity_source::relation) {
                        auto find = [&](bool directed) -> std::optional<std::size_t> {
                            for (std::size_t j = 0; j < rels.size(); ++j) {
                                const auto& r = rels[j];
                                if (r.domain != dname || r.directed != directed || !r.years.contains(y)) continue;
                                if (directed ? (r.a == focal && r.b == p)
                                             : ((r.a == focal && r.b == p) || (r.a == p && r.b == focal)))
                                    return j;
                            }
                            return std::nullopt;
                        };
                        if (spec.mode != hedging::relation_mode::directed) found = find(false);
                        if (!found && spec.mode != hedging::relation_mode::undirected) found = find(true);
                    }
                    std::optional<double> c;
                    if (found) {
                        s.sampled = sample(*found);
                        c = rels[*found].value;
                    } else if (spec.source != hedging::affinity_source::relation) {
                        c = hedging::affinity(idx, focal, p, dname, y, spec, hopt);
                    }
                    if (c) {
                        any_obs = true;
                        s.constant = *c;
                    } else {
                        all_obs = false;
                        s.constant = hopt.missing_as_zero ? 0.0 : nan;
                    }
                }
                yp.included[di] = yp.weight[di] > 0 && (hopt.missing_as_zero ? any_obs : all_obs);
            }
            plan.push_back(std::move(yp));
        }
    }
    const std::size_t S = sampled.size();
    (void)f;

    // Stat cells: the fast path computes one set of cells per distinct year plan
    // (years whose slots coincide have identical indicators in every draw); the
    // full path one per output cell.
    std::vector<std::size_t> pattern_of(Y, 0), reps;  // year -> pattern, pattern -> representative year
    if (!opt.full) {
        for (std::size_t yi = 0; yi < Y; ++yi) {
            std::size_t u = 0;
            for (; u < reps.size(); ++u)
                if (plan[yi].same_as(plan[reps[u]])) break;
            if (u == reps.size()) reps.push_back(yi);
            pattern_of[yi] = u;
        }
    }
    const std::size_t NS = opt.full ? NC : reps.size() * cells_per_year;
    const std::size_t NSC = opt.full ? ncat_cells : reps.size() * cats_per_year;
    std::vector<std::size_t> stat_of(NC), cat_stat_of(ncat_cells);
    for (std::size_t c = 0; c < NC; ++c)
        stat_of[c] = opt.full ? c : pattern_of[c / cells_per_year] * cells_per_year + c % cells_per_year;
    for (std::size_t c = 0; c < ncat_cells; ++c)
        cat_stat_of[c] = opt.full ? c : pattern_of[c / cats_per_year] * cats_per_year + c % cats_per_year;
    std::vector<std::size_t> stat_rep(NS);  // an output cell of each stat cell (for ranges)
    for (std::size_t c = NC; c-- > 0;) stat_rep[stat_of[c]] = c;
    std::vector<std::size_t> scat_offset(NSC), scat_size(NSC);
    std::size_t scat_total = 0;
    {
        std::vector<std::size_t> rep(NSC);
        for (std::size_t c = ncat_cells; c-- > 0;) rep[cat_stat_of[c]] = c;
        for (std::size_t s = 0; s < NSC; ++s) {
            scat_offset[s] = scat_total;
            scat_size[s] = cat_cells[rep[s]].cats.size();
            scat_total += scat_size[s];
        }
    }

    // sensitivity targets and pairs (sampled relation, stat cell)
    std::vector<std::string> targets = opt.sensitivity;
    std::vector<std::vector<std::size_t>> target_cell(targets.size(), std::vector<std::size_t>(Y, SIZE_MAX));
    for (std::size_t t = 0; t < targets.size(); ++t) {
        const auto colon = targets[t].find(':');
        const std::string ind = targets[t].substr(0, colon);
        const std::string dom = colon == std::string::npos ? std::string("aggregate") : targets[t].substr(colon + 1);
        bool any = false;
        for (std::size_t c = 0; c < NC; ++c)
            if (cells[c].indicator == ind && cells[c].domain == dom && cells[c].actor.empty()) {
                target_cell[t][c / cells_per_year] = c;
                any = true;
            }
        if (!any)
            throw invalid_input(fmt::format("{}: unknown sensitivity target '{}' (use 'indicator:domain', e.g. 'tilt:aggregate'{})",
                                            where, targets[t], opt.full ? "" : "; balance targets need full = true"));
    }
    std::vector<pair_info> pairs;
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> pair_index;
    struct year_pair {
        std::size_t sampled, year, target, pair;
    };
    std::vector<year_pair> year_pairs;
    for (std::size_t s = 0; s < S; ++s)
        for (std::size_t yi = 0; yi < Y; ++yi) {
            if (!rels[sampled[s]].years.contains(years[yi])) continue;
            for (std::size_t t = 0; t < targets.size(); ++t) {
                const std::size_t sc = stat_of[target_cell[t][yi]];
                auto [it, fresh] = pair_index.emplace(std::make_pair(s, sc), pairs.size());
                if (fresh) pairs.push_back({s, sc, t});
                year_pairs.push_back({s, yi, t, it->second});
            }
        }

    // threads
    const std::size_t nblocks = (opt.draws + opt.block_size - 1) / opt.block_size;
    std::size_t T = opt.threads ? opt.threads : std::max(1u, std::thread::hardware_concurrency());
    T = std::max<std::size_t>(1, std::min(T, nblocks));
    const std::size_t bins = opt.bins;
    const std::size_t B = opt.block_size;

    std::vector<thread_acc> tacc(T);
    for (auto& t : tacc) {
        t.hist.assign(NS * bins, 0);
        t.mn.assign(NS, std::numeric_limits<double>::infinity());
        t.mx.assign(NS, -std::numeric_limits<double>::infinity());
        t.cat.assign(scat_total, 0);
    }
    std::vector<double> lo(NS), scale(NS);
    for (std::size_t c = 0; c < NS; ++c) {
        const auto& ci = cells[stat_rep[c]];
        lo[c] = ci.lo;
        scale[c] = static_cast<double>(bins) / (ci.hi - ci.lo);
    }
    std::vector<double> inv_n(B + 1, 0.0);
    for (std::size_t i = 1; i <= B; ++i) inv_n[i] = 1.0 / static_cast<double>(i);

    mc_result res;
    res.focal = std::string(focal);
    res.rivals = rivals;
    res.years = years;
    res.draws = opt.draws;
    res.seed = opt.seed;
    res.threads = T;
    res.full = opt.full;
    res.sampled_relations = S;
    if (opt.keep_draws) res.draw_values.assign(opt.draws * NC, nan);

    const hedging::kuik_thresholds& th = hopt.kuik;
    (void)hedging::classify_kuik(0.0, 0.0, 0.0, th);  // validates thresholds once

    // fast-path kernel: indicators of one affinity vector (as hedging.cpp's `compute`)
    struct ind_out {
        double tilt, tn, disp, eq, hed, ent;
        int pos;
        int leaning;
        double a_ref, a_alt;
    };
    const double logk = std::log(static_cast<double>(k));
    auto compute = [&](const double* a) {
        ind_out r{};
        for (std::size_t i = 0; i < k; ++i)
            if (std::isnan(a[i])) {
                r.tilt = r.tn = r.disp = r.eq = r.hed = r.ent = nan;
                r.pos = 0;
                r.leaning = -1;
                r.a_ref = r.a_alt = nan;
                return r;
            }
        r.a_ref = a[0];
        double alt = a[1], mn = std::min(a[0], a[1]), mx = std::max(a[0], a[1]);
        for (std::size_t i = 2; i < k; ++i) {
            alt = std::max(alt, a[i]);
            mn = std::min(mn, a[i]);
            mx = std::max(mx, a[i]);
        }
        r.a_alt = alt;
        r.tilt = r.a_ref - alt;
        const double den = std::abs(r.a_ref) + std::abs(alt);
        r.tn = den > 0 ? r.tilt / den : 0.0;
        r.disp = mx - mn;
        r.eq = 1.0 - r.disp / 2.0;
        r.hed = mn > 0 ? r.eq : 0.0;
        double pos = 0.0;
        int npos = 0;
        for (std::size_t i = 0; i < k; ++i)
            if (a[i] > 0) pos += a[i], ++npos;
        r.ent = 0.0;
        if (npos >= 2) {
            double h = 0.0;
            for (std::size_t i = 0; i < k; ++i)
                if (a[i] > 0) {
                    const double p = a[i] / pos;
                    h -= p * std::log(p);
                }
            r.ent = h / logk;
        }
        std::size_t best = 0;
        for (std::size_t i = 1; i < k; ++i)
            if (a[i] > a[best]) best = i;
        double second = -std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < k; ++i)
            if (i != best) second = std::max(second, a[i]);
        r.leaning = a[best] - second > hopt.split_threshold + eps ? static_cast<int>(best) : -1;
        r.pos = static_cast<int>(hedging::classify_kuik(hopt.kuik_on_normalised ? r.tn : r.tilt, r.a_ref, r.a_alt, th));
        return r;
    };

    // Distinct domain rows (the k slots of a domain in a pattern): each is computed once per draw.
    std::vector<std::vector<slot>> rows;
    std::vector<std::size_t> row_of(reps.size() * D);
    for (std::size_t u = 0; u < reps.size(); ++u)
        for (std::size_t di = 0; di < D; ++di) {
            std::vector<slot> key(plan[reps[u]].slots.begin() + static_cast<std::ptrdiff_t>(di * k),
                                  plan[reps[u]].slots.begin() + static_cast<std::ptrdiff_t>((di + 1) * k));
            std::size_t r = 0;
            for (; r < rows.size(); ++r) {
                bool same = true;
                for (std::size_t i = 0; i < k && same; ++i) {
                    const slot &x = rows[r][i], &y = key[i];
                    same = x.sampled == y.sampled &&
                           (x.sampled >= 0 || x.constant == y.constant || (std::isnan(x.constant) && std::isnan(y.constant)));
                }
                if (same) break;
            }
            if (r == rows.size()) rows.push_back(std::move(key));
            row_of[u * D + di] = r;
        }
    const std::size_t NR = rows.size();

    // one draw into v (NS stat cells) and cc (NSC category indices)
    auto fast_draw = [&](const double* x, double* v, int* cc, std::vector<double>& a, std::vector<ind_out>& ri,
                         std::vector<double>& sum, std::vector<double>& A) {
        for (std::size_t r = 0; r < NR; ++r) {
            double* ad = a.data() + r * k;
            for (std::size_t i = 0; i < k; ++i) {
                const slot& s = rows[r][i];
                ad[i] = s.sampled >= 0 ? x[s.sampled] : s.constant;
            }
            ri[r] = compute(ad);
        }
        for (std::size_t u = 0; u < reps.size(); ++u) {
            const year_plan& yp = plan[reps[u]];
            std::fill(sum.begin(), sum.end(), 0.0);
            double wsum = 0.0, tmin = std::numeric_limits<double>::infinity(), tmax = -tmin;
            int lead1 = -1;
            bool split = false;
            for (std::size_t di = 0; di < D; ++di) {
                const std::size_t row = row_of[u * D + di];
                const double* ad = a.data() + row * k;
                const ind_out& r = ri[row];
                for (std::size_t i = 0; i < k; ++i) *v++ = ad[i];
                *v++ = r.tilt;
                *v++ = r.tn;
                *v++ = r.disp;
                *v++ = r.eq;
                *v++ = r.hed;
                *v++ = r.ent;
                *v++ = r.pos;
                cc[di] = r.pos + 3;
                if (yp.included[di]) {
                    for (std::size_t i = 0; i < k; ++i) sum[i] += yp.weight[di] * ad[i];
                    wsum += yp.weight[di];
                    tmin = std::min(tmin, r.tilt);
                    tmax = std::max(tmax, r.tilt);
                    if (r.leaning >= 0) {
                        if (lead1 < 0) lead1 = r.leaning;
                        else if (lead1 != r.leaning) split = true;
                    }
                }
            }
            for (std::size_t i = 0; i < k; ++i) A[i] = wsum > 0 ? sum[i] / wsum : 0.0;
            const ind_out r = compute(A.data());
            for (std::size_t i = 0; i < k; ++i) *v++ = A[i];
            *v++ = r.tilt;
            *v++ = r.tn;
            *v++ = r.disp;
            *v++ = r.eq;
            *v++ = r.hed;
            *v++ = r.ent;
            *v++ = r.pos;
            *v++ = tmax >= tmin ? tmax - tmin : 0.0;
            cc[D] = r.pos + 3;
            cc[D + 1] = split ? 1 : 0;
            cc += cats_per_year;
        }
    };

    auto full_draw = [&](const double* x, network& work, std::vector<relation>& rs, double* v, int* cc) {
        for (std::size_t s = 0; s < S; ++s) rs[sampled[s]].value = x[s];
        work.replace_relations(rs);
        const indicator_table t = evaluate(work, focal, rivals, years, eval_opt);
        for (std::size_t c = 0; c < NC; ++c) v[c] = t.value[layout_num[c]];
        for (std::size_t c = 0; c < ncat_cells; ++c) {
            const auto& names = cat_cells[c].cats;
            const std::string& val = t.cat_value[c];
            const auto it = std::find(names.begin(), names.end(), val);
            cc[c] = it == names.end() ? -1 : static_cast<int>(it - names.begin());
        }
    };

    // global accumulators (merged in block order)
    block_acc global;
    global.reset(NS, pairs.size());
    std::vector<block_acc> blocks(std::min(round_blocks, nblocks));

    // Each block: draws into buffers (draw-major), then the statistics cell by cell
    // (cache-friendly: one cell's histogram at a time), in draw order.
    auto process_block = [&](std::size_t b, block_acc& acc, thread_acc& ta, network* work, std::vector<relation>* rs) {
        acc.reset(NS, pairs.size());
        const std::size_t i0 = b * B, i1 = std::min(opt.draws, i0 + B), nb = i1 - i0;
        std::vector<double> xs(nb * S), vals(nb * NS);
        std::vector<int> cats(nb * NSC);
        std::vector<double> a(NR * k), sum(k), A(k);
        std::vector<ind_out> ri(NR);
        for (std::size_t i = i0; i < i1; ++i) {
            double* x = xs.data() + (i - i0) * S;
            for (std::size_t s = 0; s < S; ++s) x[s] = draw_value(opt.seed, i, sampled[s], rels[sampled[s]].value, sd[sampled[s]]);
            double* v = vals.data() + (i - i0) * NS;
            int* cc = cats.data() + (i - i0) * NSC;
            if (opt.full) full_draw(x, *work, *rs, v, cc);
            else fast_draw(x, v, cc, a, ri, sum, A);
            if (opt.keep_draws)
                for (std::size_t c = 0; c < NC; ++c) res.draw_values[i * NC + c] = v[stat_of[c]];
        }
        for (std::size_t c = 0; c < NS; ++c) {
            std::uint32_t* h = ta.hist.data() + c * bins;
            std::uint32_t n = 0;
            double mean = 0.0, m2 = 0.0, mn = ta.mn[c], mx = ta.mx[c];
            const double l = lo[c], sc = scale[c];
            for (std::size_t r = 0; r < nb; ++r) {
                const double v = vals[r * NS + c];
                if (std::isnan(v)) continue;
                ++n;
                const double d = v - mean;
                mean += d * inv_n[n];
                m2 += d * (v - mean);
                mn = std::min(mn, v);
                mx = std::max(mx, v);
                long bi = static_cast<long>((v - l) * sc);
                bi = std::clamp<long>(bi, 0, static_cast<long>(bins) - 1);
                ++h[bi];
            }
            acc.n[c] = n;
            acc.mean[c] = mean;
            acc.m2[c] = m2;
            ta.mn[c] = mn;
            ta.mx[c] = mx;
        }
        for (std::size_t c = 0; c < NSC; ++c)
            for (std::size_t r = 0; r < nb; ++r) {
                const int k_ = cats[r * NSC + c];
                if (k_ >= 0) ++ta.cat[scat_offset[c] + static_cast<std::size_t>(k_)];
            }
        for (std::size_t p = 0; p < pairs.size(); ++p) {
            std::uint32_t n = 0;
            double mx_ = 0, my = 0, c_ = 0, m2x = 0, m2y = 0;
            for (std::size_t r = 0; r < nb; ++r) {
                const double xv = xs[r * S + pairs[p].sampled], yv = vals[r * NS + pairs[p].cell];
                if (std::isnan(yv)) continue;
                ++n;
                const double ddx = xv - mx_;
                mx_ += ddx * inv_n[n];
                const double ddy = yv - my;
                my += ddy * inv_n[n];
                m2x += ddx * (xv - mx_);
                m2y += ddy * (yv - my);
                c_ += ddx * (yv - my);
            }
            acc.pn[p] = n;
            acc.pmx[p] = mx_;
            acc.pmy[p] = my;
            acc.pc[p] = c_;
            acc.pm2x[p] = m2x;
            acc.pm2y[p] = m2y;
        }
    };

    auto merge = [&](const block_acc& b) {
        for (std::size_t c = 0; c < NS; ++c) {
            if (b.n[c] == 0) continue;
            const double na = global.n[c], nb = b.n[c], n = na + nb;
            const double delta = b.mean[c] - global.mean[c];
            global.mean[c] += delta * nb / n;
            global.m2[c] += b.m2[c] + delta * delta * na * nb / n;
            global.n[c] += b.n[c];
        }
        for (std::size_t p = 0; p < pairs.size(); ++p) {
            if (b.pn[p] == 0) continue;
            const double na = global.pn[p], nb = b.pn[p], n = na + nb;
            const double dx = b.pmx[p] - global.pmx[p], dy = b.pmy[p] - global.pmy[p];
            global.pmx[p] += dx * nb / n;
            global.pmy[p] += dy * nb / n;
            global.pm2x[p] += b.pm2x[p] + dx * dx * na * nb / n;
            global.pm2y[p] += b.pm2y[p] + dy * dy * na * nb / n;
            global.pc[p] += b.pc[p] + dx * dy * na * nb / n;
            global.pn[p] += b.pn[p];
        }
    };

    // per-thread working copies for the full path
    std::vector<network> works;
    std::vector<std::vector<relation>> work_rs;
    if (opt.full) {
        works.assign(T, net);
        work_rs.assign(T, rels);
    }

    std::vector<std::exception_ptr> errors(T);
    for (std::size_t r0 = 0; r0 < nblocks; r0 += round_blocks) {
        const std::size_t r1 = std::min(nblocks, r0 + round_blocks);
        std::atomic<std::size_t> next{r0};
        auto worker = [&](std::size_t t) {
            try {
                for (std::size_t b = next++; b < r1; b = next++)
                    process_block(b, blocks[b - r0], tacc[t], opt.full ? &works[t] : nullptr,
                                  opt.full ? &work_rs[t] : nullptr);
            } catch (...) {
                errors[t] = std::current_exception();
                next = r1;
            }
        };
        std::vector<std::thread> pool;
        for (std::size_t t = 1; t < T; ++t) pool.emplace_back(worker, t);
        worker(0);
        for (auto& th_ : pool) th_.join();
        for (auto& e : errors)
            if (e) std::rethrow_exception(e);
        for (std::size_t b = r0; b < r1; ++b) merge(blocks[b - r0]);
    }

    // merge the integer accumulators (order-free)
    std::vector<std::uint64_t> hist(NS * bins, 0);
    std::vector<double> mn(NS, std::numeric_limits<double>::infinity()), mx(NS, -std::numeric_limits<double>::infinity());
    std::vector<std::uint64_t> cat(scat_total, 0);
    for (const auto& t : tacc) {
        for (std::size_t i = 0; i < hist.size(); ++i) hist[i] += t.hist[i];
        for (std::size_t c = 0; c < NS; ++c) mn[c] = std::min(mn[c], t.mn[c]), mx[c] = std::max(mx[c], t.mx[c]);
        for (std::size_t i = 0; i < scat_total; ++i) cat[i] += t.cat[i];
    }

    // summary: one row per output cell, from its stat cell
    mc_summary_table& sm = res.summary;
    sm.quantile_levels = opt.quantiles;
    sm.quantiles.assign(opt.quantiles.size(), {});
    std::vector<std::vector<double>> squant(opt.quantiles.size(), std::vector<double>(NS, nan));
    for (std::size_t c = 0; c < NS; ++c) {
        const std::uint64_t n = global.n[c];
        if (!n) continue;
        const auto& ci = cells[stat_rep[c]];
        const std::uint64_t* h = hist.data() + c * bins;
        const double w = (ci.hi - ci.lo) / static_cast<double>(bins);
        for (std::size_t q = 0; q < opt.quantiles.size(); ++q) {
            const double target = opt.quantiles[q] * static_cast<double>(n);
            double cum = 0.0;
            std::size_t bi = 0;
            for (; bi < bins; ++bi) {
                if (h[bi] > 0 && cum + static_cast<double>(h[bi]) >= target) break;
                cum += static_cast<double>(h[bi]);
            }
            if (bi == bins) bi = bins - 1;
            const double frac = h[bi] ? (target - cum) / static_cast<double>(h[bi]) : 0.0;
            const double out = ci.lo + w * (static_cast<double>(bi) + std::clamp(frac, 0.0, 1.0));
            squant[q][c] = std::clamp(out, mn[c], mx[c]);
        }
    }
    for (std::size_t c = 0; c < NC; ++c) {
        const auto& ci = cells[c];
        const std::size_t s = stat_of[c];
        sm.year.push_back(ci.year);
        sm.indicator.push_back(ci.indicator);
        sm.domain.push_back(ci.domain);
        sm.actor.push_back(ci.actor);
        sm.lower.push_back(ci.lo);
        sm.upper.push_back(ci.hi);
        const std::uint64_t n = global.n[s];
        sm.n.push_back(n);
        sm.mean.push_back(n ? global.mean[s] : nan);
        sm.sd.push_back(n > 1 ? std::sqrt(global.m2[s] / static_cast<double>(n - 1)) : (n == 1 ? 0.0 : nan));
        sm.min.push_back(n ? mn[s] : nan);
        sm.max.push_back(n ? mx[s] : nan);
        for (std::size_t q = 0; q < opt.quantiles.size(); ++q) sm.quantiles[q].push_back(squant[q][s]);
    }

    // categories
    mc_category_table& ct = res.categories;
    for (std::size_t c = 0; c < ncat_cells; ++c) {
        const auto& cc = cat_cells[c];
        const std::size_t off = scat_offset[cat_stat_of[c]];
        for (std::size_t j = 0; j < cc.cats.size(); ++j) {
            ct.year.push_back(cc.year);
            ct.indicator.push_back(cc.indicator);
            ct.domain.push_back(cc.domain);
            ct.actor.push_back(cc.actor);
            ct.category.push_back(cc.cats[j]);
            const std::uint64_t n = cat[off + j];
            ct.count.push_back(n);
            ct.share.push_back(static_cast<double>(n) / static_cast<double>(opt.draws));
        }
    }

    // sensitivity: per (sampled relation, target), over the years the relation holds
    mc_sensitivity_table& st = res.sensitivity;
    for (std::size_t t = 0; t < targets.size(); ++t) {
        struct row {
            std::size_t s;
            double mean_abs, max_abs, r_at;
            int year;
        };
        std::vector<row> rows;
        std::vector<double> sum(S, 0.0), best(S, -1.0), r_at(S, nan);
        std::vector<int> by(S, 0), cnt(S, 0);
        for (const auto& yp : year_pairs) {
            if (yp.target != t) continue;
            const std::size_t p = yp.pair;
            const double den = std::sqrt(global.pm2x[p] * global.pm2y[p]);
            const double r = den > 0 ? global.pc[p] / den : 0.0;
            sum[yp.sampled] += std::abs(r);
            ++cnt[yp.sampled];
            if (std::abs(r) > best[yp.sampled]) best[yp.sampled] = std::abs(r), r_at[yp.sampled] = r, by[yp.sampled] = years[yp.year];
        }
        for (std::size_t s = 0; s < S; ++s)
            if (cnt[s] > 0) rows.push_back({s, sum[s] / cnt[s], best[s], r_at[s], by[s]});
        std::stable_sort(rows.begin(), rows.end(), [](const row& x, const row& y) { return x.mean_abs > y.mean_abs; });
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& r = rels[sampled[rows[i].s]];
            st.relation.push_back(sampled[rows[i].s]);
            st.a.push_back(r.a);
            st.b.push_back(r.b);
            st.domain.push_back(r.domain);
            st.from.push_back(r.years.from);
            st.to.push_back(r.years.to);
            st.sd.push_back(sd[sampled[rows[i].s]]);
            st.target.push_back(targets[t]);
            st.mean_abs_r.push_back(rows[i].mean_abs);
            st.max_abs_r.push_back(rows[i].max_abs);
            st.r_at_max.push_back(rows[i].r_at);
            st.year_of_max.push_back(rows[i].year);
            st.rank.push_back(i + 1);
        }
    }
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return res;
}

}  // namespace kzsec::scenario
