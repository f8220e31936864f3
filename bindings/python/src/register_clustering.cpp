// Bindings of include/kzsec/clustering.hpp, added to the submodule kzsec._core.balance
// (registered after register_balance).
#include "bindings.hpp"
#include "private_copy.hpp"

#include <kzsec/clustering.hpp>

namespace kzsec::python {

void register_clustering(py::module_& root) {
    py::module_ m = root.attr("balance").cast<py::module_>();

    py::class_<signed_clustering_result>(m, "SignedClusteringResult",
                                         "Result of signed_clustering (local and global, signed and unsigned).")
        .def_property_readonly("local", [](const signed_clustering_result& r) { return to_array(r.local); },
                               "Local signed clustering coefficient per vertex (0 if degree < 2).")
        .def_property_readonly("local_unsigned",
                               [](const signed_clustering_result& r) { return to_array(r.local_unsigned); },
                               "Local (unsigned) clustering coefficient per vertex (0 if degree < 2).")
        .def_readonly("global_signed", &signed_clustering_result::global_signed,
                      "Global signed clustering coefficient C_s = 3 * sign_sum / wedges (NaN without wedges).")
        .def_readonly("global_unsigned", &signed_clustering_result::global_unsigned,
                      "Global clustering coefficient C = 3 * triangles / wedges (NaN without wedges).")
        .def_readonly("relative", &signed_clustering_result::relative, "C_s / C (NaN if C is 0 or NaN).")
        .def_readonly("average_local", &signed_clustering_result::average_local,
                      "Mean of local over all vertices (NaN for an empty graph).")
        .def_readonly("wedges", &signed_clustering_result::wedges, "Sum over vertices of C(degree, 2).")
        .def_readonly("triangles", &signed_clustering_result::triangles)
        .def_readonly("balanced_triangles", &signed_clustering_result::balanced_triangles)
        .def_readonly("sign_sum", &signed_clustering_result::sign_sum,
                      "Sum over triangles of the product of the three signs (balanced - unbalanced).");

    py::class_<negativity_result>(m, "NegativityResult", "Result of negativity.")
        .def_readonly("edges", &negativity_result::edges)
        .def_readonly("negative", &negativity_result::negative)
        .def_readonly("negativity", &negativity_result::negativity, "negative / edges (NaN without ties).");

    m.def(
        "signed_clustering",
        [](const signed_graph& g) {
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return signed_clustering(snap);
        },
        py::arg("g"), R"doc(
Signed clustering coefficient (Kunegis, Lommatzsch & Bauckhage 2009), local and global.

c_u = sum over tied pairs {v, w} of u's neighbours of sign(uv) sign(uw) sign(vw),
divided by C(d_u, 2) (0 if d_u < 2); C_s = 3 * sum over triangles of the sign
product / number of wedges. Weights enter by their sign.

Parameters
----------
g : SignedGraph

Returns
-------
SignedClusteringResult
    local, local_unsigned (numpy arrays in vertex order), global_signed (C_s),
    global_unsigned (C), relative (C_s / C), average_local,
    wedges, triangles, balanced_triangles, sign_sum.

O(m^1.5); releases the GIL.
)doc");

    m.def(
        "negativity",
        [](const signed_graph& g) { return negativity(g); }, py::arg("g"), R"doc(
Negativity: the share of negative ties, negative / edges (KONECT's statistic zeta).

Parameters
----------
g : SignedGraph

Returns
-------
NegativityResult
    edges, negative, negativity (NaN for a graph without ties).

O(m). For the share of negative arcs of a directed network, see dyadic_conflict.
)doc");
}

}  // namespace kzsec::python
