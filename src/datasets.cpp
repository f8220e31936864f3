// Shipped datasets: the embedded Kazakhstan case and the toy world built in code.
#include "kzsec/datasets.hpp"

#include <utility>

#include "kzsec/errors.hpp"
#include "kzsec/io.hpp"

#ifndef KZSEC_HAVE_KAZAKHSTAN_DATA
namespace kzsec::detail {
// Built without data/kazakhstan.json: the embedded text is empty.
std::string_view kazakhstan_json() { return {}; }
}  // namespace kzsec::detail
#endif

namespace kzsec::datasets {

std::vector<dataset_info> list() {
    std::vector<dataset_info> out;
    if (!detail::kazakhstan_json().empty()) {
        out.push_back({"kazakhstan", "Kazakhstan's foreign and security relations, 1991-2024",
                       "Signed multi-domain relations of Kazakhstan with the powers, its neighbours and "
                       "organisations, context dyads among the powers, memberships, events, trade and "
                       "arms-import shares and UNGA votes (embedded data/kazakhstan.json).",
                       true});
    }
    out.push_back({"toy_world", "Toy world",
                   "Five actors (small state S between rival powers A and B, neighbour N, organisation O), "
                   "four domains, 2000-2009, built in code for examples and tests.",
                   false});
    if (world::has_embedded_data()) {
        out.push_back({"world", "World network from public data, 1946-2024",
                       "Every state of the COW state system with security (ATOP, GML MIDs, rivalries), political "
                       "(UN votes, ideal points), economic (COW trade) and institutional (COW IGO) relations and NMC "
                       "capabilities, built from the embedded data/world/ by the rules of docs/world.md.",
                       true});
    }
    return out;
}

network kazakhstan() {
    const std::string_view text = detail::kazakhstan_json();
    if (text.empty()) {
        throw error("[kzsec] datasets::kazakhstan: the library was built without data/kazakhstan.json");
    }
    return network_from_json(text, "kzsec:datasets/kazakhstan.json");
}

namespace {

actor make_actor(std::string id, std::string name, actor_kind kind) {
    actor a;
    a.id = std::move(id);
    a.name = std::move(name);
    a.kind = kind;
    return a;
}

relation make_relation(std::string a, std::string b, std::string domain, double value, int from, int to) {
    relation r;
    r.a = std::move(a);
    r.b = std::move(b);
    r.domain = std::move(domain);
    r.value = value;
    r.years = {from, to};
    r.conf = confidence::high;
    r.basis = "judgement";
    r.source = "kzsec toy world (invented for illustration)";
    return r;
}

/// The relations of the toy world, one row each: actors, domain, value, years.
struct toy_relation {
    const char* a;
    const char* b;
    const char* domain;
    double value;
    int from, to;
};
constexpr toy_relation toy_relations[] = {
    // S-A
    {"S", "A", "security", 0.8, 2000, 2009},
    {"S", "A", "economic", 0.6, 2000, 2004},
    {"S", "A", "economic", 0.3, 2005, 2009},
    {"S", "A", "political", 0.5, 2000, 2009},
    {"S", "A", "identity", 0.4, 2000, 2009},
    // S-B
    {"S", "B", "security", 0.1, 2000, 2009},
    {"S", "B", "economic", 0.2, 2000, 2004},
    {"S", "B", "economic", 0.7, 2005, 2009},
    {"S", "B", "political", 0.3, 2000, 2009},
    {"S", "B", "identity", -0.2, 2000, 2009},
    // A-B (the rivalry)
    {"A", "B", "security", -0.6, 2000, 2009},
    {"A", "B", "economic", 0.1, 2000, 2009},
    {"A", "B", "political", -0.4, 2000, 2004},
    {"A", "B", "political", -0.7, 2005, 2009},
    {"A", "B", "identity", -0.3, 2000, 2009},
    // S-N
    {"S", "N", "security", 0.3, 2000, 2009},
    {"S", "N", "economic", 0.4, 2000, 2009},
    {"S", "N", "political", 0.5, 2000, 2009},
    {"S", "N", "identity", 0.6, 2000, 2009},
    // the organisation
    {"S", "O", "security", 0.7, 2000, 2009},
    {"S", "O", "political", 0.4, 2000, 2009},
    {"A", "O", "security", 0.9, 2000, 2009},
    {"A", "O", "political", 0.8, 2000, 2009},
    {"N", "B", "security", -0.2, 2000, 2009},
};

}  // namespace

network toy_world() {
    network net;
    net.metadata.title = "Toy world";
    net.metadata.description =
        "A small state S between two rival powers A and B, a neighbour N and an organisation O led by A, "
        "2000-2009; in 2005 S's economic weight shifts from A to B. Invented values for examples and tests.";
    net.metadata.license = "CC0 1.0";
    net.metadata.extra["version"] = "1";

    net.add_actor(make_actor("S", "Small state", actor_kind::state));
    net.add_actor(make_actor("A", "Power A", actor_kind::state));
    net.add_actor(make_actor("B", "Power B", actor_kind::state));
    net.add_actor(make_actor("N", "Neighbour", actor_kind::state));
    net.add_actor(make_actor("O", "Organisation led by A", actor_kind::organisation));

    for (const auto& r : toy_relations) net.add_relation(make_relation(r.a, r.b, r.domain, r.value, r.from, r.to));

    for (const char* m : {"S", "A", "N"}) {  // std::string(...) below: avoids a GCC 12 -Wrestrict false positive
        membership ms;
        ms.member = std::string(m);
        ms.organisation = "O";
        ms.years = {2000, 2009};
        ms.source = "kzsec toy world";
        net.add_membership(ms);
    }

    event shift;
    shift.id = "toy2005";
    shift.year = 2005;
    shift.date = "2005-03";
    shift.actors = {"S", "B"};
    shift.domain = "economic";
    shift.category = "treaty";
    shift.delta = 0.5;
    shift.description = "S signs a free-trade agreement with B; its economic weight shifts from A to B";
    shift.conf = confidence::high;
    shift.basis = "judgement";
    shift.source = "kzsec toy world";
    net.add_event(shift);

    event domestic;
    domestic.id = "toy2007";
    domestic.year = 2007;
    domestic.actors = {"S"};
    domestic.domain = "political";
    domestic.category = "domestic";
    domestic.description = "leadership change in S";
    domestic.conf = confidence::high;
    domestic.basis = "judgement";
    domestic.source = "kzsec toy world";
    net.add_event(domestic);

    const struct {
        const char* partner;
        int year;
        double share;
    } trade[] = {{"A", 2000, 0.40}, {"B", 2000, 0.15}, {"A", 2005, 0.25}, {"B", 2005, 0.35}};
    for (const auto& t : trade) {
        metric m;
        m.name = "trade_share";
        m.a = "S";
        m.b = std::string(t.partner);
        m.year = t.year;
        m.value = t.share;
        m.unit = "share of S total trade";
        m.conf = confidence::high;
        m.basis = "judgement";
        m.source = "kzsec toy world";
        net.add_metric(m);
    }
    return net;
}

network world(const world::world_options& opt) {
    static const world::sources src = world::embedded_sources();
    return world::build_world(src, opt);
}

}  // namespace kzsec::datasets
