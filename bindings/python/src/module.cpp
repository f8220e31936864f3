// kzsec._core: the private extension module. The public API is the `kzsec`
// package, which re-exports these names (see bindings/python/kzsec/__init__.py).
#include "bindings.hpp"

#include <kzsec/detail/file_io.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/limits.hpp>
#include <kzsec/version.hpp>

namespace kzsec::python {
void register_cli(py::module_& m);  // register_cli.cpp (declared here: bindings.hpp is every file's include)
void register_blockmodel_general(py::module_& m);  // register_blockmodel_general.cpp, into the balance submodule
void register_spectral_clustering(py::module_& m);  // register_spectral_clustering.cpp, into the balance submodule
void register_complex_ties(py::module_& m);  // register_complex_ties.cpp, into the balance submodule
}

PYBIND11_MODULE(_core, m) {
    m.doc() = "kzsec C++ core (private; use the `kzsec` package).";
    m.attr("__version__") = kzsec::version;
    // The limits every entry point checks (include/kzsec/model.hpp; docs/developer-guide.md#limits).
    m.attr("min_year") = kzsec::min_year;
    m.attr("max_year") = kzsec::max_year;
    m.attr("max_draws") = kzsec::max_draws;

    // Exception mapping (see include/kzsec/errors.hpp). std::invalid_argument ->
    // ValueError and std::out_of_range -> IndexError are pybind11 defaults; the
    // kzsec-specific ones are registered here so the most derived type wins.
    // Python needs UTF-8 messages; a message quoting a raw byte of a broken
    // file would otherwise become a UnicodeDecodeError: such bytes become \xNN.
    py::register_exception_translator([](std::exception_ptr p) {
        auto set = [](PyObject* type, const std::exception& e) {
            PyErr_SetString(type, kzsec::detail::escape_invalid_utf8(e.what()).c_str());
        };
        try {
            if (p) std::rethrow_exception(p);
        } catch (const kzsec::unknown_actor& e) {
            set(PyExc_KeyError, e);
        } catch (const kzsec::file_not_found& e) {
            set(PyExc_FileNotFoundError, e);
        } catch (const kzsec::numerical_error& e) {
            set(PyExc_ArithmeticError, e);
        } catch (const kzsec::invalid_input& e) {
            set(PyExc_ValueError, e);
        } catch (const kzsec::error& e) {
            set(PyExc_RuntimeError, e);
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
    kzsec::python::register_clustering(m);  // into kzsec._core.balance
    kzsec::python::register_directed(m);    // into kzsec._core.balance
    kzsec::python::register_blockmodel_general(m);  // into kzsec._core.balance
    kzsec::python::register_spectral_clustering(m);  // into kzsec._core.balance
    kzsec::python::register_complex_ties(m);  // into kzsec._core.balance
    kzsec::python::register_centrality(m);
    kzsec::python::register_hedging(m);
    kzsec::python::register_similarity(m);
    kzsec::python::register_power(m);
    kzsec::python::register_scenario(m);
    kzsec::python::register_report(m);
    kzsec::python::register_cli(m);
}
