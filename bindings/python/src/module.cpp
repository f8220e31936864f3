// kzsec._core: the private extension module. The public API is the `kzsec`
// package, which re-exports these names (see bindings/python/kzsec/__init__.py).
#include "bindings.hpp"

#include <kzsec/errors.hpp>
#include <kzsec/version.hpp>

namespace kzsec::python {
void register_cli(py::module_& m);  // register_cli.cpp (declared here: bindings.hpp is every file's include)
}

PYBIND11_MODULE(_core, m) {
    m.doc() = "kzsec C++ core (private; use the `kzsec` package).";
    m.attr("__version__") = kzsec::version;

    // Exception mapping (see include/kzsec/errors.hpp). std::invalid_argument ->
    // ValueError and std::out_of_range -> IndexError are pybind11 defaults; the
    // kzsec-specific ones are registered here so the most derived type wins.
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const kzsec::unknown_actor& e) {
            PyErr_SetString(PyExc_KeyError, e.what());
        } catch (const kzsec::file_not_found& e) {
            PyErr_SetString(PyExc_FileNotFoundError, e.what());
        } catch (const kzsec::numerical_error& e) {
            PyErr_SetString(PyExc_ArithmeticError, e.what());
        } catch (const kzsec::invalid_input& e) {
            PyErr_SetString(PyExc_ValueError, e.what());
        } catch (const kzsec::error& e) {
            PyErr_SetString(PyExc_RuntimeError, e.what());
        }
    });

    kzsec::python::register_graph(m);
    kzsec::python::register_network(m);
    kzsec::python::register_io(m);
    kzsec::python::register_world(m);  // before datasets: datasets.world takes a WorldOptions
    kzsec::python::register_datasets(m);
    kzsec::python::register_balance(m);
    kzsec::python::register_generators(m);
    kzsec::python::register_significance(m);
    kzsec::python::register_triads(m);  // into kzsec._core.balance
    kzsec::python::register_centrality(m);
    kzsec::python::register_hedging(m);
    kzsec::python::register_similarity(m);
    kzsec::python::register_power(m);
    kzsec::python::register_scenario(m);
    kzsec::python::register_report(m);
    kzsec::python::register_cli(m);
}
