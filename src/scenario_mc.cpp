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
#include "indicator_rows.hpp"
#include "target_clones.hpp"

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

constexpr const char* where = "[kzsec] monte_carlo";

/// A numeric output cell: its labels and the known range of its indicator (the histogram range).
struct cell_info {
    int year;
    std::string indicator, domain, actor;
    double lo, hi;
};

/// A categorical output cell: its labels, its categories and the offset of its counts.
struct cat_cell {
    int year;
    std::string indicator, domain, actor;
    std::vector<std::string> cats;
    std::size_t offset;
};

/// One slot of the fast path: affinity of the focal to rival i in domain d, year y.
struct slot {
    int sampled = -1;     // index into the sampled relations, or -1
    double constant = 0;  // value if not sampled (NaN if unobserved and not missing_as_zero)
};

/// Whether two slots give the same affinity in every draw: the same sampled relation, or the
/// same constant (NaN equal to NaN).
bool same_slot(const slot& x, const slot& y) {
    if (x.sampled != y.sampled) return false;
    return x.sampled >= 0 || x.constant == y.constant || (std::isnan(x.constant) && std::isnan(y.constant));
}

struct year_plan {
    int year;
    std::vector<slot> slots;        // D * k
    std::vector<double> weight;     // D
    std::vector<char> included;     // D
    /// Two years with the same slots, weights and inclusion have identical indicators in every draw.
    bool same_as(const year_plan& o) const {
        if (weight != o.weight || included != o.included || slots.size() != o.slots.size()) return false;
        for (std::size_t i = 0; i < slots.size(); ++i)
            if (!same_slot(slots[i], o.slots[i])) return false;
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
KZSEC_TARGET_CLONES("avx2", "default")
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

/// A (sampled relation, year, target) of the sensitivity ranking and the pair that holds its moments.
struct year_pair {
    std::size_t sampled, year, target, pair;
};

// ------------------------------------------------------------------ plan

/// Everything the draws and the summary read, fixed before the first draw: the output cells, the
/// sampled relations, the fast path's year plans and distinct domain rows, the stat cells they
/// map to, the sensitivity pairs and the accumulators' constants. Built by `make_plan`; read-only
/// (and shared by the threads) from then on.
struct mc_plan {
    mc_plan(const network& n, std::string_view f, const std::vector<std::string>& r, const std::vector<int>& y,
            const mc_options& o)
        : net(n), focal(f), rivals(r), years(y), opt(o), hopt(o.indicators.hedging), rels(n.relations()) {}

    const network& net;
    std::string_view focal;
    const std::vector<std::string>& rivals;
    const std::vector<int>& years;
    const mc_options& opt;
    const hedging::profile_options& hopt;
    const std::vector<relation>& rels;

    indicator_options eval_opt;       // what `evaluate` computes (the fast path: no balance, no strategy)
    indicator_table layout;           // the base network's cells
    std::size_t k = 0, D = 0, Y = 0;  // rivals, domains of the profile, years
    std::vector<std::size_t> dom_ids; // the profile's domains
    std::vector<double> sd;           // per relation record

    // output cells
    std::vector<cell_info> cells;
    std::vector<std::size_t> layout_num;  // layout row of each numeric cell
    std::vector<cat_cell> cat_cells;
    std::size_t NC = 0, ncat_cells = 0, cells_per_year = 0, cats_per_year = 0;

    // sampled relations and the fast path's year plans
    std::vector<std::size_t> sampled;  // relation indices
    std::vector<int> sampled_of;       // relation -> index in `sampled`, or -1
    std::vector<year_plan> plan;       // fast path: one per year
    std::size_t S = 0;

    // stat cells (docs in plan_patterns_and_rows)
    std::vector<std::size_t> pattern_of, reps;  // year -> pattern, pattern -> representative year
    std::vector<std::vector<slot>> rows;        // distinct domain rows
    std::vector<std::size_t> row_of;            // (pattern, domain) -> row
    std::size_t NR = 0, row_cells = 0, agg_cells = 0, NS = 0, NSC = 0;
    std::vector<std::size_t> stat_of, cat_stat_of;  // output cell -> stat cell
    std::vector<std::size_t> stat_rep;              // an output cell of each stat cell (for ranges)
    std::vector<std::size_t> scat_offset, scat_size;
    std::size_t scat_total = 0;

    // sensitivity
    std::vector<std::string> targets;
    std::vector<pair_info> pairs;
    std::vector<year_pair> year_pairs;

    // accumulators
    std::size_t bins = 0, B = 0, nblocks = 0;
    std::vector<double> lo, scale, shift;           // per stat cell: histogram range, base value
    std::vector<std::size_t> pair_x, pair_y;        // per pair: sampled relation, stat cell
    std::vector<double> shift_x, shift_y;           // per pair: base values
    double last_bin = 0, log_k = 0;
};

/// Checks the options that need no cell layout: draws, bins, block size, years, quantile levels,
/// standard deviations, overrides, and the fast path's lack of a perception profile.
void check_options(const network& net, const std::vector<int>& years, const mc_options& opt) {
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
}

/// The sd of each relation record: by its confidence, or that of the last override matching it.
std::vector<double> relation_sds(const std::vector<relation>& rels, const mc_options& opt) {
    std::vector<double> sd(rels.size());
    for (std::size_t j = 0; j < rels.size(); ++j) {
        const auto& r = rels[j];
        sd[j] = r.conf == confidence::high ? opt.sd_high : r.conf == confidence::medium ? opt.sd_medium : opt.sd_low;
        for (const auto& o : opt.overrides)
            if (o.domain == r.domain && (o.from == 0 || o.from == r.years.from) &&
                ((r.a == o.a && r.b == o.b) || (!r.directed && r.a == o.b && r.b == o.a)))
                sd[j] = o.sd;
    }
    return sd;
}

/// The numeric output cells: all of `layout` (full path) or the first `hedging_cells` of each
/// year (fast path), with their known ranges and layout rows.
void plan_numeric_cells(mc_plan& p, std::size_t hedging_cells) {
    const indicator_table& layout = p.layout;
    std::size_t pos = 0;
    const std::size_t per_year = layout.year.size() / p.Y;
    for (std::size_t yi = 0; yi < p.Y; ++yi) {
        for (std::size_t c = 0; c < per_year; ++c, ++pos) {
            if (!p.opt.full && c >= hedging_cells) continue;
            const indicator_info& info = find_indicator(layout.indicator[pos]);
            cell_info ci{layout.year[pos], layout.indicator[pos], layout.domain[pos], layout.actor[pos], info.lower,
                         indicator_upper(info, p.net, layout.domain[pos], layout.year[pos])};
            p.cells.push_back(std::move(ci));
            p.layout_num.push_back(pos);
        }
    }
    p.NC = p.cells.size();
    p.cells_per_year = p.NC / p.Y;
}

/// The categorical output cells, chosen as the numeric ones (the first `hedging_cats` of each
/// year on the fast path), with their categories.
void plan_category_cells(mc_plan& p, std::size_t hedging_cats) {
    const indicator_table& layout = p.layout;
    std::size_t cat_total = 0, pos = 0;
    const std::size_t per_year = layout.cat_year.size() / p.Y;
    for (std::size_t yi = 0; yi < p.Y; ++yi)
        for (std::size_t c = 0; c < per_year; ++c, ++pos) {
            if (!p.opt.full && c >= hedging_cats) continue;
            cat_cell cc{layout.cat_year[pos], layout.cat_indicator[pos], layout.cat_domain[pos], layout.cat_actor[pos],
                        find_indicator(layout.cat_indicator[pos]).categories, cat_total};
            cat_total += cc.cats.size();
            p.cat_cells.push_back(std::move(cc));
        }
    p.ncat_cells = p.cat_cells.size();
    p.cats_per_year = p.ncat_cells / p.Y;
}

/// The index of relation record j among the sampled relations (added on first use), or -1 if
/// its sd is 0 (its value stays fixed).
int sample_relation(mc_plan& p, std::size_t j) {
    if (p.sd[j] == 0.0) return -1;
    if (p.sampled_of[j] < 0) {
        p.sampled_of[j] = static_cast<int>(p.sampled.size());
        p.sampled.push_back(j);
    }
    return p.sampled_of[j];
}

/// The first record of the focal's tie to `rival` in domain `dname` holding in year y, among the
/// directed or the undirected records.
std::optional<std::size_t> find_tie(const mc_plan& p, const std::string& dname, const std::string& rival, int y,
                                    bool directed) {
    for (std::size_t j = 0; j < p.rels.size(); ++j) {
        const auto& r = p.rels[j];
        if (r.domain != dname || r.directed != directed || !r.years.contains(y)) continue;
        if (directed ? (r.a == p.focal && r.b == rival)
                     : ((r.a == p.focal && r.b == rival) || (r.a == rival && r.b == p.focal)))
            return j;
    }
    return std::nullopt;
}

/// Fast path: the slot of rival i in domain di and year y (a sampled relation record, or the
/// constant affinity) into `s`; returns whether the affinity is observed.
bool plan_slot(mc_plan& p, const hedging::network_index& idx, std::size_t di, std::size_t i, int y,
               const hedging::affinity_spec& spec, slot& s) {
    const std::string& dname = p.net.domains()[p.dom_ids[di]].id;
    const std::string& rival = p.rivals[i];
    std::optional<std::size_t> found;
    if (spec.source == hedging::affinity_source::relation) {
        if (spec.mode != hedging::relation_mode::directed) found = find_tie(p, dname, rival, y, false);
        if (!found && spec.mode != hedging::relation_mode::undirected) found = find_tie(p, dname, rival, y, true);
    }
    std::optional<double> c;
    if (found) {
        s.sampled = sample_relation(p, *found);
        c = p.rels[*found].value;
    } else if (spec.source != hedging::affinity_source::relation) {
        c = hedging::affinity(idx, p.focal, rival, dname, y, spec, p.hopt);
    }
    if (c) {
        s.constant = *c;
        return true;
    }
    s.constant = idx.absent_is_zero(p.dom_ids[di], p.hopt) ? 0.0 : nan;
    return false;
}

/// Fast path: the slots, weights and inclusion of every domain of the profile in year y.
year_plan plan_year(mc_plan& p, const hedging::network_index& idx, int y) {
    const std::size_t k = p.k, D = p.D;
    year_plan yp;
    yp.year = y;
    yp.slots.resize(D * k);
    yp.weight.resize(D);
    yp.included.resize(D);
    for (std::size_t di = 0; di < D; ++di) {
        const std::string& dname = p.net.domains()[p.dom_ids[di]].id;
        auto src = p.hopt.sources.find(dname);
        const hedging::affinity_spec& spec = src == p.hopt.sources.end() ? p.hopt.default_source : src->second;
        auto w = p.hopt.domain_weights.find(dname);
        yp.weight[di] = w == p.hopt.domain_weights.end() ? 1.0 : w->second;
        bool any_obs = false, all_obs = true;
        for (std::size_t i = 0; i < k; ++i) {
            const bool observed = plan_slot(p, idx, di, i, y, spec, yp.slots[di * k + i]);
            any_obs = any_obs || observed;
            all_obs = all_obs && observed;
        }
        yp.included[di] = yp.weight[di] > 0 && (idx.absent_is_zero(p.dom_ids[di], p.hopt) ? any_obs : all_obs);
    }
    return yp;
}

/// The sampled relations: every record with sd > 0 (full path), or the records the fast path's
/// year plans read (built here).
void plan_sampling(mc_plan& p, const hedging::network_index& idx) {
    p.sampled_of.assign(p.rels.size(), -1);
    if (p.opt.full) {
        for (std::size_t j = 0; j < p.rels.size(); ++j) sample_relation(p, j);
    } else {
        for (int y : p.years) p.plan.push_back(plan_year(p, idx, y));
    }
    p.S = p.sampled.size();
}

/// Fast path: groups the years into patterns (same slots, weights and inclusion: identical
/// aggregates in every draw), and the k slots of each domain of each pattern into distinct rows
/// (identical affinities, indicators and tilt band in every draw). Each row and each pattern's
/// aggregate is computed once per draw. The full path has no patterns and no rows.
void plan_patterns_and_rows(mc_plan& p) {
    const std::size_t k = p.k, D = p.D;
    p.pattern_of.assign(p.Y, 0);
    if (!p.opt.full) {
        for (std::size_t yi = 0; yi < p.Y; ++yi) {
            std::size_t u = 0;
            for (; u < p.reps.size(); ++u)
                if (p.plan[yi].same_as(p.plan[p.reps[u]])) break;
            if (u == p.reps.size()) p.reps.push_back(yi);
            p.pattern_of[yi] = u;
        }
    }
    p.row_of.resize(p.reps.size() * D);
    for (std::size_t u = 0; u < p.reps.size(); ++u)
        for (std::size_t di = 0; di < D; ++di) {
            const auto& slots = p.plan[p.reps[u]].slots;
            std::vector<slot> key(slots.begin() + static_cast<std::ptrdiff_t>(di * k),
                                  slots.begin() + static_cast<std::ptrdiff_t>((di + 1) * k));
            std::size_t r = 0;
            for (; r < p.rows.size(); ++r)
                if (std::equal(key.begin(), key.end(), p.rows[r].begin(), same_slot)) break;
            if (r == p.rows.size()) p.rows.push_back(std::move(key));
            p.row_of[u * D + di] = r;
        }
    p.NR = p.rows.size();
}

/// The stat cells, one per distinct quantity: on the fast path each row's k + F cells, then each
/// pattern's aggregate cells (and spread), and each row's tilt band, then each pattern's
/// aggregate tilt band and split; on the full path one per output cell. Maps every output cell
/// to its stat cell and gives each categorical stat cell the offset of its counts.
void plan_stat_cells(mc_plan& p) {
    constexpr std::size_t F = detail::row_fields.size();  // row indicators after the k affinities
    const std::size_t D = p.D, NR = p.NR;
    p.row_cells = p.k + F;
    p.agg_cells = p.k + F + 1;
    p.NS = p.opt.full ? p.NC : NR * p.row_cells + p.reps.size() * p.agg_cells;
    p.NSC = p.opt.full ? p.ncat_cells : NR + p.reps.size() * 2;
    p.stat_of.resize(p.NC);
    p.cat_stat_of.resize(p.ncat_cells);
    for (std::size_t c = 0; c < p.NC; ++c) {
        if (p.opt.full) {
            p.stat_of[c] = c;
            continue;
        }
        const std::size_t u = p.pattern_of[c / p.cells_per_year], q = c % p.cells_per_year;
        p.stat_of[c] = q < D * p.row_cells ? p.row_of[u * D + q / p.row_cells] * p.row_cells + q % p.row_cells
                                           : NR * p.row_cells + u * p.agg_cells + (q - D * p.row_cells);
    }
    for (std::size_t c = 0; c < p.ncat_cells; ++c) {
        if (p.opt.full) {
            p.cat_stat_of[c] = c;
            continue;
        }
        const std::size_t u = p.pattern_of[c / p.cats_per_year], q = c % p.cats_per_year;
        p.cat_stat_of[c] = q < D ? p.row_of[u * D + q] : NR + u * 2 + (q - D);
    }
    p.stat_rep.resize(p.NS);
    for (std::size_t c = p.NC; c-- > 0;) p.stat_rep[p.stat_of[c]] = c;
    p.scat_offset.resize(p.NSC);
    p.scat_size.resize(p.NSC);
    std::vector<std::size_t> rep(p.NSC);
    for (std::size_t c = p.ncat_cells; c-- > 0;) rep[p.cat_stat_of[c]] = c;
    for (std::size_t s = 0; s < p.NSC; ++s) {
        p.scat_offset[s] = p.scat_total;
        p.scat_size[s] = p.cat_cells[rep[s]].cats.size();
        p.scat_total += p.scat_size[s];
    }
}

/// The numeric output cell of each sensitivity target ("indicator:domain", the domain
/// "aggregate" if omitted) in each year (SIZE_MAX where none); throws for a target with no cell.
std::vector<std::vector<std::size_t>> target_cells(const mc_plan& p) {
    std::vector<std::vector<std::size_t>> target_cell(p.targets.size(), std::vector<std::size_t>(p.Y, SIZE_MAX));
    for (std::size_t t = 0; t < p.targets.size(); ++t) {
        const auto colon = p.targets[t].find(':');
        const std::string ind = p.targets[t].substr(0, colon);
        const std::string dom = colon == std::string::npos ? std::string("aggregate") : p.targets[t].substr(colon + 1);
        bool any = false;
        for (std::size_t c = 0; c < p.NC; ++c)
            if (p.cells[c].indicator == ind && p.cells[c].domain == dom && p.cells[c].actor.empty()) {
                target_cell[t][c / p.cells_per_year] = c;
                any = true;
            }
        if (!any)
            throw invalid_input(fmt::format("{}: unknown sensitivity target '{}' (use 'indicator:domain', e.g. 'tilt:aggregate'{})",
                                            where, p.targets[t], p.opt.full ? "" : "; balance targets need full = true"));
    }
    return target_cell;
}

/// The sensitivity pairs (sampled relation, stat cell), each accumulated once, and the
/// (relation, year, target) rows that read them, for every year each sampled record holds.
void plan_sensitivity(mc_plan& p) {
    p.targets = p.opt.sensitivity;
    const auto target_cell = target_cells(p);
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> pair_index;
    for (std::size_t s = 0; s < p.S; ++s)
        for (std::size_t yi = 0; yi < p.Y; ++yi) {
            if (!p.rels[p.sampled[s]].years.contains(p.years[yi])) continue;
            for (std::size_t t = 0; t < p.targets.size(); ++t) {
                const std::size_t sc = p.stat_of[target_cell[t][yi]];
                auto [it, fresh] = pair_index.emplace(std::make_pair(s, sc), p.pairs.size());
                if (fresh) p.pairs.push_back({s, sc, t});
                p.year_pairs.push_back({s, yi, t, it->second});
            }
        }
}

/// The accumulators' constants: blocks, each stat cell's histogram range and shift (its value
/// on the base network, 0 if not finite), and each pair's sampled relation, cell and shifts.
void plan_accumulators(mc_plan& p) {
    p.bins = p.opt.bins;
    p.B = p.opt.block_size;
    p.nblocks = (p.opt.draws + p.B - 1) / p.B;
    p.last_bin = static_cast<double>(p.bins - 1);
    p.lo.resize(p.NS);
    p.scale.resize(p.NS);
    p.shift.assign(p.NS, 0.0);
    for (std::size_t c = 0; c < p.NS; ++c) {
        const auto& ci = p.cells[p.stat_rep[c]];
        p.lo[c] = ci.lo;
        p.scale[c] = static_cast<double>(p.bins) / (ci.hi - ci.lo);
        const double v0 = p.layout.value[p.layout_num[p.stat_rep[c]]];
        p.shift[c] = std::isfinite(v0) ? v0 : 0.0;
    }
    const std::size_t P = p.pairs.size();
    p.pair_x.resize(P);
    p.pair_y.resize(P);
    p.shift_x.resize(P);
    p.shift_y.resize(P);
    for (std::size_t q = 0; q < P; ++q) {
        p.pair_x[q] = p.pairs[q].sampled;
        p.pair_y[q] = p.pairs[q].cell;
        p.shift_x[q] = p.rels[p.sampled[p.pairs[q].sampled]].value;
        p.shift_y[q] = p.shift[p.pairs[q].cell];
    }
}

/// The whole plan: checks the options, lays out the cells from `evaluate` on the base network
/// (which checks the focal, the rivals and the indicator options), then the steps above.
mc_plan make_plan(const network& net, std::string_view focal, const std::vector<std::string>& rivals,
                  const std::vector<int>& years, const mc_options& opt) {
    check_options(net, years, opt);
    mc_plan p(net, focal, rivals, years, opt);
    const hedging::network_index idx(net);
    p.eval_opt = opt.indicators;
    if (!opt.full) p.eval_opt.balance = false, p.eval_opt.strategy = false;
    p.layout = evaluate(net, focal, rivals, years, p.eval_opt);
    p.k = rivals.size();
    (void)idx.actor(focal);
    if (p.hopt.domains.empty()) {
        p.dom_ids = idx.default_domain_ids();  // the defaults of hedging::profile
    } else {
        for (const auto& d : p.hopt.domains) p.dom_ids.push_back(idx.domain(d));
    }
    p.D = p.dom_ids.size();
    p.Y = years.size();
    p.log_k = std::log(static_cast<double>(p.k));
    constexpr std::size_t F = detail::row_fields.size();
    p.sd = relation_sds(p.rels, opt);
    plan_numeric_cells(p, p.D * (p.k + F) + (p.k + F + 1));  // per year, fast-path numeric cells (+ spread)
    plan_category_cells(p, p.D + 2);  // tilt band per domain, tilt band aggregate, split
    plan_sampling(p, idx);
    plan_patterns_and_rows(p);
    plan_stat_cells(p);
    plan_sensitivity(p);
    plan_accumulators(p);
    (void)hedging::classify_tilt_band(0.0, 0.0, 0.0, p.hopt.tilt_bands);  // validates thresholds once
    return p;
}

// ------------------------------------------------------------------ kernel

/// The fast path's indicators of one affinity vector (those `profile` computes) and its tilt band.
struct ind_out : hedging::detail::affinity_indicators {
    int pos = 0;
};

/// Per-block scratch of the fast path: the rows' affinities and indicators, and one aggregate's
/// weighted sums and affinities.
struct fast_scratch {
    fast_scratch(const mc_plan& p) : a(p.NR * p.k), sum(p.k), A(p.k), ri(p.NR) {}
    std::vector<double> a, sum, A;
    std::vector<ind_out> ri;
};

/// The indicators and tilt band of the k affinities at `a`.
inline ind_out row_indicators(const mc_plan& p, const double* a) {
    ind_out r;
    static_cast<hedging::detail::affinity_indicators&>(r) =
        hedging::detail::compute_indicators(a, p.k, p.hopt.split_threshold, p.log_k);
    r.pos = static_cast<int>(hedging::detail::classify_tilt_band_unchecked(
        p.hopt.tilt_band_on_normalised ? r.tilt_normalised : r.tilt, r.a_ref, r.a_alt, p.hopt.tilt_bands));
    return r;
}

/// Writes the k affinities and the row indicators of `r` (the cell order of `evaluate`) at w;
/// returns the end.
inline double* put_row(std::size_t k, double* w, const double* aff, const ind_out& r) {
    for (std::size_t i = 0; i < k; ++i) *w++ = aff[i];
    const detail::row_values vals = detail::values_of(r, r.pos);
    for (const auto& f : detail::row_fields) *w++ = vals.*(f.second);
    return w;
}

/// Fast path, one draw's distinct rows: their affinities from the sampled values x, their cells
/// into v and tilt bands into cc.
inline void draw_rows(const mc_plan& p, const double* x, double* v, int* cc, fast_scratch& s) {
    const std::size_t k = p.k, NR = p.NR, row_cells = p.row_cells;
    for (std::size_t r = 0; r < NR; ++r) {
        double* ad = s.a.data() + r * k;
        const slot* sl = p.rows[r].data();
        for (std::size_t i = 0; i < k; ++i) ad[i] = sl[i].sampled >= 0 ? x[sl[i].sampled] : sl[i].constant;
        s.ri[r] = row_indicators(p, ad);
        put_row(k, v + r * row_cells, ad, s.ri[r]);
        cc[r] = s.ri[r].pos + 3;
    }
}

/// Fast path, one draw's aggregates (after `draw_rows`): per pattern the weighted mean of its
/// included rows' affinities, its cells and the spread of the rows' tilts into v, its tilt band
/// and split into cc.
inline void draw_aggregates(const mc_plan& p, double* v, int* cc, fast_scratch& s) {
    const std::size_t k = p.k, D = p.D;
    double* w = v + p.NR * p.row_cells;
    int* c2 = cc + p.NR;
    for (std::size_t u = 0; u < p.reps.size(); ++u) {
        const year_plan& yp = p.plan[p.reps[u]];
        std::fill(s.sum.begin(), s.sum.end(), 0.0);
        double wsum = 0.0, tmin = std::numeric_limits<double>::infinity(), tmax = -tmin;
        int lead1 = -1;
        bool split = false;
        for (std::size_t di = 0; di < D; ++di) {
            if (!yp.included[di]) continue;
            const std::size_t row = p.row_of[u * D + di];
            const double* ad = s.a.data() + row * k;
            const ind_out& r = s.ri[row];
            for (std::size_t i = 0; i < k; ++i) s.sum[i] += yp.weight[di] * ad[i];
            wsum += yp.weight[di];
            tmin = std::min(tmin, r.tilt);
            tmax = std::max(tmax, r.tilt);
            if (r.leaning >= 0) {
                if (lead1 < 0) lead1 = r.leaning;
                else if (lead1 != r.leaning) split = true;
            }
        }
        for (std::size_t i = 0; i < k; ++i) s.A[i] = wsum > 0 ? s.sum[i] / wsum : 0.0;
        const ind_out r = row_indicators(p, s.A.data());
        w = put_row(k, w, s.A.data(), r);
        *w++ = tmax >= tmin ? tmax - tmin : 0.0;
        *c2++ = r.pos + 3;
        *c2++ = split ? 1 : 0;
    }
}

/// Full path, one draw: the sampled values into the working network, `evaluate` on it, its
/// numeric cells into v and category indices into cc (-1 = not a known category).
void full_draw(const mc_plan& p, const double* x, network& work, std::vector<relation>& rs, double* v, int* cc) {
    for (std::size_t s = 0; s < p.S; ++s) rs[p.sampled[s]].value = x[s];
    work.replace_relations(rs);
    const indicator_table t = evaluate(work, p.focal, p.rivals, p.years, p.eval_opt);
    for (std::size_t c = 0; c < p.NC; ++c) v[c] = t.value[p.layout_num[c]];
    for (std::size_t c = 0; c < p.ncat_cells; ++c) {
        const auto& names = p.cat_cells[c].cats;
        const std::string& val = t.cat_value[c];
        const auto it = std::find(names.begin(), names.end(), val);
        cc[c] = it == names.end() ? -1 : static_cast<int>(it - names.begin());
    }
}

// ------------------------------------------------------------------ accumulators

/// The draws of block b, in order: per draw the sampled values, the kernel, then one pass over
/// the stat cells (shifted sums into `acc`, extremes and histograms into `ta`), the categories
/// and the sensitivity pairs. `work` and `rs` are the thread's copies (full path only);
/// `draw_values` receives every draw's cells if kept (else null).
void process_block(const mc_plan& p, std::size_t b, block_sums& acc, thread_acc& ta, network* work,
                   std::vector<relation>* rs, double* draw_values) {
    const std::size_t NS = p.NS, NSC = p.NSC, NC = p.NC, S = p.S, bins = p.bins, P = p.pairs.size();
    acc.reset(NS, P);
    const std::size_t i0 = b * p.B, i1 = std::min(p.opt.draws, i0 + p.B);
    ta.x.resize(S);
    ta.v.resize(NS);
    ta.cc.resize(NSC);
    ta.bin.resize(NS);
    fast_scratch scratch(p);
    double* const x = ta.x.data();
    double* const v = ta.v.data();
    int* const cc = ta.cc.data();
    std::int32_t* const bin = ta.bin.data();
    double *const n = acc.n.data(), *const s1 = acc.s1.data(), *const s2 = acc.s2.data();
    double *const mn = ta.mn.data(), *const mx = ta.mx.data();
    const double *const K = p.shift.data(), *const L = p.lo.data(), *const SC = p.scale.data();
    const std::size_t* const sampled = p.sampled.data();
    const bool full = p.opt.full;
    const std::uint64_t seed = p.opt.seed;
    for (std::size_t i = i0; i < i1; ++i) {
        const std::uint64_t key = draw_key(seed, i);
        for (std::size_t s = 0; s < S; ++s)
            x[s] = truncated_normal(stream(key, sampled[s]), p.rels[sampled[s]].value, p.sd[sampled[s]]);
        if (full) {
            full_draw(p, x, *work, *rs, v, cc);
        } else {
            draw_rows(p, x, v, cc, scratch);
            draw_aggregates(p, v, cc, scratch);
        }
        if (draw_values)
            for (std::size_t c = 0; c < NC; ++c) draw_values[i * NC + c] = v[p.stat_of[c]];
        accumulate_cells(NS, v, K, L, SC, p.last_bin, n, s1, s2, mn, mx, bin);
        std::uint32_t* h = ta.hist.data();
        for (std::size_t c = 0; c < NS; ++c, h += bins)
            if (bin[c] >= 0) ++h[bin[c]];
        for (std::size_t c = 0; c < NSC; ++c)
            if (cc[c] >= 0) ++ta.cat[p.scat_offset[c] + static_cast<std::size_t>(cc[c])];
        accumulate_pairs(P, x, v, p.pair_x.data(), p.pair_y.data(), p.shift_x.data(), p.shift_y.data(), acc.pn.data(),
                         acc.px.data(), acc.py.data(), acc.pxx.data(), acc.pyy.data(), acc.pxy.data());
    }
}

/// Chan et al.'s pairwise update of the global moments (cells and sensitivity pairs) with a
/// block's shifted sums.
void merge_block(const mc_plan& p, const block_sums& b, block_acc& global) {
    for (std::size_t c = 0; c < p.NS; ++c) {
        if (b.n[c] == 0) continue;
        const double nb = b.n[c], mean_b = p.shift[c] + b.s1[c] / nb;
        const double m2_b = std::max(0.0, b.s2[c] - b.s1[c] * b.s1[c] / nb);
        const double na = global.n[c], n = na + nb;
        const double delta = mean_b - global.mean[c];
        global.mean[c] += delta * nb / n;
        global.m2[c] += m2_b + delta * delta * na * nb / n;
        global.n[c] += static_cast<std::uint64_t>(nb);
    }
    for (std::size_t q = 0; q < p.pairs.size(); ++q) {
        if (b.pn[q] == 0) continue;
        const double nb = b.pn[q];
        const double mx_b = p.shift_x[q] + b.px[q] / nb, my_b = p.shift_y[q] + b.py[q] / nb;
        const double m2x_b = std::max(0.0, b.pxx[q] - b.px[q] * b.px[q] / nb);
        const double m2y_b = std::max(0.0, b.pyy[q] - b.py[q] * b.py[q] / nb);
        const double c_b = b.pxy[q] - b.px[q] * b.py[q] / nb;
        const double na = global.pn[q], n = na + nb;
        const double dx = mx_b - global.pmx[q], dy = my_b - global.pmy[q];
        global.pmx[q] += dx * nb / n;
        global.pmy[q] += dy * nb / n;
        global.pm2x[q] += m2x_b + dx * dx * na * nb / n;
        global.pm2y[q] += m2y_b + dy * dy * na * nb / n;
        global.pc[q] += c_b + dx * dy * na * nb / n;
        global.pn[q] += static_cast<std::uint64_t>(nb);
    }
}

/// The number of threads: `opt.threads` (0 = the hardware's), at least 1, at most one per block.
std::size_t thread_count(const mc_plan& p) {
    std::size_t T = p.opt.threads ? p.opt.threads : std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1, std::min(T, p.nblocks));
}

/// T empty per-thread accumulators: zero histograms and counts, extremes at ±infinity.
std::vector<thread_acc> thread_accs(const mc_plan& p, std::size_t T) {
    std::vector<thread_acc> tacc(T);
    for (auto& t : tacc) {
        t.hist.assign(p.NS * p.bins, 0);
        t.mn.assign(p.NS, std::numeric_limits<double>::infinity());
        t.mx.assign(p.NS, -std::numeric_limits<double>::infinity());
        t.cat.assign(p.scat_total, 0);
    }
    return tacc;
}

/// Runs every block on T threads (thread t on `tacc[t]`) in rounds of `round_blocks`, merging
/// each round into `global` in block order. Progress and cancellation: the callback runs on the
/// calling thread (worker 0) only, between its blocks; a stop or a worker's exception ends the
/// run after the blocks in progress (the exception is rethrown, a stop throws `cancelled`).
void run_blocks(const mc_plan& p, std::vector<thread_acc>& tacc, block_acc& global, double* draw_values) {
    const mc_options& opt = p.opt;
    const std::size_t T = tacc.size(), nblocks = p.nblocks;
    std::vector<block_sums> blocks(std::min(round_blocks, nblocks));
    std::vector<network> works;  // per-thread working copies for the full path
    std::vector<std::vector<relation>> work_rs;
    if (opt.full) {
        works.assign(T, p.net);
        work_rs.assign(T, p.rels);
    }
    std::vector<std::exception_ptr> errors(T);
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
                    process_block(p, b, blocks[b - r0], tacc[t], opt.full ? &works[t] : nullptr,
                                  opt.full ? &work_rs[t] : nullptr, draw_values);
                    const std::size_t done = ++blocks_done;
                    if (t == 0 && opt.progress) report(done * p.B);
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
        for (std::size_t b = r0; b < r1; ++b) merge_block(p, blocks[b - r0], global);
    }
    if (stop)
        throw cancelled(fmt::format("[kzsec] monte_carlo: cancelled by the progress callback after {} of {} draws",
                                    std::min(blocks_done * p.B, opt.draws), opt.draws));
    report(opt.draws);
    if (stop) throw cancelled("[kzsec] monte_carlo: cancelled by the progress callback after the last draw");
}

/// The integer accumulators of all threads (order-free): histograms, extremes, category counts.
struct merged_counts {
    std::vector<std::uint64_t> hist, cat;
    std::vector<double> mn, mx;
};

/// Adds up the threads' histograms and category counts and takes their extremes.
merged_counts merge_threads(const mc_plan& p, const std::vector<thread_acc>& tacc) {
    const std::size_t NS = p.NS;
    merged_counts m;
    m.hist.assign(NS * p.bins, 0);
    m.mn.assign(NS, std::numeric_limits<double>::infinity());
    m.mx.assign(NS, -std::numeric_limits<double>::infinity());
    m.cat.assign(p.scat_total, 0);
    for (const auto& t : tacc) {
        for (std::size_t i = 0; i < m.hist.size(); ++i) m.hist[i] += t.hist[i];
        for (std::size_t c = 0; c < NS; ++c) m.mn[c] = std::min(m.mn[c], t.mn[c]), m.mx[c] = std::max(m.mx[c], t.mx[c]);
        for (std::size_t i = 0; i < p.scat_total; ++i) m.cat[i] += t.cat[i];
    }
    return m;
}

// ------------------------------------------------------------------ summary

/// The quantile at level `level` of n values from the histogram h of `bins` bins over
/// [lo, lo + bins * w], interpolated linearly within its bin.
double histogram_quantile(const std::uint64_t* h, std::size_t bins, double lo, double w, double level,
                          std::uint64_t n) {
    const double target = level * static_cast<double>(n);
    double cum = 0.0;
    std::size_t bi = 0;
    for (; bi < bins; ++bi) {
        if (h[bi] > 0 && cum + static_cast<double>(h[bi]) >= target) break;
        cum += static_cast<double>(h[bi]);
    }
    if (bi == bins) bi = bins - 1;
    const double frac = h[bi] ? (target - cum) / static_cast<double>(h[bi]) : 0.0;
    return lo + w * (static_cast<double>(bi) + std::clamp(frac, 0.0, 1.0));
}

/// The quantiles of every stat cell, [level][cell], from its histogram, clamped to its extremes
/// (NaN for a cell without a finite value).
std::vector<std::vector<double>> stat_quantiles(const mc_plan& p, const block_acc& global, const merged_counts& m) {
    const std::vector<double>& levels = p.opt.quantiles;
    std::vector<std::vector<double>> squant(levels.size(), std::vector<double>(p.NS, nan));
    for (std::size_t c = 0; c < p.NS; ++c) {
        const std::uint64_t n = global.n[c];
        if (!n) continue;
        const auto& ci = p.cells[p.stat_rep[c]];
        const std::uint64_t* h = m.hist.data() + c * p.bins;
        const double w = (ci.hi - ci.lo) / static_cast<double>(p.bins);
        for (std::size_t q = 0; q < levels.size(); ++q)
            squant[q][c] = std::clamp(histogram_quantile(h, p.bins, ci.lo, w, levels[q], n), m.mn[c], m.mx[c]);
    }
    return squant;
}

/// The numeric summary: one row per output cell, from its stat cell.
void summarise_cells(const mc_plan& p, const block_acc& global, const merged_counts& m, mc_summary_table& sm) {
    sm.quantile_levels = p.opt.quantiles;
    sm.quantiles.assign(p.opt.quantiles.size(), {});
    const auto squant = stat_quantiles(p, global, m);
    for (std::size_t c = 0; c < p.NC; ++c) {
        const auto& ci = p.cells[c];
        const std::size_t s = p.stat_of[c];
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
        sm.min.push_back(n ? m.mn[s] : nan);
        sm.max.push_back(n ? m.mx[s] : nan);
        for (std::size_t q = 0; q < p.opt.quantiles.size(); ++q) sm.quantiles[q].push_back(squant[q][s]);
    }
}

/// The categorical summary: one row per category of each output cell, its count and share of draws.
void summarise_categories(const mc_plan& p, const merged_counts& m, mc_category_table& ct) {
    for (std::size_t c = 0; c < p.ncat_cells; ++c) {
        const auto& cc = p.cat_cells[c];
        const std::size_t off = p.scat_offset[p.cat_stat_of[c]];
        for (std::size_t j = 0; j < cc.cats.size(); ++j) {
            ct.year.push_back(cc.year);
            ct.indicator.push_back(cc.indicator);
            ct.domain.push_back(cc.domain);
            ct.actor.push_back(cc.actor);
            ct.category.push_back(cc.cats[j]);
            const std::uint64_t n = m.cat[off + j];
            ct.count.push_back(n);
            ct.share.push_back(static_cast<double>(n) / static_cast<double>(p.opt.draws));
        }
    }
}

/// One sampled relation's correlations with a target over the years it holds.
struct sensitivity_row {
    std::size_t s;
    double mean_abs, max_abs, r_at;
    int year;
};

/// The sampled relations' rows for target t (mean and largest |r| over the years each holds,
/// the signed r and year of the largest), most influential first (stable).
std::vector<sensitivity_row> sensitivity_rows(const mc_plan& p, const block_acc& global, std::size_t t) {
    const std::size_t S = p.S;
    std::vector<sensitivity_row> rows;
    std::vector<double> sum(S, 0.0), best(S, -1.0), r_at(S, nan);
    std::vector<int> by(S, 0), cnt(S, 0);
    for (const auto& yp : p.year_pairs) {
        if (yp.target != t) continue;
        const std::size_t q = yp.pair;
        const double den = std::sqrt(global.pm2x[q] * global.pm2y[q]);
        const double r = den > 0 ? global.pc[q] / den : 0.0;
        sum[yp.sampled] += std::abs(r);
        ++cnt[yp.sampled];
        if (std::abs(r) > best[yp.sampled]) best[yp.sampled] = std::abs(r), r_at[yp.sampled] = r, by[yp.sampled] = p.years[yp.year];
    }
    for (std::size_t s = 0; s < S; ++s)
        if (cnt[s] > 0) rows.push_back({s, sum[s] / cnt[s], best[s], r_at[s], by[s]});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const sensitivity_row& x, const sensitivity_row& y) { return x.mean_abs > y.mean_abs; });
    return rows;
}

/// The sensitivity table: per target, the ranked rows of the sampled relations.
void summarise_sensitivity(const mc_plan& p, const block_acc& global, mc_sensitivity_table& st) {
    for (std::size_t t = 0; t < p.targets.size(); ++t) {
        const auto rows = sensitivity_rows(p, global, t);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::size_t j = p.sampled[rows[i].s];
            const auto& r = p.rels[j];
            st.relation.push_back(j);
            st.a.push_back(r.a);
            st.b.push_back(r.b);
            st.domain.push_back(r.domain);
            st.from.push_back(r.years.from);
            st.to.push_back(r.years.to);
            st.sd.push_back(p.sd[j]);
            st.target.push_back(p.targets[t]);
            st.mean_abs_r.push_back(rows[i].mean_abs);
            st.max_abs_r.push_back(rows[i].max_abs);
            st.r_at_max.push_back(rows[i].r_at);
            st.year_of_max.push_back(rows[i].year);
            st.rank.push_back(i + 1);
        }
    }
}

}  // namespace

// The stages, each a function above: the plan (make_plan: options, cell layout, sampled
// relations, fast-path rows and patterns, stat cells, sensitivity pairs), the kernel (draw_rows
// and draw_aggregates, or full_draw), the accumulators (process_block, merge_block, run_blocks,
// merge_threads) and the summary (summarise_cells, summarise_categories, summarise_sensitivity).
mc_result monte_carlo(const network& net, std::string_view focal, const std::vector<std::string>& rivals,
                      const std::vector<int>& years, const mc_options& opt) {
    const auto t0 = std::chrono::steady_clock::now();
    const mc_plan p = make_plan(net, focal, rivals, years, opt);
    std::vector<thread_acc> tacc = thread_accs(p, thread_count(p));
    mc_result res;
    res.focal = std::string(focal);
    res.rivals = rivals;
    res.years = years;
    res.draws = opt.draws;
    res.seed = opt.seed;
    res.threads = tacc.size();
    res.full = opt.full;
    res.sampled_relations = p.S;
    if (opt.keep_draws) res.draw_values.assign(opt.draws * p.NC, nan);

    block_acc global;
    global.reset(p.NS, p.pairs.size());
    run_blocks(p, tacc, global, opt.keep_draws ? res.draw_values.data() : nullptr);
    const merged_counts counts = merge_threads(p, tacc);
    summarise_cells(p, global, counts, res.summary);
    summarise_categories(p, counts, res.categories);
    summarise_sensitivity(p, global, res.sensitivity);
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return res;
}

}  // namespace kzsec::scenario
