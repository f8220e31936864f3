// Bindings of include/kzsec/generators.hpp as the submodule kzsec._core.generators.
#include "bindings.hpp"

#include <kzsec/generators.hpp>

namespace kzsec::python {

namespace {

// PlantedGraph and signed_gnp.
void bind_generators_gnp(py::module_& m) {
    py::class_<planted_graph>(m, "PlantedGraph", "A random signed graph with its planted blocks.")
        .def_readonly("graph", &planted_graph::graph, "The SignedGraph (vertices '0'..'n-1' in block order).")
        .def_property_readonly("membership", [](const planted_graph& p) { return to_array(p.membership); },
                               "Block (island, mode) of every vertex, 0..k-1.")
        .def("__repr__", [](const planted_graph& p) {
            return "PlantedGraph(n=" + std::to_string(p.graph.num_vertices()) +
                   ", ties=" + std::to_string(p.graph.num_edges()) +
                   ", negative=" + std::to_string(p.graph.num_negative_edges()) + ")";
        });

    m.def(
        "signed_gnp",
        [](std::size_t n, double p, double negative, std::uint64_t seed) {
            py::gil_scoped_release release;
            return signed_gnp(n, p, negative, seed);
        },
        py::arg("n"), py::arg("p"), py::arg("negative"), py::arg("seed") = 1, R"doc(
Signed Erdos-Renyi graph: each pair is a tie with probability ``p``, and each
tie is negative (-1) with probability ``negative``, else positive (+1).

Parameters
----------
n : int
p : float in [0, 1]
negative : float in [0, 1]
seed : int, default 1

Returns
-------
SignedGraph

Raises ValueError if a probability is outside [0, 1]. Expected O(n + m log m);
releases the GIL. As signnet's ``sample_gnp_signed``.
)doc");
}

// signed_sbm and planted_ssbm.
void bind_generators_block_models(py::module_& m) {
    m.def(
        "signed_sbm",
        [](std::vector<std::size_t> sizes, const Eigen::MatrixXd& density, const Eigen::MatrixXd& negative,
           std::uint64_t seed) {
            py::gil_scoped_release release;
            return signed_sbm(sizes, density, negative, seed);
        },
        py::arg("sizes"), py::arg("density"), py::arg("negative"), py::arg("seed") = 1, R"doc(
Signed stochastic block model.

A pair in blocks (a, b) is a tie with probability ``density[a, b]``, and the
tie is negative with probability ``negative[a, b]``.

Parameters
----------
sizes : list of int
    Block sizes; vertices are numbered block after block.
density, negative : (k, k) symmetric arrays with entries in [0, 1]
seed : int, default 1

Returns
-------
PlantedGraph
    ``graph`` and ``membership`` (block per vertex).

Raises ValueError naming the entry of a matrix that is not k x k, not
symmetric or outside [0, 1]. Expected O(n + k^2 + m log m); releases the GIL.
)doc");

    m.def(
        "planted_ssbm",
        [](std::size_t n, std::size_t k, double p, double eta, std::uint64_t seed) {
            py::gil_scoped_release release;
            return planted_ssbm(n, k, p, eta, seed);
        },
        py::arg("n"), py::arg("k"), py::arg("p"), py::arg("eta"), py::arg("seed") = 1, R"doc(
Planted signed stochastic block model SSBM(n, k, p, eta) (Cucuringu et al. 2019).

k blocks of (nearly) equal size; every pair is a tie with probability ``p``,
positive inside a block and negative between blocks, then each sign is flipped
with probability ``eta``. With ``eta=0`` the blocks are the coalitions of a
(weakly, for k > 2) balanced graph.

Parameters
----------
n, k : int
p, eta : float in [0, 1]
seed : int, default 1

Returns
-------
PlantedGraph
)doc");
}

// islands and signed_bipartite.
void bind_generators_islands_bipartite(py::module_& m) {
    m.def(
        "islands",
        [](std::size_t count, std::size_t size, double density, std::size_t between, std::uint64_t seed) {
            py::gil_scoped_release release;
            return islands(count, size, density, between, seed);
        },
        py::arg("islands"), py::arg("size"), py::arg("density"), py::arg("between"), py::arg("seed") = 1, R"doc(
Islands: positive G(size, density) groups with exactly ``between`` distinct
negative ties (uniformly chosen) between every two groups; signnet's
``sample_islands_signed(islands.n, islands.size, islands.pin, n.inter)``.

Returns
-------
PlantedGraph
    ``membership`` is the island of every vertex.
)doc");

    m.def(
        "signed_bipartite",
        [](std::size_t n1, std::size_t n2, double p, double negative, std::uint64_t seed) {
            py::gil_scoped_release release;
            return signed_bipartite(n1, n2, p, negative, seed);
        },
        py::arg("n1"), py::arg("n2"), py::arg("p"), py::arg("negative"), py::arg("seed") = 1, R"doc(
Random signed bipartite graph (signnet's ``sample_bipartite_signed``): each of
the n1 * n2 pairs across the modes is a tie with probability ``p``, negative with
probability ``negative``.

Returns
-------
PlantedGraph
    ``membership`` is the mode (0 or 1) of every vertex.
)doc");
}

}  // namespace

void register_generators(py::module_& root) {
    py::module_ m = root.def_submodule("generators", "Seeded random signed graphs (see kzsec.generators).");
    bind_generators_gnp(m);
    bind_generators_block_models(m);
    bind_generators_islands_bipartite(m);
}

}  // namespace kzsec::python
