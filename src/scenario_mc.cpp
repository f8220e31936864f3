// Monte Carlo over relation values with streaming statistics (docs/scenarios.md).
//
// Determinism: the value of relation j in draw i comes from a counter-based
// stream seeded by (seed, i, j) (SplitMix64 hashing, ziggurat normals); draws
// are grouped in blocks of a fixed size, each block accumulates its shifted sums
// in draw order, and blocks are merged in block order (Chan et al.) after each
// round, so the floating-point results do not depend on the number of threads.
// Histograms and category counts are integers (order-free).
//
// Speed (docs/benchmarks.md): per draw, one pass over contiguous stat cells
// (vectorised), and the fast path computes each distinct domain row and each
// distinct year plan once.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <thread>

#include <fmt/format.h>

#include "kzsec/errors.hpp"
#include "kzsec/limits.hpp"
#include "kzsec/scenario.hpp"

#include "hedging_kernel.hpp"

namespace kzsec::scenario {

namespace {

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

/// Ziggurat tables for the standard normal (Marsaglia & Tsang 2000, 256 layers,
/// in Doornik's 2005 formulation "ZIGNOR"): x[0] = V / f(R) (the base strip
/// plus the tail as one rectangle), x[1] = R, x[i+1] = f^{-1}(V / x[i] + f(x[i])),
/// x[256] = 0, with f(x) = exp(-x^2 / 2); ratio[i] = x[i+1] / x[i].
struct ziggurat {
    static constexpr int layers = 256;
    static constexpr double r = 3.6541528853610088;   // start of the tail
    static constexpr double v = 0.00492867323399;     // area of each layer
    double x[layers + 1];
    double ratio[layers];
    ziggurat() {
        const double fr = std::exp(-0.5 * r * r);
        x[0] = v / fr;
        x[1] = r;
        for (int i = 2; i < layers; ++i) x[i] = std::sqrt(-2.0 * std::log(v / x[i - 1] + std::exp(-0.5 * x[i - 1] * x[i - 1])));
        x[layers] = 0.0;
        for (int i = 0; i < layers; ++i) ratio[i] = x[i + 1] / x[i];
    }
};
const ziggurat zig;

/// A standard normal variate from the stream s: one 64-bit word per variate in
/// about 98.8 % of cases (layer from the low 8 bits, position from the top 53).
inline double standard_normal(std::uint64_t& s) {
    for (;;) {
        const std::uint64_t w = next64(s);
        const int i = static_cast<int>(w & 0xFF);
        const double u = 2.0 * (static_cast<double>(w >> 11) * 0x1.0p-53) - 1.0;  // [-1, 1)
        if (std::abs(u) < zig.ratio[i]) return u * zig.x[i];
        if (i == 0) {  // the tail beyond R (Marsaglia 1964)
            double t, y;
            do {
                t = -std::log(1.0 - unit(s)) / ziggurat::r;  // 1 - unit in (0, 1]
                y = -std::log(1.0 - unit(s));
            } while (y + y < t * t);
            return u < 0 ? -(ziggurat::r + t) : ziggurat::r + t;
        }
        // the wedge of layer i: accept (xx, y) with y uniform in [f(x[i]), f(x[i+1])] if y < f(xx)
        const double xx = u * zig.x[i];
        const double f0 = std::exp(-0.5 * (zig.x[i] * zig.x[i] - xx * xx));          // f(x[i]) / f(xx)
        const double f1 = std::exp(-0.5 * (zig.x[i + 1] * zig.x[i + 1] - xx * xx));  // f(x[i+1]) / f(xx)
        if (f0 + unit(s) * (f1 - f0) < 1.0) return xx;
    }
}

/// The stream key of draw i; the stream of relation j in draw i is stream(key(seed, i), j).
inline std::uint64_t draw_key(std::uint64_t seed, std::uint64_t i) {
    return mix64(mix64(seed ^ 0x6A09E667F3BCC909ULL) + 0x9E3779B97F4A7C15ULL * (i + 1));
}
inline std::uint64_t stream(std::uint64_t key, std::uint64_t j) { return mix64(key ^ (0xD1B54A32D192ED03ULL * (j + 1))); }

/// TruncNormal(value, sd^2) on [-1, 1] by rejection from the stream s.
inline double truncated_normal(std::uint64_t s, double value, double sd) {
    if (sd == 0.0) return value;
    for (int it = 0; it < 1000000; ++it) {
        const double x = value + sd * standard_normal(s);
        if (x >= -1.0 && x <= 1.0) return x;
    }
    return std::clamp(value, -1.0, 1.0);  // unreachable for sd <= 1e3
}

}  // namespace

double draw_value(std::uint64_t seed, std::uint64_t i, std::uint64_t j, double value, double sd) {
    return truncated_normal(stream(draw_key(seed, i), j), value, sd);
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
    if (ind == "tilt_band") return 3.0;
    return 1.0;
}
double range_lo(const std::string& ind) {
    if (ind == "affinity" || ind == "tilt_normalised" || ind == "frustration_normalised") return -1.0;
    if (ind == "tilt") return -2.0;
    if (ind == "tilt_band") return -3.0;
    return 0.0;
}

/// Categories of a categorical indicator, in output order.
std::vector<std::string> categories_of(const std::string& ind) {
    if (ind == "tilt_band") {
        std::vector<std::string> v;
        for (int p = -3; p <= 3; ++p) v.emplace_back(hedging::to_string(static_cast<hedging::tilt_band>(p)));
        return v;
    }
    if (ind == "stance") {
        std::vector<std::string> v;
        for (int p = -3; p <= 3; ++p) v.emplace_back(hedging::to_string(static_cast<hedging::kuik_position>(p)));
        v.emplace_back("no_data");
        return v;
    }
    if (ind == "split") return {"false", "true"};
    if (ind == "strategy") {
        std::vector<std::string> v;
        for (auto s : {hedging::strategy::balancing, hedging::strategy::bandwagoning, hedging::strategy::hedging,
                       hedging::strategy::neutrality, hedging::strategy::collective_security, hedging::strategy::no_data})
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
    std::vector<std::uint64_t> n;
    std::vector<double> mean, m2;
    // sensitivity pairs
    std::vector<std::uint64_t> pn;
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

/// Sums of one block, in draw order, of the deviations d = v - K from a fixed
/// shift K per cell (the base network's value): n, sum d, sum d^2, and for the
/// sensitivity pairs the co-moment sums. One pass per draw over contiguous
/// cells (vectorisable); converted to (mean, M2) when the block is merged
/// ("shifted data", Chan, Golub & LeVeque 1983). With K within a few sd of the
/// mean the cancellation in M2 = sum d^2 - (sum d)^2 / n is negligible.
struct block_sums {
    std::vector<double> n, s1, s2;
    std::vector<double> pn, px, py, pxx, pyy, pxy;
    void reset(std::size_t cells, std::size_t pairs) {
        for (auto* v : {&n, &s1, &s2}) v->assign(cells, 0.0);
        for (auto* v : {&pn, &px, &py, &pxx, &pyy, &pxy}) v->assign(pairs, 0.0);
    }
};

/// One draw's pass over the stat cells (NaN = missing counts nowhere): shifted
/// sums, min/max and the histogram bin (-1 = none). Restrict-qualified so that
/// the loop vectorises.
#if defined(__x86_64__) && defined(__GNUC__) && defined(__has_attribute)
#if __has_attribute(target_clones)
[[gnu::target_clones("avx2", "default")]]
#endif
#endif
void accumulate_cells(std::size_t cells, const double* __restrict v, const double* __restrict shift,
                      const double* __restrict lo, const double* __restrict scale, double last_bin,
                      double* __restrict n, double* __restrict s1, double* __restrict s2, double* __restrict mn,
                      double* __restrict mx, std::int32_t* __restrict bin) {
    for (std::size_t c = 0; c < cells; ++c) {
        const double val = v[c];
        const bool ok = val == val;
        const double raw = val - shift[c];
        const double d = ok ? raw : 0.0;
        n[c] += ok ? 1.0 : 0.0;
        s1[c] += d;
        s2[c] += d * d;
        mn[c] = val < mn[c] ? val : mn[c];
        mx[c] = val > mx[c] ? val : mx[c];
        double t = (val - lo[c]) * scale[c];
        t = t > 0.0 ? t : 0.0;             // NaN -> 0
        t = t < last_bin ? t : last_bin;
        const double b = ok ? t : -1.0;
        bin[c] = static_cast<std::int32_t>(b);  // in [-1, bins - 1]: exact
    }
}

/// One draw's pass over the sensitivity pairs (sampled value x[px[p]], cell v[py[p]];
/// a missing cell counts nowhere): shifted co-moment sums.
void accumulate_pairs(std::size_t pairs, const double* __restrict x, const double* __restrict v,
                      const std::size_t* __restrict px, const std::size_t* __restrict py,
                      const double* __restrict shift_x, const double* __restrict shift_y, double* __restrict n,
                      double* __restrict sx, double* __restrict sy, double* __restrict sxx, double* __restrict syy,
                      double* __restrict sxy) {
    for (std::size_t p = 0; p < pairs; ++p) {
        const double yv = v[py[p]];
        const bool ok = yv == yv;
        const double dx = ok ? x[px[p]] - shift_x[p] : 0.0;
        const double dy = ok ? yv - shift_y[p] : 0.0;
        n[p] += ok ? 1.0 : 0.0;
        sx[p] += dx;
        sy[p] += dy;
        sxx[p] += dx * dx;
        syy[p] += dy * dy;
        sxy[p] += dx * dy;
    }
}

struct thread_acc {
    std::vector<std::uint32_t> hist;  // cells * bins
    std::vector<double> mn, mx;
    std::vector<std::uint64_t> cat;   // cat offsets
    std::vector<double> x, v;         // one draw: sampled values, stat cells
    std::vector<int> cc;              // one draw: category indices
    std::vector<std::int32_t> bin;    // one draw: histogram bin per cell (-1 = missing)
};

struct pair_info {
    std::size_t sampled;  // index into sampled relations
    std::size_t cell;     // numeric cell
    std::size_t target;   // target index
};

}  // namespace

// Long (about 640 lines), and left so in this change on purpose: its stages (validation and cell
// layout; the fast-path plan; the draw kernels; the block accumulators and their ordered merge;
// the threads; the summary, categories and sensitivity) are closures over some forty shared locals
// of the plan, and the draw loop is the library's hottest code (docs/benchmarks.md). Splitting it
// into functions over a plan struct is the next step of issue #15; it needs the benchmarks re-run
// before and after, which could not be done on the shared machine here. The stages are marked by
// the comments below, in order.
mc_result monte_carlo(const network& net, std::string_view focal, const std::vector<std::string>& rivals,
                      const std::vector<int>& years, const mc_options& opt) {
    const auto t0 = std::chrono::steady_clock::now();
    const char* where = "[kzsec] monte_carlo";
    if (opt.draws == 0) throw invalid_input(fmt::format("{}: draws must be > 0", where));
    check_draws(opt.draws, "monte_carlo", "draws");
    check_draws(opt.block_size, "monte_carlo", "block_size");
    for (int y : years) check_year(y, "monte_carlo", "year");
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
        dom_ids = idx.default_domain_ids();  // the defaults of hedging::profile
    } else {
        for (const auto& d : hopt.domains) dom_ids.push_back(idx.domain(d));
    }
    const std::size_t D = dom_ids.size();
    const std::size_t Y = years.size();
    const std::size_t hedging_cells = D * (k + 7) + (k + 8);  // per year, fast-path numeric cells
    const std::size_t hedging_cats = D + 2;                   // tilt band per domain, tilt band aggregate, split

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
                        s.constant = idx.absent_is_zero(dom_ids[di], hopt) ? 0.0 : nan;
                    }
                }
                yp.included[di] = yp.weight[di] > 0 && (idx.absent_is_zero(dom_ids[di], hopt) ? any_obs : all_obs);
            }
            plan.push_back(std::move(yp));
        }
    }
    const std::size_t S = sampled.size();
    (void)f;

    // Stat cells. The fast path computes each distinct domain row once per draw (the k
    // slots of a domain in a year: years and domains with the same slots have the same
    // affinities, indicators and tilt band in every draw), and the aggregate once per
    // distinct year plan (same slots, weights and inclusion); the full path keeps one stat
    // cell per output cell.
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
    const std::size_t row_cells = k + 7, agg_cells = k + 8;  // fast path: per row, per pattern
    const std::size_t NS = opt.full ? NC : NR * row_cells + reps.size() * agg_cells;
    const std::size_t NSC = opt.full ? ncat_cells : NR + reps.size() * 2;
    std::vector<std::size_t> stat_of(NC), cat_stat_of(ncat_cells);
    for (std::size_t c = 0; c < NC; ++c) {
        if (opt.full) {
            stat_of[c] = c;
            continue;
        }
        const std::size_t u = pattern_of[c / cells_per_year], q = c % cells_per_year;
        stat_of[c] = q < D * row_cells ? row_of[u * D + q / row_cells] * row_cells + q % row_cells
                                       : NR * row_cells + u * agg_cells + (q - D * row_cells);
    }
    for (std::size_t c = 0; c < ncat_cells; ++c) {
        if (opt.full) {
            cat_stat_of[c] = c;
            continue;
        }
        const std::size_t u = pattern_of[c / cats_per_year], q = c % cats_per_year;
        cat_stat_of[c] = q < D ? row_of[u * D + q] : NR + u * 2 + (q - D);
    }
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

    const hedging::tilt_band_thresholds& th = hopt.tilt_bands;
    (void)hedging::classify_tilt_band(0.0, 0.0, 0.0, th);  // validates thresholds once

    // fast-path kernel: the indicators of one affinity vector (the function `profile` uses)
    // and its tilt band
    struct ind_out : hedging::detail::affinity_indicators {
        int pos = 0;
    };
    const double log_k = std::log(static_cast<double>(k));
    auto compute = [&](const double* a) {
        ind_out r;
        static_cast<hedging::detail::affinity_indicators&>(r) =
            hedging::detail::compute_indicators(a, k, hopt.split_threshold, log_k);
        r.pos = static_cast<int>(hedging::detail::classify_tilt_band_unchecked(
            hopt.tilt_band_on_normalised ? r.tilt_normalised : r.tilt, r.a_ref, r.a_alt, th));
        return r;
    };

    // One draw into v (NS stat cells: the rows' cells, then each pattern's aggregate
    // cells) and cc (NSC category indices: the rows' tilt bands, then each pattern's
    // aggregate tilt band and split).
    auto fast_draw = [&](const double* x, double* v, int* cc, std::vector<double>& a, std::vector<ind_out>& ri,
                         std::vector<double>& sum, std::vector<double>& A) {
        auto put = [k](double* w, const double* aff, const ind_out& r) {
            for (std::size_t i = 0; i < k; ++i) *w++ = aff[i];
            *w++ = r.tilt;
            *w++ = r.tilt_normalised;
            *w++ = r.dispersion;
            *w++ = r.equidistance;
            *w++ = r.hedging;
            *w++ = r.entropy;
            *w++ = r.pos;
            return w;
        };
        for (std::size_t r = 0; r < NR; ++r) {
            double* ad = a.data() + r * k;
            for (std::size_t i = 0; i < k; ++i) {
                const slot& s = rows[r][i];
                ad[i] = s.sampled >= 0 ? x[s.sampled] : s.constant;
            }
            ri[r] = compute(ad);
            put(v + r * row_cells, ad, ri[r]);
            cc[r] = ri[r].pos + 3;
        }
        double* w = v + NR * row_cells;
        int* c2 = cc + NR;
        for (std::size_t u = 0; u < reps.size(); ++u) {
            const year_plan& yp = plan[reps[u]];
            std::fill(sum.begin(), sum.end(), 0.0);
            double wsum = 0.0, tmin = std::numeric_limits<double>::infinity(), tmax = -tmin;
            int lead1 = -1;
            bool split = false;
            for (std::size_t di = 0; di < D; ++di) {
                if (!yp.included[di]) continue;
                const std::size_t row = row_of[u * D + di];
                const double* ad = a.data() + row * k;
                const ind_out& r = ri[row];
                for (std::size_t i = 0; i < k; ++i) sum[i] += yp.weight[di] * ad[i];
                wsum += yp.weight[di];
                tmin = std::min(tmin, r.tilt);
                tmax = std::max(tmax, r.tilt);
                if (r.leaning >= 0) {
                    if (lead1 < 0) lead1 = r.leaning;
                    else if (lead1 != r.leaning) split = true;
                }
            }
            for (std::size_t i = 0; i < k; ++i) A[i] = wsum > 0 ? sum[i] / wsum : 0.0;
            const ind_out r = compute(A.data());
            w = put(w, A.data(), r);
            *w++ = tmax >= tmin ? tmax - tmin : 0.0;
            *c2++ = r.pos + 3;
            *c2++ = split ? 1 : 0;
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
    std::vector<block_sums> blocks(std::min(round_blocks, nblocks));

    // shifts: the base network's value of each stat cell (0 if not finite), and of each pair
    std::vector<double> shift(NS, 0.0);
    for (std::size_t c = 0; c < NS; ++c) {
        const double v0 = layout.value[layout_num[stat_rep[c]]];
        shift[c] = std::isfinite(v0) ? v0 : 0.0;
    }
    const std::size_t P = pairs.size();
    std::vector<std::size_t> pair_x(P), pair_y(P);
    std::vector<double> shift_x(P), shift_y(P);
    for (std::size_t p = 0; p < P; ++p) {
        pair_x[p] = pairs[p].sampled;
        pair_y[p] = pairs[p].cell;
        shift_x[p] = rels[sampled[pairs[p].sampled]].value;
        shift_y[p] = shift[pairs[p].cell];
    }
    const auto last_bin = static_cast<double>(bins - 1);

    // Each block: its draws in order; per draw one pass over the cells (shifted sums,
    // min/max, histogram bin), the categories and the sensitivity pairs.
    auto process_block = [&](std::size_t b, block_sums& acc, thread_acc& ta, network* work, std::vector<relation>* rs) {
        acc.reset(NS, P);
        const std::size_t i0 = b * B, i1 = std::min(opt.draws, i0 + B);
        ta.x.resize(S);
        ta.v.resize(NS);
        ta.cc.resize(NSC);
        ta.bin.resize(NS);
        std::vector<double> a(NR * k), sum(k), A(k);
        std::vector<ind_out> ri(NR);
        double* const x = ta.x.data();
        double* const v = ta.v.data();
        int* const cc = ta.cc.data();
        std::int32_t* const bin = ta.bin.data();
        double *const n = acc.n.data(), *const s1 = acc.s1.data(), *const s2 = acc.s2.data();
        double *const mn = ta.mn.data(), *const mx = ta.mx.data();
        const double *const K = shift.data(), *const L = lo.data(), *const SC = scale.data();
        for (std::size_t i = i0; i < i1; ++i) {
            const std::uint64_t key = draw_key(opt.seed, i);
            for (std::size_t s = 0; s < S; ++s)
                x[s] = truncated_normal(stream(key, sampled[s]), rels[sampled[s]].value, sd[sampled[s]]);
            if (opt.full) full_draw(x, *work, *rs, v, cc);
            else fast_draw(x, v, cc, a, ri, sum, A);
            if (opt.keep_draws)
                for (std::size_t c = 0; c < NC; ++c) res.draw_values[i * NC + c] = v[stat_of[c]];
            accumulate_cells(NS, v, K, L, SC, last_bin, n, s1, s2, mn, mx, bin);
            std::uint32_t* h = ta.hist.data();
            for (std::size_t c = 0; c < NS; ++c, h += bins)
                if (bin[c] >= 0) ++h[bin[c]];
            for (std::size_t c = 0; c < NSC; ++c)
                if (cc[c] >= 0) ++ta.cat[scat_offset[c] + static_cast<std::size_t>(cc[c])];
            accumulate_pairs(P, x, v, pair_x.data(), pair_y.data(), shift_x.data(), shift_y.data(), acc.pn.data(),
                             acc.px.data(), acc.py.data(), acc.pxx.data(), acc.pyy.data(), acc.pxy.data());
        }
    };

    // Chan et al.'s pairwise update of the global moments with a block's (mean, M2)
    auto merge = [&](const block_sums& b) {
        for (std::size_t c = 0; c < NS; ++c) {
            if (b.n[c] == 0) continue;
            const double nb = b.n[c], mean_b = shift[c] + b.s1[c] / nb;
            const double m2_b = std::max(0.0, b.s2[c] - b.s1[c] * b.s1[c] / nb);
            const double na = global.n[c], n = na + nb;
            const double delta = mean_b - global.mean[c];
            global.mean[c] += delta * nb / n;
            global.m2[c] += m2_b + delta * delta * na * nb / n;
            global.n[c] += static_cast<std::uint64_t>(nb);
        }
        for (std::size_t p = 0; p < P; ++p) {
            if (b.pn[p] == 0) continue;
            const double nb = b.pn[p];
            const double mx_b = shift_x[p] + b.px[p] / nb, my_b = shift_y[p] + b.py[p] / nb;
            const double m2x_b = std::max(0.0, b.pxx[p] - b.px[p] * b.px[p] / nb);
            const double m2y_b = std::max(0.0, b.pyy[p] - b.py[p] * b.py[p] / nb);
            const double c_b = b.pxy[p] - b.px[p] * b.py[p] / nb;
            const double na = global.pn[p], n = na + nb;
            const double dx = mx_b - global.pmx[p], dy = my_b - global.pmy[p];
            global.pmx[p] += dx * nb / n;
            global.pmy[p] += dy * nb / n;
            global.pm2x[p] += m2x_b + dx * dx * na * nb / n;
            global.pm2y[p] += m2y_b + dy * dy * na * nb / n;
            global.pc[p] += c_b + dx * dy * na * nb / n;
            global.pn[p] += static_cast<std::uint64_t>(nb);
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
    // progress/cancel: the callback runs on the calling thread (worker 0) only, between its blocks
    std::atomic<std::size_t> blocks_done{0};
    std::atomic<bool> stop{false};
    auto report = [&](std::size_t done) {
        if (opt.progress && !opt.progress(std::min(done, opt.draws), opt.draws)) stop = true;
    };
    report(0);
    for (std::size_t r0 = 0; r0 < nblocks && !stop; r0 += round_blocks) {
        const std::size_t r1 = std::min(nblocks, r0 + round_blocks);
        std::atomic<std::size_t> next{r0};
        auto worker = [&](std::size_t t) {
            try {
                for (std::size_t b = next++; b < r1 && !stop; b = next++) {
                    process_block(b, blocks[b - r0], tacc[t], opt.full ? &works[t] : nullptr,
                                  opt.full ? &work_rs[t] : nullptr);
                    const std::size_t done = ++blocks_done;
                    if (t == 0 && opt.progress) report(done * B);
                }
            } catch (...) {
                stop = true;
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
        if (stop) break;
        for (std::size_t b = r0; b < r1; ++b) merge(blocks[b - r0]);
    }
    if (stop)
        throw cancelled(fmt::format("[kzsec] monte_carlo: cancelled by the progress callback after {} of {} draws",
                                    std::min(blocks_done * B, opt.draws), opt.draws));
    report(opt.draws);
    if (stop) throw cancelled("[kzsec] monte_carlo: cancelled by the progress callback after the last draw");

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
