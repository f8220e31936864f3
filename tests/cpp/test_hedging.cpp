// Tests of include/kzsec/hedging.hpp: every number below is worked by hand in
// the comments next to it, on small networks built in the test.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <kzsec/errors.hpp>
#include <kzsec/hedging.hpp>
#include <kzsec/network.hpp>

#include "test_networks.hpp"

using namespace kzsec;
namespace hg = kzsec::hedging;
using doctest::Approx;

namespace {

using kzsec_test::add_actor;
using kzsec_test::add_relation;

void vote(network& n, const std::string& actor, const std::string& item, double v, int year) {
    metric m;
    m.name = "unga_vote";
    m.a = actor;
    m.item = item;
    m.year = year;
    m.value = v;
    n.add_metric(m);
}

bool has_reason(const hg::strategy_result& s, const std::string& code) {
    for (const auto& r : s.reasons)
        if (r.code == code) return true;
    return false;
}

// F between A and B. security A 0.8 / B 0.2, economic A 0.1 / B 0.6,
// political A 0.4 / B 0.4, identity: nothing.
network issue_split_world() {
    network n;
    for (auto id : {"F", "A", "B"}) add_actor(n, id);
    add_relation(n, "F", "A", "security", 0.8, 2000, 2010);
    add_relation(n, "F", "B", "security", 0.2, 2000, 2010);
    add_relation(n, "F", "A", "economic", 0.1, 2000, 2010);
    add_relation(n, "F", "B", "economic", 0.6, 2000, 2010);
    add_relation(n, "F", "A", "political", 0.4, 2000, 2010);
    add_relation(n, "B", "F", "political", 0.4, 2000, 2010);  // undirected: either order
    return n;
}

network uniform_world(double to_a, double to_b) {
    network n;
    for (auto id : {"F", "A", "B"}) add_actor(n, id);
    for (auto d : {"security", "economic", "political"}) {
        add_relation(n, "F", "A", d, to_a, 2000, 2010);
        add_relation(n, "F", "B", d, to_b, 2000, 2010);
    }
    return n;
}

hg::profile_options three_domains() {
    hg::profile_options o;
    o.domains = {"security", "economic", "political"};
    return o;
}


// ----------------------------------------------------------------------------------------------
// The classifier of issue #11 ("a classifier that can fail"), on hand-built states. The values
// follow the world coding of docs/hedging.md: ATOP defence pact 0.9, neutrality/consultation pact
// 0.5, non-aggression 0.25, strategic rivalry -0.5, use of force -0.75.


/// F with three domains (security, political, economic) toward two rivals.
network two_rival_world(const std::string& p, const std::string& q, const std::array<double, 3>& to_p,
                        const std::array<double, 3>& to_q, confidence conf = confidence::medium) {
    network n;
    for (const auto& id : {std::string("F"), p, q}) add_actor(n, id);
    const char* doms[3] = {"security", "political", "economic"};
    for (int d = 0; d < 3; ++d) {
        for (const auto& [other, v] : {std::pair{p, to_p[static_cast<std::size_t>(d)]},
                                       std::pair{q, to_q[static_cast<std::size_t>(d)]}}) {
            relation r;
            r.a = "F";
            r.b = other;
            r.domain = doms[d];
            r.value = v;
            r.years = {2000, 2010};
            r.conf = conf;
            n.add_relation(r);
        }
    }
    return n;
}

hg::strategy_result classify_2005(const network& n, const std::vector<std::string>& rivals,
                                  hg::profile_options o = three_domains()) {
    return hg::profile(n, "F", rivals, 2005, o).structure.strategy;
}

}  // namespace

TEST_SUITE("hedging") {

TEST_CASE("classify_tilt_band: every threshold boundary, both signs, strong-band rule") {
    using P = hg::tilt_band;
    const hg::tilt_band_thresholds th;  // 0.1, 0.35, 0.6
    // inner side of each boundary (inclusive) and just beyond it
    CHECK(hg::classify_tilt_band(0.0, 0.5, 0.5, th) == P::even);
    CHECK(hg::classify_tilt_band(0.1, 0.5, 0.4, th) == P::even);
    CHECK(hg::classify_tilt_band(0.1 + 1e-6, 0.5, 0.4, th) == P::slight_reference);
    CHECK(hg::classify_tilt_band(0.35, 0.5, 0.15, th) == P::slight_reference);
    CHECK(hg::classify_tilt_band(0.35 + 1e-6, 0.5, 0.15, th) == P::clear_reference);
    CHECK(hg::classify_tilt_band(0.6, 0.7, 0.1, th) == P::clear_reference);
    // beyond 0.6: the strong band only if the other tie is <= 0
    CHECK(hg::classify_tilt_band(0.6 + 1e-6, 0.7, 0.1, th) == P::clear_reference);
    CHECK(hg::classify_tilt_band(0.7, 0.7, 0.0, th) == P::strong_reference);
    CHECK(hg::classify_tilt_band(-0.1, 0.4, 0.5, th) == P::even);
    CHECK(hg::classify_tilt_band(-0.1 - 1e-6, 0.4, 0.5, th) == P::slight_other);
    CHECK(hg::classify_tilt_band(-0.35, 0.15, 0.5, th) == P::slight_other);
    CHECK(hg::classify_tilt_band(-0.35 - 1e-6, 0.15, 0.5, th) == P::clear_other);
    CHECK(hg::classify_tilt_band(-0.6, 0.1, 0.7, th) == P::clear_other);
    CHECK(hg::classify_tilt_band(-0.7, 0.1, 0.6, th) == P::clear_other);  // a_ref > 0: not the strong band
    CHECK(hg::classify_tilt_band(-0.7, -0.1, 0.6, th) == P::strong_other);
    CHECK(hg::classify_tilt_band(-0.7, 0.0, 0.7, th) == P::strong_other);
    // decimal data exactly on a threshold land on the inner side (0.45 - 0.35 = 0.10000000000000003)
    CHECK(hg::classify_tilt_band(0.45 - 0.35, 0.45, 0.35, th) == P::even);
    // without the strong-band rule the tilt alone decides
    hg::tilt_band_thresholds loose = th;
    loose.strong_requires_non_positive = false;
    CHECK(hg::classify_tilt_band(0.7, 0.8, 0.1, loose) == P::strong_reference);
    CHECK(hg::classify_tilt_band(-0.7, 0.1, 0.8, loose) == P::strong_other);
    // custom thresholds, binary-exact values
    hg::tilt_band_thresholds c{0.125, 0.25, 0.5, true};
    CHECK(hg::classify_tilt_band(0.125, 0.5, 0.375, c) == P::even);
    CHECK(hg::classify_tilt_band(0.25, 0.5, 0.25, c) == P::slight_reference);
    CHECK(hg::classify_tilt_band(0.375, 0.5, 0.125, c) == P::clear_reference);
    CHECK(hg::classify_tilt_band(-0.625, -0.125, 0.5, c) == P::strong_other);
    CHECK_THROWS_AS(hg::classify_tilt_band(0.0, 0, 0, hg::tilt_band_thresholds{0.5, 0.25, 0.75, true}), invalid_input);
    CHECK_THROWS_AS(hg::classify_tilt_band(0.0, 0, 0, hg::tilt_band_thresholds{-0.1, 0.25, 0.75, true}), invalid_input);
    CHECK(hg::to_string(P::slight_other) == "slight_other");
    CHECK(hg::to_string(P::strong_reference) == "strong_reference");
}

TEST_CASE("classify_stance: every rule of Kuik's spectrum toward one power, with its boundaries") {
    using P = hg::kuik_position;
    const hg::stance_thresholds th;  // hostility 0.4, friction 0.15, alliance 0.675, partnership 0.5, engagement 0.275
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto pos = [&](double s, double o) { return hg::classify_stance(s, o, th).position; };
    auto rule = [&](double s, double o) { return hg::classify_stance(s, o, th).rule; };
    // 1. balancing: s <= -0.4 (on the boundary it holds), whatever the other ties
    CHECK(pos(-0.4, 0.9) == P::balancing);
    CHECK(rule(-0.4, 0.9) == "hostile_security");
    CHECK(pos(-1.0, nan) == P::balancing);
    // 2. indirect balancing: -0.4 < s <= -0.15
    CHECK(pos(-0.4 + 1e-6, 0.9) == P::indirect_balancing);
    CHECK(pos(-0.15, 0.0) == P::indirect_balancing);
    CHECK(rule(-0.15, 0.0) == "security_friction");
    // 3. dominance denial: s > -0.15 (or unobserved) and o <= -0.15
    CHECK(pos(-0.15 + 1e-6, -0.15) == P::dominance_denial);
    CHECK(pos(0.9, -0.2) == P::dominance_denial);  // an ally at odds politically resists dominance
    CHECK(pos(nan, -0.5) == P::dominance_denial);
    CHECK(rule(nan, -0.5) == "political_friction");
    CHECK(pos(0.0, -0.15 + 1e-6) == P::economic_pragmatism);
    // 4. bandwagoning: s >= 0.675 and o >= 0.5
    CHECK(pos(0.675, 0.5) == P::bandwagoning);
    CHECK(rule(0.675, 0.5) == "alliance_and_partnership");
    // 5. limited bandwagoning: exactly one of them
    CHECK(pos(0.675 - 1e-6, 0.5) == P::limited_bandwagoning);
    CHECK(pos(0.675, 0.5 - 1e-6) == P::limited_bandwagoning);
    CHECK(rule(0.675, 0.5 - 1e-6) == "alliance_or_partnership");
    CHECK(pos(0.9, nan) == P::limited_bandwagoning);  // only the security domain: never the pure end
    CHECK(pos(nan, 0.6) == P::limited_bandwagoning);
    // 6. binding engagement: s >= 0.275 or o >= 0.275
    CHECK(pos(0.275, 0.0) == P::binding_engagement);
    CHECK(pos(0.0, 0.275) == P::binding_engagement);
    CHECK(rule(0.0, 0.275) == "engagement");
    // 7. economic pragmatism: the middle (ties within (-0.15, 0.275) or mixed)
    CHECK(pos(0.275 - 1e-6, 0.275 - 1e-6) == P::economic_pragmatism);
    CHECK(pos(0.0, 0.0) == P::economic_pragmatism);
    CHECK(rule(0.0, 0.0) == "middle");
    // no data: neither input observed
    const auto none = hg::classify_stance(nan, nan, th);
    CHECK_FALSE(none.observed);
    CHECK(none.rule == "no_data");
    // the witness carries the inputs
    const auto w = hg::classify_stance(0.8, 0.25, th);
    CHECK(w.observed);
    CHECK(w.security == 0.8);
    CHECK(w.other == 0.25);
    // decimal data on a threshold land on the inner side (0.7 - 0.3 = 0.39999999999999997 meets 0.4)
    CHECK(pos(-(0.7 - 0.3), 0.0) == P::balancing);
    // custom thresholds (another coding scale mapped to [-1, 1] is the user's job; here a stricter alliance)
    hg::stance_thresholds strict = th;
    strict.alliance = 0.95;
    CHECK(hg::classify_stance(0.9, 0.6, strict).position == P::limited_bandwagoning);
    // bad thresholds
    CHECK_THROWS_AS(hg::classify_stance(0, 0, hg::stance_thresholds{0.1, 0.2, 0.675, 0.5, 0.275}), invalid_input);
    CHECK_THROWS_AS(hg::classify_stance(0, 0, hg::stance_thresholds{0.4, 0.15, 0.675, 0.2, 0.275}), invalid_input);
    CHECK_THROWS_AS(hg::classify_stance(0, 0, hg::stance_thresholds{0.4, 0.15, nan, 0.5, 0.275}), invalid_input);
    CHECK_THROWS_AS(hg::classify_stance(0, 0, hg::stance_thresholds{0.4, -0.1, 0.675, 0.5, 0.275}), invalid_input);
    CHECK(hg::to_string(P::indirect_balancing) == "indirect_balancing");
}

TEST_CASE("stances: per rival, not the gap between them (issue #12)") {
    SUBCASE("hostile to both powers: the gap is even, the stances are balancing against each") {
        const auto p = hg::profile(uniform_world(-0.5, -0.5), "F", {"A", "B"}, 2001, three_domains());
        // the gap bin says "even" (before issue #12 it was labelled economic_pragmatism: hedging)
        CHECK(p.structure.aggregate.band == hg::tilt_band::even);
        for (const auto& r : p.structure.domains) CHECK(r.band == hg::tilt_band::even);
        REQUIRE(p.structure.stances.size() == 2);
        for (const auto& st : p.structure.stances) {
            CHECK(st.position == hg::kuik_position::balancing);
            CHECK(st.rule == "hostile_security");
            CHECK(st.security == -0.5);
            CHECK(st.other == Approx(-0.5));
        }
        CHECK(p.structure.stances[0].power == "A");
        CHECK(p.structure.stances[1].power == "B");
    }
    SUBCASE("ally of both: the gap is even, the stances are bandwagoning with each") {
        const auto p = hg::profile(uniform_world(0.8, 0.8), "F", {"A", "B"}, 2001, three_domains());
        CHECK(p.structure.aggregate.band == hg::tilt_band::even);
        for (const auto& st : p.structure.stances) CHECK(st.position == hg::kuik_position::bandwagoning);
    }
    SUBCASE("hand-worked mixed profile (security weight 2)") {
        // 2005: security A 0.8, B 0.2; economic A 0.1, B 0.6; political A 0.4, B 0.4
        const network n = issue_split_world();
        auto o = three_domains();
        o.domain_weights = {{"security", 2.0}, {"political", 3.0}};
        const auto p = hg::profile(n, "F", {"A", "B"}, 2005, o);
        REQUIRE(p.structure.stances.size() == 2);
        const auto& a = p.structure.stances[0];
        // A: s = 0.8 (ally); o = (1*0.1 + 3*0.4) / 4 = 0.325 < 0.5 -> limited bandwagoning
        CHECK(a.security == Approx(0.8));
        CHECK(a.other == Approx(0.325));
        CHECK(a.other_domains == std::vector<std::string>{"economic", "political"});
        CHECK(a.position == hg::kuik_position::limited_bandwagoning);
        CHECK(a.rule == "alliance_or_partnership");
        // B: s = 0.2 (< 0.275); o = (0.6 + 3*0.4) / 4 = 0.45: engagement, not partnership -> binding engagement
        const auto& b = p.structure.stances[1];
        CHECK(b.other == Approx(0.45));
        CHECK(b.position == hg::kuik_position::binding_engagement);
        // the gap bin of the economy reads -2 toward A, yet the focal's stance toward A is +2
        CHECK(p.structure.domains[1].band == hg::tilt_band::clear_other);
        // evolution carries the same stances, by name in the columns
        const auto ev = hg::evolution(n, "F", {"A", "B"}, {2005}, o);
        const auto c = ev.columns();
        REQUIRE(c.stance.size() == 2);
        for (std::size_t r = 0; r < c.year.size(); ++r) {
            CHECK(c.stance[0][r] == "limited_bandwagoning");
            CHECK(c.stance[1][r] == "binding_engagement");
        }
    }
}

TEST_CASE("profile: hand-worked rows, aggregate and issue-splitting hedging") {
    const network n = issue_split_world();
    auto o = three_domains();
    o.domain_weights = {{"security", 2.0}};  // economic and political default to 1
    const auto p = hg::profile(n, "F", {"A", "B"}, 2005, o);
    REQUIRE(p.structure.domains.size() == 3);
    const auto& s = p.structure.domains[0];
    CHECK(s.domain == "security");
    CHECK(s.weight == 2.0);
    CHECK(s.affinity == std::vector<double>{0.8, 0.2});
    CHECK(s.tilt == Approx(0.6));             // 0.8 - 0.2
    CHECK(s.tilt_normalised == Approx(0.6));  // 0.6 / (0.8 + 0.2)
    CHECK(s.dispersion == Approx(0.6));
    CHECK(s.equidistance == Approx(0.7));  // 1 - 0.6 / 2
    CHECK(s.hedging == Approx(0.7));       // both positive
    // entropy: -(0.8 ln 0.8 + 0.2 ln 0.2) / ln 2 = (0.178515 + 0.321888) / 0.693147
    CHECK(s.entropy == Approx(0.7219281).epsilon(1e-6));
    CHECK(s.leaning == "A");
    CHECK(s.band == hg::tilt_band::clear_reference);  // 0.6 is the upper bound of +2

    const auto& e = p.structure.domains[1];
    CHECK(e.tilt == Approx(-0.5));                     // 0.1 - 0.6
    CHECK(e.tilt_normalised == Approx(-0.5 / 0.7));    // -0.714286
    CHECK(e.equidistance == Approx(0.75));
    CHECK(e.leaning == "B");
    CHECK(e.band == hg::tilt_band::clear_other);  // |t| = 0.5 in (0.35, 0.6]

    const auto& pol = p.structure.domains[2];
    CHECK(pol.tilt == Approx(0.0));
    CHECK(pol.equidistance == Approx(1.0));
    CHECK(pol.entropy == Approx(1.0));
    CHECK(pol.leaning.empty());
    CHECK(pol.band == hg::tilt_band::even);

    // aggregate: A = (2*0.8 + 0.1 + 0.4) / 4 = 0.525, B = (2*0.2 + 0.6 + 0.4) / 4 = 0.35
    const auto& ag = p.structure.aggregate;
    CHECK(ag.total_weight == Approx(4.0));
    CHECK(ag.affinity[0] == Approx(0.525));
    CHECK(ag.affinity[1] == Approx(0.35));
    CHECK(ag.tilt == Approx(0.175));
    CHECK(ag.band == hg::tilt_band::slight_reference);
    CHECK(ag.hedging == Approx(1.0 - 0.175 / 2));
    CHECK(ag.spread == Approx(1.1));  // 0.6 - (-0.5)
    CHECK(ag.split);
    CHECK(ag.split_domains == std::vector<std::string>{"security:A", "economic:B"});

    // strategy: the security tie with A is 0.8 >= 0.675 (alliance) and no tie is <= -0.4 (no
    // hostility): rule 3, bandwagoning with A, although every aggregate tie is positive and the
    // domains split (which the old rule called hedging).
    const auto& st = p.structure.strategy;
    CHECK(st.primary == hg::strategy::bandwagoning);
    CHECK(st.reference == "A");
    CHECK(st.aligned_with == "A");
    CHECK(st.against.empty());
    REQUIRE(!st.reasons.empty());
    CHECK(st.reasons[0].code == "treaty_alliance");
    CHECK(st.reasons[0].values.at("security_affinity:A") == 0.8);
    CHECK(st.reasons[0].values.at("alliance_threshold") == 0.675);
    // components: bandwagoning, hedging (engaged with both, split). No balancing: the stances are
    // limited bandwagoning toward A (s 0.8, o (0.1 + 0.4) / 2 = 0.25) and toward B (s 0.2, o 0.5); the
    // economy's gap bin at -2 toward A was read as balancing before issue #12
    CHECK(p.structure.stances[0].position == hg::kuik_position::limited_bandwagoning);
    CHECK(p.structure.stances[1].position == hg::kuik_position::limited_bandwagoning);
    CHECK(st.components == std::vector<hg::strategy>{hg::strategy::bandwagoning, hg::strategy::hedging});
    CHECK(has_reason(st, "component_hedging"));
    CHECK(std::isnan(st.robustness));
    CHECK(st.robustness_draws == 0);
    CHECK(!p.has_perception);
    CHECK(p.split_votes.empty());  // no vote metrics in the network

    SUBCASE("a domain without data is reported but left out of the aggregate") {
        auto o2 = o;
        o2.domains.push_back("identity");
        const auto q = hg::profile(n, "F", {"A", "B"}, 2005, o2);
        REQUIRE(q.structure.domains.size() == 4);
        CHECK(q.structure.domains[3].observed == std::vector<bool>{false, false});
        CHECK(q.structure.aggregate.total_weight == Approx(4.0));
        CHECK(q.structure.aggregate.affinity[0] == Approx(0.525));
    }
    SUBCASE("split threshold above both margins removes the split") {
        auto o2 = o;
        o2.split_threshold = 0.55;  // security margin 0.6 > 0.55, economic 0.5 is not
        const auto q = hg::profile(n, "F", {"A", "B"}, 2005, o2);
        CHECK_FALSE(q.structure.aggregate.split);
        CHECK(q.structure.domains[1].leaning.empty());
    }
    SUBCASE("outside the years of the relations nothing is observed") {
        const auto q = hg::profile(n, "F", {"A", "B"}, 2015, o);
        CHECK(q.structure.aggregate.total_weight == 0.0);
        // issue #12: no evidence is no_data, not neutrality
        CHECK(q.structure.strategy.primary == hg::strategy::no_data);
        CHECK(has_reason(q.structure.strategy, "no_data"));
    }
}

TEST_CASE("strategy: pure bandwagoning and pure balancing") {
    SUBCASE("bandwagoning: A 0.9, B -0.35 everywhere") {
        const auto p = hg::profile(uniform_world(0.9, -0.35), "F", {"A", "B"}, 2001, three_domains());
        for (const auto& r : p.structure.domains) {
            CHECK(r.tilt == Approx(1.25));
            CHECK(r.hedging == 0.0);  // B negative
            CHECK(r.band == hg::tilt_band::strong_reference);
        }
        // security A 0.9 >= 0.675: alliance; B -0.35 > -0.4: no hostility -> rule 3 bandwagoning
        CHECK(p.structure.strategy.primary == hg::strategy::bandwagoning);
        CHECK(p.structure.strategy.aligned_with == "A");
        CHECK(has_reason(p.structure.strategy, "treaty_alliance"));
        // the stance toward B (security -0.35 <= -0.15, short of hostility) is indirect balancing: a
        // balancing component of the mix (issue #12; before, only the gap to A was read)
        CHECK(p.structure.stances[1].position == hg::kuik_position::indirect_balancing);
        CHECK(p.structure.stances[0].position == hg::kuik_position::bandwagoning);
        CHECK(p.structure.strategy.components ==
              std::vector<hg::strategy>{hg::strategy::balancing, hg::strategy::bandwagoning});
    }
    SUBCASE("balancing against A: A -0.5, B 0.7") {
        const auto p = hg::profile(uniform_world(-0.5, 0.7), "F", {"A", "B"}, 2001, three_domains());
        CHECK(p.structure.aggregate.tilt == Approx(-1.2));
        CHECK(p.structure.aggregate.band == hg::tilt_band::strong_other);
        // security A -0.5 <= -0.4 (hostility), B 0.7 >= 0.675 (alliance with B) -> rule 3, balancing
        CHECK(p.structure.strategy.primary == hg::strategy::balancing);
        CHECK(p.structure.strategy.against == std::vector<std::string>{"A"});
        CHECK(p.structure.strategy.aligned_with == "B");
        // the label no longer depends on which rival is the reference power
        const auto q = hg::profile(uniform_world(-0.5, 0.7), "F", {"B", "A"}, 2001, three_domains());
        CHECK(q.structure.strategy.primary == hg::strategy::balancing);
        CHECK(q.structure.strategy.against == std::vector<std::string>{"A"});
        CHECK(q.structure.strategy.aligned_with == "B");
    }
    SUBCASE("lean without alliance: A 0.5, B -0.05") {
        // no alliance, no hostility; A_A - A_B = 0.55 > 0.5 and every domain leans to A -> rule 5
        const auto p = hg::profile(uniform_world(0.5, -0.05), "F", {"A", "B"}, 2001, three_domains());
        CHECK(p.structure.aggregate.band == hg::tilt_band::clear_reference);
        CHECK(p.structure.strategy.primary == hg::strategy::bandwagoning);
        CHECK(p.structure.strategy.aligned_with == "A");
        REQUIRE(has_reason(p.structure.strategy, "cross_domain_lean"));
        CHECK(p.structure.strategy.reasons[0].values.at("lean_gap") == Approx(0.55));
        CHECK(p.structure.strategy.reasons[0].values.at("lean_margin") == 0.5);
    }
    SUBCASE("equidistant positive ties: hedging without split") {
        const auto p = hg::profile(uniform_world(0.5, 0.45), "F", {"A", "B"}, 2001, three_domains());
        CHECK(p.structure.aggregate.band == hg::tilt_band::even);
        CHECK(p.structure.aggregate.hedging == Approx(0.975));  // 1 - 0.05 / 2
        CHECK_FALSE(p.structure.aggregate.split);
        CHECK(p.structure.strategy.primary == hg::strategy::hedging);
        CHECK(p.structure.strategy.aligned_with.empty());
        CHECK(has_reason(p.structure.strategy, "engaged_with_all"));
        CHECK_FALSE(has_reason(p.structure.strategy, "issue_split"));
    }
}

TEST_CASE("strategy: neutrality") {
    SUBCASE("every affinity within the neutral band") {
        // |a| <= 0.15 everywhere (0.1 and -0.15 on the boundary)
        const auto p = hg::profile(uniform_world(0.1, -0.15), "F", {"A", "B"}, 2001, three_domains());
        CHECK(p.structure.strategy.primary == hg::strategy::neutrality);
        CHECK(has_reason(p.structure.strategy, "near_zero_affinities"));
        auto o = three_domains();
        o.neutral_band = 0.12;  // now -0.15 is outside, and B (max -0.15 < 0.1) is not engaged
        const auto q = hg::profile(uniform_world(0.1, -0.15), "F", {"A", "B"}, 2001, o);
        CHECK(q.structure.strategy.primary == hg::strategy::neutrality);
        CHECK(q.structure.strategy.reasons[0].code == "no_alignment_no_engagement");
    }
    SUBCASE("declared neutrality, unless a domain is at a pure end") {
        auto o = three_domains();
        o.declared_neutral = true;
        const auto p = hg::profile(uniform_world(0.3, 0.2), "F", {"A", "B"}, 2001, o);
        CHECK(p.structure.strategy.primary == hg::strategy::neutrality);
        CHECK(has_reason(p.structure.strategy, "declared_neutrality"));
        const auto q = hg::profile(uniform_world(0.9, -0.35), "F", {"A", "B"}, 2001, o);
        CHECK(q.structure.strategy.primary == hg::strategy::bandwagoning);
        // the stance toward B (security -0.35) is indirect balancing: a balancing component too
        CHECK(q.structure.strategy.components ==
              std::vector<hg::strategy>{hg::strategy::balancing, hg::strategy::bandwagoning, hg::strategy::neutrality});
    }
    SUBCASE("the focal attribute neutrality=declared counts as a declaration") {
        network n;
        actor f;
        f.id = "F";
        f.attributes["neutrality"] = "declared";
        n.add_actor(f);
        add_actor(n, "A");
        add_actor(n, "B");
        add_relation(n, "F", "A", "security", 0.3, 2000, 2000);
        add_relation(n, "F", "B", "security", 0.2, 2000, 2000);
        const auto p = hg::profile(n, "F", {"A", "B"}, 2000, {});
        CHECK(p.structure.strategy.primary == hg::strategy::neutrality);
    }
}

TEST_CASE("strategy: collective security") {
    network n;
    for (auto id : {"F", "A", "B"}) add_actor(n, id);
    add_actor(n, "CSTO", actor_kind::organisation);
    add_actor(n, "PACT", actor_kind::organisation);
    membership m;
    m.member = "F";
    m.organisation = "CSTO";
    m.years = {2000, 2010};
    n.add_membership(m);
    add_relation(n, "F", "A", "security", 0.5, 2000, 2010);
    add_relation(n, "F", "B", "security", 0.4, 2000, 2010);
    add_relation(n, "F", "A", "economic", 0.3, 2000, 2010);
    add_relation(n, "F", "B", "economic", 0.3, 2000, 2010);
    add_relation(n, "F", "CSTO", "security", 0.9, 2000, 2004);
    add_relation(n, "F", "CSTO", "security", 0.55, 2005, 2010);
    SUBCASE("strongest security tie is the organisation, ahead by 0.4 >= 0.1") {
        const auto p = hg::profile(n, "F", {"A", "B"}, 2002, {});
        CHECK(p.structure.strategy.primary == hg::strategy::collective_security);
        REQUIRE(has_reason(p.structure.strategy, "collective_security_tie"));
        const auto& r = p.structure.strategy.reasons[0];
        CHECK(r.values.at("organisation_tie") == 0.9);
        CHECK(r.values.at("state_tie") == 0.5);
        // hedging (both positive) is a component of the mix
        CHECK(p.structure.strategy.components ==
              std::vector<hg::strategy>{hg::strategy::hedging, hg::strategy::collective_security});
    }
    SUBCASE("ahead by only 0.05 < 0.1: hedging primary, collective security a component") {
        const auto p = hg::profile(n, "F", {"A", "B"}, 2006, {});
        CHECK(p.structure.strategy.primary == hg::strategy::hedging);
        CHECK(p.structure.strategy.components ==
              std::vector<hg::strategy>{hg::strategy::hedging, hg::strategy::collective_security});
        hg::profile_options o;
        o.collective_security_margin = 0.05;  // 0.55 - 0.5 = 0.05000000000000004, within tolerance
        CHECK(hg::profile(n, "F", {"A", "B"}, 2006, o).structure.strategy.primary == hg::strategy::collective_security);
    }
    SUBCASE("an organisation not flagged as collective security does not count") {
        hg::profile_options o;
        o.collective_security_organisations = {"PACT"};
        const auto p = hg::profile(n, "F", {"A", "B"}, 2002, o);
        CHECK(p.structure.strategy.primary == hg::strategy::hedging);
        CHECK(p.structure.strategy.components == std::vector<hg::strategy>{hg::strategy::hedging});
    }
}

TEST_CASE("perception profile: threat multipliers and salience, side by side") {
    network n;
    for (auto id : {"F", "A", "B"}) add_actor(n, id);
    add_relation(n, "F", "A", "security", -0.4, 2000, 2010);
    add_relation(n, "F", "B", "security", 0.5, 2000, 2010);
    add_relation(n, "F", "A", "economic", 0.6, 2000, 2010);
    add_relation(n, "F", "B", "economic", 0.3, 2000, 2010);
    hg::profile_options o;
    o.domains = {"security", "economic"};
    hg::perception_profile pp;
    pp.threat_multipliers = {{"A", 0.0}};  // A is not seen as a threat
    pp.salience = {{"economic", 3.0}};
    pp.threat_multipliers_by_year = {{2003, {{"A", 2.0}}}};
    o.perception = pp;
    const auto p = hg::profile(n, "F", {"A", "B"}, 2001, o);
    CHECK(p.has_perception);
    // structure: security t = -0.4 - 0.5 = -0.9, a_ref < 0 -> balancing; economic t = 0.3 -> +1
    CHECK(p.structure.domains[0].band == hg::tilt_band::strong_other);
    CHECK(p.structure.domains[1].band == hg::tilt_band::slight_reference);
    // aggregate (1, 1): A = (-0.4 + 0.6) / 2 = 0.1, B = (0.5 + 0.3) / 2 = 0.4, T = -0.3
    CHECK(p.structure.aggregate.affinity[0] == Approx(0.1));
    CHECK(p.structure.aggregate.tilt == Approx(-0.3));
    CHECK(p.structure.aggregate.band == hg::tilt_band::slight_other);
    // perceived: security a_A = 0 * -0.4 = 0, t = -0.5 -> indirect balancing
    CHECK(p.perceived.domains[0].affinity[0] == 0.0);
    CHECK(p.perceived.domains[0].band == hg::tilt_band::clear_other);
    CHECK(p.perceived.domains[1].weight == 3.0);
    // weights (1, 3): A = (0 + 1.8) / 4 = 0.45, B = (0.5 + 0.9) / 4 = 0.35, T = 0.1
    CHECK(p.perceived.aggregate.affinity[0] == Approx(0.45));
    CHECK(p.perceived.aggregate.affinity[1] == Approx(0.35));
    CHECK(p.perceived.aggregate.tilt == Approx(0.1));
    CHECK(p.perceived.aggregate.band == hg::tilt_band::even);
    // structure is untouched by the perception profile
    CHECK(p.structure.domains[0].affinity[0] == -0.4);
    // the year-specific multiplier doubles the threat in 2003: -0.8
    const auto q = hg::profile(n, "F", {"A", "B"}, 2003, o);
    CHECK(q.perceived.domains[0].affinity[0] == Approx(-0.8));
    // positive affinities are never changed by threat multipliers
    CHECK(q.perceived.domains[1].affinity[0] == 0.6);
    // clamped to [-1, 1]
    o.perception->threat_multipliers_by_year[2003]["A"] = 5.0;
    CHECK(hg::profile(n, "F", {"A", "B"}, 2003, o).perceived.domains[0].affinity[0] == -1.0);
    o.perception->salience["economic"] = -1.0;
    CHECK_THROWS_AS(hg::profile(n, "F", {"A", "B"}, 2003, o), invalid_input);
}

TEST_CASE("evolution equals a loop of profile calls; columns") {
    network n = issue_split_world();
    add_actor(n, "C");
    add_relation(n, "F", "A", "identity", 0.3, 2000, 2003);
    add_relation(n, "F", "A", "identity", -0.2, 2004, 2010);
    add_relation(n, "F", "C", "security", 0.5, 2000, 2010);
    add_relation(n, "A", "B", "security", -0.6, 2003, 2010);
    hg::profile_options o;
    hg::perception_profile pp;
    pp.threat_multipliers = {{"A", 0.5}};
    o.perception = pp;
    const std::vector<int> years{2001, 2002, 2003, 2004, 2005};
    const std::vector<std::string> rivals{"A", "B", "C"};
    const auto ev = hg::evolution(n, "F", rivals, years, o);
    const std::size_t nd = n.domains().size();
    REQUIRE(ev.rows.size() == 2 * years.size() * nd);
    std::size_t i = 0;
    for (int view = 0; view < 2; ++view)
        for (int y : years) {
            const auto p = hg::profile(n, "F", rivals, y, o);
            const auto& pv = view == 0 ? p.structure : p.perceived;
            for (std::size_t d = 0; d < nd; ++d, ++i) {
                const auto& e = ev.rows[i];
                CHECK(e.view == (view == 0 ? "structure" : "perceived"));
                CHECK(e.row.year == y);
                CHECK(e.row.domain == pv.domains[d].domain);
                // missing ties are NaN since issue #12 (missing_as_zero = false): NaN equals NaN here
                auto same = [](double x, double y) { return (std::isnan(x) && std::isnan(y)) || x == y; };
                REQUIRE(e.row.affinity.size() == pv.domains[d].affinity.size());
                for (std::size_t r = 0; r < e.row.affinity.size(); ++r)
                    CHECK(same(e.row.affinity[r], pv.domains[d].affinity[r]));
                CHECK(same(e.row.tilt, pv.domains[d].tilt));
                CHECK(same(e.row.hedging, pv.domains[d].hedging));
                CHECK(same(e.row.entropy, pv.domains[d].entropy));
                CHECK(e.row.band == pv.domains[d].band);
                CHECK(e.spread == pv.aggregate.spread);
                CHECK(e.split == pv.aggregate.split);
                CHECK(e.primary == pv.strategy.primary);
                CHECK(e.cross_pressure_triads == p.cross_pressure.triads);
                CHECK(e.cross_pressure_exposure == p.cross_pressure.exposure);
            }
        }
    const auto c = ev.columns();
    CHECK(c.rivals == rivals);
    CHECK(c.year.size() == ev.rows.size());
    REQUIRE(c.affinity.size() == 3);
    CHECK(c.affinity[0].size() == ev.rows.size());
    for (std::size_t r = 0; r < ev.rows.size(); ++r) {
        CHECK(((std::isnan(c.affinity[1][r]) && std::isnan(ev.rows[r].row.affinity[1])) ||
               c.affinity[1][r] == ev.rows[r].row.affinity[1]));  // NaN: a missing tie (issue #12)
        CHECK(c.tilt_band[r] == static_cast<int>(ev.rows[r].row.band));
    }
    // 2004 identity: A -0.2 structurally, -0.1 as perceived (multiplier 0.5)
    CHECK(ev.rows[3 * nd + 3].row.domain == "identity");
    CHECK(ev.rows[3 * nd + 3].row.affinity[0] == -0.2);
    CHECK(ev.rows[(years.size() + 3) * nd + 3].row.affinity[0] == Approx(-0.1));
    // three rivals: tilt is A against the strongest of B, C; security 2003: 0.8 - max(0.2, 0.5) = 0.3
    CHECK(ev.rows[2 * nd + 0].row.tilt == Approx(0.3));
    // dispersion 0.8 - 0.2 = 0.6; entropy of (0.8, 0.2, 0.5)/1.5 normalised by ln 3
    const double p1 = 0.8 / 1.5, p2 = 0.2 / 1.5, p3 = 0.5 / 1.5;
    CHECK(ev.rows[2 * nd].row.dispersion == Approx(0.6));
    CHECK(ev.rows[2 * nd].row.entropy ==
          Approx(-(p1 * std::log(p1) + p2 * std::log(p2) + p3 * std::log(p3)) / std::log(3.0)));
}

TEST_CASE("cross-pressure: triads and exposure as in claim T12, hand-built") {
    // The Kazakhstan 2014 configuration of the case file (values from its CSV):
    network n;
    for (auto id : {"K", "R", "U", "S", "E", "C", "G"}) add_actor(n, id);
    add_relation(n, "R", "U", "security", -0.7, 2014, 2021);
    add_relation(n, "K", "R", "security", 0.75, 2014, 2021);
    add_relation(n, "K", "U", "security", 0.05, 2014, 2021);
    add_relation(n, "R", "S", "political", -0.5, 2014, 2021);
    add_relation(n, "K", "R", "political", 0.55, 2014, 2021);
    add_relation(n, "K", "S", "political", 0.4, 2014, 2021);
    add_relation(n, "R", "E", "economic", -0.3, 2014, 2021);
    add_relation(n, "K", "R", "economic", 0.5, 2014, 2021);
    add_relation(n, "K", "E", "economic", 0.5, 2014, 2021);
    // not triads: K negative with G; C-S negative in economic but K-C only in security
    add_relation(n, "R", "G", "security", -0.9, 2014, 2014);
    add_relation(n, "K", "G", "security", -0.1, 2014, 2014);
    add_relation(n, "C", "S", "economic", -0.4, 2014, 2021);
    add_relation(n, "K", "C", "security", 0.35, 2014, 2021);
    add_relation(n, "K", "S", "security", 0.3, 2014, 2021);
    // before 2014: nothing negative
    CHECK(hg::cross_pressure(n, "K", 2013).triads == 0);
    CHECK(hg::cross_pressure(n, "K", 2013).exposure == 0.0);
    const auto cp = hg::cross_pressure(n, "K", 2014);
    // 0.7 * min(0.75, 0.05) + 0.5 * min(0.55, 0.4) + 0.3 * min(0.5, 0.5) = 0.035 + 0.2 + 0.15 = 0.385
    CHECK(cp.triads == 3);
    CHECK(cp.exposure == Approx(0.385));
    REQUIRE(cp.witnesses.size() == 3);
    CHECK(cp.witnesses[0].a == "R");
    CHECK(cp.witnesses[0].b == "U");
    CHECK(cp.witnesses[0].contribution == Approx(0.035));
    // 2018: add C-S economic counterpart: K-C economic 0.5, K-S economic 0.3 -> + 0.4 * 0.3 = 0.12
    add_relation(n, "K", "C", "economic", 0.5, 2018, 2021);
    add_relation(n, "K", "S", "economic", 0.3, 2018, 2021);
    const auto cp18 = hg::cross_pressure(n, "K", 2018);
    CHECK(cp18.triads == 4);
    CHECK(cp18.exposure == Approx(0.505));
    // restricted to actors {K, R, U}: only the R-U triad
    const auto few = hg::cross_pressure(n, "K", 2018, {"R", "U"});
    CHECK(few.triads == 1);
    CHECK(few.exposure == Approx(0.035));
    // restricted to the political domain
    CHECK(hg::cross_pressure(n, "K", 2018, {}, {"political"}).exposure == Approx(0.2));
    CHECK_THROWS_AS(hg::cross_pressure(n, "X", 2018), unknown_actor);
}

TEST_CASE("UN agreement and split votes, hand-worked") {
    network n;
    for (auto id : {"F", "A", "B"}) add_actor(n, id);
    // item: F, A, B (+1 yes, 0 abstain, -1 no; missing = absent)
    vote(n, "F", "i1", 1, 2010), vote(n, "A", "i1", 1, 2010), vote(n, "B", "i1", -1, 2010);  // split, F with A
    vote(n, "F", "i2", 0, 2010), vote(n, "A", "i2", -1, 2010), vote(n, "B", "i2", 1, 2010);  // split, F abstains
    vote(n, "F", "i3", -1, 2010), vote(n, "A", "i3", -1, 2010), vote(n, "B", "i3", 1, 2010);  // split, F with A
    vote(n, "F", "i4", 1, 2010), vote(n, "A", "i4", 1, 2010), vote(n, "B", "i4", 1, 2010);   // no split
    vote(n, "A", "i5", 1, 2010), vote(n, "B", "i5", -1, 2010);                               // split, F absent
    vote(n, "F", "i6", -1, 2009), vote(n, "A", "i6", 1, 2009), vote(n, "B", "i6", -1, 2009);  // previous year
    const hg::network_index idx(n);
    const auto sv = hg::split_votes(idx, "F", "A", "B", 2010);
    CHECK(sv.n_split == 4);
    CHECK(sv.with_a == 2);
    CHECK(sv.with_b == 0);
    CHECK(sv.abstain == 1);
    CHECK(sv.absent == 1);
    CHECK(sv.abstention_share == Approx(0.25));
    const auto sv2 = hg::split_votes(idx, "F", "A", "B", 2010, "unga_vote", 1);  // with 2009: F with B on i6
    CHECK(sv2.n_split == 5);
    CHECK(sv2.with_b == 1);
    // IA(F, A) over i1..i4: (1 + 0.5 + 1 + 1) / 4 = 0.875 -> signed 0.75
    // IA(F, B): (0 + 0.5 + 0 + 1) / 4 = 0.375 -> signed -0.25
    const auto un = hg::parse_affinity_spec("un_agreement");
    CHECK(*hg::affinity(idx, "F", "A", "political", 2010, un) == Approx(0.75));
    CHECK(*hg::affinity(idx, "F", "B", "political", 2010, un) == Approx(-0.25));
    auto un01 = un;
    un01.signed_agreement = false;
    CHECK(*hg::affinity(idx, "F", "A", "political", 2010, un01) == Approx(0.875));
    CHECK_FALSE(hg::affinity(idx, "F", "A", "political", 2011, un).has_value());
    // in a profile: political from votes, split votes reported
    hg::profile_options o;
    o.domains = {"political"};
    o.sources["political"] = un;
    const auto p = hg::profile(idx, "F", {"A", "B"}, 2010, o);
    CHECK(p.structure.domains[0].source == "un_agreement");
    CHECK(p.structure.domains[0].tilt == Approx(1.0));
    REQUIRE(p.split_votes.size() == 1);
    CHECK(p.split_votes[0].abstain == 1);
}

TEST_CASE("membership-weighted and metric affinities") {
    network n;
    for (auto id : {"F", "A", "B"}) add_actor(n, id);
    actor o1;
    o1.id = "O1";
    o1.kind = actor_kind::organisation;
    o1.attributes["leader"] = "X; A";
    n.add_actor(o1);
    add_actor(n, "O2", actor_kind::organisation);
    auto mem = [&](const std::string& m, const std::string& o, const std::string& status) {
        membership r;
        r.member = m;
        r.organisation = o;
        r.status = status;
        r.years = {2000, 2010};
        n.add_membership(r);
    };
    mem("F", "O1", "member");
    mem("F", "O2", "partner");
    mem("B", "O1", "member");
    mem("B", "O2", "member");
    metric t;
    t.name = "trade_share";
    t.a = "F";
    t.b = "A";
    t.year = 2005;
    t.value = 0.2;
    n.add_metric(t);
    t.b = "B";
    t.value = 0.3;
    n.add_metric(t);
    const hg::network_index idx(n);
    hg::profile_options o;
    o.membership_leader_weight = 0.8;
    const auto ms = hg::parse_affinity_spec("membership");
    // A leads O1: 1 - (1 - 1 * 0.8) = 0.8 (O2: A not a member, factor 1)
    CHECK(*hg::affinity(idx, "F", "A", "security", 2005, ms, o) == Approx(0.8));
    // B: O1 co-member (1 * 0.5) and O2 partner (0.5 * 0.5): 1 - 0.5 * 0.75 = 0.625
    CHECK(*hg::affinity(idx, "F", "B", "security", 2005, ms, o) == Approx(0.625));
    auto only_o2 = ms;
    only_o2.organisations = {"O2"};
    CHECK(*hg::affinity(idx, "F", "B", "security", 2005, only_o2, o) == Approx(0.25));
    CHECK_FALSE(hg::affinity(idx, "F", "B", "security", 2011, ms, o).has_value());
    auto tr = hg::parse_affinity_spec("trade_share");
    CHECK(tr.source == hg::affinity_source::metric);
    tr.scale = 2.0;
    CHECK(*hg::affinity(idx, "F", "A", "economic", 2005, tr) == Approx(0.4));
    CHECK(*hg::affinity(idx, "F", "B", "economic", 2005, tr) == Approx(0.6));
    tr.scale = 5.0;
    CHECK(*hg::affinity(idx, "F", "B", "economic", 2005, tr) == 1.0);  // clamped
    CHECK_FALSE(hg::affinity(idx, "F", "A", "economic", 2006, tr).has_value());
}

TEST_CASE("relation modes, spec names and errors") {
    network n;
    for (auto id : {"F", "A", "B"}) add_actor(n, id);
    add_relation(n, "F", "A", "economic", 0.3, 2000, 2000);
    add_relation(n, "F", "A", "economic", 0.7, 2000, 2000, confidence::medium, true);  // F -> A dependence
    add_relation(n, "B", "F", "economic", 0.9, 2000, 2000, confidence::medium, true);  // B -> F: not F's
    const hg::network_index idx(n);
    CHECK(*hg::affinity(idx, "F", "A", "economic", 2000, hg::parse_affinity_spec("relation")) == 0.3);
    CHECK(*hg::affinity(idx, "F", "A", "economic", 2000, hg::parse_affinity_spec("relation:directed")) == 0.7);
    CHECK(*hg::affinity(idx, "F", "A", "economic", 2000, hg::parse_affinity_spec("relation:undirected")) == 0.3);
    CHECK_FALSE(hg::affinity(idx, "F", "B", "economic", 2000, {}).has_value());
    CHECK(*hg::affinity(idx, "B", "F", "economic", 2000, {}) == 0.9);
    for (auto s : {"relation", "relation:undirected", "relation:directed", "membership", "un_agreement",
                   "metric:arms_import_share"})
        CHECK(hg::to_string(hg::parse_affinity_spec(s)) == s);
    CHECK(hg::to_string(hg::parse_affinity_spec("arms_import_share")) == "metric:arms_import_share");
    CHECK_THROWS_AS(hg::parse_affinity_spec("trade"), invalid_input);
    CHECK(hg::to_string(hg::parse_affinity_spec("relation:any")) == "relation");  // the default mode
    CHECK_THROWS_AS(hg::parse_affinity_spec("relation:sideways"), invalid_input);
    CHECK_THROWS_AS(hg::parse_affinity_spec("relation:"), invalid_input);
    CHECK_THROWS_AS(hg::profile(n, "F", {"A"}, 2000), invalid_input);
    CHECK_THROWS_AS(hg::profile(n, "F", {"A", "A"}, 2000), invalid_input);
    CHECK_THROWS_AS(hg::profile(n, "F", {"F", "A"}, 2000), invalid_input);
    CHECK_THROWS_AS(hg::profile(n, "F", {"A", "Z"}, 2000), unknown_actor);
    CHECK_THROWS_AS(hg::profile(n, "Z", {"A", "B"}, 2000), unknown_actor);
    hg::profile_options o;
    o.domains = {"economy"};
    CHECK_THROWS_AS(hg::profile(n, "F", {"A", "B"}, 2000, o), invalid_input);
    o.domains = {};
    o.domain_weights = {{"economic", -1.0}};
    CHECK_THROWS_AS(hg::profile(n, "F", {"A", "B"}, 2000, o), invalid_input);
    o.domain_weights = {};
    o.tilt_bands.slight = 0.05;
    CHECK_THROWS_AS(hg::profile(n, "F", {"A", "B"}, 2000, o), invalid_input);
    o.tilt_bands = {};
    o.missing_as_zero = false;  // B unobserved in every domain: NaN indicators, nothing aggregated
    const auto p = hg::profile(n, "F", {"A", "B"}, 2000, o);
    // the default domains are those with a relation: economic only (issue #12)
    REQUIRE(p.structure.domains.size() == 1);
    CHECK(std::isnan(p.structure.domains[0].tilt));
    CHECK(p.structure.aggregate.total_weight == 0.0);
}

TEST_CASE("classifier: a Belarus-like treaty ally of Russia is bandwagoning, not hedging") {
    // Russia 0.95 / 0.9 / 0.9, China 0.1 / 0.3 / 0.3 (security, political, economic).
    // Aggregates: RUS (0.95 + 0.9 + 0.9) / 3 = 0.9167, CHN 0.7 / 3 = 0.2333: both positive, so the
    // old rule 4 said "hedging". Now: security RUS 0.95 >= 0.675 (alliance, with RUS only), CHN 0.1
    // > -0.5 (no hostility) -> rule 3, bandwagoning with RUS.
    const network n = two_rival_world("RUS", "CHN", {0.95, 0.9, 0.9}, {0.1, 0.3, 0.3});
    const auto p = hg::profile(n, "F", {"RUS", "CHN"}, 2005, three_domains());
    CHECK(p.structure.aggregate.affinity[0] == Approx(0.9166667));
    CHECK(p.structure.aggregate.affinity[1] == Approx(0.2333333));
    const auto& s = p.structure.strategy;
    CHECK(s.primary == hg::strategy::bandwagoning);
    CHECK(s.aligned_with == "RUS");
    CHECK(s.against.empty());
    REQUIRE(!s.reasons.empty());
    CHECK(s.reasons[0].code == "treaty_alliance");
    CHECK(s.reasons[0].values.at("security_affinity:RUS") == 0.95);
    // engaged with China (0.3 >= 0.1) and hostile to none: hedging stays a component of the mix
    CHECK(s.components == std::vector<hg::strategy>{hg::strategy::bandwagoning, hg::strategy::hedging});
    // the order of the rivals does not matter
    const auto q = classify_2005(n, {"CHN", "RUS"});
    CHECK(q.primary == hg::strategy::bandwagoning);
    CHECK(q.aligned_with == "RUS");
}

TEST_CASE("classifier: a Japan-like US ally facing a Chinese rivalry is balancing against China") {
    // USA 0.9 (defence pact) / 0.8 / 0.5; CHN -0.5 (strategic rivalry) / 0.1 / 0.4.
    // Alliance with USA only (0.9 >= 0.75), hostility toward CHN (-0.5 <= -0.5) -> rule 3, balancing.
    const network n = two_rival_world("USA", "CHN", {0.9, 0.8, 0.5}, {-0.5, 0.1, 0.4});
    const auto s = classify_2005(n, {"USA", "CHN"});
    CHECK(s.primary == hg::strategy::balancing);
    CHECK(s.aligned_with == "USA");
    CHECK(s.against == std::vector<std::string>{"CHN"});
    REQUIRE(s.reasons.size() >= 2);
    CHECK(s.reasons[0].code == "treaty_alliance");
    CHECK(s.reasons[1].code == "hostility");
    CHECK(s.reasons[1].values.at("security_affinity:CHN") == -0.5);
    CHECK(s.reasons[1].values.at("hostility_threshold") == 0.4);
    CHECK(classify_2005(n, {"CHN", "USA"}).against == std::vector<std::string>{"CHN"});
    SUBCASE("a mere threat (-0.3) is not hostility: bandwagoning with the ally") {
        const network m = two_rival_world("USA", "CHN", {0.9, 0.8, 0.5}, {-0.3, 0.1, 0.4});
        const auto t = classify_2005(m, {"USA", "CHN"});
        CHECK(t.primary == hg::strategy::bandwagoning);
        CHECK(t.aligned_with == "USA");
        CHECK(t.against.empty());
    }
    SUBCASE("a higher hostility threshold removes the hostility") {
        auto o = three_domains();
        o.hostility_threshold = 0.6;  // -0.5 > -0.6
        CHECK(classify_2005(n, {"USA", "CHN"}, o).primary == hg::strategy::bandwagoning);
    }
}

TEST_CASE("classifier: a US ally without hostility bandwagons") {
    // USA 0.9 / 0.6 / 0.5, CHN 0.25 (non-aggression) / 0.3 / 0.6: alliance with USA only, no
    // hostility -> rule 3, bandwagoning with USA, although CHN leads in the economy (split).
    const network n = two_rival_world("USA", "CHN", {0.9, 0.6, 0.5}, {0.25, 0.3, 0.6});
    const auto p = hg::profile(n, "F", {"USA", "CHN"}, 2005, three_domains());
    CHECK(p.structure.aggregate.split);
    const auto& s = p.structure.strategy;
    CHECK(s.primary == hg::strategy::bandwagoning);
    CHECK(s.aligned_with == "USA");
    CHECK(s.reasons[0].code == "treaty_alliance");
    SUBCASE("allied with both rivals: no single alignment, hedging") {
        // CHN security 0.8 >= 0.75 too: rule 3 needs exactly one ally; engaged with both -> rule 7
        const network m = two_rival_world("USA", "CHN", {0.9, 0.6, 0.5}, {0.8, 0.3, 0.6});
        const auto t = classify_2005(m, {"USA", "CHN"});
        CHECK(t.primary == hg::strategy::hedging);
        CHECK(t.reasons[0].values.at("alliances") == 2.0);
    }
    SUBCASE("a lower alliance threshold can make the tie an alliance") {
        const network m = two_rival_world("USA", "CHN", {0.65, 0.6, 0.5}, {0.25, 0.3, 0.6});
        CHECK(classify_2005(m, {"USA", "CHN"}).primary == hg::strategy::hedging);  // 0.65 < 0.675
        auto o = three_domains();
        o.alliance_threshold = 0.6;
        CHECK(classify_2005(m, {"USA", "CHN"}, o).primary == hg::strategy::bandwagoning);
    }
}

TEST_CASE("classifier: hostility without an alliance is balancing") {
    // A -0.75 (use of force) / -0.2 / 0.2; B 0.5 (neutrality pact) / 0.4 / 0.3. No alliance
    // (0.5 < 0.75), hostile toward A only -> rule 4: balancing against A, aligned with B.
    const network n = two_rival_world("A", "B", {-0.75, -0.2, 0.2}, {0.5, 0.4, 0.3});
    const auto s = classify_2005(n, {"A", "B"});
    CHECK(s.primary == hg::strategy::balancing);
    CHECK(s.against == std::vector<std::string>{"A"});
    CHECK(s.aligned_with == "B");
    REQUIRE(!s.reasons.empty());
    CHECK(s.reasons[0].code == "hostility");
    CHECK(s.reasons[0].values.at("security_affinity:A") == -0.75);
    CHECK(s.reasons[0].values.at("aggregate_affinity:B") == Approx(0.4));  // (0.5 + 0.4 + 0.3) / 3
    SUBCASE("three rivals: aligned with the friendliest non-hostile one") {
        network m = n;
        add_actor(m, "C");
        add_relation(m, "F", "C", "security", 0.2, 2000, 2010);
        add_relation(m, "F", "C", "political", 0.9, 2000, 2010);
        add_relation(m, "F", "C", "economic", 0.9, 2000, 2010);
        // aggregates: B 0.4, C (0.2 + 0.9 + 0.9) / 3 = 0.6667 -> C
        const auto t = classify_2005(m, {"A", "B", "C"});
        CHECK(t.primary == hg::strategy::balancing);
        CHECK(t.against == std::vector<std::string>{"A"});
        CHECK(t.aligned_with == "C");
    }
    SUBCASE("hostile to every rival: no side to balance with, neutrality") {
        // A -0.75, B -0.5 in security; no alliance; rule 4 needs a non-hostile rival; no lean
        // (A -0.25, B 0.0667, gap 0.32); engaged with B (0.4) but hostile -> rule 8
        const network m = two_rival_world("A", "B", {-0.75, -0.2, 0.2}, {-0.5, 0.4, 0.3});
        const auto t = classify_2005(m, {"A", "B"});
        CHECK(t.primary == hg::strategy::neutrality);
        CHECK(t.reasons[0].code == "no_alignment_no_engagement");
        CHECK(t.reasons[0].values.at("hostile_rivals") == 2.0);
        CHECK(std::find(t.components.begin(), t.components.end(), hg::strategy::balancing) != t.components.end());
    }
}

TEST_CASE("classifier: a lean across domains is bandwagoning; a split lean is not") {
    // A 0.65 / 0.6 / 0.6, B 0.0 / 0.1 / 0.05: no alliance (0.65 < 0.675), no hostility.
    // A_A = 1.85 / 3 = 0.6167, A_B = 0.15 / 3 = 0.05, gap 0.5667 > 0.5, every domain leans to A -> rule 5.
    const network n = two_rival_world("A", "B", {0.65, 0.6, 0.6}, {0.0, 0.1, 0.05});
    const auto s = classify_2005(n, {"A", "B"});
    CHECK(s.primary == hg::strategy::bandwagoning);
    CHECK(s.aligned_with == "A");
    REQUIRE(!s.reasons.empty());
    CHECK(s.reasons[0].code == "cross_domain_lean");
    CHECK(s.reasons[0].values.at("lean_gap") == Approx(0.5666667));
    // a margin of 0.6 is not exceeded: no lean; engaged with B (political 0.1 >= 0.1) -> hedging
    auto o = three_domains();
    o.lean_margin = 0.6;
    CHECK(classify_2005(n, {"A", "B"}, o).primary == hg::strategy::hedging);
    SUBCASE("a domain leaning to the other rival blocks the lean (issue splitting)") {
        // economic B 0.65 > A 0.6: A_A 0.6167, A_B (0 + 0.1 + 0.65) / 3 = 0.25, gap 0.3667;
        // with lean_margin 0.3 the gap is enough, but economic leans to B -> no lean -> hedging
        const network m = two_rival_world("A", "B", {0.65, 0.6, 0.6}, {0.0, 0.1, 0.65});
        auto o2 = three_domains();
        o2.lean_margin = 0.3;
        const auto t = classify_2005(m, {"A", "B"}, o2);
        CHECK(t.primary == hg::strategy::hedging);
        CHECK(has_reason(t, "issue_split"));
    }
}

TEST_CASE("classifier: declared neutrality, hedging, non-engagement, collective security") {
    SUBCASE("a declared neutral engaged with both is neutral, not hedging") {
        network n = two_rival_world("A", "B", {0.2, 0.4, 0.5}, {0.1, 0.35, 0.6});
        hg::profile_options o = three_domains();
        o.declared_neutral = true;
        const auto s = classify_2005(n, {"A", "B"}, o);
        CHECK(s.primary == hg::strategy::neutrality);
        CHECK(s.aligned_with.empty());
        CHECK(s.reasons[0].code == "declared_neutrality");
        // without the declaration the same ties are hedging
        CHECK(classify_2005(n, {"A", "B"}).primary == hg::strategy::hedging);
    }
    SUBCASE("a hedger: positive ties to both, no alliance, no hostility, no lean") {
        // A 0.5 / 0.4 / 0.3, B 0.4 / 0.4 / 0.6: no tie >= 0.75 or <= -0.5; A_A 0.4, A_B 0.4667
        const network n = two_rival_world("A", "B", {0.5, 0.4, 0.3}, {0.4, 0.4, 0.6});
        const auto s = classify_2005(n, {"A", "B"});
        CHECK(s.primary == hg::strategy::hedging);
        CHECK(s.aligned_with.empty());
        CHECK(s.against.empty());
        REQUIRE(!s.reasons.empty());
        CHECK(s.reasons[0].code == "engaged_with_all");
        CHECK(s.reasons[0].values.at("max_affinity:A") == 0.5);
        CHECK(s.reasons[0].values.at("max_affinity:B") == 0.6);
        CHECK(s.reasons[0].values.at("engagement_min") == 0.1);
    }
    SUBCASE("no engagement with one rival: neutrality (non-alignment)") {
        // A 0.05 / 0.3 / 0.05, B -0.3 (a threat, not hostility) / 0.05 / 0.0: B is never >= 0.1;
        // not every |a| <= 0.15 (0.3); no lean (A_A 0.1333, A_B -0.0833, gap 0.2167) -> rule 8
        const network n = two_rival_world("A", "B", {0.05, 0.3, 0.05}, {-0.3, 0.05, 0.0});
        const auto s = classify_2005(n, {"A", "B"});
        CHECK(s.primary == hg::strategy::neutrality);
        CHECK(s.reasons[0].code == "no_alignment_no_engagement");
        CHECK(s.reasons[0].values.at("max_affinity:B") == 0.05);
        // a lower engagement floor makes B engaged (no hostility, no lean): hedging
        auto o = three_domains();
        o.engagement_min = 0.05;
        CHECK(classify_2005(n, {"A", "B"}, o).primary == hg::strategy::hedging);  // B political 0.05 >= 0.05
    }
    SUBCASE("collective security comes before the alliance rule") {
        network n = two_rival_world("A", "B", {0.8, 0.4, 0.3}, {0.2, 0.4, 0.3});
        add_actor(n, "CSTO", actor_kind::organisation);
        membership m;
        m.member = "F";
        m.organisation = "CSTO";
        m.years = {2000, 2010};
        n.add_membership(m);
        add_relation(n, "F", "CSTO", "security", 0.95, 2000, 2010);  // 0.95 - 0.8 = 0.15 >= 0.1
        const auto s = classify_2005(n, {"A", "B"});
        CHECK(s.primary == hg::strategy::collective_security);
        CHECK(s.aligned_with.empty());
        CHECK(s.components == std::vector<hg::strategy>{hg::strategy::bandwagoning, hg::strategy::hedging,
                                                        hg::strategy::collective_security});
    }
}

TEST_CASE("classifier: every strategy label is produced by some case") {
    std::set<hg::strategy> seen;
    seen.insert(classify_2005(two_rival_world("A", "B", {0.95, 0.9, 0.9}, {0.1, 0.3, 0.3}), {"A", "B"}).primary);
    seen.insert(classify_2005(two_rival_world("A", "B", {0.9, 0.8, 0.5}, {-0.5, 0.1, 0.4}), {"A", "B"}).primary);
    seen.insert(classify_2005(two_rival_world("A", "B", {0.5, 0.4, 0.3}, {0.4, 0.4, 0.6}), {"A", "B"}).primary);
    seen.insert(classify_2005(two_rival_world("A", "B", {0.05, 0.3, 0.05}, {-0.3, 0.05, 0.0}), {"A", "B"}).primary);
    network cs = two_rival_world("A", "B", {0.5, 0.4, 0.3}, {0.4, 0.4, 0.6});
    add_actor(cs, "NATO", actor_kind::organisation);
    membership m;
    m.member = "F";
    m.organisation = "NATO";
    m.years = {2000, 2010};
    cs.add_membership(m);
    add_relation(cs, "F", "NATO", "security", 0.9, 2000, 2010);
    seen.insert(classify_2005(cs, {"A", "B"}).primary);
    CHECK(seen == std::set<hg::strategy>{hg::strategy::balancing, hg::strategy::bandwagoning, hg::strategy::hedging,
                                         hg::strategy::neutrality, hg::strategy::collective_security});
}

TEST_CASE("classifier: robustness of the label to the confidence of the data") {
    auto with_draws = [](int draws, std::uint64_t seed = 1) {
        auto o = three_domains();
        o.robustness_draws = draws;
        o.robustness_seed = seed;
        return o;
    };
    SUBCASE("not computed by default: NaN") {
        const network n = two_rival_world("RUS", "CHN", {0.95, 0.9, 0.9}, {0.1, 0.3, 0.3});
        const auto s = classify_2005(n, {"RUS", "CHN"});
        CHECK(std::isnan(s.robustness));
        CHECK(s.robustness_draws == 0);
    }
    SUBCASE("far from every threshold: 1") {
        // high confidence (sd 0.05): RUS security 0.95 is 4 sd above 0.75, CHN 0.1 is far from both
        // thresholds, so every draw keeps the alliance with RUS alone: bandwagoning every time
        const network n = two_rival_world("RUS", "CHN", {0.95, 0.9, 0.9}, {0.1, 0.3, 0.3}, confidence::high);
        const auto s = classify_2005(n, {"RUS", "CHN"}, with_draws(200));
        CHECK(s.primary == hg::strategy::bandwagoning);
        CHECK(s.robustness_draws == 200);
        CHECK(s.robustness == 1.0);
        // the draws change nothing else
        const auto p0 = hg::profile(n, "F", {"RUS", "CHN"}, 2005, three_domains());
        const auto p1 = hg::profile(n, "F", {"RUS", "CHN"}, 2005, with_draws(200));
        CHECK(p1.structure.aggregate.affinity == p0.structure.aggregate.affinity);
        CHECK(p1.structure.strategy.reasons == p0.structure.strategy.reasons);
    }
    SUBCASE("on the alliance threshold: strictly between 0 and 1, deterministic for a seed") {
        // RUS security exactly 0.675 (sd 0.10): about half of the draws fall below the threshold,
        // where the ties (RUS 0.675 / 0.4 / 0.3, CHN 0.3 / 0.4 / 0.6, economy to CHN) are hedging
        const network n = two_rival_world("RUS", "CHN", {0.675, 0.4, 0.3}, {0.3, 0.4, 0.6});
        const auto s = classify_2005(n, {"RUS", "CHN"}, with_draws(400));
        CHECK(s.primary == hg::strategy::bandwagoning);
        CHECK(s.robustness > 0.0);
        CHECK(s.robustness < 1.0);
        CHECK(std::abs(s.robustness - 0.5) < 0.1);  // P(0.675 + N(0, 0.1) >= 0.675) = 1/2; 400 draws: sd 0.025
        CHECK(classify_2005(n, {"RUS", "CHN"}, with_draws(400)).robustness == s.robustness);
        const auto t = classify_2005(n, {"RUS", "CHN"}, with_draws(400, 7));
        CHECK(t.robustness > 0.0);
        CHECK(t.robustness < 1.0);
    }
    SUBCASE("the perceived view has its own robustness") {
        const network n = two_rival_world("RUS", "CHN", {0.75, 0.4, 0.3}, {0.3, 0.4, 0.6});
        auto o = with_draws(100);
        o.perception = hg::perception_profile{};
        const auto p = hg::profile(n, "F", {"RUS", "CHN"}, 2005, o);
        CHECK(p.perceived.strategy.robustness == p.structure.strategy.robustness);
        CHECK(p.perceived.strategy.robustness_draws == 100);
    }
    SUBCASE("invalid options") {
        const network n = two_rival_world("RUS", "CHN", {0.75, 0.4, 0.3}, {0.3, 0.4, 0.6});
        auto o = with_draws(-1);
        CHECK_THROWS_WITH_AS(hg::profile(n, "F", {"RUS", "CHN"}, 2005, o),
                             "[kzsec] hedging: robustness_draws must be >= 0, got -1", invalid_input);
        o = three_domains();
        o.alliance_threshold = std::numeric_limits<double>::quiet_NaN();
        CHECK_THROWS_AS(hg::profile(n, "F", {"RUS", "CHN"}, 2005, o), invalid_input);
        o = three_domains();
        o.hostility_threshold = -0.5;
        CHECK_THROWS_WITH_AS(hg::profile(n, "F", {"RUS", "CHN"}, 2005, o),
                             "[kzsec] hedging: hostility_threshold must be finite and >= 0, got -0.5", invalid_input);
        o = three_domains();
        o.lean_margin = std::numeric_limits<double>::infinity();
        CHECK_THROWS_AS(hg::profile(n, "F", {"RUS", "CHN"}, 2005, o), invalid_input);
        o = three_domains();
        o.engagement_min = -0.1;
        CHECK_THROWS_AS(hg::profile(n, "F", {"RUS", "CHN"}, 2005, o), invalid_input);
        o = three_domains();
        o.robustness_sd_low = -1;
        CHECK_THROWS_AS(hg::profile(n, "F", {"RUS", "CHN"}, 2005, o), invalid_input);
    }
}

TEST_CASE("defaults: domains without a sub-domain twice counted; a missing tie is missing, not 0") {
    network n;
    for (const char* id : {"F", "A", "B"}) add_actor(n, id);
    n.add_domain({"economic.water", "Water", ""});
    n.add_domain({"empty", "No relation", ""});
    add_relation(n, "F", "A", "security", 0.8, 1991, 2000);  // B: no tie before 1992
    add_relation(n, "F", "B", "security", 0.2, 1992, 2000);
    add_relation(n, "F", "A", "economic", 0.3, 1991, 2000);
    add_relation(n, "F", "B", "economic", 0.5, 1992, 2000);
    add_relation(n, "F", "B", "economic.water", -0.3, 1992, 2000);
    CHECK(hg::default_domains(n) == std::vector<std::string>{"security", "economic"});
    // 1991: B unobserved everywhere -> no domain complete -> no_data (was bandwagoning with A, B counted 0)
    const auto p91 = hg::profile(n, "F", {"A", "B"}, 1991);
    REQUIRE(p91.structure.domains.size() == 2);
    CHECK(std::isnan(p91.structure.domains[0].affinity[1]));
    CHECK(p91.structure.strategy.primary == hg::strategy::no_data);
    hg::profile_options old;
    old.missing_as_zero = true;
    CHECK(hg::profile(n, "F", {"A", "B"}, 1991, old).structure.strategy.primary == hg::strategy::bandwagoning);
    // a domain declared complete counts an absence as an observed 0 (the world network's security)
    hg::profile_options sec_complete;
    sec_complete.absent_is_zero = {"security"};
    const auto q = hg::profile(n, "F", {"A", "B"}, 1991, sec_complete);
    CHECK(q.structure.domains[0].affinity[1] == 0.0);
    CHECK(std::isnan(q.structure.domains[1].affinity[1]));
    CHECK(q.structure.strategy.primary == hg::strategy::bandwagoning);
    n.metadata.extra["absent_is_zero"] = "security, empty";
    CHECK(hg::absent_is_zero_domains(n, {}) == std::vector<std::string>{"security", "empty"});
    CHECK(hg::profile(n, "F", {"A", "B"}, 1991).structure.domains[0].affinity[1] == 0.0);
    hg::profile_options bad;
    bad.absent_is_zero = {"nope"};
    CHECK_THROWS_AS(hg::profile(n, "F", {"A", "B"}, 1991, bad), invalid_input);
    // 1992: everything observed, the same with or without the defaults
    CHECK(hg::profile(n, "F", {"A", "B"}, 1992).structure.aggregate.tilt ==
          doctest::Approx(hg::profile(n, "F", {"A", "B"}, 1992, old).structure.aggregate.tilt));
}

}  // TEST_SUITE
