// Tests of include/kzsec/scenario.hpp: edits on a hand-built network, shocks
// worked by hand, comparison and attribution, the scenario file format, and the
// Monte Carlo engine against closed-form truncated-normal results.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numbers>
#include <set>
#include <string>
#include <vector>

#include <kzsec/datasets.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/io.hpp>
#include <kzsec/network.hpp>
#include <kzsec/scenario.hpp>

#include "test_networks.hpp"

using namespace kzsec;
namespace sc = kzsec::scenario;
using doctest::Approx;

namespace {

using kzsec_test::add_actor;
using kzsec_test::add_relation;

void member(network& n, const std::string& m, const std::string& o, int from, int to) {
    membership x;
    x.member = m;
    x.organisation = o;
    x.years = {from, to};
    n.add_membership(x);
}

void metric_(network& n, const std::string& name, const std::string& a, const std::string& b, int y, double v) {
    metric m;
    m.name = name;
    m.a = a;
    m.b = b;
    m.year = y;
    m.value = v;
    n.add_metric(m);
}

// F between powers A and B, neighbour N, union U (members F, A, N), 2000-2009.
network scenario_world() {
    network n;
    for (auto id : {"F", "A", "B", "N"}) add_actor(n, id);
    add_actor(n, "U", actor_kind::organisation);
    add_relation(n, "F", "A", "security", 0.5, 2000, 2009, confidence::high);
    add_relation(n, "F", "B", "security", 0.2, 2000, 2009, confidence::low);
    add_relation(n, "F", "A", "economic", 0.6, 2000, 2004);
    add_relation(n, "F", "A", "economic", 0.4, 2005, 2009);
    add_relation(n, "F", "B", "economic", 0.3, 2000, 2009);
    add_relation(n, "F", "A", "political", 0.8, 2000, 2009);
    add_relation(n, "F", "B", "political", 0.4, 2000, 2009);
    add_relation(n, "A", "B", "security", -0.6, 2000, 2009);
    add_relation(n, "N", "A", "economic", 0.5, 2000, 2009);
    add_relation(n, "F", "N", "security", 0.3, 2000, 2009);
    add_relation(n, "N", "B", "political", -0.2, 2000, 2009);
    member(n, "F", "U", 2000, 2009);
    member(n, "A", "U", 2000, 2009);
    member(n, "N", "U", 2000, 2009);
    metric_(n, "trade_share", "F", "A", 2003, 0.4);
    metric_(n, "trade_share", "F", "A", 2005, 0.3);
    metric_(n, "trade_share", "N", "B", 2005, 0.9);
    return n;
}

sc::edit rel_edit(sc::edit_kind k, const std::string& a, const std::string& b, const std::string& d, double v, int y) {
    sc::edit e;
    e.kind = k;
    e.a = a;
    e.b = b;
    e.domain = d;
    e.value = v;
    e.year = y;
    return e;
}

sc::scenario one(sc::edit e, std::string name = "s") {
    sc::scenario s;
    s.name = std::move(name);
    s.edits.push_back(std::move(e));
    return s;
}

std::vector<relation> records(const network& n, const std::string& a, const std::string& b, const std::string& d) {
    std::vector<relation> out;
    for (const auto& r : n.relations())
        if (r.domain == d && ((r.a == a && r.b == b) || (r.a == b && r.b == a))) out.push_back(r);
    std::sort(out.begin(), out.end(), [](const relation& x, const relation& y) { return x.years.from < y.years.from; });
    return out;
}

double find_num(const sc::indicator_table& t, int y, const std::string& ind, const std::string& dom,
                const std::string& act = "") {
    for (std::size_t i = 0; i < t.year.size(); ++i)
        if (t.year[i] == y && t.indicator[i] == ind && t.domain[i] == dom && t.actor[i] == act) return t.value[i];
    FAIL("no such cell");
    return 0;
}

// Truncated normal on [-1, 1]: mean and sd (closed form).
double phi(double x) { return std::exp(-0.5 * x * x) / std::sqrt(2 * std::numbers::pi); }
double Phi(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }
struct tn {
    double mean, sd, z;
};
tn truncnorm(double mu, double s) {
    const double al = (-1 - mu) / s, be = (1 - mu) / s, Z = Phi(be) - Phi(al);
    const double m = mu + s * (phi(al) - phi(be)) / Z;
    const double v = s * s * (1 + (al * phi(al) - be * phi(be)) / Z - std::pow((phi(al) - phi(be)) / Z, 2));
    return {m, std::sqrt(v), Z};
}

}  // namespace

TEST_SUITE("scenario") {

TEST_CASE("set_relation splits the record at the year and keeps history; the base is untouched") {
    const network base = scenario_world();
    const network copy = base;
    const network out = sc::apply(base, one(rel_edit(sc::edit_kind::set_relation, "F", "A", "security", -0.4, 2005)));
    CHECK(base == copy);
    const auto r = records(out, "F", "A", "security");
    REQUIRE(r.size() == 2);
    CHECK(r[0].years == year_range{2000, 2004});
    CHECK(r[0].value == 0.5);
    CHECK(r[1].years == year_range{2005, 2009});
    CHECK(r[1].value == -0.4);
    CHECK(r[1].conf == confidence::high);  // inherited from the record holding in 2005
    CHECK(*out.value("F", "A", "security", 2004) == 0.5);
    CHECK(*out.value("A", "F", "security", 2007) == -0.4);
    // a new relation where none existed, with explicit until and confidence
    sc::edit e = rel_edit(sc::edit_kind::set_relation, "B", "N", "economic", 0.2, 2003);
    e.until = 2006;
    e.conf = confidence::low;
    const network o2 = sc::apply(base, one(e));
    const auto r2 = records(o2, "B", "N", "economic");
    REQUIRE(r2.size() == 1);
    CHECK(r2[0].years == year_range{2003, 2006});
    CHECK(r2[0].conf == confidence::low);
    CHECK(base == copy);
}

TEST_CASE("change_relation shifts each segment and reports clamping") {
    const network base = scenario_world();
    // F-A economic: 0.6 (2000-04), 0.4 (2005-09); +0.5 from 2003 -> 0.6 (2000-02), 1.1->1 (2003-04), 0.9 (2005-09)
    const auto r = sc::apply_report(base, one(rel_edit(sc::edit_kind::change_relation, "F", "A", "economic", 0.5, 2003)));
    const auto recs = records(r.net, "F", "A", "economic");
    REQUIRE(recs.size() == 3);
    CHECK(recs[0].years == year_range{2000, 2002});
    CHECK(recs[0].value == Approx(0.6));
    CHECK(recs[1].years == year_range{2003, 2004});
    CHECK(recs[1].value == 1.0);
    CHECK(recs[2].value == Approx(0.9));
    REQUIRE(r.clamped.size() == 1);
    CHECK(r.clamped[0].unclamped == Approx(1.1));
    CHECK(r.clamped[0].value == 1.0);
    CHECK(r.clamped[0].years == year_range{2003, 2004});
}

TEST_CASE("remove_relation, scale_domain, until") {
    const network base = scenario_world();
    sc::edit rm = rel_edit(sc::edit_kind::remove_relation, "F", "B", "political", 0, 2004);
    rm.until = 2006;
    const network o = sc::apply(base, one(rm));
    const auto r = records(o, "F", "B", "political");
    REQUIRE(r.size() == 2);
    CHECK(r[0].years == year_range{2000, 2003});
    CHECK(r[1].years == year_range{2007, 2009});
    CHECK_FALSE(o.value("F", "B", "political", 2005).has_value());

    sc::edit sd;
    sd.kind = sc::edit_kind::scale_domain;
    sd.domain = "economic";
    sd.value = 2.0;
    sd.year = 2008;
    const auto rep = sc::apply_report(base, one(sd));
    CHECK(*rep.net.value("F", "A", "economic", 2008) == Approx(0.8));
    CHECK(*rep.net.value("F", "A", "economic", 2007) == Approx(0.4));
    CHECK(*rep.net.value("F", "B", "economic", 2009) == Approx(0.6));
    CHECK(*rep.net.value("N", "A", "economic", 2009) == 1.0);  // 0.5 * 2 = 1, no clamp
    CHECK(rep.clamped.empty());
    sd.value = 3.0;
    const auto rep3 = sc::apply_report(base, one(sd));
    CHECK(rep3.clamped.size() == 2);  // F-A 0.4*3 = 1.2 and N-A 1.5 clamped; F-B 0.9 not
    CHECK(*rep3.net.value("F", "B", "economic", 2009) == Approx(0.9));
}

TEST_CASE("add and remove actors and memberships") {
    const network base = scenario_world();
    sc::scenario s;
    s.name = "newcomer";
    sc::edit add;
    add.kind = sc::edit_kind::add_actor;
    add.year = 2006;
    add.new_actor.id = "C";
    add.new_actor.name = "China-like";
    s.edits.push_back(add);
    s.edits.push_back(rel_edit(sc::edit_kind::set_relation, "F", "C", "economic", 0.7, 2006));
    sc::edit am;
    am.kind = sc::edit_kind::add_membership;
    am.year = 2006;
    am.new_membership.member = "C";
    am.new_membership.organisation = "U";
    s.edits.push_back(am);
    const network o = sc::apply(base, s);
    CHECK(o.has_actor("C"));
    CHECK(*o.value("F", "C", "economic", 2006) == 0.7);
    CHECK_FALSE(o.value("F", "C", "economic", 2005).has_value());
    bool found = false;
    for (const auto& m : o.memberships())
        if (m.member == "C") found = m.years == year_range{2006, 2009};
    CHECK(found);
    CHECK_FALSE(base.has_actor("C"));

    // remove N from 2005: relations and memberships clipped, metrics from 2005 dropped, actor kept
    sc::edit ra;
    ra.kind = sc::edit_kind::remove_actor;
    ra.a = "N";
    ra.year = 2005;
    const network o2 = sc::apply(base, one(ra));
    CHECK(o2.has_actor("N"));
    CHECK(o2.value("N", "A", "economic", 2004).has_value());
    CHECK_FALSE(o2.value("N", "A", "economic", 2005).has_value());
    CHECK_FALSE(o2.value("F", "N", "security", 2009).has_value());
    for (const auto& m : o2.memberships())
        if (m.member == "N") CHECK(m.years == year_range{2000, 2004});
    CHECK(o2.metrics().size() == base.metrics().size() - 1);
    CHECK_FALSE(o2.snapshot(2006, "security").contains("N"));

    sc::edit rmm;
    rmm.kind = sc::edit_kind::remove_membership;
    rmm.a = "F";
    rmm.b = "U";
    rmm.year = 2008;
    const network o3 = sc::apply(base, one(rmm));
    CHECK(o3.memberships_in(2008).size() == 2);
    CHECK(o3.memberships_in(2007).size() == 3);
}

TEST_CASE("apply_event adds the event and shifts the relation by its delta") {
    const network base = scenario_world();
    sc::edit ev;
    ev.kind = sc::edit_kind::apply_event;
    ev.year = 2006;
    ev.new_event.id = "deal";
    ev.new_event.actors = {"F", "B", "N"};
    ev.new_event.domain = "economic";
    ev.new_event.delta = 0.25;
    ev.new_event.description = "trade deal";
    const auto r = sc::apply_report(base, one(ev));
    CHECK(r.net.events().size() == base.events().size() + 1);
    CHECK(r.net.events().back().year == 2006);
    CHECK(*r.net.value("F", "B", "economic", 2006) == Approx(0.55));
    CHECK(*r.net.value("F", "B", "economic", 2005) == Approx(0.3));
    // F-N has no economic relation: reported, not an error
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].find("no relation for F-N") != std::string::npos);
}

TEST_CASE("extend projects the last year's relations to the horizon") {
    const network base = scenario_world();
    sc::scenario s;
    s.name = "projection";
    s.horizon = 2015;
    sc::edit ex;
    ex.kind = sc::edit_kind::extend;
    ex.year = 2009;
    s.edits.push_back(ex);
    s.edits.push_back(rel_edit(sc::edit_kind::set_relation, "F", "A", "security", -0.5, 2012));
    const network o = sc::apply(base, s);
    CHECK(*o.value("F", "A", "economic", 2015) == Approx(0.4));
    CHECK(*o.value("F", "A", "security", 2011) == 0.5);
    CHECK(*o.value("F", "A", "security", 2013) == -0.5);
    // without the horizon 2012 is outside
    sc::scenario bad = one(rel_edit(sc::edit_kind::set_relation, "F", "A", "security", -0.5, 2012));
    CHECK_THROWS_AS(sc::apply(base, bad), invalid_input);
}

TEST_CASE("bad edits give clear errors") {
    const network base = scenario_world();
    CHECK_THROWS_WITH_AS(sc::apply(base, one(rel_edit(sc::edit_kind::set_relation, "F", "XYZ", "security", 0.1, 2005), "bad")),
                         "[kzsec] scenario 'bad' edit 0 (set_relation): unknown actor 'XYZ'", unknown_actor);
    CHECK_THROWS_WITH_AS(sc::apply(base, one(rel_edit(sc::edit_kind::set_relation, "F", "A", "security", 1.5, 2005), "bad")),
                         "[kzsec] scenario 'bad' edit 0 (set_relation): value 1.5 is outside [-1, 1]", invalid_input);
    CHECK_THROWS_WITH_AS(sc::apply(base, one(rel_edit(sc::edit_kind::set_relation, "F", "A", "security", 0.1, 1990), "bad")),
                         "[kzsec] scenario 'bad' edit 0 (set_relation): year 1990 is outside the network's years [2000, 2009]",
                         invalid_input);
    CHECK_THROWS_WITH_AS(sc::apply(base, one(rel_edit(sc::edit_kind::change_relation, "B", "N", "security", 0.1, 2005), "bad")),
                         "[kzsec] scenario 'bad' edit 0 (change_relation): no undirected relation B-N in 'security' holds in [2005, 2009]",
                         invalid_input);
    CHECK_THROWS_AS(sc::apply(base, one(rel_edit(sc::edit_kind::set_relation, "F", "A", "nodomain", 0.1, 2005))),
                    invalid_input);
    sc::edit u = rel_edit(sc::edit_kind::set_relation, "F", "A", "security", 0.1, 2005);
    u.until = 2003;
    CHECK_THROWS_AS(sc::apply(base, one(u)), invalid_input);
    sc::edit dup;
    dup.kind = sc::edit_kind::add_actor;
    dup.year = 2005;
    dup.new_actor.id = "A";
    CHECK_THROWS_AS(sc::apply(base, one(dup)), invalid_input);
}

TEST_CASE("compose equals applying one scenario after the other") {
    const network base = scenario_world();
    sc::scenario a = one(rel_edit(sc::edit_kind::set_relation, "F", "A", "security", -0.2, 2004), "a");
    sc::scenario b = one(rel_edit(sc::edit_kind::change_relation, "F", "A", "security", -0.3, 2006), "b");
    const sc::scenario ab = sc::compose(a, b);
    CHECK(ab.name == "a + b");
    CHECK(ab.edits.size() == 2);
    const network x = sc::apply(base, ab), y = sc::apply(sc::apply(base, a), b);
    CHECK(x == y);
    CHECK(*x.value("F", "A", "security", 2007) == Approx(-0.5));
    CHECK(*x.value("F", "A", "security", 2005) == Approx(-0.2));
}

TEST_CASE("scenario JSON round trip and errors with JSON pointers") {
    sc::scenario s;
    s.name = "all kinds";
    s.description = "one edit of each kind";
    s.horizon = 2012;
    s.edits.push_back(rel_edit(sc::edit_kind::set_relation, "F", "A", "security", -0.123456789012345, 2005));
    s.edits.back().conf = confidence::low;
    s.edits.back().until = 2008;
    s.edits.push_back(rel_edit(sc::edit_kind::change_relation, "F", "B", "economic", 0.1, 2005));
    s.edits.back().directed = true;
    s.edits.push_back(rel_edit(sc::edit_kind::remove_relation, "F", "B", "political", 0, 2006));
    sc::edit e;
    e.kind = sc::edit_kind::add_actor;
    e.year = 2005;
    e.new_actor.id = "C";
    e.new_actor.name = "C";
    e.new_actor.kind = actor_kind::organisation;
    e.new_actor.landlocked = true;
    e.new_actor.capabilities = {{2005, 0.25}};
    e.new_actor.attributes = {{"leader", "A"}};
    e.label = "new organisation";
    s.edits.push_back(e);
    sc::edit ra;
    ra.kind = sc::edit_kind::remove_actor;
    ra.a = "N";
    ra.year = 2007;
    s.edits.push_back(ra);
    sc::edit am;
    am.kind = sc::edit_kind::add_membership;
    am.year = 2005;
    am.new_membership.member = "F";
    am.new_membership.organisation = "C";
    am.new_membership.status = "observer";
    s.edits.push_back(am);
    sc::edit rm;
    rm.kind = sc::edit_kind::remove_membership;
    rm.a = "F";
    rm.b = "U";
    rm.year = 2008;
    s.edits.push_back(rm);
    sc::edit sd;
    sd.kind = sc::edit_kind::scale_domain;
    sd.domain = "economic";
    sd.value = 0.5;
    sd.year = 2005;
    sd.note = "halved";
    s.edits.push_back(sd);
    sc::edit ev;
    ev.kind = sc::edit_kind::apply_event;
    ev.year = 2006;
    ev.new_event.id = "x";
    ev.new_event.year = 2006;
    ev.new_event.actors = {"F", "A"};
    ev.new_event.domain = "security";
    ev.new_event.delta = -0.2;
    ev.new_event.description = "crisis";
    s.edits.push_back(ev);
    sc::edit ex;
    ex.kind = sc::edit_kind::extend;
    ex.year = 2009;
    ex.until = 2012;
    s.edits.push_back(ex);

    const std::string text = sc::to_json(s);
    const sc::scenario back = sc::scenario_from_json(text, "s.json");
    CHECK(back == s);
    // also through a file
    const auto path = std::filesystem::temp_directory_path() / "kzsec_test_scenario.json";
    sc::write_scenario(s, path.string());
    CHECK(sc::read_scenario(path.string()) == s);
    std::filesystem::remove(path);
    // the scenario applies to the world network
    sc::scenario applicable = back;
    applicable.edits[1].directed = false;  // the world has no directed F->B economic relation
    CHECK_NOTHROW(sc::apply(scenario_world(), applicable));
    CHECK_THROWS_AS(sc::apply(scenario_world(), back), invalid_input);

    const std::string bad_value =
        R"({"format":"kzsec-scenario","version":1,"name":"x","edits":[{"kind":"extend","year":2009},)"
        R"({"kind":"set_relation","year":2005,"a":"F","b":"A","domain":"security","value":"high"}]})";
    CHECK_THROWS_WITH_AS(sc::scenario_from_json(bad_value, "x.json"), "[kzsec] x.json:/edits/1/value: expected a finite number, got string \"high\" (JSON has no NaN or infinity; write a number)",
                         parse_error);
    try {
        sc::scenario_from_json(bad_value, "x.json");
    } catch (const parse_error& pe) {
        CHECK(pe.file() == "x.json");
        CHECK(pe.location() == "/edits/1/value");
    }
    const std::string bad_key =
        R"({"format":"kzsec-scenario","version":1,"name":"x","edits":[{"kind":"set_relation","year":2005,"a":"F","b":"A","domain":"security","valeu":0.1}]})";
    CHECK_THROWS_WITH_AS(sc::scenario_from_json(bad_key, "x.json"), "[kzsec] x.json:/edits/0/valeu: unknown key 'valeu' (allowed: kind, year, until, label, note, a, b, domain, directed, value, confidence)",
                         parse_error);
    const std::string bad_kind = R"({"format":"kzsec-scenario","version":1,"name":"x","edits":[{"kind":"explode","year":2005}]})";
    CHECK_THROWS_WITH_AS(sc::scenario_from_json(bad_kind, "x.json"), "[kzsec] x.json:/edits/0/kind: unknown edit kind 'explode'",
                         parse_error);
    CHECK_THROWS_AS(sc::scenario_from_json("{", "x.json"), parse_error);
    CHECK_THROWS_AS(sc::read_scenario("/nonexistent/kzsec.json"), file_not_found);
}

namespace {
/// The message of the parse error of a scenario with the given edits (or "no error").
std::string scenario_error(const std::string& edits) {
    try {
        sc::scenario_from_json(R"({"format":"kzsec-scenario","version":1,"name":"x","edits":[)" + edits + "]}", "x.json");
    } catch (const parse_error& e) {
        return e.what();
    }
    return "no error";
}
/// The message of the parse error of a network with the given actors (or "no error").
std::string network_error(const std::string& actors) {
    try {
        network_from_json(R"({"format":"kzsec-network","version":1,"actors":[)" + actors + "]}", "n.json");
    } catch (const parse_error& e) {
        return e.what();
    }
    return "no error";
}
}  // namespace

// Networks and scenarios read their actors, memberships and events with one codec
// (src/json_records.cpp). Each check below is a case where the scenario reader used
// to differ from the network reader; both now give the network's (strictest) answer.
TEST_CASE("scenario records are checked as network records (one JSON codec)") {
    const std::string add_actor = R"({"kind":"add_actor","year":2005,"actor":)";
    SUBCASE("capability years: no white space, none twice (std::stoi accepted ' 1990' and kept the last twin)") {
        CHECK(scenario_error(add_actor + R"({"id":"Z","capabilities":{" 1990":0.1}}})") ==
              "[kzsec] x.json:/edits/0/actor/capabilities/ 1990: capability key ' 1990' is not a year");
        CHECK(network_error(R"({"id":"Z","capabilities":{" 1990":0.1}})") ==
              "[kzsec] n.json:/actors/0/capabilities/ 1990: capability key ' 1990' is not a year");
        CHECK(scenario_error(add_actor + R"({"id":"Z","capabilities":{"1990":0.1,"+1990":0.2}}})") ==
              "[kzsec] x.json:/edits/0/actor/capabilities/+1990: capability year 1990 given twice");
        CHECK(network_error(R"({"id":"Z","capabilities":{"1990":0.1,"+1990":0.2}})") ==
              "[kzsec] n.json:/actors/0/capabilities/+1990: capability year 1990 given twice");
    }
    SUBCASE("integers outside int are errors (get<int> truncated 3000000000 silently)") {
        CHECK(scenario_error(R"({"kind":"extend","year":3000000000})") ==
              "[kzsec] x.json:/edits/0/year: integer 3000000000 is out of range");
        CHECK(scenario_error(R"({"kind":"extend","year":2000,"until":-3000000000})") ==
              "[kzsec] x.json:/edits/0/until: integer -3000000000 is out of range");
    }
    SUBCASE("empty actor id and event without actors are errors (the scenario reader accepted them)") {
        CHECK(scenario_error(add_actor + R"({"id":""}})") == "[kzsec] x.json:/edits/0/actor/id: empty actor id");
        CHECK(network_error(R"({"id":""})") == "[kzsec] n.json:/actors/0/id: empty actor id");
        CHECK(scenario_error(R"({"kind":"apply_event","year":2005,"event":{"actors":[],"description":"d"}})") ==
              "[kzsec] x.json:/edits/0/event/actors: an event needs at least one actor");
    }
    SUBCASE("one confidence parser, one message") {
        CHECK(scenario_error(R"({"kind":"add_membership","year":2005,"membership":{"member":"F","organisation":"U","confidence":"sure"}})") ==
              "[kzsec] x.json:/edits/0/membership/confidence: unknown confidence 'sure' (expected high, medium or low)");
        CHECK(scenario_error(R"({"kind":"add_membership","year":2005,"membership":{"member":"F","organisation":"U","confidence":1}})") ==
              "[kzsec] x.json:/edits/0/membership/confidence: expected a string, got integer 1");
    }
    SUBCASE("keys are escaped in the JSON pointer (RFC 6901), the root is '/'") {
        CHECK(scenario_error(add_actor + R"({"id":"Z","a/b~c":1}})") ==
              "[kzsec] x.json:/edits/0/actor/a~1b~0c: unknown key 'a/b~c' (allowed: id, name, kind, region, landlocked, "
              "capabilities, attributes)");
        CHECK_THROWS_WITH_AS(sc::scenario_from_json(R"({"format":"kzsec-scenario","version":1,"edits":[]})", "x.json"),
                             "[kzsec] x.json:/: missing required field 'name'", parse_error);
        CHECK_THROWS_WITH_AS(sc::scenario_from_json(R"({"format":"kzsec-scenario","version":2,"name":"x","edits":[]})", "x.json"),
                             "[kzsec] x.json:/version: unsupported version 2 (this kzsec reads version 1)", parse_error);
    }
    SUBCASE("the same actor record reads to the same actor in both formats") {
        const std::string rec =
            R"({"id":"Z","name":"Zed","kind":"organisation","region":"R","landlocked":true,"capabilities":{"1990":0.25},"attributes":{"k":"v"}})";
        const network n = network_from_json(R"({"format":"kzsec-network","version":1,"actors":[)" + rec + "]}", "n.json");
        const sc::scenario s = sc::scenario_from_json(
            R"({"format":"kzsec-scenario","version":1,"name":"x","edits":[)" + add_actor + rec + "}]}", "x.json");
        REQUIRE(s.edits.size() == 1);
        CHECK(s.edits[0].new_actor == n.get_actor("Z"));
        CHECK(s.edits[0].new_actor.capabilities.at(1990) == 0.25);
    }
    SUBCASE("writing a string that is not UTF-8 is invalid_input, as for networks") {
        sc::scenario s;
        s.name = std::string("bad \xff name");
        CHECK_THROWS_WITH_AS(sc::to_json(s), doctest::Contains("[kzsec] scenario::to_json: "), invalid_input);
    }
}

TEST_CASE("sanctions rule, worked by hand") {
    const network base = scenario_world();
    sc::sanctions_spec sp;
    sp.target = "A";
    sp.year = 2006;
    sp.intensity = 0.5;
    // U has members F, A, N. F: latest trade_share F->A up to 2006 is 0.3 (2005) -> delta = -0.5 * 0.3 = -0.15.
    // N: no trade_share N->A -> skipped (no default).
    const sc::shock_result r = sc::sanctions_shock(base, sp);
    REQUIRE(r.edits.edits.size() == 1);
    const sc::edit& e = r.edits.edits[0];
    CHECK(e.kind == sc::edit_kind::change_relation);
    CHECK(e.a == "F");
    CHECK(e.b == "A");
    CHECK(e.domain == "economic");
    CHECK(e.value == Approx(-0.15));
    const network o = sc::apply(base, r.edits);
    CHECK(*o.value("F", "A", "economic", 2006) == Approx(0.25));  // 0.4 - 0.15
    CHECK(*o.value("F", "A", "economic", 2005) == Approx(0.4));
    // in 2004 the latest metric is 2003 (0.4); default dependence 0.2 for N
    sp.year = 2004;
    sp.default_dependence = 0.2;
    const sc::shock_result r2 = sc::sanctions_shock(base, sp);
    REQUIRE(r2.edits.edits.size() == 2);
    CHECK(r2.edits.edits[0].value == Approx(-0.2));  // F: 0.5 * 0.4
    CHECK(r2.edits.edits[1].a == "N");
    CHECK(r2.edits.edits[1].value == Approx(-0.1));  // N: 0.5 * 0.2
    const network o2 = sc::apply(base, r2.edits);
    CHECK(*o2.value("N", "A", "economic", 2004) == Approx(0.4));
    CHECK(*o2.value("F", "A", "economic", 2009) == Approx(0.2));  // later segment 0.4 shifted too
    sp.intensity = -1;
    CHECK_THROWS_AS(sc::sanctions_shock(base, sp), invalid_input);
    sp.intensity = 1;
    sp.target = "ZZ";
    CHECK_THROWS_AS(sc::sanctions_shock(base, sp), unknown_actor);
}

TEST_CASE("conflict rule, worked by hand") {
    const network base = scenario_world();
    sc::conflict_spec sp;
    sp.a = "A";
    sp.b = "B";
    sp.year = 2005;
    sp.factor = 0.5;
    sp.intensity = 0.8;
    // F political: w_FA = 0.8, w_FB = 0.4 -> p = 0.5 * 0.8 * 0.4 = 0.16 -> 0.64 and 0.24.
    // N: no political tie with A, negative with B -> not cross-pressured.
    const sc::shock_result r = sc::conflict_shock(base, sp);
    REQUIRE(r.edits.edits.size() == 4);  // A-B set in security and political, then F-A and F-B
    CHECK(r.edits.edits[0].kind == sc::edit_kind::set_relation);
    CHECK(r.edits.edits[0].value == Approx(-0.8));
    const network o = sc::apply(base, r.edits);
    CHECK(*o.value("F", "A", "political", 2005) == Approx(0.64));
    CHECK(*o.value("F", "B", "political", 2009) == Approx(0.24));
    CHECK(*o.value("F", "B", "political", 2004) == Approx(0.4));
    CHECK(*o.value("A", "B", "security", 2006) == Approx(-0.8));
    CHECK(*o.value("A", "B", "political", 2006) == Approx(-0.8));
    sp.factor = 1.5;
    CHECK_THROWS_AS(sc::conflict_shock(base, sp), invalid_input);
}

TEST_CASE("evaluate and compare: differences and leave-one-out attribution") {
    const network base = scenario_world();
    sc::scenario s;
    s.name = "two edits";
    s.edits.push_back(rel_edit(sc::edit_kind::set_relation, "F", "A", "security", -0.5, 2005));
    s.edits.push_back(rel_edit(sc::edit_kind::change_relation, "F", "B", "economic", 0.4, 2007));
    const network copy = base;
    const std::vector<std::string> rivals{"A", "B"};
    const sc::compare_result c = sc::compare(base, s, "F", rivals, {2004, 2006, 2008});
    CHECK(base == copy);
    auto row = [&](int y, const std::string& ind, const std::string& dom, const std::string& act = "") {
        for (std::size_t i = 0; i < c.year.size(); ++i)
            if (c.year[i] == y && c.indicator[i] == ind && c.domain[i] == dom && c.actor[i] == act) return i;
        FAIL("no row");
        return std::size_t{0};
    };
    // 2006 security tilt: base 0.5 - 0.2 = 0.3; scenario -0.5 - 0.2 = -0.7.
    const std::size_t r1 = row(2006, "tilt", "security");
    CHECK(c.base[r1] == Approx(0.3));
    CHECK(c.scenario[r1] == Approx(-0.7));
    CHECK(c.diff[r1] == Approx(-1.0));
    CHECK(c.diff[row(2004, "tilt", "security")] == 0.0);
    // 2008 aggregate affinity to B: domains security, economic, political, identity (identity unobserved
    // -> 0, but included only if some affinity observed: it has none, so 3 domains).
    // base B: (0.2 + 0.3 + 0.4) / 3 = 0.3; scenario (0.2 + 0.7 + 0.4) / 3 = 0.4333.
    const std::size_t r2 = row(2008, "affinity", "aggregate", "B");
    CHECK(c.base[r2] == Approx(0.3));
    CHECK(c.scenario[r2] == Approx(1.3 / 3));
    // attribution: only edit 1 moves affinity to B; only edit 0 moves the security tilt
    for (std::size_t i = 0; i < c.attr_row.size(); ++i) {
        if (c.attr_row[i] == r2) CHECK(c.attr_contribution[i] == Approx(c.attr_edit[i] == 1 ? 0.4 / 3 : 0.0));
        if (c.attr_row[i] == r1) CHECK(c.attr_contribution[i] == Approx(c.attr_edit[i] == 0 ? -1.0 : 0.0));
    }
    // categorical: the tilt band of security in 2006 changes from slight_reference (0.3) to
    // strong_other (|-0.7| > 0.6 and a_ref = -0.5 <= 0, as the strong band toward the other needs)
    bool seen = false;
    for (std::size_t i = 0; i < c.cat_year.size(); ++i)
        if (c.cat_year[i] == 2006 && c.cat_indicator[i] == "tilt_band" && c.cat_domain[i] == "security") {
            CHECK(c.cat_base[i] == "slight_reference");
            CHECK(c.cat_scenario[i] == "strong_other");
            CHECK(c.cat_changed[i]);
            seen = true;
        }
    CHECK(seen);
    CHECK(c.attribution_errors.empty());
    // one-at-a-time gives the same split for these additive cells
    sc::compare_options o;
    o.attribution = sc::attribution_method::one_at_a_time;
    const sc::compare_result c2 = sc::compare(base, s, "F", rivals, {2008}, o);
    for (std::size_t i = 0; i < c2.attr_row.size(); ++i)
        if (c2.indicator[c2.attr_row[i]] == "affinity" && c2.domain[c2.attr_row[i]] == "aggregate" &&
            c2.actor[c2.attr_row[i]] == "B")
            CHECK(c2.attr_contribution[i] == Approx(c2.attr_edit[i] == 1 ? 0.4 / 3 : 0.0));
}

TEST_CASE("monte_carlo: closed-form truncated normal for a value, a linear indicator and a threshold share") {
    network n;
    for (auto id : {"F", "A", "B"}) add_actor(n, id);
    add_relation(n, "F", "A", "security", 0.5, 2000, 2000, confidence::low);   // sd 0.2
    add_relation(n, "F", "B", "security", 0.0, 2000, 2000, confidence::high);  // fixed by override
    sc::mc_options o;
    o.draws = 40000;
    o.seed = 7;
    o.overrides.push_back({"F", "B", "security", 0, 0.0});
    o.indicators.hedging.domains = {"security"};
    o.sensitivity = {"tilt:security"};
    const auto r = sc::monte_carlo(n, "F", {"A", "B"}, {2000}, o);
    CHECK(r.sampled_relations == 1);
    const tn t = truncnorm(0.5, 0.2);
    const double se = t.sd / std::sqrt(static_cast<double>(o.draws));
    auto find = [&](const std::string& ind, const std::string& dom, const std::string& act) {
        for (std::size_t i = 0; i < r.summary.year.size(); ++i)
            if (r.summary.indicator[i] == ind && r.summary.domain[i] == dom && r.summary.actor[i] == act) return i;
        FAIL("no cell");
        return std::size_t{0};
    };
    const std::size_t ia = find("affinity", "security", "A");
    CHECK(std::abs(r.summary.mean[ia] - t.mean) < 4 * se);
    CHECK(r.summary.sd[ia] == Approx(t.sd).epsilon(0.02));
    CHECK(r.summary.min[ia] >= -1.0);
    CHECK(r.summary.max[ia] <= 1.0);
    // tilt = a_A - a_B = x - 0: same distribution
    const std::size_t it = find("tilt", "security", "");
    CHECK(r.summary.mean[it] == Approx(r.summary.mean[ia]));
    // the median: F(q50) = 1/2 for the truncated CDF F(x) = (Phi((x-mu)/s) - Phi(alpha)) / Z
    const std::size_t q50 = 2;
    REQUIRE(r.summary.quantile_levels[q50] == 0.5);
    const double x50 = r.summary.quantiles[q50][ia];
    const double F50 = (Phi((x50 - 0.5) / 0.2) - Phi((-1 - 0.5) / 0.2)) / t.z;
    CHECK(std::abs(F50 - 0.5) < 0.01);
    // tilt-band share: tilt x in (0.6, 1] with a_alt = 0 (not > 0) -> strong_reference
    const double p_bw = (Phi((1 - 0.5) / 0.2) - Phi((0.6 + 1e-9 - 0.5) / 0.2)) / t.z;
    double share = -1;
    for (std::size_t i = 0; i < r.categories.year.size(); ++i)
        if (r.categories.indicator[i] == "tilt_band" && r.categories.domain[i] == "security" &&
            r.categories.category[i] == "strong_reference")
            share = r.categories.share[i];
    CHECK(std::abs(share - p_bw) < 4 * std::sqrt(p_bw * (1 - p_bw) / o.draws));
    // sensitivity: the only sampled relation, r(x, tilt) = 1
    REQUIRE(r.sensitivity.relation.size() == 1);
    CHECK(r.sensitivity.mean_abs_r[0] == Approx(1.0));
    // draw_value is the engine's function: the first draw reproduces
    o.keep_draws = true;
    o.draws = 3;
    const auto r3 = sc::monte_carlo(n, "F", {"A", "B"}, {2000}, o);
    CHECK(r3.draw_values[0 * r3.summary.year.size() + ia] == sc::draw_value(7, 0, 0, 0.5, 0.2));
    CHECK(r3.draw_values[2 * r3.summary.year.size() + ia] == sc::draw_value(7, 2, 0, 0.5, 0.2));
}

TEST_CASE("draw_value: the ziggurat gives standard normal variates, tail included") {
    // sd = 1/8 puts the truncation at 8 sd (probability ~1e-15): z = 8 x is N(0, 1) to test precision.
    const std::size_t n = 400000;
    std::vector<double> z(n);
    double m1 = 0, m2 = 0, m4 = 0;
    std::size_t tail = 0, beyond2 = 0;
    for (std::size_t i = 0; i < n; ++i) {
        z[i] = 8.0 * sc::draw_value(11, i, 5, 0.0, 0.125);
        m1 += z[i];
        m2 += z[i] * z[i];
        m4 += z[i] * z[i] * z[i] * z[i];
        tail += std::abs(z[i]) > 3.6541528853610088;  // the ziggurat's tail branch
        beyond2 += std::abs(z[i]) > 2.0;
    }
    const double N = static_cast<double>(n);
    CHECK(std::abs(m1 / N) < 4.0 / std::sqrt(N));
    CHECK(std::abs(m2 / N - 1.0) < 4.0 * std::sqrt(2.0 / N));
    CHECK(std::abs(m4 / N - 3.0) < 4.0 * std::sqrt(96.0 / N));
    // Kolmogorov-Smirnov against Phi: D < 1.63 / sqrt(n) at the 1 % level
    std::sort(z.begin(), z.end());
    double d = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double F = Phi(z[i]);
        d = std::max({d, std::abs(F - static_cast<double>(i) / N), std::abs(F - static_cast<double>(i + 1) / N)});
    }
    CHECK(d < 1.63 / std::sqrt(N));
    // tail masses (binomial, 5 sd)
    const double pt = 2.0 * (1.0 - Phi(3.6541528853610088)), p2 = 2.0 * (1.0 - Phi(2.0));
    CHECK(std::abs(static_cast<double>(tail) - N * pt) < 5.0 * std::sqrt(N * pt));
    CHECK(std::abs(static_cast<double>(beyond2) - N * p2) < 5.0 * std::sqrt(N * p2 * (1 - p2)));
    // a value near the bound: the truncated mean and sd
    const tn t = truncnorm(0.9, 0.2);
    double s1 = 0, s2 = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = sc::draw_value(12, i, 0, 0.9, 0.2);
        REQUIRE(x <= 1.0);
        s1 += x;
        s2 += x * x;
    }
    const double mean = s1 / N, sd = std::sqrt((s2 - N * mean * mean) / (N - 1));
    CHECK(std::abs(mean - t.mean) < 4.0 * t.sd / std::sqrt(N));
    CHECK(sd == Approx(t.sd).epsilon(0.01));
}

TEST_CASE("monte_carlo: the streaming summary equals exact statistics of the kept draws") {
    // Kazakhstan, fast path (distinct rows and year plans share statistics), and a small
    // world on the full path: every output cell's n, mean, sd, min and max against a
    // two-pass computation over its own column of draw_values; each quantile within one
    // histogram bin of the sample quantile; Kuik shares against the numeric Kuik cells.
    struct run {
        network net;
        std::string focal;
        std::vector<std::string> rivals;
        std::vector<int> years;
        bool full;
    };
    std::vector<int> all_years(34);
    for (int y = 0; y < 34; ++y) all_years[static_cast<std::size_t>(y)] = 1991 + y;
    const std::vector<run> runs{{datasets::kazakhstan(), "KAZ", {"RUS", "CHN", "USA"}, all_years, false},
                                {scenario_world(), "F", {"A", "B"}, {2002, 2006}, true}};
    for (const auto& rn : runs) {
        CAPTURE(rn.focal);
        sc::mc_options o;
        o.draws = rn.full ? 150 : 3000;
        o.seed = 5;
        o.keep_draws = true;
        o.full = rn.full;
        o.block_size = 40;
        o.sensitivity.clear();
        const auto r = sc::monte_carlo(rn.net, rn.focal, rn.rivals, rn.years, o);
        const std::size_t nc = r.summary.year.size();
        std::size_t varying = 0;
        for (std::size_t c = 0; c < nc; ++c) {
            CAPTURE(c);
            std::vector<double> col;
            for (std::size_t i = 0; i < o.draws; ++i)
                if (const double v = r.draw_values[i * nc + c]; !std::isnan(v)) col.push_back(v);
            REQUIRE(r.summary.n[c] == col.size());
            if (col.empty()) continue;
            double mean = 0;
            for (double v : col) mean += v;
            mean /= static_cast<double>(col.size());
            double m2 = 0;
            for (double v : col) m2 += (v - mean) * (v - mean);
            const double sd = col.size() > 1 ? std::sqrt(m2 / static_cast<double>(col.size() - 1)) : 0.0;
            CHECK(r.summary.mean[c] == Approx(mean).epsilon(1e-12).scale(1.0));
            CHECK(r.summary.sd[c] == Approx(sd).epsilon(1e-9).scale(1e-12));
            std::sort(col.begin(), col.end());
            CHECK(r.summary.min[c] == col.front());
            CHECK(r.summary.max[c] == col.back());
            varying += col.front() < col.back();
            const double width = (r.summary.upper[c] - r.summary.lower[c]) / static_cast<double>(o.bins);
            for (std::size_t q = 0; q < r.summary.quantile_levels.size(); ++q) {
                // the sample quantile lies between the order statistics around p n
                const double pn = r.summary.quantile_levels[q] * static_cast<double>(col.size());
                const auto lo = static_cast<std::size_t>(std::clamp(std::floor(pn) - 1.0, 0.0, static_cast<double>(col.size() - 1)));
                const auto hi = static_cast<std::size_t>(std::clamp(std::ceil(pn), 0.0, static_cast<double>(col.size() - 1)));
                CHECK(r.summary.quantiles[q][c] >= col[lo] - width);
                CHECK(r.summary.quantiles[q][c] <= col[hi] + width);
            }
        }
        CHECK(varying > nc / 4);
        // tilt-band shares = the distribution of the numeric tilt-band cell of the same (year, domain)
        for (std::size_t c = 0; c < nc; ++c) {
            if (r.summary.indicator[c] != "tilt_band") continue;
            for (std::size_t j = 0; j < r.categories.year.size(); ++j) {
                if (r.categories.indicator[j] != "tilt_band" || r.categories.year[j] != r.summary.year[c] ||
                    r.categories.domain[j] != r.summary.domain[c])
                    continue;
                int pos = -4;
                for (int p = -3; p <= 3; ++p)
                    if (r.categories.category[j] == hedging::to_string(static_cast<hedging::tilt_band>(p))) pos = p;
                REQUIRE(pos > -4);
                std::uint64_t count = 0;
                for (std::size_t i = 0; i < o.draws; ++i) count += r.draw_values[i * nc + c] == pos;
                CHECK(r.categories.count[j] == count);
            }
        }
    }
}

TEST_CASE("monte_carlo: sensitivity ranks the relation with the larger spread first") {
    network n;
    for (auto id : {"F", "A", "B"}) add_actor(n, id);
    add_relation(n, "F", "A", "security", 0.2, 2000, 2001, confidence::low);   // sd 0.2
    add_relation(n, "F", "B", "security", 0.1, 2000, 2001, confidence::high);  // sd 0.05
    sc::mc_options o;
    o.draws = 20000;
    o.indicators.hedging.domains = {"security"};
    o.sensitivity = {"tilt:aggregate"};
    const auto r = sc::monte_carlo(n, "F", {"A", "B"}, {2000, 2001}, o);
    REQUIRE(r.sensitivity.relation.size() == 2);
    CHECK(r.sensitivity.b[0] == "A");
    CHECK(r.sensitivity.rank[0] == 1);
    // tilt = xA - xB (truncation negligible): r(xA, tilt) = 0.2 / sqrt(0.2^2 + 0.05^2), r(xB, tilt) < 0
    CHECK(r.sensitivity.mean_abs_r[0] == Approx(0.2 / std::sqrt(0.0425)).epsilon(0.01));
    CHECK(r.sensitivity.r_at_max[1] == Approx(-0.05 / std::sqrt(0.0425)).epsilon(0.05));
}

TEST_CASE("monte_carlo: reproducible with a seed and bit-identical for 1, 2 and 4 threads") {
    const network base = scenario_world();
    sc::mc_options o;
    o.draws = 1000;
    o.seed = 42;
    o.block_size = 16;
    std::vector<sc::mc_result> rs;
    for (std::size_t t : {1, 2, 4}) {
        o.threads = t;
        rs.push_back(sc::monte_carlo(base, "F", {"A", "B"}, {2003, 2006, 2009}, o));
    }
    CHECK(rs[2].threads == 4);
    for (std::size_t i = 1; i < rs.size(); ++i) {
        CHECK(rs[i].summary.mean == rs[0].summary.mean);
        CHECK(rs[i].summary.sd == rs[0].summary.sd);
        CHECK(rs[i].summary.quantiles == rs[0].summary.quantiles);
        CHECK(rs[i].summary.min == rs[0].summary.min);
        CHECK(rs[i].categories.count == rs[0].categories.count);
        CHECK(rs[i].sensitivity.mean_abs_r == rs[0].sensitivity.mean_abs_r);
        CHECK(rs[i].sensitivity.relation == rs[0].sensitivity.relation);
    }
    o.threads = 2;
    const auto again = sc::monte_carlo(base, "F", {"A", "B"}, {2003, 2006, 2009}, o);
    CHECK(again.summary.mean == rs[0].summary.mean);
    o.seed = 43;
    const auto other = sc::monte_carlo(base, "F", {"A", "B"}, {2003, 2006, 2009}, o);
    CHECK(other.summary.mean != rs[0].summary.mean);
}

TEST_CASE("monte_carlo: the fast path equals evaluate() on each drawn network; full path outputs") {
    const network base = scenario_world();
    sc::mc_options o;
    o.draws = 24;
    o.seed = 3;
    o.keep_draws = true;
    const std::vector<int> years{2002, 2006};
    const auto fast = sc::monte_carlo(base, "F", {"A", "B"}, years, o);
    o.full = true;
    const auto full = sc::monte_carlo(base, "F", {"A", "B"}, years, o);
    CHECK(full.sampled_relations == base.relations().size());
    const std::size_t nf = fast.summary.year.size(), nF = full.summary.year.size();
    // map fast cells to full cells by key, then compare every draw
    std::vector<std::size_t> to_full(nf);
    for (std::size_t c = 0; c < nf; ++c) {
        bool ok = false;
        for (std::size_t d = 0; d < nF; ++d)
            if (full.summary.year[d] == fast.summary.year[c] && full.summary.indicator[d] == fast.summary.indicator[c] &&
                full.summary.domain[d] == fast.summary.domain[c] && full.summary.actor[d] == fast.summary.actor[c]) {
                to_full[c] = d;
                ok = true;
            }
        REQUIRE(ok);
    }
    for (std::size_t i = 0; i < o.draws; ++i)
        for (std::size_t c = 0; c < nf; ++c) {
            const double x = fast.draw_values[i * nf + c], y = full.draw_values[i * nF + to_full[c]];
            if (std::isnan(x)) CHECK(std::isnan(y)); else CHECK(x == Approx(y).epsilon(1e-12));
        }
    // and one drawn network rebuilt by hand gives the same strategy shares' support
    double strat = 0, coal = 0;
    for (std::size_t i = 0; i < full.categories.year.size(); ++i) {
        if (full.categories.year[i] != 2006) continue;
        if (full.categories.indicator[i] == "strategy") strat += full.categories.share[i];
        if (full.categories.indicator[i] == "coalition" && full.categories.actor[i] == "A") coal += full.categories.share[i];
    }
    CHECK(strat == Approx(1.0));
    CHECK(coal == Approx(1.0));
    // keep_draws of the full path equals evaluate() on the network with the drawn values
    std::vector<relation> rs = base.relations();
    for (std::size_t j = 0; j < rs.size(); ++j) rs[j].value = sc::draw_value(3, 5, j, rs[j].value, rs[j].conf == confidence::high ? 0.05 : rs[j].conf == confidence::medium ? 0.1 : 0.2);
    network drawn = base;
    drawn.replace_relations(rs);
    const auto t = sc::evaluate(drawn, "F", {"A", "B"}, years);
    for (std::size_t d = 0; d < nF; ++d) {
        if (full.summary.indicator[d] != "triangle_index" && full.summary.indicator[d] != "tilt") continue;
        CHECK(full.draw_values[5 * nF + d] ==
              Approx(find_num(t, full.summary.year[d], full.summary.indicator[d], full.summary.domain[d], full.summary.actor[d])));
    }
}

TEST_CASE("monte_carlo: option errors") {
    const network base = scenario_world();
    sc::mc_options o;
    o.quantiles = {0.5, 1.5};
    CHECK_THROWS_AS(sc::monte_carlo(base, "F", {"A", "B"}, {2005}, o), invalid_input);
    o = {};
    o.sensitivity = {"triangle_index:security"};
    CHECK_THROWS_AS(sc::monte_carlo(base, "F", {"A", "B"}, {2005}, o), invalid_input);
    o = {};
    o.draws = 0;
    CHECK_THROWS_AS(sc::monte_carlo(base, "F", {"A", "B"}, {2005}, o), invalid_input);
    o = {};
    o.sd_low = -0.1;
    CHECK_THROWS_AS(sc::monte_carlo(base, "F", {"A", "B"}, {2005}, o), invalid_input);
    o = {};
    CHECK_THROWS_AS(sc::monte_carlo(base, "Q", {"A", "B"}, {2005}, o), unknown_actor);
}

}  // TEST_SUITE

TEST_CASE("indicator registry: every cell of evaluate is a registered indicator inside its range") {
    // The Kazakhstan case, 1995-2024, with balance and strategy: every numeric value lies in the
    // registry's known range (the Monte Carlo histogram range), every categorical value is one of
    // the registry's categories, and every registered indicator appears.
    const network net = kzsec::datasets::kazakhstan();
    std::vector<int> years;
    for (int y = 1995; y <= 2024; y += 3) years.push_back(y);
    const sc::indicator_table t = sc::evaluate(net, "KAZ", {"RUS", "CHN", "USA"}, years);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < t.year.size(); ++i) {
        CAPTURE(t.indicator[i]);
        CAPTURE(t.domain[i]);
        CAPTURE(t.year[i]);
        const sc::indicator_info& info = sc::find_indicator(t.indicator[i]);
        CHECK(info.numeric);
        seen.insert(info.name);
        const double v = t.value[i];
        if (std::isnan(v)) continue;
        CHECK(v >= info.lower);
        CHECK(v <= sc::indicator_upper(info, net, t.domain[i], t.year[i]));
    }
    for (std::size_t i = 0; i < t.cat_year.size(); ++i) {
        CAPTURE(t.cat_indicator[i]);
        const sc::indicator_info& info = sc::find_indicator(t.cat_indicator[i]);
        seen.insert(info.name);
        CHECK(std::find(info.categories.begin(), info.categories.end(), t.cat_value[i]) != info.categories.end());
    }
    for (const auto& info : sc::indicators()) {
        CAPTURE(info.name);
        CHECK(seen.count(info.name) == 1);
        CHECK((info.numeric || !info.categories.empty()));
        CHECK(info.lower <= info.upper);
    }
    // the frustration bound counts the security relations that hold in the year
    std::size_t m = 0;
    for (const auto& r : net.relations()) m += r.years.contains(2014) && r.domain == "security";
    CHECK(sc::indicator_upper(sc::find_indicator("frustration"), net, "security", 2014) == static_cast<double>(m));
    CHECK_THROWS_WITH_AS(sc::find_indicator("tlt"), doctest::Contains("unknown indicator 'tlt'"), invalid_input);
    CHECK_THROWS_WITH_AS(sc::find_indicator("tlt"), doctest::Contains("did you mean 'tilt'"), invalid_input);
}
