// Significance of structural balance against null models (include/kzsec/significance.hpp).
#include "kzsec/significance.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <limits>
#include <string>
#include <thread>
#include <unordered_set>

#include "kzsec/detail/random.hpp"
#include "kzsec/errors.hpp"

namespace kzsec {

namespace {

struct draw_stats {
    std::size_t attempted = 0;
    std::size_t accepted = 0;
};

signed_graph rebuild(const signed_graph& g, std::vector<weighted_edge>& e) {
    for (auto& x : e)
        if (x.u > x.v) std::swap(x.u, x.v);
    std::sort(e.begin(), e.end(), [](const weighted_edge& a, const weighted_edge& b) {
        return a.u != b.u ? a.u < b.u : a.v < b.v;
    });
    return signed_graph::from_parts(g.labels(), e, reduction_report{});
}

signed_graph shuffle_draw(const signed_graph& g, std::uint64_t seed) {
    std::vector<weighted_edge> e = g.edges();
    std::vector<signed char> sign(e.size());
    for (std::size_t i = 0; i < e.size(); ++i) sign[i] = e[i].weight > 0 ? 1 : -1;
    detail::rng r(seed);
    r.shuffle(sign.begin(), sign.size());
    for (std::size_t i = 0; i < e.size(); ++i) e[i].weight = sign[i] * std::abs(e[i].weight);
    return rebuild(g, e);
}

std::uint64_t key(std::size_t u, std::size_t v) {
    if (u > v) std::swap(u, v);
    return (static_cast<std::uint64_t>(u) << 32) | static_cast<std::uint64_t>(v);
}

signed_graph switching_draw(const signed_graph& g, std::uint64_t seed, double swaps_per_edge, draw_stats& st) {
    std::vector<weighted_edge> e = g.edges();
    const std::size_t m = e.size();
    std::vector<std::size_t> cls[2];  // edge indices of each sign: [0] positive, [1] negative
    std::vector<std::size_t> pos_in_class(m);
    for (std::size_t i = 0; i < m; ++i) {
        auto& c = cls[e[i].weight > 0 ? 0 : 1];
        pos_in_class[i] = c.size();
        c.push_back(i);
    }
    std::unordered_set<std::uint64_t> present;
    present.reserve(2 * m);
    for (const auto& x : e) present.insert(key(x.u, x.v));
    detail::rng r(seed);
    const auto swaps = static_cast<std::size_t>(std::llround(swaps_per_edge * static_cast<double>(m)));
    st.attempted += swaps;
    for (std::size_t s = 0; s < swaps; ++s) {
        const auto i = static_cast<std::size_t>(r.below(m));
        const auto& c = cls[e[i].weight > 0 ? 0 : 1];
        const bool flip = (r.next() >> 63) != 0;  // which of the two rewirings
        if (c.size() < 2) continue;
        // a uniform other edge of the same sign
        auto k = static_cast<std::size_t>(r.below(c.size() - 1));
        if (k >= pos_in_class[i]) ++k;
        const std::size_t j = c[k];
        const std::size_t a = e[i].u, b = e[i].v;
        std::size_t cc = e[j].u, d = e[j].v;
        if (flip) std::swap(cc, d);  // (a, b), (c, d) -> (a, d), (c, b) or (a, c), (d, b)
        if (a == d || cc == b) continue;
        const std::uint64_t k1 = key(a, d), k2 = key(cc, b);
        if (k1 == k2 || present.contains(k1) || present.contains(k2)) continue;
        present.erase(key(a, b));
        present.erase(key(e[j].u, e[j].v));
        present.insert(k1);
        present.insert(k2);
        e[i].v = d;
        e[j].u = cc;
        e[j].v = b;
        ++st.accepted;
    }
    return rebuild(g, e);
}

signed_graph draw(const signed_graph& g, null_model model, std::uint64_t seed, double swaps_per_edge, draw_stats& st) {
    return model == null_model::sign_shuffle ? shuffle_draw(g, seed) : switching_draw(g, seed, swaps_per_edge, st);
}

void check_swaps(double swaps_per_edge) {
    if (!(swaps_per_edge >= 0.0) || !std::isfinite(swaps_per_edge))
        throw invalid_input("[kzsec] null model: swaps_per_edge must be finite and >= 0, got " +
                            std::to_string(swaps_per_edge));
}

void summarise(null_test& t, const std::vector<double>& x, bool balance_is_high) {
    const std::size_t n = x.size();
    double sum = 0.0;
    for (double v : x) sum += v;
    t.mean = sum / static_cast<double>(n);
    double ss = 0.0;
    for (double v : x) ss += (v - t.mean) * (v - t.mean);
    t.sd = n > 1 ? std::sqrt(ss / static_cast<double>(n - 1)) : 0.0;
    t.z = t.sd > 0.0 ? (t.observed - t.mean) / t.sd : std::numeric_limits<double>::quiet_NaN();
    const double tol = 1e-12 * std::max(1.0, std::abs(t.observed));
    t.at_least = t.at_most = 0;
    for (double v : x) {
        if (v >= t.observed - tol) ++t.at_least;
        if (v <= t.observed + tol) ++t.at_most;
    }
    const double d = static_cast<double>(n + 1);
    t.p_greater = static_cast<double>(t.at_least + 1) / d;
    t.p_less = static_cast<double>(t.at_most + 1) / d;
    t.p_balanced = balance_is_high ? t.p_greater : t.p_less;
}

}  // namespace

signed_graph null_draw(const signed_graph& g, null_model model, std::uint64_t seed, double swaps_per_edge) {
    check_swaps(swaps_per_edge);
    draw_stats st;
    return draw(g, model, seed, swaps_per_edge, st);
}

significance_result balance_significance(const signed_graph& g, const significance_options& opt) {
    if (opt.draws == 0) throw invalid_input("[kzsec] balance_significance: draws must be at least 1");
    if (g.num_edges() == 0) throw invalid_input("[kzsec] balance_significance: the graph has no tie");
    if (!opt.triangle && !opt.walk && !opt.frustration)
        throw invalid_input("[kzsec] balance_significance: no statistic requested (triangle, walk, frustration all false)");
    check_swaps(opt.swaps_per_edge);

    triangle_options topt = opt.triangle_opt;
    topt.list_unbalanced = false;
    auto stat_triangle = [&](const signed_graph& h) { return triangle_index(h, topt).index; };
    auto stat_walk = [&](const signed_graph& h) { return walk_index(h, opt.walk_opt).index; };
    auto stat_frustration = [&](const signed_graph& h) { return frustration(h, opt.frustration_opt).frustration; };

    significance_result res;
    res.model = opt.model;
    res.draws = opt.draws;
    res.seed = opt.seed;
    res.triangle.statistic = "triangle";
    res.walk.statistic = "walk";
    res.frustration.statistic = "frustration";
    res.triangle.computed = opt.triangle;
    res.walk.computed = opt.walk;
    res.frustration.computed = opt.frustration;
    if (opt.triangle) res.triangle.observed = stat_triangle(g);
    if (opt.walk) res.walk.observed = stat_walk(g);
    if (opt.frustration) res.frustration.observed = stat_frustration(g);

    const std::size_t N = opt.draws;
    std::vector<double> xt(opt.triangle ? N : 0), xw(opt.walk ? N : 0), xf(opt.frustration ? N : 0);
    std::size_t T = opt.threads ? opt.threads : std::max(1u, std::thread::hardware_concurrency());
    T = std::max<std::size_t>(1, std::min(T, N));
    res.threads = T;
    std::vector<draw_stats> st(T);
    std::vector<std::exception_ptr> errors(T);
    std::atomic<std::size_t> next{0};
    auto worker = [&](std::size_t t) {
        try {
            for (std::size_t i = next++; i < N; i = next++) {
                const signed_graph h = draw(g, opt.model, detail::draw_seed(opt.seed, i), opt.swaps_per_edge, st[t]);
                if (opt.triangle) xt[i] = stat_triangle(h);
                if (opt.walk) xw[i] = stat_walk(h);
                if (opt.frustration) xf[i] = stat_frustration(h);
            }
        } catch (...) {
            errors[t] = std::current_exception();
            next = N;
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < T; ++t) pool.emplace_back(worker, t);
    worker(0);
    for (auto& th : pool) th.join();
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);

    std::size_t attempted = 0, accepted = 0;
    for (const auto& s : st) attempted += s.attempted, accepted += s.accepted;
    res.acceptance = attempted ? static_cast<double>(accepted) / static_cast<double>(attempted) : 0.0;
    if (opt.triangle) summarise(res.triangle, xt, true);
    if (opt.walk) summarise(res.walk, xw, true);
    if (opt.frustration) summarise(res.frustration, xf, false);
    if (opt.keep_draws) {
        res.triangle.values = std::move(xt);
        res.walk.values = std::move(xw);
        res.frustration.values = std::move(xf);
    }
    res.convention = std::string(to_string(opt.model)) + ", " + std::to_string(N) +
                     " draws, p = (1 + #{null >= observed}) / (N + 1)";
    if (opt.model == null_model::switching)
        res.convention += ", " + std::to_string(opt.swaps_per_edge) + " swaps per tie";
    return res;
}

}  // namespace kzsec
