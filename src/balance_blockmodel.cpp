// Doreian–Mrvar signed blockmodel (see include/kzsec/balance.hpp).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <string>

#include "kzsec/balance.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

namespace {

using clock_type = std::chrono::steady_clock;

struct bm_graph {
    std::size_t n = 0;
    std::vector<std::size_t> ptr;
    std::vector<std::uint32_t> nbr;
    std::vector<double> w;  // signed cost weight (±ω)
};

/// Criterion of a membership (arcs: each undirected edge counted twice).
double criterion_of(const bm_graph& g, const std::vector<std::size_t>& mem, double alpha, double* neg_in,
                    double* pos_between) {
    double nin = 0, pbt = 0;
    for (std::size_t u = 0; u < g.n; ++u)
        for (std::size_t k = g.ptr[u]; k < g.ptr[u + 1]; ++k) {
            const auto v = g.nbr[k];
            if (v <= u) continue;
            if (g.w[k] < 0 && mem[u] == mem[v]) nin += -g.w[k];
            if (g.w[k] > 0 && mem[u] != mem[v]) pbt += g.w[k];
        }
    if (neg_in) *neg_in = nin;
    if (pos_between) *pos_between = pbt;
    return 2.0 * (alpha * nin + (1.0 - alpha) * pbt);
}

class bm_exact {
public:
    bm_exact(const bm_graph& g, std::size_t k, double alpha, double ub, std::vector<std::size_t> inc,
             clock_type::time_point deadline)
        : g_(g), k_(k), alpha_(alpha), ub_(ub), best_(std::move(inc)), deadline_(deadline) {}

    bool run() {
        const std::size_t n = g_.n;
        std::vector<double> conn(n, 0), deg(n, 0);
        for (std::size_t u = 0; u < n; ++u)
            for (std::size_t e = g_.ptr[u]; e < g_.ptr[u + 1]; ++e) deg[u] += std::abs(g_.w[e]);
        std::vector<char> placed(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t bv = 0;
            double bc = -1, bd = -1;
            for (std::size_t v = 0; v < n; ++v)
                if (!placed[v] && (conn[v] > bc || (conn[v] == bc && deg[v] > bd))) {
                    bv = v;
                    bc = conn[v];
                    bd = deg[v];
                }
            placed[bv] = 1;
            order_.push_back(bv);
            for (std::size_t e = g_.ptr[bv]; e < g_.ptr[bv + 1]; ++e) conn[g_.nbr[e]] += std::abs(g_.w[e]);
        }
        cost_to_.assign(n * k_, 0.0);
        mem_.assign(n, k_);  // k_ = unassigned
        minc_.assign(n, 0.0);
        dfs(0, 0);
        return finished_;
    }
    double upper() const { return ub_; }
    const std::vector<std::size_t>& best() const { return best_; }
    std::size_t nodes() const { return nodes_; }

private:
    const bm_graph& g_;
    std::size_t k_;
    double alpha_, ub_;
    std::vector<std::size_t> best_;
    clock_type::time_point deadline_;
    std::vector<std::size_t> order_, mem_;
    std::vector<double> cost_to_, minc_;
    double cost_ = 0, summin_ = 0;
    std::size_t nodes_ = 0;
    bool finished_ = true;

    void apply(std::size_t x, std::size_t c, double sgn) {
        for (std::size_t e = g_.ptr[x]; e < g_.ptr[x + 1]; ++e) {
            const auto y = g_.nbr[e];
            if (mem_[y] != k_) continue;
            double* ct = &cost_to_[y * k_];
            if (g_.w[e] < 0) {
                ct[c] += sgn * 2 * alpha_ * -g_.w[e];
            } else {
                for (std::size_t b = 0; b < k_; ++b)
                    if (b != c) ct[b] += sgn * 2 * (1 - alpha_) * g_.w[e];
            }
            const double nm = *std::min_element(ct, ct + k_);
            summin_ += nm - minc_[y];
            minc_[y] = nm;
        }
    }
    void dfs(std::size_t depth, std::size_t used) {
        ++nodes_;
        if ((nodes_ & 4095) == 0 && clock_type::now() > deadline_) finished_ = false;
        if (!finished_) return;
        if (depth == g_.n) {
            if (cost_ < ub_ - 1e-9) {
                ub_ = cost_;
                best_ = mem_;
            }
            return;
        }
        const std::size_t x = order_[depth];
        const std::size_t lim = std::min(k_, used + 1);
        for (std::size_t c = 0; c < lim; ++c) {
            const double add = cost_to_[x * k_ + c];
            const double old_min = minc_[x];
            cost_ += add;
            summin_ -= old_min;
            mem_[x] = c;
            apply(x, c, 1.0);
            if (cost_ + summin_ < ub_ - 1e-9) dfs(depth + 1, std::max(used, c + 1));
            apply(x, c, -1.0);
            mem_[x] = k_;
            summin_ += old_min;
            cost_ -= add;
            if (!finished_) return;
        }
    }
};

void relabel(std::vector<std::size_t>& mem) {
    std::vector<std::size_t> map(mem.size() + 1, std::numeric_limits<std::size_t>::max());
    std::size_t next = 0;
    for (auto& c : mem) {
        if (c >= map.size()) map.resize(c + 1, std::numeric_limits<std::size_t>::max());
        if (map[c] == std::numeric_limits<std::size_t>::max()) map[c] = next++;
        c = map[c];
    }
}

}  // namespace

blockmodel_result blockmodel(const signed_graph& g, std::size_t k, const blockmodel_options& opt) {
    if (k == 0) throw invalid_input("[kzsec] blockmodel: k must be at least 1");
    if (!(opt.alpha >= 0 && opt.alpha <= 1)) throw invalid_input("[kzsec] blockmodel: alpha must lie in [0, 1]");
    const auto t0 = clock_type::now();
    const auto deadline = t0 + std::chrono::duration_cast<clock_type::duration>(
                                   std::chrono::duration<double>(std::min(std::max(opt.time_limit, 0.0), 1e9)));
    const std::size_t n = g.num_vertices();
    bm_graph bg;
    bg.n = n;
    const csr_adjacency& c = g.csr();
    bg.ptr = c.ptr;
    bg.nbr = c.nbr;
    bg.w.resize(c.wt.size());
    for (std::size_t e = 0; e < c.wt.size(); ++e)
        bg.w[e] = opt.weighted ? c.wt[e] : (c.wt[e] > 0 ? 1.0 : -1.0);

    blockmodel_result r;
    r.k = k;
    r.alpha = opt.alpha;
    const bool exact = opt.method == blockmodel_method::exact ||
                       (opt.method == blockmodel_method::automatic && n <= 24);
    // Relocation heuristic (also the incumbent of the exact search).
    std::mt19937_64 rng(opt.seed);
    std::vector<std::size_t> best(n, 0);
    double best_cost = criterion_of(bg, best, opt.alpha, nullptr, nullptr);
    std::vector<double> ct(k);
    for (std::size_t rs = 0; rs < std::max<std::size_t>(1, opt.restarts) && n > 0; ++rs) {
        std::vector<std::size_t> mem(n);
        for (auto& x : mem) x = rng() % k;
        bool improved = true;
        std::vector<std::size_t> verts(n);
        std::iota(verts.begin(), verts.end(), std::size_t{0});
        while (improved) {
            improved = false;
            std::shuffle(verts.begin(), verts.end(), rng);
            for (auto v : verts) {
                std::fill(ct.begin(), ct.end(), 0.0);
                for (std::size_t e = bg.ptr[v]; e < bg.ptr[v + 1]; ++e) {
                    const auto y = bg.nbr[e];
                    if (bg.w[e] < 0) {
                        ct[mem[y]] += 2 * opt.alpha * -bg.w[e];
                    } else {
                        for (std::size_t b = 0; b < k; ++b)
                            if (b != mem[y]) ct[b] += 2 * (1 - opt.alpha) * bg.w[e];
                    }
                }
                std::size_t bb = mem[v];
                for (std::size_t b = 0; b < k; ++b)
                    if (ct[b] < ct[bb] - 1e-12) bb = b;
                if (bb != mem[v]) {
                    mem[v] = bb;
                    improved = true;
                }
            }
        }
        const double cst = criterion_of(bg, mem, opt.alpha, nullptr, nullptr);
        if (cst < best_cost - 1e-12) {
            best_cost = cst;
            best = mem;
        }
    }
    r.optimal = false;
    if (exact && n > 0) {
        bm_exact ex(bg, k, opt.alpha, best_cost + 1e-7, best, deadline);
        const bool done = ex.run();
        if (ex.upper() < best_cost) best = ex.best();
        r.nodes = ex.nodes();
        r.optimal = done;
    }
    relabel(best);
    r.membership = best;
    r.criterion = criterion_of(bg, best, opt.alpha, &r.negative_within, &r.positive_between);
    r.blocks_used = n == 0 ? 0 : *std::max_element(best.begin(), best.end()) + 1;
    r.convention = "Doreian-Mrvar P = 2[alpha N + (1-alpha) P] (each undirected edge = two arcs), at most " +
                   std::to_string(k) + " blocks, " + (opt.weighted ? "weighted" : "unweighted") + ", " +
                   (exact ? (r.optimal ? "exact (proven)" : "exact search stopped by time limit") : "heuristic");
    return r;
}

}  // namespace kzsec
