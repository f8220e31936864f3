// Tests of include/kzsec/triads.hpp: a case worked by hand, brute force over every pair of
// other vertices on random graphs, and the identity with triangle_index's per-vertex count.
#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <vector>

#include <kzsec/balance.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/generators.hpp>
#include <kzsec/triads.hpp>

namespace {

using kzsec::focal_triad_type;
using kzsec::signed_graph;
using kzsec::weighted_edge;

}  // namespace

TEST_CASE("focal_triads: a case worked by hand") {
    // f = 0; friends 1, 2; enemy 3. 1-2 negative (friends hostile), 1-3 positive (a friend is a
    // friend of the enemy), 2-3 negative (a friend is an enemy of the enemy); 4 not tied to 0:
    // 1-4 negative (4 is an enemy of a friend), 3-4 negative (4 is an enemy of the enemy).
    std::vector<weighted_edge> e{{0, 1, 1}, {0, 2, 1}, {0, 3, -1}, {1, 2, -1}, {1, 3, 1},
                                 {2, 3, -1}, {1, 4, -1}, {3, 4, -1}};
    const signed_graph g = signed_graph::from_edges(e, 5);
    kzsec::focal_triads_options opt;
    opt.list = true;
    const auto r = kzsec::focal_triads(g, 0, opt);
    CHECK(r.closed == 3);
    CHECK(r.open == 2);
    CHECK(r.count(focal_triad_type::friends_hostile) == 1);
    CHECK(r.count(focal_triad_type::friend_enemy_friendly) == 1);
    CHECK(r.count(focal_triad_type::friend_enemy_hostile) == 1);
    CHECK(r.count(focal_triad_type::enemy_of_friend) == 1);
    CHECK(r.count(focal_triad_type::enemy_of_enemy) == 1);
    CHECK(r.count(focal_triad_type::friends_friendly) == 0);
    CHECK(r.unbalanced == 2);  // friends_hostile and friend_enemy_friendly
    CHECK(r.unbalanced_weak == 2);
    REQUIRE(r.triads.size() == 5);
    CHECK(r.triads[0].u == 1);  // closed first: (1, 2) friends hostile
    CHECK(r.triads[0].v == 2);
    CHECK(r.triads[0].type == focal_triad_type::friends_hostile);
    CHECK(r.triads[1].u == 1);  // friend 1, enemy 3
    CHECK(r.triads[1].v == 3);
    CHECK(r.triads[2].u == 2);
    CHECK(r.triads[2].v == 3);
    CHECK(r.triads[3].type == focal_triad_type::enemy_of_friend);  // open: 0 - 1 - 4
    CHECK(r.triads[4].type == focal_triad_type::enemy_of_enemy);   // open: 0 - 3 - 4
    CHECK(kzsec::to_string(focal_triad_type::friend_of_enemy) == "friend_of_enemy");
    CHECK_THROWS_AS(kzsec::focal_triads(g, 5), kzsec::invalid_input);
}

TEST_CASE("focal_triads: brute force over every pair of other vertices") {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const std::size_t n = 14;
        const signed_graph g = kzsec::signed_gnp(n, 0.35, 0.4, seed);
        const auto ti = kzsec::triangle_index(g);
        std::vector<std::vector<int>> s(n, std::vector<int>(n, 0));
        for (const auto& x : g.edges()) s[x.u][x.v] = s[x.v][x.u] = x.weight > 0 ? 1 : -1;
        for (std::size_t f = 0; f < n; ++f) {
            std::array<std::size_t, kzsec::focal_triad_types> want{};
            for (std::size_t u = 0; u < n; ++u)
                for (std::size_t v = 0; v < n; ++v) {
                    if (u == f || v == f || u == v) continue;
                    // open path f - u - v (ordered)
                    if (s[f][u] && s[u][v] && !s[f][v]) {
                        const int t = s[f][u] > 0 ? (s[u][v] > 0 ? 6 : 7) : (s[u][v] > 0 ? 8 : 9);
                        ++want[static_cast<std::size_t>(t)];
                    }
                    // closed triangle, each unordered pair once (u < v)
                    if (u < v && s[f][u] && s[f][v] && s[u][v]) {
                        const int neg = (s[f][u] < 0) + (s[f][v] < 0);
                        const int t = 2 * neg + (s[u][v] > 0 ? 0 : 1);
                        ++want[static_cast<std::size_t>(t)];
                    }
                }
            const auto r = kzsec::focal_triads(g, f);
            INFO("seed " << seed << ", focal " << f);
            CHECK(r.counts == want);
            CHECK(r.unbalanced == ti.vertex_unbalanced[f]);
            CHECK(r.closed == want[0] + want[1] + want[2] + want[3] + want[4] + want[5]);
        }
    }
}
