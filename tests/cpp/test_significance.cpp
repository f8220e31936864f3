// Tests of include/kzsec/significance.hpp: the sampler's law against exact enumeration (every
// arrangement of the signs; every signed graph with the same signed degrees), independence of
// the thread count, the p-value convention, and the planted cases (a balanced graph is
// significant, a sign-shuffled one is not).
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <map>
#include <set>
#include <vector>

#include <kzsec/errors.hpp>
#include <kzsec/generators.hpp>
#include <kzsec/significance.hpp>

namespace {

using kzsec::signed_graph;
using kzsec::weighted_edge;

/// Balanced triangles / triangles, counted directly from the edge list (no kzsec balance code).
double brute_triangle_index(std::size_t n, const std::vector<weighted_edge>& e) {
    std::vector<std::vector<int>> s(n, std::vector<int>(n, 0));
    for (const auto& x : e) s[x.u][x.v] = s[x.v][x.u] = x.weight > 0 ? 1 : -1;
    double t = 0, b = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            for (std::size_t k = j + 1; k < n; ++k)
                if (s[i][j] && s[j][k] && s[i][k]) {
                    t += 1;
                    if (s[i][j] * s[j][k] * s[i][k] > 0) b += 1;
                }
    return t ? b / t : 1.0;
}

void check_share(double hits, double trials, double p, const std::string& what) {
    INFO(what << ": " << hits << " of " << trials << ", expected " << p);
    const double se = std::sqrt(p * (1.0 - p) / trials);
    CHECK(std::abs(hits / trials - p) <= 5.0 * se + 1e-12);
}

/// K4 on 0..3 plus vertex 4 tied to 0, 1, 2: 9 ties, 7 triangles; `neg` ties negative.
signed_graph small_graph(const std::set<std::size_t>& neg) {
    const std::vector<std::pair<std::size_t, std::size_t>> pairs{{0, 1}, {0, 2}, {0, 3}, {0, 4}, {1, 2},
                                                                 {1, 3}, {1, 4}, {2, 3}, {2, 4}};
    std::vector<weighted_edge> e;
    for (std::size_t i = 0; i < pairs.size(); ++i)
        e.push_back({pairs[i].first, pairs[i].second, neg.contains(i) ? -1.0 : 1.0});
    return signed_graph::from_edges(e, 5);
}

}  // namespace

TEST_CASE("sign shuffle: the sampled triangle index follows the exact law over all sign arrangements") {
    const signed_graph g = small_graph({0, 4, 8});  // 3 negative ties of 9
    // exact: the C(9, 3) = 84 arrangements are equally likely
    std::map<long, double> exact;  // value (x 1e6, rounded) -> probability
    const auto base = g.edges();
    double arrangements = 0;
    for (std::size_t a = 0; a < 9; ++a)
        for (std::size_t b = a + 1; b < 9; ++b)
            for (std::size_t c = b + 1; c < 9; ++c) {
                auto e = base;
                for (std::size_t i = 0; i < 9; ++i) e[i].weight = (i == a || i == b || i == c) ? -1.0 : 1.0;
                exact[std::lround(brute_triangle_index(5, e) * 1e6)] += 1;
                arrangements += 1;
            }
    CHECK(arrangements == 84);
    const double observed = brute_triangle_index(5, base);
    double exact_p_greater = 0;
    for (auto& [v, c] : exact) {
        c /= arrangements;
        if (v >= std::lround(observed * 1e6)) exact_p_greater += c;
    }

    kzsec::significance_options opt;
    opt.draws = 20000;
    opt.walk = false;
    opt.keep_draws = true;
    opt.threads = 2;
    const auto r = kzsec::balance_significance(g, opt);
    CHECK(r.triangle.observed == doctest::Approx(observed));
    std::map<long, double> sampled;
    for (double v : r.triangle.values) sampled[std::lround(v * 1e6)] += 1;
    for (const auto& [v, c] : sampled) CHECK(exact.contains(v));  // no value the law cannot give
    for (const auto& [v, p] : exact) check_share(sampled[v], 20000, p, "triangle index " + std::to_string(v));
    // p-value: (1 + #{>= observed}) / (N + 1), close to the exact tail
    CHECK(r.triangle.p_greater == doctest::Approx((r.triangle.at_least + 1.0) / 20001.0));
    check_share(static_cast<double>(r.triangle.at_least), 20000, exact_p_greater, "tail P(T >= observed)");
    CHECK(r.triangle.p_balanced == r.triangle.p_greater);
}

TEST_CASE("sign shuffle keeps the ties, their |w| and the number of negative ties") {
    std::vector<weighted_edge> e{{0, 1, 2.5}, {1, 2, -0.5}, {2, 3, 1.0}, {0, 3, -4.0}, {0, 2, 3.0}};
    const signed_graph g = signed_graph::from_edges(e, 4);
    for (std::uint64_t s = 0; s < 50; ++s) {
        const signed_graph h = kzsec::null_draw(g, kzsec::null_model::sign_shuffle, s);
        CHECK(h.labels() == g.labels());
        CHECK(h.num_negative_edges() == 2);
        const auto he = h.edges();
        REQUIRE(he.size() == e.size());
        for (std::size_t i = 0; i < he.size(); ++i) {
            CHECK(he[i].u == g.edges()[i].u);
            CHECK(he[i].v == g.edges()[i].v);
            CHECK(std::abs(he[i].weight) == std::abs(g.edges()[i].weight));
        }
    }
}

TEST_CASE("switching: keeps signed degrees; uniform over the signed graphs with those degrees") {
    // 5 vertices; positive ties 0-1, 2-3, 1-4, 0-3; negative ties 0-2, 3-4, 1-2
    std::vector<weighted_edge> e{{0, 1, 1}, {2, 3, 1}, {1, 4, 1}, {0, 3, 1}, {0, 2, -1}, {3, 4, -1}, {1, 2, -1}};
    const signed_graph g = signed_graph::from_edges(e, 5);
    auto degrees = [](const signed_graph& h) {
        std::vector<std::array<int, 2>> d(h.num_vertices(), {0, 0});
        for (const auto& x : h.edges()) {
            const int k = x.weight > 0 ? 0 : 1;
            ++d[x.u][static_cast<std::size_t>(k)];
            ++d[x.v][static_cast<std::size_t>(k)];
        }
        return d;
    };
    const auto d0 = degrees(g);
    // exact: every assignment of {none, +, -} to the 10 pairs with the same signed degrees
    const std::vector<std::pair<std::size_t, std::size_t>> pairs{{0, 1}, {0, 2}, {0, 3}, {0, 4}, {1, 2},
                                                                 {1, 3}, {1, 4}, {2, 3}, {2, 4}, {3, 4}};
    std::set<std::vector<int>> realizations;
    for (int code = 0; code < 59049; ++code) {
        std::vector<int> s(10);
        std::vector<std::array<int, 2>> d(5, {0, 0});
        int c = code;
        for (std::size_t i = 0; i < 10; ++i, c /= 3) {
            s[i] = c % 3 == 0 ? 0 : (c % 3 == 1 ? 1 : -1);
            if (s[i]) {
                const std::size_t k = s[i] > 0 ? 0 : 1;
                ++d[pairs[i].first][k];
                ++d[pairs[i].second][k];
            }
        }
        if (d == d0) realizations.insert(s);
    }
    REQUIRE(realizations.size() > 1);
    auto code_of = [&](const signed_graph& h) {
        std::vector<int> s(10, 0);
        for (std::size_t i = 0; i < 10; ++i) {
            const double w = h.weight(pairs[i].first, pairs[i].second);
            s[i] = w > 0 ? 1 : (w < 0 ? -1 : 0);
        }
        return s;
    };
    const std::size_t draws = 20000;
    std::map<std::vector<int>, double> seen;
    for (std::uint64_t i = 0; i < draws; ++i) {
        const signed_graph h = kzsec::null_draw(g, kzsec::null_model::switching, 17 + i, 200.0);
        CHECK(degrees(h) == d0);
        seen[code_of(h)] += 1;
    }
    INFO(realizations.size() << " graphs with these signed degrees, " << seen.size() << " reached");
    for (const auto& [s, c] : seen) CHECK(realizations.contains(s));
    for (const auto& s : realizations) check_share(seen[s], draws, 1.0 / static_cast<double>(realizations.size()), "one realization");
}

TEST_CASE("balance_significance: the result does not depend on the number of threads") {
    const auto pg = kzsec::planted_ssbm(30, 3, 0.3, 0.2, 4);
    for (auto model : {kzsec::null_model::sign_shuffle, kzsec::null_model::switching}) {
        kzsec::significance_options opt;
        opt.model = model;
        opt.draws = 64;
        opt.keep_draws = true;
        opt.threads = 1;
        const auto a = kzsec::balance_significance(pg.graph, opt);
        opt.threads = 3;
        const auto b = kzsec::balance_significance(pg.graph, opt);
        CHECK(b.threads == 3);
        CHECK(a.triangle.values == b.triangle.values);
        CHECK(a.walk.values == b.walk.values);
        CHECK(a.triangle.z == b.triangle.z);
        CHECK(a.walk.p_greater == b.walk.p_greater);
        CHECK(a.acceptance == b.acceptance);
        CHECK(a.triangle.values.size() == 64);
        opt.seed = 2;
        const auto c = kzsec::balance_significance(pg.graph, opt);
        CHECK(c.triangle.values != a.triangle.values);
    }
}

TEST_CASE("balance_significance: a planted balanced graph is significant, a sign-shuffled one is not") {
    const auto pg = kzsec::planted_ssbm(40, 2, 0.3, 0.0, 21);
    kzsec::significance_options opt;
    opt.draws = 199;
    for (auto model : {kzsec::null_model::sign_shuffle, kzsec::null_model::switching}) {
        opt.model = model;
        const auto r = kzsec::balance_significance(pg.graph, opt);
        CHECK(r.triangle.observed == 1.0);
        CHECK(r.walk.observed == doctest::Approx(1.0));
        CHECK(r.triangle.p_balanced == doctest::Approx(1.0 / 200));  // no draw as balanced
        CHECK(r.walk.p_balanced == doctest::Approx(1.0 / 200));
        CHECK(r.triangle.z > 3.0);
        if (model == kzsec::null_model::switching) CHECK(r.acceptance > 0.1);
    }
    opt.model = kzsec::null_model::sign_shuffle;
    const signed_graph shuffled = kzsec::null_draw(pg.graph, kzsec::null_model::sign_shuffle, 99);
    const auto r = kzsec::balance_significance(shuffled, opt);
    CHECK(r.triangle.p_balanced > 0.05);
    CHECK(r.walk.p_balanced > 0.05);
    CHECK(std::abs(r.triangle.z) < 3.0);
}

TEST_CASE("balance_significance: frustration tail, ties and errors") {
    const auto pg = kzsec::planted_ssbm(14, 2, 0.5, 0.0, 3);
    kzsec::significance_options opt;
    opt.draws = 99;
    opt.walk = false;
    opt.frustration = true;
    opt.keep_draws = true;
    const auto r = kzsec::balance_significance(pg.graph, opt);
    CHECK(r.frustration.observed == 0.0);
    const auto zeros = static_cast<std::size_t>(std::count(r.frustration.values.begin(), r.frustration.values.end(), 0.0));
    CHECK(r.frustration.at_most == zeros);
    CHECK(r.frustration.p_balanced == r.frustration.p_less);
    CHECK(r.frustration.p_less == doctest::Approx((zeros + 1.0) / 100.0));
    CHECK(r.frustration.p_less < 0.05);

    // every draw equals the observation: sd = 0, z undefined, both tails 1
    const signed_graph allpos = signed_graph::from_edges(std::vector<weighted_edge>{{0, 1, 1}, {1, 2, 1}, {0, 2, 1}}, 3);
    kzsec::significance_options o2;
    o2.draws = 10;
    const auto t = kzsec::balance_significance(allpos, o2);
    CHECK(t.triangle.sd == 0.0);
    CHECK(std::isnan(t.triangle.z));
    CHECK(t.triangle.p_greater == 1.0);
    CHECK(t.triangle.p_less == 1.0);

    o2.draws = 0;
    CHECK_THROWS_AS(kzsec::balance_significance(allpos, o2), kzsec::invalid_input);
    o2.draws = 5;
    CHECK_THROWS_AS(kzsec::balance_significance(signed_graph(4), o2), kzsec::invalid_input);
    o2.triangle = o2.walk = false;
    CHECK_THROWS_AS(kzsec::balance_significance(allpos, o2), kzsec::invalid_input);
    CHECK_THROWS_AS(kzsec::null_draw(allpos, kzsec::null_model::switching, 1, -1.0), kzsec::invalid_input);
    CHECK(kzsec::parse_null_model("switching") == kzsec::null_model::switching);
    CHECK_THROWS_AS(kzsec::parse_null_model("rewire"), kzsec::invalid_input);
}
