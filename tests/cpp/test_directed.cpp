// Tests of the in/out signed degrees and the signed triad census in include/kzsec/directed.hpp:
// a case worked by hand, the class count by Burnside's lemma, and brute force over every triple
// of random digraphs (classes by trying all six relabellings, semicycles by trying every choice
// of one arc per pair).
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <kzsec/detail/random.hpp>
#include <kzsec/directed.hpp>
#include <kzsec/errors.hpp>

namespace {
using kzsec::weighted_edge;

std::size_t count_of(const kzsec::signed_triad_census_result& r, const std::string& name) {
    for (const auto& c : r.classes)
        if (c.name == name) return c.count;
    FAIL("no class " << name);
    return 0;
}
}  // namespace

TEST_CASE("directed_signed_degree: a case worked by hand") {
    std::vector<weighted_edge> arcs{{0, 1, 2}, {1, 0, -1}, {1, 2, 0.5}, {2, 0, -3}};
    const auto r = kzsec::directed_signed_degree(arcs, 4);
    CHECK(r.out_positive == std::vector<double>{1, 1, 0, 0});
    CHECK(r.out_negative == std::vector<double>{0, 1, 1, 0});
    CHECK(r.in_positive == std::vector<double>{0, 1, 1, 0});
    CHECK(r.in_negative == std::vector<double>{2, 0, 0, 0});
    CHECK(r.out_net == std::vector<double>{1, 0, -1, 0});
    CHECK(r.in_ratio[0] == 0.0);
    CHECK(r.out_ratio[1] == 0.5);
    CHECK(std::isnan(r.out_ratio[3]));
    kzsec::directed_signed_degree_options o;
    o.weighted = true;
    const auto w = kzsec::directed_signed_degree(arcs, 4, o);
    CHECK(w.in_negative == std::vector<double>{4, 0, 0, 0});
    CHECK(w.out_positive == std::vector<double>{2, 0.5, 0, 0});
    CHECK_THROWS_AS(kzsec::directed_signed_degree(std::vector<weighted_edge>{{0, 0, 1}}), kzsec::invalid_input);
}

TEST_CASE("signed_triad_census: a case worked by hand") {
    // a->b +, b->a -, b->c +, c->a -, and an isolated vertex 3.
    std::vector<weighted_edge> arcs{{0, 1, 1}, {1, 0, -1}, {1, 2, 1}, {2, 0, -1}};
    const auto r = kzsec::signed_triad_census(arcs, 4);
    REQUIRE(r.classes.size() == kzsec::signed_triad_classes);
    std::size_t total = 0;
    for (const auto& c : r.classes) total += c.count;
    CHECK(total == 4);
    std::map<std::string, std::size_t> un(r.unsigned_census.begin(), r.unsigned_census.end());
    CHECK(un.size() == 16);
    CHECK(un["120C"] == 1);  // {0,1,2}: mutual 0-1, 1->2, 2->0
    CHECK(un["102"] == 1);   // {0,1,3}
    CHECK(un["012"] == 2);   // {0,2,3} and {1,2,3}
    CHECK(un["003"] == 0);
    // Representatives: the smallest string of the arcs ab, ba, ac, ca, bc, cb under 0 < N < P.
    CHECK(count_of(r, "102-0000NP") == 1);
    CHECK(count_of(r, "012-00000N") == 1);
    CHECK(count_of(r, "012-00000P") == 1);
    // {0,1,2}: the pair 0-1 has two arcs (+, -), the others one each: semicycles (+,+,-) and (-,+,-).
    CHECK(r.semicycles == 2);
    CHECK(r.positive_semicycles == 1);
    CHECK(r.balance == doctest::Approx(0.5));
}

TEST_CASE("signed_triad_census: 138 classes, each MAN type's count of classes") {
    const auto r = kzsec::signed_triad_census(std::vector<weighted_edge>{}, 3);
    CHECK(r.classes.size() == 138);  // Burnside: (729 + 3 * 27 + 2 * 9) / 6
    std::set<std::string> names;
    std::map<std::string, int> per_type;
    for (const auto& c : r.classes) {
        names.insert(c.name);
        ++per_type[c.man];
    }
    CHECK(names.size() == 138);
    // Signed classes per unsigned type, counted by hand from the symmetries of each type:
    // 2^arcs labellings divided by the automorphisms where they act freely.
    CHECK(per_type["003"] == 1);
    CHECK(per_type["012"] == 2);
    CHECK(per_type["102"] == 3);   // {+,+}, {+,-}, {-,-} on a mutual pair
    CHECK(per_type["021C"] == 4);  // a path has no symmetry
    CHECK(per_type["021U"] == 3);
    CHECK(per_type["021D"] == 3);
    CHECK(per_type["030C"] == 4);  // 8 labellings under the 3 rotations: (8 + 2 + 2) / 3
    CHECK(per_type["030T"] == 8);
    CHECK(per_type["300"] == 16);  // 64 labellings under S3: (64 + 3 * 8 + 2 * 4) / 6
    CHECK(r.classes.front().name == "003-000000");
    CHECK(r.classes.front().count == 1);
    CHECK(std::isnan(r.balance));
}

TEST_CASE("signed_triad_census: brute force over every triple of random digraphs") {
    const std::array<std::array<int, 2>, 6> slots{{{0, 1}, {1, 0}, {0, 2}, {2, 0}, {1, 2}, {2, 1}}};
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        kzsec::detail::rng rng(seed + 100);
        const std::size_t n = 5 + seed % 8;
        std::vector<std::vector<int>> s(n, std::vector<int>(n, 0));
        std::vector<weighted_edge> arcs;
        const double p = 0.15 + 0.05 * static_cast<double>(seed % 6);
        for (std::size_t u = 0; u < n; ++u)
            for (std::size_t v = 0; v < n; ++v)
                if (u != v && rng.bernoulli(p)) {
                    s[u][v] = rng.bernoulli(0.4) ? -1 : 1;
                    arcs.push_back({u, v, static_cast<double>(s[u][v]) * (1 + rng.uniform())});
                }
        std::map<std::string, std::size_t> want;
        std::size_t semi = 0, positive = 0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j)
                for (std::size_t k = j + 1; k < n; ++k) {
                    std::array<std::size_t, 3> t{i, j, k};
                    std::string best;
                    std::array<int, 3> perm{0, 1, 2};
                    do {  // vertex perm[x] of the triple plays role x
                        std::string code;
                        for (const auto& sl : slots) {
                            const int x = s[t[perm[sl[0]]]][t[perm[sl[1]]]];
                            code += x == 0 ? '0' : (x < 0 ? 'N' : 'P');
                        }
                        // order 0 < N < P is the ASCII order of '0' < 'N' < 'P'
                        if (best.empty() || code < best) best = code;
                    } while (std::next_permutation(perm.begin(), perm.end()));
                    ++want[best];
                    // 3-semicycles: one arc (either direction) per pair
                    const std::array<std::array<std::size_t, 2>, 3> pr{{{i, j}, {i, k}, {j, k}}};
                    std::array<std::vector<int>, 3> choices;
                    for (std::size_t q = 0; q < 3; ++q)
                        for (const int x : {s[pr[q][0]][pr[q][1]], s[pr[q][1]][pr[q][0]]})
                            if (x != 0) choices[q].push_back(x);
                    for (const int x : choices[0])
                        for (const int y : choices[1])
                            for (const int z : choices[2]) {
                                ++semi;
                                if (x * y * z > 0) ++positive;
                            }
                }
        const auto r = kzsec::signed_triad_census(arcs, n);
        std::size_t total = 0;
        for (const auto& c : r.classes) {
            const std::string rep = c.name.substr(c.name.find('-') + 1);
            CHECK_MESSAGE(c.count == (want.count(rep) ? want[rep] : 0), c.name);
            total += c.count;
        }
        CHECK(total == n * (n - 1) * (n - 2) / 6);
        CHECK(r.semicycles == semi);
        CHECK(r.positive_semicycles == positive);
    }
}
