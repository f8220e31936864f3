// Bindings of include/kzsec/directed.hpp, added to the submodule kzsec._core.balance
// (registered after register_balance). kzsec has no directed graph type: the functions take
// the arcs as three arrays src, dst, sign.
#include "bindings.hpp"

#include <cstdint>
#include <string>

#include <kzsec/directed.hpp>
#include <kzsec/errors.hpp>

namespace kzsec::python {
namespace {

using value_array = py::array_t<double, py::array::c_style | py::array::forcecast>;

/// The arcs src[k] -> dst[k] with weight sign[k]; negative indices and unequal lengths are errors.
std::vector<weighted_edge> arcs_of(const index_array& src, const index_array& dst, const value_array& sign,
                                   const char* where) {
    const std::string w = std::string("[kzsec] ") + where + ": ";
    if (src.ndim() != 1 || dst.ndim() != 1 || sign.ndim() != 1)
        throw invalid_input(w + "src, dst and sign must be one-dimensional");
    if (src.size() != dst.size() || src.size() != sign.size())
        throw invalid_input(w + "src, dst and sign have lengths " + std::to_string(src.size()) + ", " +
                            std::to_string(dst.size()) + " and " + std::to_string(sign.size()));
    std::vector<weighted_edge> arcs(static_cast<std::size_t>(src.size()));
    const auto* s = src.data();
    const auto* d = dst.data();
    const auto* x = sign.data();
    for (std::size_t k = 0; k < arcs.size(); ++k) {
        if (s[k] < 0 || d[k] < 0)
            throw invalid_input(w + "arc " + std::to_string(k) + " has a negative vertex index");
        arcs[k] = {static_cast<std::size_t>(s[k]), static_cast<std::size_t>(d[k]), x[k]};
    }
    return arcs;
}

// DyadicConflictResult, DirectedSignedDegreeResult, SignedTriadClass and SignedTriadCensusResult.
void bind_directed_results(py::module_& m) {
    py::class_<dyadic_conflict_result>(m, "DyadicConflictResult", "Result of dyadic_conflict.")
        .def_readonly("n", &dyadic_conflict_result::n)
        .def_readonly("arcs", &dyadic_conflict_result::arcs)
        .def_readonly("negative_arcs", &dyadic_conflict_result::negative_arcs)
        .def_readonly("negativity", &dyadic_conflict_result::negativity, "negative_arcs / arcs (NaN without arcs).")
        .def_readonly("reciprocated", &dyadic_conflict_result::reciprocated,
                      "Pairs {u, v} with arcs in both directions.")
        .def_readonly("conflicting", &dyadic_conflict_result::conflicting,
                      "Reciprocated pairs whose two arcs have opposite signs.")
        .def_readonly("conflict", &dyadic_conflict_result::conflict,
                      "Dyadic conflict eta = conflicting / reciprocated (NaN if none reciprocated).")
        .def_readonly("conflicting_pairs", &dyadic_conflict_result::conflicting_pairs,
                      "The conflicting pairs (u, v), u < v, sorted.");

    py::class_<directed_signed_degree_result>(m, "DirectedSignedDegreeResult",
                                              "Result of directed_signed_degree (one entry per vertex).")
        .def_property_readonly("out_positive", [](const directed_signed_degree_result& r) { return to_array(r.out_positive); })
        .def_property_readonly("out_negative", [](const directed_signed_degree_result& r) { return to_array(r.out_negative); })
        .def_property_readonly("out_net", [](const directed_signed_degree_result& r) { return to_array(r.out_net); })
        .def_property_readonly("out_ratio", [](const directed_signed_degree_result& r) { return to_array(r.out_ratio); },
                               "out_positive / (out_positive + out_negative); NaN without arcs sent.")
        .def_property_readonly("in_positive", [](const directed_signed_degree_result& r) { return to_array(r.in_positive); })
        .def_property_readonly("in_negative", [](const directed_signed_degree_result& r) { return to_array(r.in_negative); })
        .def_property_readonly("in_net", [](const directed_signed_degree_result& r) { return to_array(r.in_net); })
        .def_property_readonly("in_ratio", [](const directed_signed_degree_result& r) { return to_array(r.in_ratio); },
                               "in_positive / (in_positive + in_negative); NaN without arcs received.")
        .def_readonly("weighted", &directed_signed_degree_result::weighted);

    py::class_<signed_triad_class>(m, "SignedTriadClass", "One class of signed triads and its count.")
        .def_readonly("name", &signed_triad_class::name,
                      "MAN type, '-', then the signs (P, N, 0) of the arcs ab, ba, ac, ca, bc, cb of the representative.")
        .def_readonly("man", &signed_triad_class::man, "The unsigned Holland-Leinhardt type.")
        .def_readonly("count", &signed_triad_class::count)
        .def_readonly("semicycles", &signed_triad_class::semicycles, "3-semicycles of one triad of the class.")
        .def_readonly("positive_semicycles", &signed_triad_class::positive_semicycles);

    py::class_<signed_triad_census_result>(m, "SignedTriadCensusResult", "Result of signed_triad_census.")
        .def_readonly("n", &signed_triad_census_result::n)
        .def_readonly("classes", &signed_triad_census_result::classes, "All 138 classes, with their counts.")
        .def_readonly("unsigned_census", &signed_triad_census_result::unsigned_census,
                      "(type, count) for the 16 unsigned types: the usual triad census.")
        .def_readonly("semicycles", &signed_triad_census_result::semicycles)
        .def_readonly("positive_semicycles", &signed_triad_census_result::positive_semicycles)
        .def_readonly("balance", &signed_triad_census_result::balance,
                      "Positive / all 3-semicycles (Cartwright-Harary degree of balance; NaN without any).");
}

// directed_signed_degree and signed_triad_census.
void bind_directed_degree_and_triads(py::module_& m) {
    m.def(
        "directed_signed_degree",
        [](const index_array& src, const index_array& dst, const value_array& sign, std::size_t n, bool weighted) {
            const auto arcs = arcs_of(src, dst, sign, "directed_signed_degree");
            directed_signed_degree_options o;
            o.weighted = weighted;
            py::gil_scoped_release release;
            return directed_signed_degree(arcs, n, o);
        },
        py::arg("src"), py::arg("dst"), py::arg("sign"), py::arg("n") = 0, py::arg("weighted") = false, R"doc(
Positive, negative, net and ratio out- and in-degrees of a directed signed network.

Parameters
----------
src, dst : array of int
    The arcs src[k] -> dst[k].
sign : array of float
    Signed weight of each arc (0 is an error).
n : int, default 0
    Number of vertices (0: 1 + the largest index).
weighted : bool, default False
    Sum |weights| instead of counting arcs.

Returns
-------
DirectedSignedDegreeResult
    out_positive, out_negative, out_net, out_ratio, in_positive, in_negative,
    in_net, in_ratio (numpy arrays, one entry per vertex).

Raises ValueError on bad arcs (see dyadic_conflict). O(m log m); releases the GIL.
)doc");

    m.def(
        "signed_triad_census",
        [](const index_array& src, const index_array& dst, const value_array& sign, std::size_t n) {
            const auto arcs = arcs_of(src, dst, sign, "signed_triad_census");
            py::gil_scoped_release release;
            return signed_triad_census(arcs, n);
        },
        py::arg("src"), py::arg("dst"), py::arg("sign"), py::arg("n") = 0, R"doc(
Signed triad census of a directed signed network, and its balance over 3-semicycles.

Every triple of vertices is classified by the signs of its six possible arcs,
up to relabelling the vertices: 138 classes (the classes of signnet's
triad_census_signed, spelled with kzsec's representatives: MAN type, then the
signs of the arcs ab, ba, ac, ca, bc, cb of the smallest labelling under
0 < N < P). balance is the share of positive 3-semicycles (one arc per pair of
a triple, either direction; Cartwright & Harary 1956).

Parameters
----------
src, dst : array of int
sign : array of float
n : int, default 0

Returns
-------
SignedTriadCensusResult
    classes (138 SignedTriadClass: name, man, count, semicycles,
    positive_semicycles; ``to_frame()`` gives a DataFrame), unsigned_census
    (the 16 usual types), semicycles, positive_semicycles, balance.

Raises ValueError on bad arcs. O(m log m + sum of squared degrees); releases the GIL.
)doc");
}

// dyadic_conflict.
void bind_directed_dyadic_conflict(py::module_& m) {
    m.def(
        "dyadic_conflict",
        [](const index_array& src, const index_array& dst, const value_array& sign, std::size_t n) {
            const auto arcs = arcs_of(src, dst, sign, "dyadic_conflict");
            py::gil_scoped_release release;
            return dyadic_conflict(arcs, n);
        },
        py::arg("src"), py::arg("dst"), py::arg("sign"), py::arg("n") = 0, R"doc(
Dyadic conflict of a directed signed network (KONECT's statistic eta).

eta = share of reciprocated pairs (arcs u -> v and v -> u) whose two arcs have
opposite signs; also the negativity over arcs. kzsec has no directed graph type
(SignedGraph is undirected): the arcs are given as arrays.

Parameters
----------
src, dst : array of int
    The arcs src[k] -> dst[k] (vertex indices 0..n-1).
sign : array of float
    Signed weight of each arc (only its sign is used; 0 is an error).
n : int, default 0
    Number of vertices (0: 1 + the largest index).

Returns
-------
DyadicConflictResult
    n, arcs, negative_arcs, negativity, reciprocated, conflicting, conflict,
    conflicting_pairs.

Raises ValueError on a self-loop, a repeated arc, a zero or non-finite sign, an
index >= n or arrays of different lengths. O(m log m); releases the GIL (the
arrays are copied first).
)doc");
}

}  // namespace

void register_directed(py::module_& root) {
    py::module_ m = root.attr("balance").cast<py::module_>();
    bind_directed_results(m);
    bind_directed_degree_and_triads(m);
    bind_directed_dyadic_conflict(m);
}

}  // namespace kzsec::python
