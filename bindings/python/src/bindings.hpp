#pragma once
// Common first include of every binding translation unit.
#include <pybind11/eigen.h>
#include <pybind11/numpy.h>
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

namespace py = pybind11;

namespace kzsec::python {
// One registration function per topic; module.cpp calls them in order.
void register_graph(py::module_& m);
void register_network(py::module_& m);
void register_io(py::module_& m);
void register_report(py::module_& m);
void register_datasets(py::module_& m);
void register_balance(py::module_& m);
void register_centrality(py::module_& m);
void register_hedging(py::module_& m);
void register_similarity(py::module_& m);
void register_power(py::module_& m);
void register_scenario(py::module_& m);
}  // namespace kzsec::python
