#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include <kzsec/errors.hpp>
#include <kzsec/network.hpp>

using namespace kzsec;

namespace {

relation rel(std::string a, std::string b, std::string d, double v, int from, int to, bool directed = false) {
    relation r;
    r.a = std::move(a);
    r.b = std::move(b);
    r.domain = std::move(d);
    r.value = v;
    r.years = {from, to};
    r.directed = directed;
    r.source = "test";
    return r;
}

// A hand-built world: KAZ between RUS and CHN, RUS-UKR conflict from 2014.
network small_world() {
    network n;
    n.metadata.title = "small world";
    for (auto [id, kind] : {std::pair{"KAZ", actor_kind::state}, {"RUS", actor_kind::state},
                            {"CHN", actor_kind::state}, {"UKR", actor_kind::state},
                            {"CSTO", actor_kind::organisation}})
        n.add_actor({id, id, kind, "", std::nullopt, {}, {}});
    n.add_relation(rel("KAZ", "RUS", "security", 0.8, 1992, 2024));
    n.add_relation(rel("KAZ", "CHN", "security", 0.3, 1992, 2024));
    n.add_relation(rel("KAZ", "RUS", "economic", 0.6, 1992, 2013));
    n.add_relation(rel("KAZ", "RUS", "economic", 0.5, 2014, 2024));
    n.add_relation(rel("KAZ", "CHN", "economic", 0.4, 1992, 2024));
    n.add_relation(rel("RUS", "UKR", "security", 0.2, 1992, 2013));
    n.add_relation(rel("RUS", "UKR", "security", -0.7, 2014, 2024));
    n.add_relation(rel("KAZ", "UKR", "security", 0.1, 1992, 2024));
    return n;
}

}  // namespace

TEST_SUITE("network") {
    TEST_CASE("lookups and what holds in a year") {
        auto n = small_world();
        CHECK(n.actors().size() == 5);
        CHECK(n.get_actor("CSTO").kind == actor_kind::organisation);
        CHECK_THROWS_WITH_AS(n.get_actor("USA"), "[kzsec] unknown actor 'USA'", unknown_actor);
        CHECK(n.value("KAZ", "RUS", "economic", 2013) == 0.6);
        CHECK(n.value("RUS", "KAZ", "economic", 2014) == 0.5);  // undirected: either order
        CHECK_FALSE(n.value("KAZ", "RUS", "political", 2014).has_value());
        CHECK(n.relations_in(2014).size() == 6);
        CHECK(n.relations_in(2014, "security").size() == 4);
        CHECK(n.years() == year_range{1992, 2024});
        CHECK(n.domains().size() == 4);
    }

    TEST_CASE("every validation error, with its message") {
        auto n = small_world();
        CHECK_THROWS_WITH_AS(n.add_actor({"KAZ", "", actor_kind::state, "", std::nullopt, {}, {}}),
                             "[kzsec] add_actor: duplicate actor id 'KAZ'", invalid_input);
        CHECK_THROWS_WITH_AS(n.add_actor({"", "", actor_kind::state, "", std::nullopt, {}, {}}),
                             "[kzsec] add_actor: actor id is empty", invalid_input);
        CHECK_THROWS_WITH_AS(n.add_relation(rel("KAZ", "XYZ", "security", 0.1, 2000, 2001)),
                             "[kzsec] add_relation: unknown actor 'XYZ' in relation KAZ-XYZ (security, 2000-2001)",
                             unknown_actor);
        CHECK_THROWS_WITH_AS(n.add_relation(rel("KAZ", "CSTO", "security", 1.5, 2000, 2001)),
                             "[kzsec] add_relation: value 1.5 of relation KAZ-CSTO (security, 2000-2001) is outside [-1, 1]",
                             invalid_input);
        CHECK_THROWS_WITH_AS(
            n.add_relation(rel("KAZ", "CSTO", "security", std::numeric_limits<double>::quiet_NaN(), 2000, 2001)),
            "[kzsec] add_relation: value of relation KAZ-CSTO (security, 2000-2001) is not finite (nan)",
            invalid_input);
        CHECK_THROWS_WITH_AS(
            n.add_relation(rel("KAZ", "CSTO", "security", std::numeric_limits<double>::infinity(), 2000, 2001)),
            "[kzsec] add_relation: value of relation KAZ-CSTO (security, 2000-2001) is not finite (inf)",
            invalid_input);
        CHECK_THROWS_WITH_AS(n.add_relation(rel("KAZ", "CSTO", "security", 0.5, 2005, 2001)),
                             "[kzsec] add_relation: year range of relation KAZ-CSTO (security, 2005-2001) is reversed "
                             "(2005 > 2001)",
                             invalid_input);
        CHECK_THROWS_WITH_AS(n.add_relation(rel("RUS", "KAZ", "security", 0.5, 2020, 2030)),
                             "[kzsec] add_relation: relation RUS-KAZ (security, 2020-2030) overlaps relation KAZ-RUS "
                             "(security, 1992-2024)",
                             invalid_input);
        CHECK_THROWS_WITH_AS(n.add_relation(rel("KAZ", "CSTO", "military", 0.5, 2000, 2001)),
                             "[kzsec] add_relation: unknown domain 'military' in relation KAZ-CSTO (military, 2000-2001)",
                             invalid_input);
        CHECK_THROWS_WITH_AS(n.add_relation(rel("KAZ", "KAZ", "security", 0.5, 2000, 2001)),
                             "[kzsec] add_relation: relation KAZ-KAZ (security, 2000-2001) links an actor to itself",
                             invalid_input);
        // a directed tie does not overlap the undirected one, nor the opposite direction
        n.add_relation(rel("KAZ", "RUS", "security", 0.2, 2000, 2001, true));
        n.add_relation(rel("RUS", "KAZ", "security", 0.1, 2000, 2001, true));
        CHECK_THROWS_AS(n.add_relation(rel("KAZ", "RUS", "security", 0.2, 2001, 2002, true)), invalid_input);
        // nothing was added by the failed calls
        CHECK(n.relations().size() == 10);

        membership m{"KAZ", "CSTO", {1992, 2024}, "member", confidence::high, "", ""};
        n.add_membership(m);
        CHECK_THROWS_AS(n.add_membership(m), invalid_input);
        membership bad{"KAZ", "NATO", {1994, 2024}, "partner", confidence::high, "", ""};
        CHECK_THROWS_WITH_AS(n.add_membership(bad),
                             "[kzsec] add_membership: unknown actor 'NATO' in membership KAZ in NATO", unknown_actor);
        event e;
        e.year = 2022;
        e.actors = {"KAZ", "CSTO"};
        e.description = "CSTO deployment";
        n.add_event(e);
        CHECK(n.events().back().id == "e1");
        e.id = "e1";
        CHECK_THROWS_WITH_AS(n.add_event(e), "[kzsec] add_event: duplicate event id 'e1'", invalid_input);
        metric mt;
        mt.name = "trade_share";
        mt.a = "KAZ";
        mt.b = "CHN";
        mt.year = 2022;
        mt.value = std::numeric_limits<double>::infinity();
        CHECK_THROWS_AS(n.add_metric(mt), invalid_input);
    }

    TEST_CASE("snapshots over years") {
        auto n = small_world();
        auto g2013 = n.snapshot(2013, "security");
        auto g2014 = n.snapshot(2014, "security");
        CHECK(g2013.labels() == std::vector<std::string>{"KAZ", "RUS", "CHN", "UKR"});
        CHECK(g2013.weight(g2013.index("RUS"), g2013.index("UKR")) == 0.2);
        CHECK(g2014.weight(g2014.index("RUS"), g2014.index("UKR")) == -0.7);
        CHECK(g2014.num_negative_edges() == 1);
        // before 1992 nothing holds
        CHECK(n.snapshot(1990, "security").num_vertices() == 0);
        // all actors, in network order
        snapshot_options all;
        all.vertices = snapshot_vertices::all;
        CHECK(n.snapshot(2014, "security", all).num_vertices() == 5);
        // an explicit actor list
        snapshot_options only;
        only.actors = {"UKR", "RUS"};
        auto g = n.snapshot(2014, "security", only);
        CHECK(g.labels() == std::vector<std::string>{"UKR", "RUS"});
        CHECK(g.num_edges() == 1);
        only.actors = {"USA"};
        CHECK_THROWS_AS(n.snapshot(2014, "security", only), unknown_actor);
        CHECK_THROWS_WITH_AS(n.snapshot(2014, "military"), "[kzsec] snapshot: unknown domain 'military'",
                             invalid_input);
    }

    TEST_CASE("weighted combination of domains") {
        auto n = small_world();
        snapshot_options o;
        o.domain_weights = {{"security", 0.5}, {"economic", 0.5}};
        auto g = n.snapshot(2014, "", o);
        // KAZ-RUS: 0.5*0.8 + 0.5*0.5 = 0.65; KAZ-CHN: 0.5*0.3 + 0.5*0.4 = 0.35; RUS-UKR: 0.5*(-0.7) = -0.35
        CHECK(g.weight(g.index("KAZ"), g.index("RUS")) == doctest::Approx(0.65));
        CHECK(g.weight(g.index("KAZ"), g.index("CHN")) == doctest::Approx(0.35));
        CHECK(g.weight(g.index("RUS"), g.index("UKR")) == doctest::Approx(-0.35));
    }

    TEST_CASE("directed relations in a snapshot are reduced and cancellations reported") {
        network n;
        for (auto id : {"A", "B", "C"}) n.add_actor({id, id, actor_kind::state, "", std::nullopt, {}, {}});
        n.add_relation(rel("A", "B", "economic", 0.4, 2000, 2000, true));
        n.add_relation(rel("B", "A", "economic", -0.1, 2000, 2000, true));
        n.add_relation(rel("B", "C", "economic", 0.3, 2000, 2000, true));
        n.add_relation(rel("C", "B", "economic", -0.3, 2000, 2000, true));
        auto g = n.snapshot(2000, "economic");
        CHECK(g.weight(0, 1) == doctest::Approx(0.3));
        CHECK(g.weight(1, 2) == 0.0);
        REQUIRE(g.reduction().cancelled.size() == 1);
        CHECK(g.reduction().cancelled[0].u == 1);
        CHECK(g.reduction().cancelled[0].v == 2);
        snapshot_options mn;
        mn.symmetrize = symmetrize_rule::min;
        auto h = n.snapshot(2000, "economic", mn);
        CHECK(h.weight(0, 1) == -0.1);
        CHECK(h.weight(1, 2) == -0.3);
        auto [a, labels] = n.adjacency(2000, "economic", mn);
        CHECK(labels == std::vector<std::string>{"A", "B", "C"});
        CHECK(a(1, 2) == -0.3);
        CHECK(a(2, 1) == -0.3);
    }

    TEST_CASE("confidence filter") {
        network n;
        for (auto id : {"A", "B", "C"}) n.add_actor({id, id, actor_kind::state, "", std::nullopt, {}, {}});
        auto r1 = rel("A", "B", "political", 0.5, 2000, 2010);
        r1.conf = confidence::high;
        auto r2 = rel("B", "C", "political", -0.5, 2000, 2010);
        r2.conf = confidence::low;
        n.add_relation(r1);
        n.add_relation(r2);
        CHECK(n.snapshot(2005, "political").num_edges() == 2);
        snapshot_options o;
        o.min_confidence = confidence::medium;
        CHECK(n.snapshot(2005, "political", o).num_edges() == 1);
    }
}

TEST_SUITE("network copy-on-write") {
    TEST_CASE("copies share data until one is modified; each then keeps its own") {
        const network a = small_world();
        network b = a;
        CHECK(b == a);
        CHECK(&b.relations() == &a.relations());  // shared, not copied
        b.add_actor({"TUR", "TUR", actor_kind::state, "", std::nullopt, {}, {}});
        b.add_relation(rel("KAZ", "TUR", "identity", 0.9, 1992, 2024));
        CHECK(&b.relations() != &a.relations());
        CHECK(a.actors().size() == 5);
        CHECK(a.relations().size() == 8);
        CHECK_FALSE(a.has_actor("TUR"));
        CHECK(b.relations().size() == 9);
        CHECK_FALSE(b == a);
        // a failed modification of a shared copy leaves both as they were
        network c = a;
        CHECK_THROWS_AS(c.add_relation(rel("KAZ", "RUS", "security", 0.1, 2000, 2001)), invalid_input);
        CHECK(c == a);
        // metadata is per object
        c.metadata.title = "other";
        CHECK(a.metadata.title == "small world");
        // a moved-from network keeps the data (it shares it) and stays usable
        network d = std::move(c);
        CHECK(d.relations().size() == 8);
        CHECK(c.relations().size() == 8);  // NOLINT(bugprone-use-after-move)
        c.add_actor({"IRN", "IRN", actor_kind::state, "", std::nullopt, {}, {}});
        CHECK_FALSE(d.has_actor("IRN"));
    }
}
