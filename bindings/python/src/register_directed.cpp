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

using index_array = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>;
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

}  // namespace

void register_directed(py::module_& root) {
    py::module_ m = root.attr("balance").cast<py::module_>();

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

}  // namespace kzsec::python
