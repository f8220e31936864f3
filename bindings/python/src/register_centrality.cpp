// Bindings of include/kzsec/centrality.hpp as the submodule kzsec._core.centrality.
#include "bindings.hpp"
#include "private_copy.hpp"

#include <kzsec/centrality.hpp>
#include <kzsec/errors.hpp>

namespace kzsec::python {

namespace {

// The name of an enum value, as Python defaults of the option fields.
template <class T>
std::string name(T value) {
    return std::string(to_string(value));
}

// SignedDegreeResult, PNResult and EigenvectorResult.
void bind_centrality_results(py::module_& m) {
    py::class_<signed_degree_result>(m, "SignedDegreeResult", "Result of signed_degree: one entry per vertex.")
        .def_property_readonly("positive", [](const signed_degree_result& r) { return to_array(r.positive); },
                               "Positive ties (or their weight).")
        .def_property_readonly("negative", [](const signed_degree_result& r) { return to_array(r.negative); },
                               "Negative ties (or their |weight|).")
        .def_property_readonly("net", [](const signed_degree_result& r) { return to_array(r.net); }, "positive - negative.")
        .def_property_readonly("ratio", [](const signed_degree_result& r) { return to_array(r.ratio); },
                               "positive / (positive + negative); NaN for an isolated vertex.")
        .def_readonly("weighted", &signed_degree_result::weighted)
        .def("__repr__", [](const signed_degree_result& r) {
            return "SignedDegreeResult(n=" + std::to_string(r.net.size()) + ", weighted=" + (r.weighted ? "True" : "False") + ")";
        });

    py::class_<pn_result>(m, "PNResult", "Result of pn_index.")
        .def_property_readonly("pn", [](const pn_result& r) { return to_array(r.pn); }, "PN centrality per vertex.")
        .def_readonly("beta", &pn_result::beta)
        .def_property_readonly("mode", [](const pn_result& r) { return std::string(to_string(r.mode)); })
        .def_property_readonly("method", [](const pn_result& r) { return std::string(to_string(r.method)); },
                               "The solver used: 'iteration' or 'sparse_lu'.")
        .def_readonly("contraction", &pn_result::contraction, "r = beta max_i sum_j |a*_ij| (iteration converges if r < 1).")
        .def_readonly("iterations", &pn_result::iterations)
        .def_readonly("convention", &pn_result::convention)
        .def("__repr__", [](const pn_result& r) {
            return "PNResult(n=" + std::to_string(r.pn.size()) + ", beta=" + std::to_string(r.beta) + ", mode='" +
                   std::string(to_string(r.mode)) + "')";
        });

    py::class_<eigenvector_result>(m, "EigenvectorResult", "Result of signed_eigenvector_centrality.")
        .def_property_readonly("centrality", [](const eigenvector_result& r) { return to_array(r.centrality); },
                               "Signed eigenvector per vertex (first entry of largest |v| positive).")
        .def_readonly("eigenvalue", &eigenvector_result::eigenvalue, "The dominant eigenvalue (largest |lambda|).")
        .def_readonly("gap", &eigenvector_result::gap, "(|lambda| - |lambda_2|) / |lambda|.")
        .def_property_readonly("method", [](const eigenvector_result& r) { return std::string(to_string(r.method)); },
                               "Method used: 'dense' (LAPACK) or 'sparse' (Lanczos).")
        .def_readonly("convention", &eigenvector_result::convention)
        .def("__repr__", [](const eigenvector_result& r) {
            return "EigenvectorResult(n=" + std::to_string(r.centrality.size()) + ", eigenvalue=" + std::to_string(r.eigenvalue) +
                   ", gap=" + std::to_string(r.gap) + ")";
        });
}

// signed_degree.
void bind_centrality_signed_degree(py::module_& m) {
    const signed_degree_options deg{};  // Python defaults are the C++ defaults
    m.def(
        "signed_degree",
        [](const signed_graph& g, bool weighted) {
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return signed_degree(snap, {.weighted = weighted});
        },
        py::arg("g"), py::arg("weighted") = deg.weighted, R"doc(
Positive, negative, net and ratio degree of every vertex.

Parameters
----------
g : SignedGraph
weighted : bool, default False
    Sum |weights| instead of counting ties.

Returns
-------
SignedDegreeResult
    positive, negative, net = positive - negative, ratio = positive / (positive + negative)
    (NaN for an isolated vertex), as arrays in vertex order.

Complexity: O(n + m). Reference: signnet ``degree_signed``.
)doc");
}

// pn_index (both overloads).
void bind_centrality_pn_index(py::module_& m) {
    const pn_options pn{};  // Python defaults are the C++ defaults
    m.def(
        "pn_index",
        [](const signed_graph& g, const std::string& mode, bool weighted, double beta, const std::string& method) {
            const pn_options o{.mode = parse_pn_mode(mode), .weighted = weighted, .beta = beta, .method = parse_pn_method(method)};
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return pn_index(snap, o);
        },
        py::arg("g"), py::arg("mode") = name(pn.mode), py::arg("weighted") = pn.weighted, py::arg("beta") = pn.beta,
        py::arg("method") = name(pn.method),
        R"doc(
PN centrality of Everett & Borgatti (2014): PN = (I - beta A*)^-1 1 with A* = P - 2N.

Every actor starts at 1, gains from positive walks and loses twice as much from
negative ones, discounted by beta per step (default beta = 1 / (2n - 2)).

Parameters
----------
g : SignedGraph or numpy.ndarray
    A graph (undirected), or a square signed adjacency matrix whose entry a_ij is
    the tie i -> j (see ``mode``).
weighted : bool, default False
    A* from the weights (W+ - 2 W-) instead of the signs (Everett-Borgatti).
beta : float, default 0
    Discount; 0 means 1 / (2n - 2).
mode : {"all", "out", "in"}
    For a matrix, "all" needs a symmetric matrix; "out" uses the ties sent (rows),
    "in" the ties received (columns). A SignedGraph is undirected: every mode
    gives the same result.
method : {"auto", "iteration", "sparse_lu"}
    "iteration": x <- 1 + beta A* x, which provably converges when
    r = beta max_i sum_j |a*_ij| < 1 (stopped by the Banach error bound);
    "sparse_lu": a sparse LU of I - beta A*; "auto": iteration when r <= 1/2.

Returns
-------
PNResult
    pn (per vertex), beta, mode, method, contraction (r), iterations, convention.

Raises
------
ValueError
    Fewer than 2 vertices, a negative beta, a non-square, non-finite or
    non-symmetric (mode "all") matrix, or a non-zero diagonal.
ArithmeticError
    I - beta A* is singular (two vertices with a negative tie under the default
    beta; otherwise only with weights above 1 or a larger beta).

Complexity: iteration O(m) per step; sparse LU as its fill-in allows. Releases the GIL.
Reference: Everett & Borgatti (2014) Social Networks 38: 111-120; signnet ``pn_index``.
)doc");

    m.def(
        "pn_index",
        [](const Eigen::MatrixXd& a, const std::string& mode, bool weighted, double beta, const std::string& method) {
            const pn_options o{.mode = parse_pn_mode(mode), .weighted = weighted, .beta = beta, .method = parse_pn_method(method)};
            py::gil_scoped_release release;
            return pn_index(a, o);
        },
        py::arg("a"), py::arg("mode") = name(pn.mode), py::arg("weighted") = pn.weighted, py::arg("beta") = pn.beta,
        py::arg("method") = name(pn.method),
        "PN centrality of a signed adjacency matrix (a_ij = tie i -> j); see the overload above.");
}

// signed_eigenvector_centrality.
void bind_centrality_eigenvector(py::module_& m) {
    const eigenvector_options eig{};  // Python defaults are the C++ defaults
    m.def(
        "signed_eigenvector_centrality",
        [](const signed_graph& g, bool weighted, bool scale, double tolerance, const std::string& method,
           double sparse_tolerance) {
            const eigenvector_options o{.weighted = weighted, .scale = scale, .tolerance = tolerance,
                                        .method = parse_eigen_method(method), .sparse_tolerance = sparse_tolerance};
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return signed_eigenvector_centrality(snap, o);
        },
        py::arg("g"), py::arg("weighted") = eig.weighted, py::arg("scale") = eig.scale, py::arg("tolerance") = eig.tolerance,
        py::arg("method") = name(eig.method), py::arg("sparse_tolerance") = eig.sparse_tolerance, R"doc(
Signed eigenvector centrality of Bonacich & Lloyd (2004).

v is the eigenvector of A for its eigenvalue of largest modulus (which may be
negative). In a balanced system with two camps, v has one sign per camp. The
sign is fixed so that the first entry of largest |v| is positive (signnet >= 1.0.6).

Parameters
----------
g : SignedGraph
weighted : bool, default False
    Use the weights instead of the signs.
scale : bool, default True
    Divide by the entry of largest |v| (max |v| = 1); False: unit 2-norm.
tolerance : float, default 1e-10
    Relative gap below which two |eigenvalues| count as tied.
method : {"auto", "dense", "sparse"}, default "auto"
    "dense": LAPACK (one tridiagonal reduction). "sparse": Lanczos for the two
    eigenvalues of largest modulus, as scipy's eigsh(k=2). "auto": sparse iff
    n >= 400 and 2m <= n^2 / 8.
sparse_tolerance : float, default 1e-10

Returns
-------
EigenvectorResult
    centrality, eigenvalue, gap, convention.

Raises
------
ValueError
    An empty graph or one without edges.
ArithmeticError
    No dominant eigenvalue (lambda and -lambda, or a repeated eigenvalue, of
    largest modulus): the eigenvector is not unique.

Complexity: dense O(n^3); sparse O(m) per Lanczos step, O(n + m) memory. Releases the GIL.
Reference: Bonacich & Lloyd (2004) Social Networks 26: 331-338; signnet ``eigen_centrality_signed``.
)doc");
}

}  // namespace

void register_centrality(py::module_& root) {
    py::module_ m = root.def_submodule("centrality", "Centrality in signed graphs (see kzsec.centrality).");
    bind_centrality_results(m);
    bind_centrality_signed_degree(m);
    bind_centrality_pn_index(m);
    bind_centrality_eigenvector(m);
}

}  // namespace kzsec::python
