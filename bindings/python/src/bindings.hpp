#pragma once
// Common first include of every binding translation unit.
#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

#include <pybind11/eigen.h>
#include <pybind11/numpy.h>
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

namespace py = pybind11;

namespace kzsec::python {
/// An integer array argument (vertex indices, labels): any integer array-like, converted to a
/// C-contiguous int64 array when needed.
using index_array = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>;

/// A numpy array holding a copy of `v` (one allocation, one copy).
template <class T>
py::array_t<T> to_array(const std::vector<T>& v) {
    py::array_t<T> a(static_cast<py::ssize_t>(v.size()));
    std::copy(v.begin(), v.end(), a.mutable_data());
    return a;
}

/// A C++ progress hook (`mc_options::progress`, `world_options::progress`) for a call that
/// runs with the GIL released: at most every `interval` seconds (and at the start and the
/// end), it takes the GIL, runs the signal handlers (`PyErr_CheckSignals`: Ctrl-C or
/// Jupyter's interrupt raise KeyboardInterrupt out of the C++ loop) and calls
/// `callback(done, total)` unless it is None; a callback returning False cancels the run
/// (the C++ function then throws kzsec::cancelled). Always installed, so the interrupt works
/// without a progress bar.
inline std::function<bool(std::size_t, std::size_t)> progress_hook(py::object callback, double interval = 0.1) {
    struct state {
        py::object cb;
        std::chrono::steady_clock::time_point last{};
        bool first = true;
        ~state() {
            py::gil_scoped_acquire gil;
            cb = py::object();
        }
    };
    auto st = std::make_shared<state>();
    st->cb = std::move(callback);
    return [st, interval](std::size_t done, std::size_t total) -> bool {
        const auto now = std::chrono::steady_clock::now();
        if (!st->first && done < total && std::chrono::duration<double>(now - st->last).count() < interval) return true;
        st->first = false;
        st->last = now;
        py::gil_scoped_acquire gil;
        if (PyErr_CheckSignals() != 0) throw py::error_already_set();
        if (st->cb.is_none()) return true;
        py::object r = st->cb(done, total);
        return r.is_none() || r.cast<bool>();
    };
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
void register_clustering(py::module_& m);  // adds to the balance submodule
void register_directed(py::module_& m);    // adds to the balance submodule
void register_centrality(py::module_& m);
void register_hedging(py::module_& m);
void register_similarity(py::module_& m);
void register_power(py::module_& m);
void register_scenario(py::module_& m);
}  // namespace kzsec::python
