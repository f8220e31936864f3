// Bindings of the model records and kzsec::network as kzsec.Network.
#include "bindings.hpp"

#include <kzsec/errors.hpp>
#include <kzsec/io.hpp>
#include <kzsec/network.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace kzsec::python {

namespace {

template <class T>
void def_confidence(py::class_<T>& c) {
    c.def_property(
        "confidence", [](const T& x) { return std::string(to_string(x.conf)); },
        [](T& x, const std::string& s) { x.conf = parse_confidence(s); }, "'high', 'medium' or 'low'.");
}

// The provenance fields every record shares: confidence, basis, source, section and note.
template <class T>
void set_provenance(T& x, const std::string& conf, std::string basis, std::string source, std::string section,
                    std::string note) {
    x.conf = parse_confidence(conf);
    x.basis = std::move(basis);
    x.source = std::move(source);
    x.section = std::move(section);
    x.note = std::move(note);
}

py::tuple years_tuple(const year_range& y) { return py::make_tuple(y.from, y.to); }
year_range to_years(const std::pair<int, int>& p) { return {p.first, p.second}; }

// One constructor for Relation(...) and Network.add_relation(...) keyword calls.
relation make_relation(std::string a, std::string b, std::string domain, double value, std::pair<int, int> years,
                       bool directed, const std::string& conf, std::string basis, std::string source,
                       std::string section, std::string note) {
    relation x;
    x.a = std::move(a);
    x.b = std::move(b);
    x.domain = std::move(domain);
    x.value = value;
    x.years = to_years(years);
    x.directed = directed;
    set_provenance(x, conf, std::move(basis), std::move(source), std::move(section), std::move(note));
    return x;
}

snapshot_options make_snapshot_options(std::optional<std::map<std::string, double>> domain_weights,
                                       const std::string& symmetrize, const std::string& vertices,
                                       std::optional<std::vector<std::string>> actors,
                                       const std::string& min_confidence) {
    snapshot_options o;
    if (domain_weights) o.domain_weights = *domain_weights;
    o.symmetrize = parse_symmetrize_rule(symmetrize);
    o.vertices = parse_snapshot_vertices(vertices);
    if (actors) o.actors = *actors;
    o.min_confidence = parse_confidence(min_confidence);
    return o;
}

// Actor, DomainInfo and Relation.
void bind_network_actor_relation(py::module_& m) {
    py::class_<actor> a(m, "Actor", "A state, organisation or non-state actor.");
    a.def(py::init([](std::string id, std::string name, const std::string& kind, std::string region,
                      std::optional<bool> landlocked, std::map<int, double> capabilities,
                      std::map<std::string, std::string> attributes) {
              return actor{std::move(id), std::move(name), parse_actor_kind(kind), std::move(region), landlocked,
                           std::move(capabilities), std::move(attributes)};
          }),
          py::arg("id"), py::arg("name") = "", py::arg("kind") = "state", py::arg("region") = "",
          py::arg("landlocked") = py::none(), py::arg("capabilities") = std::map<int, double>{},
          py::arg("attributes") = std::map<std::string, std::string>{})
        .def_readwrite("id", &actor::id)
        .def_readwrite("name", &actor::name)
        .def_property(
            "kind", [](const actor& x) { return std::string(to_string(x.kind)); },
            [](actor& x, const std::string& s) { x.kind = parse_actor_kind(s); },
            "'state', 'organisation' or 'non_state'.")
        .def_readwrite("region", &actor::region)
        .def_readwrite("landlocked", &actor::landlocked)
        .def_readwrite("capabilities", &actor::capabilities)
        .def_readwrite("attributes", &actor::attributes)
        .def(py::self == py::self)
        .def("__repr__", [](const actor& x) {
            return fmt::format("Actor(id='{}', name='{}', kind='{}')", x.id, x.name, to_string(x.kind));
        });

    py::class_<domain_info>(m, "DomainInfo", "A domain (layer) of relations.")
        .def(py::init([](std::string id, std::string name, std::string description) {
                 return domain_info{std::move(id), std::move(name), std::move(description)};
             }),
             py::arg("id"), py::arg("name") = "", py::arg("description") = "")
        .def_readwrite("id", &domain_info::id)
        .def_readwrite("name", &domain_info::name)
        .def_readwrite("description", &domain_info::description)
        .def(py::self == py::self)
        .def("__repr__", [](const domain_info& d) { return fmt::format("DomainInfo(id='{}')", d.id); });

    py::class_<relation> r(m, "Relation", R"doc(
A signed, weighted tie between two actors in one domain over a span of years.

``value`` is on [-1, 1] (sign = valence, magnitude = intensity); ``years`` is an
inclusive ``(from, to)`` pair; ``directed`` ties go from ``a`` to ``b``.
)doc");
    r.def(py::init(&make_relation),
          py::arg("a"), py::arg("b"), py::arg("domain"), py::arg("value"), py::arg("years"),
          py::arg("directed") = false, py::arg("confidence") = "medium", py::arg("basis") = "",
          py::arg("source") = "", py::arg("section") = "", py::arg("note") = "")
        .def_readwrite("a", &relation::a)
        .def_readwrite("b", &relation::b)
        .def_readwrite("domain", &relation::domain)
        .def_readwrite("value", &relation::value)
        .def_readwrite("directed", &relation::directed)
        .def_property(
            "years", [](const relation& x) { return years_tuple(x.years); },
            [](relation& x, std::pair<int, int> y) { x.years = to_years(y); }, "Inclusive (from, to) years.")
        .def_readwrite("basis", &relation::basis)
        .def_readwrite("source", &relation::source)
        .def_readwrite("section", &relation::section)
        .def_readwrite("note", &relation::note)
        .def(py::self == py::self)
        .def("__repr__", [](const relation& x) {
            return fmt::format("Relation('{}'{}'{}', '{}', {}, years=({}, {}), confidence='{}')", x.a,
                               x.directed ? " -> " : ", ", x.b, x.domain, x.value, x.years.from, x.years.to,
                               to_string(x.conf));
        });
    def_confidence(r);
}

// Membership and Event.
void bind_network_membership_event(py::module_& m) {
    py::class_<membership> mb(m, "Membership", "An actor's membership in an organisation over years.");
    mb.def(py::init([](std::string member, std::string organisation, std::pair<int, int> years, std::string status,
                       const std::string& conf, std::string source, std::string note) {
               membership x;
               x.member = std::move(member);
               x.organisation = std::move(organisation);
               x.years = to_years(years);
               x.status = std::move(status);
               x.conf = parse_confidence(conf);
               x.source = std::move(source);
               x.note = std::move(note);
               return x;
           }),
           py::arg("member"), py::arg("organisation"), py::arg("years"), py::arg("status") = "member",
           py::arg("confidence") = "high", py::arg("source") = "", py::arg("note") = "")
        .def_readwrite("member", &membership::member)
        .def_readwrite("organisation", &membership::organisation)
        .def_property(
            "years", [](const membership& x) { return years_tuple(x.years); },
            [](membership& x, std::pair<int, int> y) { x.years = to_years(y); })
        .def_readwrite("status", &membership::status)
        .def_readwrite("source", &membership::source)
        .def_readwrite("note", &membership::note)
        .def(py::self == py::self)
        .def("__repr__", [](const membership& x) {
            return fmt::format("Membership('{}' in '{}', years=({}, {}), status='{}')", x.member, x.organisation,
                               x.years.from, x.years.to, x.status);
        });
    def_confidence(mb);

    py::class_<event> ev(m, "Event", "A dated event (treaty, crisis, summit, domestic change).");
    ev.def(py::init([](int year, std::vector<std::string> actors, std::string description, std::string id,
                       std::string date, std::string domain, std::string category, std::optional<double> delta,
                       const std::string& conf, std::string basis, std::string source, std::string section,
                       std::string note) {
               event x;
               x.year = year;
               x.actors = std::move(actors);
               x.description = std::move(description);
               x.id = std::move(id);
               x.date = std::move(date);
               x.domain = std::move(domain);
               x.category = std::move(category);
               x.delta = delta;
               set_provenance(x, conf, std::move(basis), std::move(source), std::move(section), std::move(note));
               return x;
           }),
           py::arg("year"), py::arg("actors"), py::arg("description"), py::arg("id") = "", py::arg("date") = "",
           py::arg("domain") = "", py::arg("category") = "event", py::arg("delta") = py::none(),
           py::arg("confidence") = "medium", py::arg("basis") = "", py::arg("source") = "", py::arg("section") = "",
           py::arg("note") = "")
        .def_readwrite("id", &event::id)
        .def_readwrite("year", &event::year)
        .def_readwrite("date", &event::date)
        .def_readwrite("actors", &event::actors)
        .def_readwrite("domain", &event::domain)
        .def_readwrite("category", &event::category)
        .def_readwrite("delta", &event::delta)
        .def_readwrite("description", &event::description)
        .def_readwrite("basis", &event::basis)
        .def_readwrite("source", &event::source)
        .def_readwrite("section", &event::section)
        .def_readwrite("note", &event::note)
        .def(py::self == py::self)
        .def("__repr__", [](const event& x) {
            return fmt::format("Event('{}', {}, actors=[{}], '{}')", x.id, x.year, fmt::join(x.actors, ", "),
                               x.description.substr(0, 60));
        });
    def_confidence(ev);
}

// Metric and NetworkMetadata.
void bind_network_metric_metadata(py::module_& m) {
    py::class_<metric> mt(m, "Metric", "A numeric observation (trade share, arms-import share, UN vote, ...).");
    mt.def(py::init([](std::string name, std::string a, int year, double value, std::string b, std::string unit,
                       std::string item, const std::string& conf, std::string basis, std::string source,
                       std::string note) {
               metric x;
               x.name = std::move(name);
               x.a = std::move(a);
               x.year = year;
               x.value = value;
               x.b = std::move(b);
               x.unit = std::move(unit);
               x.item = std::move(item);
               x.conf = parse_confidence(conf);
               x.basis = std::move(basis);
               x.source = std::move(source);
               x.note = std::move(note);
               return x;
           }),
           py::arg("name"), py::arg("a"), py::arg("year"), py::arg("value"), py::arg("b") = "", py::arg("unit") = "",
           py::arg("item") = "", py::arg("confidence") = "medium", py::arg("basis") = "", py::arg("source") = "",
           py::arg("note") = "")
        .def_readwrite("name", &metric::name)
        .def_readwrite("a", &metric::a)
        .def_readwrite("b", &metric::b)
        .def_readwrite("year", &metric::year)
        .def_readwrite("value", &metric::value)
        .def_readwrite("unit", &metric::unit)
        .def_readwrite("item", &metric::item)
        .def_readwrite("basis", &metric::basis)
        .def_readwrite("source", &metric::source)
        .def_readwrite("note", &metric::note)
        .def(py::self == py::self)
        .def("__repr__", [](const metric& x) {
            return fmt::format("Metric('{}', a='{}', b='{}', year={}, value={})", x.name, x.a, x.b, x.year, x.value);
        });
    def_confidence(mt);

    py::class_<network_metadata>(m, "NetworkMetadata", "Free-text description of a network.")
        .def(py::init<>())
        .def_readwrite("title", &network_metadata::title)
        .def_readwrite("description", &network_metadata::description)
        .def_readwrite("citation", &network_metadata::citation)
        .def_readwrite("license", &network_metadata::license)
        .def_readwrite("extra", &network_metadata::extra)
        .def(py::self == py::self);
}

// Network.
// Long by design: a flat list of one .def per bound member of Network, in one .def chain.
void bind_network_class(py::module_& m) {
    py::class_<network>(m, "Network", R"doc(
The IR model: actors, domains, relations over time, memberships, events and metrics.

Every ``add_*`` validates its record (unknown actor -> ``KeyError``; value outside
[-1, 1], NaN, reversed years, unknown domain, overlapping relation -> ``ValueError``).
``snapshot(year, domain)`` returns the signed graph of one year.
)doc")
        .def(py::init<>())
        .def_readwrite("metadata", &network::metadata)
        .def(
            "add_actor", [](network& n, actor x) { n.add_actor(std::move(x)); }, py::arg("actor"))
        .def(
            "add_actor",
            [](network& n, std::string id, std::string name, const std::string& kind, std::string region,
               std::optional<bool> landlocked, std::map<std::string, std::string> attributes) {
                n.add_actor(actor{std::move(id), std::move(name), parse_actor_kind(kind), std::move(region),
                                  landlocked, {}, std::move(attributes)});
            },
            py::arg("id"), py::arg("name") = "", py::arg("kind") = "state", py::arg("region") = "",
            py::arg("landlocked") = py::none(), py::arg("attributes") = std::map<std::string, std::string>{},
            "Add an actor (an Actor, or its fields as arguments).")
        .def("add_domain", &network::add_domain, py::arg("domain"))
        .def(
            "add_domain",
            [](network& n, std::string id, std::string name, std::string description) {
                n.add_domain({std::move(id), std::move(name), std::move(description)});
            },
            py::arg("id"), py::arg("name") = "", py::arg("description") = "")
        .def("set_domain", &network::set_domain, py::arg("domain"))
        .def("add_relation", &network::add_relation, py::arg("relation"))
        .def(
            "add_relation",
            [](network& n, std::string a, std::string b, std::string domain, double value, std::pair<int, int> years,
               bool directed, const std::string& conf, std::string basis, std::string source, std::string section,
               std::string note) {
                n.add_relation(make_relation(std::move(a), std::move(b), std::move(domain), value, years, directed, conf,
                                             std::move(basis), std::move(source), std::move(section), std::move(note)));
            },
            py::arg("a"), py::arg("b"), py::arg("domain"), py::arg("value"), py::arg("years"),
            py::arg("directed") = false, py::arg("confidence") = "medium", py::arg("basis") = "",
            py::arg("source") = "", py::arg("section") = "", py::arg("note") = "",
            "Add a relation (a Relation, or its fields as arguments).")
        .def("add_membership", &network::add_membership, py::arg("membership"))
        .def("add_event", &network::add_event, py::arg("event"))
        .def("add_metric", &network::add_metric, py::arg("metric"))
        .def("replace_relations", &network::replace_relations, py::arg("relations"))
        .def_property_readonly("actors", &network::actors)
        .def_property_readonly("domains", &network::domains)
        .def_property_readonly("relations", &network::relations)
        .def_property_readonly("memberships", &network::memberships)
        .def_property_readonly("events", &network::events)
        .def_property_readonly("metrics", &network::metrics)
        .def_property_readonly("actor_ids", [](const network& n) {
            std::vector<std::string> ids;
            for (const auto& x : n.actors()) ids.push_back(x.id);
            return ids;
        })
        .def("has_actor", &network::has_actor, py::arg("id"))
        .def("get_actor", &network::get_actor, py::arg("id"), "The actor with this id (KeyError if absent).")
        .def("actor_index", &network::actor_index, py::arg("id"))
        .def("has_domain", &network::has_domain, py::arg("id"))
        .def(
            "years", [](const network& n) { return years_tuple(n.years()); },
            "(first, last) year covered by any dated record.")
        .def("relations_in", &network::relations_in, py::arg("year"), py::arg("domain") = "",
             "Relations holding in a year, optionally in one domain.")
        .def("find_relation", &network::find_relation, py::arg("a"), py::arg("b"), py::arg("domain"),
             py::arg("year"), "The relation a-b in a domain and year, or None.")
        .def("value", &network::value, py::arg("a"), py::arg("b"), py::arg("domain"), py::arg("year"),
             "The value of the relation a-b in a domain and year, or None.")
        .def("memberships_in", &network::memberships_in, py::arg("year"))
        .def("events_in", &network::events_in, py::arg("year"))
        .def("metrics_in", &network::metrics_in, py::arg("year"), py::arg("name") = "")
        .def(
            "snapshot",
            [](const network& n, int year, std::optional<std::string> domain,
               std::optional<std::map<std::string, double>> domain_weights, const std::string& symmetrize,
               const std::string& vertices, std::optional<std::vector<std::string>> actors,
               const std::string& min_confidence, std::optional<std::map<std::string, double>> membership_ties,
               std::optional<std::vector<membership>> extra_memberships) {
                if (domain && domain_weights)
                    throw invalid_input("[kzsec] snapshot: give either domain or domain_weights, not both");
                auto o = make_snapshot_options(domain_weights, symmetrize, vertices, actors, min_confidence);
                if (membership_ties) o.membership_ties = *membership_ties;
                if (extra_memberships) o.extra_memberships = *extra_memberships;
                return n.snapshot(year, domain.value_or(""), o);
            },
            py::arg("year"), py::arg("domain") = py::none(), py::arg("domain_weights") = py::none(),
            py::arg("symmetrize") = "sum", py::arg("vertices") = "related", py::arg("actors") = py::none(),
            py::arg("min_confidence") = "low", py::arg("membership_ties") = py::none(),
            py::arg("extra_memberships") = py::none(), R"doc(
The signed graph of one year.

Parameters
----------
year : int
domain : str, optional
    One domain (default "security" when ``domain_weights`` is not given either).
domain_weights : dict[str, float], optional
    Weights alpha_d: edge weight w_ij = sum_d alpha_d v_d(i, j); a missing
    domain counts 0.
symmetrize : str
    How several ties of one pair within a domain (directed both ways, or
    directed and undirected) are reduced; "sum" adds them.
vertices : {"related", "all"}
    Actors with a relation in the snapshot, or every actor.
actors : list of str, optional
    Exactly these actors, in this order.
min_confidence : {"low", "medium", "high"}
    Skip relations less reliable than this.
membership_ties : dict[str, float], optional
    Value of the positive tie added between an organisation of the snapshot and
    each member that is also in it, by membership status, in the domains in
    which the organisation has a relation that year; reduced with the pair's
    other ties by ``symmetrize``. Default ``{"member": 0.5}``; ``{}`` turns the
    ties off. Listed in ``reduction.membership_ties``; docs/balance.md.
extra_memberships : list of Membership, optional
    Memberships used in addition to the network's.

Returns
-------
SignedGraph

Raises
------
ValueError
    Unknown domain. KeyError: unknown actor in ``actors``.
)doc")
        .def(
            "adjacency",
            [](const network& n, int year, std::optional<std::string> domain,
               std::optional<std::map<std::string, double>> domain_weights, const std::string& symmetrize,
               const std::string& vertices, std::optional<std::vector<std::string>> actors,
               const std::string& min_confidence) {
                const auto o = make_snapshot_options(domain_weights, symmetrize, vertices, actors, min_confidence);
                return n.adjacency(year, domain.value_or(""), o);
            },
            py::arg("year"), py::arg("domain") = py::none(), py::arg("domain_weights") = py::none(),
            py::arg("symmetrize") = "sum", py::arg("vertices") = "related", py::arg("actors") = py::none(),
            py::arg("min_confidence") = "low",
            "(matrix, actor ids): the signed adjacency of the snapshot (same arguments as snapshot).")
        .def(
            "write", [](const network& n, const std::filesystem::path& p) { write_network(n, p); }, py::arg("path"),
            py::call_guard<py::gil_scoped_release>(),
            "Write as kzsec network JSON (format version 1), atomically; kzsec.read_network gives back an equal "
            "network. Same as kzsec.write_network(self, path).")
        .def("copy", [](const network& n) { return network(n); })
        .def("__copy__", [](const network& n) { return network(n); })
        .def("__deepcopy__", [](const network& n, py::dict) { return network(n); }, py::arg("memo"))
        .def("__contains__", [](const network& n, const std::string& id) { return n.has_actor(id); })
        .def(py::self == py::self)
        .def(py::pickle([](const network& n) { return network_to_json(n, -1); },
                        [](const std::string& s) { return network_from_json(s, "<pickle>"); }))
        .def("__repr__", [](const network& n) {
            return fmt::format("<Network '{}': {} actors, {} relations, {} memberships, {} events, {} metrics>",
                               n.metadata.title, n.actors().size(), n.relations().size(), n.memberships().size(),
                               n.events().size(), n.metrics().size());
        });
}

}  // namespace

void register_network(py::module_& m) {
    bind_network_actor_relation(m);
    bind_network_membership_event(m);
    bind_network_metric_metadata(m);
    bind_network_class(m);
}

}  // namespace kzsec::python
