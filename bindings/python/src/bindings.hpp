#pragma once
// Common first include of every binding translation unit.
#include <algorithm>
#include <vector>

#include <pybind11/eigen.h>
#include <pybind11/numpy.h>
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

namespace py = pybind11;

namespace kzsec::python {
/// A numpy array holding a copy of `v` (one allocation, one copy).
template <class T>
py::array_t<T> to_array(const std::vector<T>& v) {
    py::array_t<T> a(static_cast<py::ssize_t>(v.size()));
    std::copy(v.begin(), v.end(), a.mutable_data());
    return a;
}

// One registration function per topic; module.cpp calls them in order.
/// Emits a DeprecationWarning (a renamed attribute kept for one release); raises if warnings are errors.
inline void warn_deprecated(const char* message) {
    if (PyErr_WarnEx(PyExc_DeprecationWarning, message, 1) < 0) throw py::error_already_set();
}

void register_graph(py::module_& m);
void register_network(py::module_& m);
void register_io(py::module_& m);
void register_report(py::module_& m);
void register_world(py::module_& m);
void register_datasets(py::module_& m);
void register_balance(py::module_& m);
void register_generators(py::module_& m);
void register_significance(py::module_& m);
void register_triads(py::module_& m);  // adds to the balance submodule
void register_centrality(py::module_& m);
void register_hedging(py::module_& m);
void register_similarity(py::module_& m);
void register_power(py::module_& m);
void register_scenario(py::module_& m);
}  // namespace kzsec::python
