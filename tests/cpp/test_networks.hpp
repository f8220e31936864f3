#pragma once
// Helpers shared by the C++ tests that build small networks by hand
// (test_hedging.cpp, test_scenario.cpp).
#include <string>

#include <kzsec/model.hpp>
#include <kzsec/network.hpp>

namespace kzsec_test {

/// Adds an actor whose name is its id.
inline void add_actor(kzsec::network& n, const std::string& id, kzsec::actor_kind kind = kzsec::actor_kind::state) {
    kzsec::actor a;
    a.id = id;
    a.name = id;
    a.kind = kind;
    n.add_actor(a);
}

/// Adds a relation a-b in `domain` with value v over the years [from, to].
inline void add_relation(kzsec::network& n, const std::string& a, const std::string& b, const std::string& domain,
                         double v, int from, int to, kzsec::confidence c = kzsec::confidence::medium,
                         bool directed = false) {
    kzsec::relation r;
    r.a = a;
    r.b = b;
    r.domain = domain;
    r.value = v;
    r.directed = directed;
    r.years = {from, to};
    r.conf = c;
    n.add_relation(r);
}

}  // namespace kzsec_test
