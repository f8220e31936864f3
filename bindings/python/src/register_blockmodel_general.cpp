// Bindings of include/kzsec/blockmodel_general.hpp, added to the submodule kzsec._core.balance
// (registered after register_balance).
#include "bindings.hpp"
#include "private_copy.hpp"

#include <kzsec/blockmodel_general.hpp>
#include <kzsec/errors.hpp>

namespace kzsec::python {

namespace {

// BlockmodelGeneralResult and blockmodel_general.
void bind_blockmodel_general(py::module_& m) {
    py::class_<blockmodel_general_result>(m, "BlockmodelGeneralResult",
                                          "Result of blockmodel_general (criterion, membership, violating ties).")
        .def_readonly("criterion", &blockmodel_general_result::criterion,
                      "2 [alpha N + (1 - alpha) P] (each tie counted twice, as signnet and blockmodel).")
        .def_readonly("negative_in_positive", &blockmodel_general_result::negative_in_positive,
                      "N: negative ties in blocks whose image is +1.")
        .def_readonly("positive_in_negative", &blockmodel_general_result::positive_in_negative,
                      "P: positive ties in blocks whose image is -1.")
        .def_property_readonly("membership", [](const blockmodel_general_result& r) { return to_array(r.membership); },
                               "Block per vertex, 0..k-1 (block a is row a of the image).")
        .def_property_readonly("violations", [](const blockmodel_general_result& r) {
            py::list out;
            for (const auto& e : r.violations) out.append(py::make_tuple(e.u, e.v, e.weight));
            return out; }, "The violating ties (u, v, weight), u < v, sorted.")
        .def_property_readonly("block_sizes", [](const blockmodel_general_result& r) { return to_array(r.block_sizes); })
        .def_readonly("k", &blockmodel_general_result::k)
        .def_readonly("optimal", &blockmodel_general_result::optimal, "Proven optimal (every assignment enumerated).")
        .def_readonly("method", &blockmodel_general_result::method, "'exact' or 'heuristic'.")
        .def_readonly("evaluated", &blockmodel_general_result::evaluated,
                      "Assignments enumerated (exact) or local-search moves made (heuristic).")
        .def_readonly("alpha", &blockmodel_general_result::alpha);

    m.def(
        "blockmodel_general",
        [](const signed_graph& g, const Eigen::MatrixXd& image, double alpha, const std::string& method,
           std::uint64_t seed, std::size_t restarts, bool weighted, std::uint64_t max_exact_assignments,
           std::vector<std::size_t> start) {
            blockmodel_general_options o;
            o.alpha = alpha;
            o.method = parse_blockmodel_method(method);
            o.seed = seed;
            o.restarts = restarts;
            o.weighted = weighted;
            o.max_exact_assignments = max_exact_assignments;
            o.start = std::move(start);
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return blockmodel_general(snap, image, o);
        },
        py::arg("g"), py::arg("image"), py::arg("alpha") = 0.5, py::arg("method") = "auto", py::arg("seed") = 1,
        py::arg("restarts") = 50, py::arg("weighted") = false, py::arg("max_exact_assignments") = 20000000,
        py::arg("start") = std::vector<std::size_t>{}, R"doc(
Generalised signed blockmodel with a given image (signnet's signed_blockmodel_general).

Finds the membership c (block 0..k-1 per vertex; blocks may be empty) minimising
alpha * N + (1 - alpha) * P, N the negative ties in blocks whose image entry is
+1 and P the positive ties in blocks whose image entry is -1.

Parameters
----------
g : SignedGraph
image : array (k, k)
    Symmetric, entries +1 or -1; block a takes row a.
alpha : float, default 0.5
method : {"auto", "exact", "heuristic"}
    exact enumerates all k**n assignments (proven optimum); heuristic is a
    seeded local search (best single-vertex moves) from ``restarts`` random
    starts; auto is exact when k**n <= max_exact_assignments.
seed, restarts : int
weighted : bool, default False
    Count |w| instead of 1 per tie.
max_exact_assignments : int, default 20,000,000
start : sequence of int, optional
    A membership (block per vertex, < k): one local search from it instead of the
    random starts (method "auto" then means "heuristic"; "exact" is refused).

Returns
-------
BlockmodelGeneralResult
    criterion (2 [alpha N + (1 - alpha) P], each tie counted twice as in signnet),
    negative_in_positive, positive_in_negative, membership, violations,
    block_sizes, optimal, method, evaluated.

Raises ValueError for a bad image, alpha outside [0, 1], restarts = 0, or an
exact request beyond max_exact_assignments. Releases the GIL.
)doc");
}

// blockmodel_evaluate.
void bind_blockmodel_evaluate(py::module_& m) {
    m.def(
        "blockmodel_evaluate",
        [](const signed_graph& g, const Eigen::MatrixXd& image, const std::vector<std::size_t>& membership, double alpha,
           bool weighted) {
            blockmodel_general_options o;
            o.alpha = alpha;
            o.weighted = weighted;
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return blockmodel_evaluate(snap, image, membership, o);
        },
        py::arg("g"), py::arg("image"), py::arg("membership"), py::arg("alpha") = 0.5, py::arg("weighted") = false,
        R"doc(
The blockmodel criterion of a given membership under a given image (no search).

Parameters
----------
g : SignedGraph
image : array (k, k)
    Symmetric, entries +1 or -1.
membership : sequence of int
    Block per vertex (n entries, each < k).
alpha : float, default 0.5
weighted : bool, default False

Returns
-------
BlockmodelGeneralResult
    criterion, negative_in_positive, positive_in_negative, violations, block_sizes
    of this membership (method "given", optimal False).

Raises ValueError for a bad image, alpha, or a membership of the wrong length or with
an entry >= k. Releases the GIL.
)doc");
}

}  // namespace

void register_blockmodel_general(py::module_& root) {
    py::module_ m = root.attr("balance").cast<py::module_>();
    bind_blockmodel_general(m);
    bind_blockmodel_evaluate(m);
}

}  // namespace kzsec::python
