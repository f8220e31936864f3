// Bindings of include/kzsec/triads.hpp, added to the submodule kzsec._core.balance
// (registered after register_balance).
#include "bindings.hpp"
#include "private_copy.hpp"

#include <kzsec/triads.hpp>

namespace kzsec::python {

void register_triads(py::module_& root) {
    py::module_ m = root.attr("balance").cast<py::module_>();

    py::class_<focal_triads_result>(m, "FocalTriadsResult", "Result of focal_triads (counts by type, triads).")
        .def_readonly("focal", &focal_triads_result::focal)
        .def_property_readonly("counts", [](const focal_triads_result& r) {
            py::dict d;
            for (std::size_t t = 0; t < focal_triad_types; ++t)
                d[py::str(std::string(to_string(static_cast<focal_triad_type>(t))))] = r.counts[t];
            return d; }, "Count per type, a dict {type name: count} (closed types first, then open).")
        .def_readonly("closed", &focal_triads_result::closed, "Triangles through the focal actor.")
        .def_readonly("open", &focal_triads_result::open, "Open paths focal - u - v (v not tied to the focal actor).")
        .def_readonly("unbalanced", &focal_triads_result::unbalanced, "Unbalanced closed triads (strong balance).")
        .def_readonly("unbalanced_weak", &focal_triads_result::unbalanced_weak,
                      "Unbalanced closed triads under weak balance.")
        .def_property_readonly("triads", [](const focal_triads_result& r) {
            py::list out;
            for (const auto& t : r.triads)
                out.append(py::make_tuple(t.u, t.v, std::string(to_string(t.type))));
            return out; }, "Listed triads (u, v, type) if requested: closed first, then open paths focal - u - v.")
        .def_readonly("list_truncated", &focal_triads_result::list_truncated)
        .def("__repr__", [](const focal_triads_result& r) {
            return "FocalTriadsResult(focal=" + std::to_string(r.focal) + ", closed=" + std::to_string(r.closed) +
                   ", open=" + std::to_string(r.open) + ", unbalanced=" + std::to_string(r.unbalanced) + ")";
        });

    m.def(
        "focal_triads",
        [](const signed_graph& g, const py::object& focal, bool list, std::size_t max_listed) {
            const std::size_t f = py::isinstance<py::str>(focal) ? g.index(focal.cast<std::string>())
                                                                 : focal.cast<std::size_t>();
            focal_triads_options o;
            o.list = list;
            o.max_listed = max_listed;
            const signed_graph snap = private_copy(g);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return focal_triads(snap, f, o);
        },
        py::arg("g"), py::arg("focal"), py::arg("list") = false, py::arg("max_listed") = 1000000, R"doc(
The triads around a focal actor, by type and by the focal actor's position.

Closed triads (the focal actor f tied to u and v, u tied to v), named from f's
point of view: friends_friendly (+ + | +), friends_hostile (+ + | -, unbalanced),
friend_enemy_friendly (+ - | +, a friend is a friend of an enemy, unbalanced),
friend_enemy_hostile (+ - | -), enemies_friendly (- - | +), enemies_hostile
(- - | -, unbalanced under strong balance only). Open paths f - u - v (v not
tied to f): friend_of_friend, enemy_of_friend, friend_of_enemy, enemy_of_enemy.

Parameters
----------
g : SignedGraph
focal : str or int
    Label or vertex index of the focal actor.
list : bool, default False
    Fill ``triads`` with (u, v, type).
max_listed : int

Returns
-------
FocalTriadsResult
    counts (dict by type), closed, open, unbalanced (= triangle_index's
    vertex_unbalanced of the focal actor), unbalanced_weak, triads.

Raises KeyError for an unknown label, ValueError for an index out of range.
O(n + sum of the degrees of f's neighbours); releases the GIL.
)doc");
}

}  // namespace kzsec::python
