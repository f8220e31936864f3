// Bindings of include/kzsec/spectral_clustering.hpp, added to the submodule kzsec._core.balance
// (registered after register_blockmodel_general).
#include "bindings.hpp"
#include "private_copy.hpp"

#include <cstdint>
#include <limits>
#include <vector>

#include <fmt/format.h>

#include <kzsec/spectral_clustering.hpp>

namespace kzsec::python {

namespace {

// SpectralClusteringResult.
void bind_spectral_clustering_result(py::module_& m) {
    py::class_<spectral_clustering_result>(
        m, "SpectralClusteringResult",
        "Result of signed_spectral_clustering (membership, spectrum, eigengaps, embedding, criterion).")
        .def_property_readonly("membership", [](const spectral_clustering_result& r) { return to_array(r.membership); },
                               "Cluster per vertex, 0..k-1 (numbered by first appearance before the polish).")
        .def_property_readonly("block_sizes", [](const spectral_clustering_result& r) { return to_array(r.block_sizes); })
        .def_readonly("k", &spectral_clustering_result::k)
        .def_readonly("eigenvalues", &spectral_clustering_result::eigenvalues,
                      "The `spectrum` smallest eigenvalues, ascending (generalised ones for SPONGE).")
        .def_readonly("eigengaps", &spectral_clustering_result::eigengaps,
                      "eigengaps[j] = eigenvalues[j + 1] - eigenvalues[j].")
        .def_readonly("suggested_k", &spectral_clustering_result::suggested_k,
                      "2 + the index of the largest eigengap: j small eigenvalues then a jump suggest j + 1 clusters.")
        .def_readonly("embedding", &spectral_clustering_result::embedding,
                      "n x dimensions: the eigenvectors used (unit columns); rows of vertices without ties are 0.")
        .def_readonly("kmeans_inertia", &spectral_clustering_result::kmeans_inertia)
        .def_readonly("criterion_spectral", &spectral_clustering_result::criterion_spectral,
                      "Blockmodel criterion 2 [alpha N + (1 - alpha) P] of the k-means partition.")
        .def_readonly("criterion", &spectral_clustering_result::criterion,
                      "The same criterion of membership (after the polish, if any).")
        .def_readonly("moves", &spectral_clustering_result::moves, "Single-vertex moves made by the polish.")
        .def_readonly("isolated", &spectral_clustering_result::isolated,
                      "Vertices without ties (not embedded; in cluster 0).")
        .def_readonly("method", &spectral_clustering_result::method)
        .def_property_readonly("eigen_method", [](const spectral_clustering_result& r) {
            return std::string(to_string(r.eigen_method)); }, "The solver used: 'dense' or 'sparse'.");
}

// signed_spectral_clustering.
void bind_spectral_clustering_function(py::module_& m) {
    m.def(
        "signed_spectral_clustering",
        [](const signed_graph& g, std::size_t k, const std::string& method, double tau_p, double tau_n,
           std::size_t dimensions, std::size_t spectrum, bool weighted, const std::string& eigen_method,
           double sparse_tolerance, std::uint64_t seed, std::size_t kmeans_restarts, std::size_t kmeans_iterations,
           bool polish, double alpha) {
            spectral_clustering_options o;
            o.k = k;
            o.method = parse_spectral_clustering_method(method);
            o.tau_p = tau_p;
            o.tau_n = tau_n;
            o.dimensions = dimensions;
            o.spectrum = spectrum;
            o.weighted = weighted;
            o.eigen_method = parse_eigen_method(eigen_method);
            o.sparse_tolerance = sparse_tolerance;
            o.seed = seed;
            o.kmeans_restarts = kmeans_restarts;
            o.kmeans_iterations = kmeans_iterations;
            o.polish = polish;
            o.alpha = alpha;
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return signed_spectral_clustering(snap, o);
        },
        py::arg("g"), py::arg("k") = 2, py::arg("method") = "sponge", py::arg("tau_p") = 1.0, py::arg("tau_n") = 1.0,
        py::arg("dimensions") = 0, py::arg("spectrum") = 0, py::arg("weighted") = false,
        py::arg("eigen_method") = "auto", py::arg("sparse_tolerance") = 1e-10, py::arg("seed") = 1,
        py::arg("kmeans_restarts") = 10, py::arg("kmeans_iterations") = 300, py::arg("polish") = true,
        py::arg("alpha") = 0.5, R"doc(
Spectral clustering of a signed graph: SPONGE, SPONGE_sym or the signed Laplacian.

The vertices are embedded by the eigenvectors of the smallest eigenvalues of

- "sponge": (L+ + tau_n D-) v = lambda (L- + tau_p D+) v  (Cucuringu et al. 2019),
- "sponge_sym": (L+_sym + tau_n I) v = lambda (L-_sym + tau_p I) v,
- "signed_laplacian": D_bar - A, D_bar = diag(sum_j |A_ij|)  (Kunegis et al. 2010),
- "signed_laplacian_sym": I - D_bar^-1/2 A D_bar^-1/2,

clustered by seeded k-means++ (the best of kmeans_restarts starts), then, with polish,
improved by single-vertex moves that lower the blockmodel criterion
2 [alpha N + (1 - alpha) P] (positive inside clusters, negative between; as blockmodel).

Parameters
----------
g : SignedGraph
k : int, default 2
    Number of clusters (at most the vertices with a tie).
method : {"sponge", "sponge_sym", "signed_laplacian", "signed_laplacian_sym"}
tau_p, tau_n : float, default 1.0
    Regularisation of SPONGE (> 0).
dimensions : int, default 0
    Eigenvectors in the embedding; 0: k - 1 for SPONGE (at least 1), k for the Laplacian.
spectrum : int, default 0
    Smallest eigenvalues reported (eigengaps, suggested_k); 0: max(dimensions + 1, 10).
weighted : bool, default False
    |w| instead of 1 per tie, in the matrices and the criterion.
eigen_method : {"auto", "dense", "sparse"}
    auto: sparse (Lanczos) iff n >= 400 and 2m <= n**2 / 8.
sparse_tolerance : float, default 1e-10
seed : int, default 1
    Seed of k-means++.
kmeans_restarts, kmeans_iterations : int, default 10, 300
polish : bool, default True
alpha : float, default 0.5

Returns
-------
SpectralClusteringResult
    membership, block_sizes, eigenvalues, eigengaps, suggested_k, embedding,
    kmeans_inertia, criterion_spectral, criterion, moves, isolated, method, eigen_method.

Raises ValueError for k = 0 or above the vertices with a tie, tau_p or tau_n not a
finite positive number, alpha outside [0, 1], kmeans_restarts = 0 or an unknown
method. Releases the GIL.
)doc");
}

// adjusted_rand_index: labels from any integer array-like.
std::vector<int> labels_of(const index_array& x, const char* name) {
    if (x.ndim() != 1)
        throw invalid_input(fmt::format("[kzsec] adjusted_rand_index: {} must be one-dimensional, not {}-dimensional",
                                        name, x.ndim()));
    std::vector<int> out(static_cast<std::size_t>(x.size()));
    const std::int64_t* p = x.data();
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (p[i] < std::numeric_limits<int>::min() || p[i] > std::numeric_limits<int>::max())
            throw invalid_input(fmt::format("[kzsec] adjusted_rand_index: {}[{}] = {} is not a label in the range of int",
                                            name, i, p[i]));
        out[i] = static_cast<int>(p[i]);
    }
    return out;
}

void bind_adjusted_rand_index(py::module_& m) {
    m.def(
        "adjusted_rand_index",
        [](const index_array& a, const index_array& b) {
            const std::vector<int> la = labels_of(a, "a"), lb = labels_of(b, "b");
            py::gil_scoped_release release;
            return adjusted_rand_index(la, lb);
        },
        py::arg("a"), py::arg("b"), R"doc(
Adjusted Rand index of two partitions of the same items (Hubert & Arabie 1985).

With n_ij the items in cluster i of ``a`` and cluster j of ``b``, row and
column sums a_i, b_j and C(x) = x(x - 1)/2::

    ARI = (sum C(n_ij) - E) / ((sum C(a_i) + sum C(b_j)) / 2 - E),
    E = sum C(a_i) * sum C(b_j) / C(n)

1 for the same partition (whatever the labels), 0 in expectation for
independent random partitions, negative below chance. Two partitions that are
both one cluster, or both all singletons, give 1. Use it to compare a
recovered partition (``signed_spectral_clustering(...).membership``, a
blockmodel's ``partition``) with planted blocks or known blocs.

Parameters
----------
a, b : array-like of int, length n >= 2
    The cluster label of each item; any integers.

Returns
-------
float

Raises
------
ValueError
    If the lengths differ, n < 2, or a label is not an integer in the range of
    a C int.

Notes
-----
Complexity: O(n log n). Reference: L. Hubert and P. Arabie (1985),
"Comparing partitions", Journal of Classification 2:193-218.
)doc");
}

}  // namespace

void register_spectral_clustering(py::module_& root) {
    py::module_ m = root.attr("balance").cast<py::module_>();
    bind_spectral_clustering_result(m);
    bind_spectral_clustering_function(m);
    bind_adjusted_rand_index(m);
}

}  // namespace kzsec::python
