// Bindings of include/kzsec/significance.hpp as the submodule kzsec._core.significance.
#include "bindings.hpp"
#include "private_copy.hpp"

#include <kzsec/errors.hpp>
#include <kzsec/significance.hpp>

namespace kzsec::python {

namespace {

// NullTest and SignificanceResult.
void bind_significance_results(py::module_& m) {
    py::class_<null_test>(m, "NullTest", "The test of one statistic against the null model.")
        .def_readonly("computed", &null_test::computed, "Whether the statistic was requested.")
        .def_readonly("statistic", &null_test::statistic, "'triangle', 'walk' or 'frustration'.")
        .def_readonly("observed", &null_test::observed)
        .def_readonly("mean", &null_test::mean)
        .def_readonly("sd", &null_test::sd, "Standard deviation of the draws (divisor N - 1).")
        .def_readonly("z", &null_test::z, "(observed - mean) / sd; NaN if sd = 0.")
        .def_readonly("at_least", &null_test::at_least, "Draws >= observed (ties included).")
        .def_readonly("at_most", &null_test::at_most, "Draws <= observed (ties included).")
        .def_readonly("p_greater", &null_test::p_greater, "(at_least + 1) / (N + 1).")
        .def_readonly("p_less", &null_test::p_less, "(at_most + 1) / (N + 1).")
        .def_readonly("p_balanced", &null_test::p_balanced,
                      "Tail 'at least as balanced': p_greater (triangle, walk) or p_less (frustration).")
        .def_property_readonly("values", [](const null_test& t) { return to_array(t.values); },
                               "Every draw's value in draw order (if keep_draws).")
        .def("__repr__", [](const null_test& t) {
            if (!t.computed) return "NullTest(" + t.statistic + ", not computed)";
            return "NullTest(" + t.statistic + ", observed=" + std::to_string(t.observed) + ", mean=" +
                   std::to_string(t.mean) + ", z=" + std::to_string(t.z) + ", p_balanced=" +
                   std::to_string(t.p_balanced) + ")";
        });

    py::class_<significance_result>(m, "SignificanceResult", "Result of balance_significance.")
        .def_readonly("triangle", &significance_result::triangle)
        .def_readonly("walk", &significance_result::walk)
        .def_readonly("frustration", &significance_result::frustration)
        .def_property_readonly("model", [](const significance_result& r) { return std::string(to_string(r.model)); })
        .def_readonly("draws", &significance_result::draws)
        .def_readonly("seed", &significance_result::seed)
        .def_readonly("threads", &significance_result::threads)
        .def_readonly("acceptance", &significance_result::acceptance,
                      "switching: share of attempted swaps accepted (0 for sign_shuffle).")
        .def_readonly("convention", &significance_result::convention)
        .def("__repr__", [](const significance_result& r) {
            return "SignificanceResult(" + r.convention + ")";
        });
}

// null_draw.
void bind_significance_null_draw(py::module_& m) {
    m.def(
        "null_draw",
        [](const signed_graph& g, const std::string& model, std::uint64_t seed, double swaps_per_edge) {
            const null_model nm = parse_null_model(model);
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return null_draw(snap, nm, seed, swaps_per_edge);
        },
        py::arg("g"), py::arg("model") = "sign_shuffle", py::arg("seed") = 1, py::arg("swaps_per_edge") = 10.0, R"doc(
One random graph from a null model of ``g``.

Parameters
----------
g : SignedGraph
model : {"sign_shuffle", "switching"}
    ``sign_shuffle`` permutes the signs over the ties (each tie keeps |w|);
    ``switching`` performs swaps_per_edge * m double edge swaps between ties of
    the same sign, keeping every vertex's positive and negative degree.
seed : int, default 1
swaps_per_edge : float, default 10

Returns
-------
SignedGraph
)doc");
}

// balance_significance.
void bind_significance_balance(py::module_& m) {
    m.def(
        "balance_significance",
        [](const signed_graph& g, const std::string& model, std::size_t draws, std::uint64_t seed, std::size_t threads,
           double swaps_per_edge, bool triangle, bool walk, bool frustration_, bool weak, const std::string& weighting,
           double beta, bool walk_weighted, const std::string& frustration_method_, double frustration_time_limit,
           bool frustration_weighted, bool keep_draws) {
            significance_options o;
            o.model = parse_null_model(model);
            o.draws = draws;
            o.seed = seed;
            o.threads = threads;
            o.swaps_per_edge = swaps_per_edge;
            o.triangle = triangle;
            o.walk = walk;
            o.frustration = frustration_;
            o.triangle_opt.weak = weak;
            o.triangle_opt.weighting = parse_triangle_weighting(weighting);
            o.walk_opt.beta = beta;
            o.walk_opt.weighted = walk_weighted;
            o.frustration_opt.method = parse_frustration_method(frustration_method_);
            o.frustration_opt.time_limit = frustration_time_limit;
            o.frustration_opt.weighted = frustration_weighted;
            o.keep_draws = keep_draws;
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return balance_significance(snap, o);
        },
        py::arg("g"), py::arg("model") = "sign_shuffle", py::arg("draws") = 1000, py::arg("seed") = 1,
        py::arg("threads") = 0, py::arg("swaps_per_edge") = 10.0, py::arg("triangle") = true, py::arg("walk") = true,
        py::arg("frustration") = false, py::arg("weak") = false, py::arg("weighting") = "sign", py::arg("beta") = 1.0,
        py::arg("walk_weighted") = false, py::arg("frustration_method") = "auto",
        py::arg("frustration_time_limit") = 60.0, py::arg("frustration_weighted") = false,
        py::arg("keep_draws") = false, R"doc(
Significance of structural balance against a null model.

Draws ``draws`` graphs from the null model (draw i from a seed fixed by
(seed, i), so the result does not depend on ``threads``) and, for each
requested statistic X (triangle index, walk index K, frustration index L),
reports the mean and sd of the draws, z = (X(G) - mean) / sd and the Monte Carlo
p-values with the +1 correction: p_greater = (1 + #{X(G_i) >= X(G)}) / (N + 1),
p_less = (1 + #{X(G_i) <= X(G)}) / (N + 1); ``p_balanced`` is the tail
"at least as balanced as observed".

Parameters
----------
g : SignedGraph
model : {"sign_shuffle", "switching"}
draws : int, default 1000
seed : int, default 1
threads : int, default 0 (all cores)
swaps_per_edge : float, default 10 (switching only)
triangle, walk, frustration : bool
    Statistics to test (default: triangle and walk).
weak, weighting : conventions of the triangle index (see triangle_index)
beta, walk_weighted : conventions of the walk index (see walk_index)
frustration_method, frustration_time_limit, frustration_weighted :
    options of the frustration index, used on every draw.
keep_draws : bool, default False
    Keep every draw's value (``NullTest.values``).

Returns
-------
SignificanceResult

Releases the GIL; threaded in C++.
)doc");
}

}  // namespace

void register_significance(py::module_& root) {
    py::module_ m = root.def_submodule("significance", "Significance of balance against null models (see kzsec.significance).");
    bind_significance_results(m);
    bind_significance_null_draw(m);
    bind_significance_balance(m);
}

}  // namespace kzsec::python
