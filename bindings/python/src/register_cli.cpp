// Binding of src/cli/kzsec_cli.hpp (the kzsec command line) as the submodule
// kzsec._core.cli; the pip-installed `kzsec` command (kzsec.__main__.main) calls it.
#include "bindings.hpp"

#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <kzsec/errors.hpp>

#include "kzsec_cli.hpp"

namespace kzsec::python {

void register_cli(py::module_& root) {
    py::module_ m = root.def_submodule("cli", "The kzsec command line (see `kzsec --help`).");
    m.def("run",
          [](const std::vector<std::string>& args, const py::object& plot) {
              cli::run_options options;
              if (!plot.is_none()) {
                  // Called from run() with the GIL released: take it back for the Python call, and
                  // turn a Python error into a C++ one while holding it.
                  options.plot = [&plot](const std::string& command, const std::string& json, const std::string& png) {
                      py::gil_scoped_acquire gil;
                      try {
                          plot(command, json, png);
                      } catch (py::error_already_set& e) {
                          throw kzsec::error("[kzsec] --plot: " + std::string(e.what()));
                      }
                  };
              }
              std::ostringstream out, err;
              int rc = 0;
              {
                  py::gil_scoped_release release;
                  rc = cli::run(args, out, err, options);
              }
              return std::make_tuple(rc, py::bytes(out.str()), py::bytes(err.str()));
          },
          py::arg("args"), py::arg("plot") = py::none(), R"doc(Run the kzsec command line.

The same code as the C++ program ``kzsec``: subcommands report, rank, validate, export and
datasets, their options and ``--help``.

Parameters
----------
args : list of str
    Arguments after the program name, e.g. ``["report", "--years", "2022"]``.
plot : callable, optional
    ``plot(command, json, png)`` draws a ``--plot`` figure: ``command`` is ``"plot-report"`` or
    ``"plot-rank"``, ``json`` the report or ranking as JSON text, ``png`` the file to write.
    Default: run ``python -m kzsec <command>`` in a new process.

Returns
-------
tuple of (int, bytes, bytes)
    Exit status (0 = success), standard output and standard error. Bad input is a message in
    standard error and a non-zero status, never an exception.

Notes
-----
Runs with the GIL released (taken back only to call ``plot``).)doc");
}

}  // namespace kzsec::python
