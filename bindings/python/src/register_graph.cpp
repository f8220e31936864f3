// Bindings of kzsec::signed_graph as kzsec.SignedGraph.
#include "bindings.hpp"

#include <kzsec/errors.hpp>
#include <kzsec/signed_graph.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace kzsec::python {

namespace {

std::size_t vertex_of(const signed_graph& g, const py::handle& h) {
    if (py::isinstance<py::str>(h)) return g.index(h.cast<std::string>());
    const auto i = h.cast<std::int64_t>();
    if (i < 0 || static_cast<std::size_t>(i) >= g.num_vertices())
        throw py::index_error(fmt::format("[kzsec] vertex index {} out of range (n = {})", i, g.num_vertices()));
    return static_cast<std::size_t>(i);
}

from_edges_options make_options(bool directed, const std::string& symmetrize, const std::string& self_loops) {
    from_edges_options o;
    o.directed = directed;
    o.symmetrize = parse_symmetrize_rule(symmetrize);
    o.self_loops = parse_self_loop_policy(self_loops);
    return o;
}

// CancelledPair, MembershipTie and ReductionReport.
void bind_graph_reduction(py::module_& m) {
    py::class_<cancelled_pair>(m, "CancelledPair", "A pair whose input ties reduced to weight 0 (no edge).")
        .def_readonly("u", &cancelled_pair::u, "Index of the first vertex.")
        .def_readonly("v", &cancelled_pair::v, "Index of the second vertex.")
        .def_readonly("weights", &cancelled_pair::weights, "The input weights that cancelled.")
        .def("__repr__", [](const cancelled_pair& c) {
            return fmt::format("CancelledPair(u={}, v={}, weights=[{}])", c.u, c.v, fmt::join(c.weights, ", "));
        });

    py::class_<membership_tie>(m, "MembershipTie", "A tie a snapshot added from a membership.")
        .def_readonly("member", &membership_tie::member, "Vertex of the member.")
        .def_readonly("organisation", &membership_tie::organisation, "Vertex of the organisation.")
        .def_readonly("status", &membership_tie::status)
        .def_readonly("value", &membership_tie::value, "Value before the domain weight.")
        .def_readonly("domain", &membership_tie::domain)
        .def("__repr__", [](const membership_tie& t) {
            return fmt::format("MembershipTie(member={}, organisation={}, status='{}', value={}, domain='{}')", t.member,
                               t.organisation, t.status, t.value, t.domain);
        });
    py::class_<reduction_report>(m, "ReductionReport",
                                 "How the input ties were reduced to a simple undirected signed graph.")
        .def_property_readonly("rule", [](const reduction_report& r) { return std::string(to_string(r.rule)); })
        .def_readonly("directed_input", &reduction_report::directed_input)
        .def_readonly("input_ties", &reduction_report::input_ties)
        .def_readonly("merged_pairs", &reduction_report::merged_pairs)
        .def_readonly("self_loops_dropped", &reduction_report::self_loops_dropped)
        .def_readonly("zero_weight_ties", &reduction_report::zero_weight_ties)
        .def_readonly("cancelled", &reduction_report::cancelled)
        .def_readonly("membership_ties", &reduction_report::membership_ties,
                      "Ties added from memberships (network snapshots), one per pair and domain.")
        .def("__repr__", [](const reduction_report& r) {
            return fmt::format("ReductionReport(rule='{}', directed_input={}, input_ties={}, merged_pairs={}, "
                               "cancelled={}, self_loops_dropped={}, zero_weight_ties={})",
                               to_string(r.rule), r.directed_input ? "True" : "False", r.input_ties, r.merged_pairs,
                               r.cancelled.size(), r.self_loops_dropped, r.zero_weight_ties);
        });
}

// SignedGraph.
// Long by design: a flat list of one .def per bound member of SignedGraph, in one .def chain.
void bind_graph_class(py::module_& m) {
    py::class_<signed_graph>(m, "SignedGraph", R"doc(
An undirected, signed, weighted simple graph with labelled vertices.

Every edge has a finite, non-zero weight whose sign is the sign of the tie.
Directed or repeated input ties are reduced to one tie per pair by an explicit
``symmetrize`` rule; pairs whose ties cancel are listed in ``reduction.cancelled``.

Symmetrisation rules (w_1..w_k: all input ties between u and v)
    ``"sum"``: w = sum w_i (KONECT: A = sign(W + W^T) after taking signs);
    ``"sign_sum"``: w = sign(sum sign(w_i)); ``"min"``; ``"max"``;
    ``"negative_wins"``: min if any tie is negative, else max;
    ``"error"``: several ties for a pair raise ``ValueError``.
)doc")
        .def(py::init<std::size_t>(), py::arg("n"), "A graph of n vertices labelled '0'..'n-1' and no edges.")
        .def(py::init<std::vector<std::string>>(), py::arg("labels"), "A graph with these vertex labels and no edges.")
        .def_static(
            "from_edges",
            [](const py::iterable& edges, bool directed, const std::string& symmetrize, const std::string& self_loops,
               std::optional<std::vector<std::string>> labels, std::optional<std::size_t> n) {
                const auto opt = make_options(directed, symmetrize, self_loops);
                std::vector<labelled_edge> le;
                std::vector<weighted_edge> ie;
                bool any_label = false, any_index = false;
                std::size_t k = 0;
                for (const auto& item : edges) {
                    auto t = py::reinterpret_borrow<py::sequence>(item);
                    if (t.size() != 3)
                        throw invalid_input(fmt::format("[kzsec] SignedGraph.from_edges: edge {} is not a (u, v, weight) triple", k));
                    double w = 0.0;
                    if (py::isinstance<py::str>(t[2])) {  // a sign as text: "+" / "-"
                        const auto s = t[2].cast<std::string>();
                        if (s == "+" || s == "+1")
                            w = 1.0;
                        else if (s == "-" || s == "-1")
                            w = -1.0;
                        else
                            throw invalid_input(fmt::format(
                                "[kzsec] SignedGraph.from_edges: edge {} has weight '{}'; expected a number or '+' / '-'", k, s));
                    } else {
                        try {
                            w = py::float_(t[2]).cast<double>();
                        } catch (const py::error_already_set&) {
                            throw invalid_input(fmt::format("[kzsec] SignedGraph.from_edges: edge {} has weight of type {}; "
                                                            "expected a number or '+' / '-'",
                                                            k, Py_TYPE(py::object(t[2]).ptr())->tp_name));
                        }
                    }
                    if (py::isinstance<py::str>(t[0]) || py::isinstance<py::str>(t[1])) {
                        any_label = true;
                        le.push_back({py::str(t[0]).cast<std::string>(), py::str(t[1]).cast<std::string>(), w});
                    } else {
                        any_index = true;
                        const auto u = t[0].cast<std::int64_t>(), v = t[1].cast<std::int64_t>();
                        if (u < 0 || v < 0)
                            throw invalid_input(fmt::format("[kzsec] SignedGraph.from_edges: edge {} has a negative vertex index", k));
                        ie.push_back({static_cast<std::size_t>(u), static_cast<std::size_t>(v), w});
                        le.push_back({std::to_string(u), std::to_string(v), w});
                    }
                    ++k;
                }
                if (any_label && any_index)
                    throw invalid_input("[kzsec] SignedGraph.from_edges: mix of string labels and integer indices");
                if (any_label) {
                    if (labels || n)
                        throw invalid_input("[kzsec] SignedGraph.from_edges: labels/n only apply to integer vertices");
                    return signed_graph::from_labelled_edges(le, opt);
                }
                return signed_graph::from_edges(ie, n.value_or(0), labels.value_or(std::vector<std::string>{}), opt);
            },
            py::arg("edges"), py::arg("directed") = false, py::arg("symmetrize") = "sum",
            py::arg("self_loops") = "error", py::arg("labels") = py::none(), py::arg("n") = py::none(),
            R"doc(
Build a graph from ``(u, v, weight)`` triples.

Parameters
----------
edges : iterable of (u, v, weight)
    Endpoints are all strings (labels, vertices in order of first appearance)
    or all non-negative integers (indices). The weight is a number, or the
    sign ``"+"`` / ``"-"`` (weight +1 / -1).
directed : bool
    Whether ties are directed (u -> v); they are reduced by ``symmetrize``.
symmetrize : {"sum", "sign_sum", "min", "max", "negative_wins", "error"}
    How several ties between one pair are reduced (see the class docstring).
self_loops : {"error", "drop"}
labels, n : optional, integer input only
    Vertex labels and number of vertices.

Returns
-------
SignedGraph

Raises
------
ValueError
    Non-finite weight, self-loop with ``self_loops="error"``, repeated ties
    with ``symmetrize="error"``.

Complexity: O(m log m).

Examples
--------
>>> g = SignedGraph.from_edges([("A", "B", 1.0), ("B", "C", -1.0)])
>>> g.num_edges
2
)doc")
        .def_static(
            "from_arrays",
            [](index_array src, index_array dst,
               py::array_t<double, py::array::c_style | py::array::forcecast> weight, std::optional<std::size_t> n,
               std::optional<std::vector<std::string>> labels, bool directed, const std::string& symmetrize,
               const std::string& self_loops) {
                if (src.ndim() != 1 || dst.ndim() != 1 || weight.ndim() != 1 || src.size() != dst.size() ||
                    src.size() != weight.size())
                    throw invalid_input("[kzsec] SignedGraph.from_arrays: src, dst and weight must be 1-d arrays of equal length");
                const auto opt = make_options(directed, symmetrize, self_loops);
                std::vector<weighted_edge> ie(static_cast<std::size_t>(src.size()));
                auto s = src.unchecked<1>();
                auto d = dst.unchecked<1>();
                auto w = weight.unchecked<1>();
                for (py::ssize_t i = 0; i < src.size(); ++i) {
                    if (s(i) < 0 || d(i) < 0)
                        throw invalid_input(fmt::format("[kzsec] SignedGraph.from_arrays: negative vertex index at position {}", i));
                    ie[static_cast<std::size_t>(i)] = {static_cast<std::size_t>(s(i)), static_cast<std::size_t>(d(i)), w(i)};
                }
                py::gil_scoped_release release;
                return signed_graph::from_edges(ie, n.value_or(0), labels.value_or(std::vector<std::string>{}), opt);
            },
            py::arg("src"), py::arg("dst"), py::arg("weight"), py::arg("n") = py::none(),
            py::arg("labels") = py::none(), py::arg("directed") = false, py::arg("symmetrize") = "sum",
            py::arg("self_loops") = "error",
            "Build a graph from three numpy arrays (sources, targets, weights) without a Python loop. "
            "Same rules as from_edges. Complexity: O(m log m); releases the GIL.")
        .def_static(
            "from_matrix",
            [](const Eigen::Ref<const Eigen::MatrixXd>& a, std::optional<std::vector<std::string>> labels,
               bool directed, const std::string& symmetrize, const std::string& self_loops) {
                return signed_graph::from_matrix(a, labels.value_or(std::vector<std::string>{}),
                                                 make_options(directed, symmetrize, self_loops));
            },
            py::arg("matrix"), py::arg("labels") = py::none(), py::arg("directed") = false,
            py::arg("symmetrize") = "sum", py::arg("self_loops") = "error",
            "Build a graph from a square signed adjacency matrix. A non-symmetric matrix needs directed=True "
            "(A[i, j] is the tie i -> j) and is reduced by `symmetrize`.")
        .def_property_readonly("num_vertices", &signed_graph::num_vertices)
        .def_property_readonly("num_edges", &signed_graph::num_edges)
        .def_property_readonly("num_positive_edges", &signed_graph::num_positive_edges)
        .def_property_readonly("num_negative_edges", &signed_graph::num_negative_edges)
        .def_property_readonly("labels", [](const signed_graph& g) { return g.labels(); },
                               "Vertex labels, in vertex order.")
        .def_property_readonly("reduction", &signed_graph::reduction, py::return_value_policy::reference_internal,
                               "How the input was reduced: rule, merged and cancelled pairs.")
        .def("index", &signed_graph::index, py::arg("label"), "Vertex index of a label (KeyError if absent).")
        .def("add_vertex", &signed_graph::add_vertex, py::arg("label"))
        .def(
            "set_edge",
            [](signed_graph& g, const py::handle& u, const py::handle& v, double w) {
                g.set_edge(vertex_of(g, u), vertex_of(g, v), w);
            },
            py::arg("u"), py::arg("v"), py::arg("weight"), "Add or replace the tie u-v (labels or indices).")
        .def(
            "remove_edge",
            [](signed_graph& g, const py::handle& u, const py::handle& v) {
                return g.remove_edge(vertex_of(g, u), vertex_of(g, v));
            },
            py::arg("u"), py::arg("v"))
        .def(
            "weight",
            [](const signed_graph& g, const py::handle& u, const py::handle& v) {
                return g.weight(vertex_of(g, u), vertex_of(g, v));
            },
            py::arg("u"), py::arg("v"), "Weight of the tie u-v (0.0 if none).")
        .def(
            "edges",
            [](const signed_graph& g) {
                const auto es = g.edges();
                py::array_t<std::int64_t> u(static_cast<py::ssize_t>(es.size())), v(static_cast<py::ssize_t>(es.size()));
                py::array_t<double> w(static_cast<py::ssize_t>(es.size()));
                auto uu = u.mutable_unchecked<1>();
                auto vv = v.mutable_unchecked<1>();
                auto ww = w.mutable_unchecked<1>();
                for (std::size_t i = 0; i < es.size(); ++i) {
                    uu(static_cast<py::ssize_t>(i)) = static_cast<std::int64_t>(es[i].u);
                    vv(static_cast<py::ssize_t>(i)) = static_cast<std::int64_t>(es[i].v);
                    ww(static_cast<py::ssize_t>(i)) = es[i].weight;
                }
                return py::make_tuple(u, v, w);
            },
            "Edges as three numpy arrays (u, v, weight) with u < v, sorted.")
        .def(
            "edge_list",
            [](const signed_graph& g) {
                std::vector<std::tuple<std::string, std::string, double>> out;
                for (const auto& e : g.edges()) out.emplace_back(g.label(e.u), g.label(e.v), e.weight);
                return out;
            },
            "Edges as (label_u, label_v, weight) tuples, sorted by vertex index.")
        .def("adjacency", &signed_graph::adjacency, "Dense signed adjacency matrix (numpy), in label order.")
        .def("sparse_adjacency", &signed_graph::sparse_adjacency,
             "Sparse signed adjacency matrix (scipy.sparse CSC), in label order.")
        .def(
            "components",
            [](const signed_graph& g) {
                std::size_t k = 0;
                auto c = g.components(&k);
                return py::make_tuple(py::array(py::cast(c)), k);
            },
            "Connected components: (component id per vertex as numpy array, number of components).")
        .def(
            "induced_subgraph",
            [](const signed_graph& g, const py::iterable& vs) {
                std::vector<std::size_t> idx;
                for (const auto& h : vs) idx.push_back(vertex_of(g, h));
                return g.induced_subgraph(idx);
            },
            py::arg("vertices"), "Subgraph induced by the given vertices (labels or indices), in that order.")
        .def("__len__", &signed_graph::num_vertices)
        .def("__contains__", [](const signed_graph& g, const std::string& label) { return g.contains(label); })
        .def(py::self == py::self)
        .def(py::pickle(
            // state: (1, labels, [(u, v, weight)], (rule, directed_input, input_ties, merged_pairs,
            //         self_loops_dropped, zero_weight_ties, [(u, v, [weights])]))
            [](const signed_graph& g) {
                py::list edges, cancelled;
                for (const auto& e : g.edges()) edges.append(py::make_tuple(e.u, e.v, e.weight));
                const reduction_report& r = g.reduction();
                for (const auto& c : r.cancelled) cancelled.append(py::make_tuple(c.u, c.v, c.weights));
                py::list mties;
                for (const auto& x : r.membership_ties)
                    mties.append(py::make_tuple(x.member, x.organisation, x.status, x.value, x.domain));
                return py::make_tuple(1, g.labels(),
                                      edges, py::make_tuple(std::string(to_string(r.rule)), r.directed_input, r.input_ties,
                                                            r.merged_pairs, r.self_loops_dropped, r.zero_weight_ties, cancelled,
                                                            mties));
            },
            [](const py::tuple& t) {
                if (t.size() != 4 || t[0].cast<int>() != 1)
                    throw invalid_input("[kzsec] SignedGraph pickle: unknown state (expected version 1 with 4 fields)");
                std::vector<weighted_edge> edges;
                for (const auto& e : t[2].cast<py::list>()) {
                    const auto x = e.cast<py::tuple>();
                    edges.push_back({x[0].cast<std::size_t>(), x[1].cast<std::size_t>(), x[2].cast<double>()});
                }
                const auto rt = t[3].cast<py::tuple>();
                reduction_report r;
                r.rule = parse_symmetrize_rule(rt[0].cast<std::string>());
                r.directed_input = rt[1].cast<bool>();
                r.input_ties = rt[2].cast<std::size_t>();
                r.merged_pairs = rt[3].cast<std::size_t>();
                r.self_loops_dropped = rt[4].cast<std::size_t>();
                r.zero_weight_ties = rt[5].cast<std::size_t>();
                for (const auto& c : rt[6].cast<py::list>()) {
                    const auto x = c.cast<py::tuple>();
                    r.cancelled.push_back({x[0].cast<std::size_t>(), x[1].cast<std::size_t>(), x[2].cast<std::vector<double>>()});
                }
                if (rt.size() > 7)  // membership ties (absent from states written before they existed)
                    for (const auto& c : rt[7].cast<py::list>()) {
                        const auto x = c.cast<py::tuple>();
                        r.membership_ties.push_back({x[0].cast<std::size_t>(), x[1].cast<std::size_t>(),
                                                     x[2].cast<std::string>(), x[3].cast<double>(), x[4].cast<std::string>()});
                    }
                return signed_graph::from_parts(t[1].cast<std::vector<std::string>>(), edges, std::move(r));
            }))
        .def("__repr__", [](const signed_graph& g) {
            return fmt::format("<SignedGraph n={} m={} (+{} / -{})>", g.num_vertices(), g.num_edges(),
                               g.num_positive_edges(), g.num_negative_edges());
        })
        .def("copy", [](const signed_graph& g) { return signed_graph(g); })
        .def("__copy__", [](const signed_graph& g) { return signed_graph(g); })
        .def("__deepcopy__", [](const signed_graph& g, py::dict) { return signed_graph(g); }, py::arg("memo"));
}

}  // namespace

void register_graph(py::module_& m) {
    bind_graph_reduction(m);
    bind_graph_class(m);
}

}  // namespace kzsec::python
