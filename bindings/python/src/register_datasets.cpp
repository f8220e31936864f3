// Bindings of include/kzsec/datasets.hpp: the submodule kzsec._core.datasets.
#include "bindings.hpp"
#include "private_copy.hpp"

#include <kzsec/datasets.hpp>

namespace kzsec::python {

namespace {

// DatasetInfo, list and kazakhstan.
void bind_datasets_kazakhstan(py::module_& ds) {
    py::class_<datasets::dataset_info>(ds, "DatasetInfo", "Description of one shipped dataset.")
        .def_readonly("name", &datasets::dataset_info::name, "Function name, e.g. 'kazakhstan'.")
        .def_readonly("title", &datasets::dataset_info::title, "One-line title.")
        .def_readonly("description", &datasets::dataset_info::description, "What the dataset holds.")
        .def_readonly("embedded", &datasets::dataset_info::embedded,
                      "True if stored as embedded JSON text, False if built in code.")
        .def("__repr__", [](const datasets::dataset_info& d) {
            return "DatasetInfo(name='" + d.name + "', title='" + d.title + "')";
        });

    ds.def("list", &datasets::list, R"doc(
The datasets shipped with kzsec.

Returns
-------
list of DatasetInfo
    ``kazakhstan`` (if the library was built with ``data/kazakhstan.json``),
    ``toy_world`` and ``world`` (if built with ``data/world/``), in that order.

Notes
-----
Complexity: O(1).
)doc");

    ds.def("kazakhstan", &datasets::kazakhstan, py::call_guard<py::gil_scoped_release>(), R"doc(
Kazakhstan's foreign and security relations, 1991-2024.

29 actors (Kazakhstan, the powers, the Central Asian neighbours,
organisations, threat clusters); signed relation levels on [-1, 1] per dyad,
domain (security, economic, political, identity and the informational
``economic.water``, already netted into ``economic``) and span of years;
context dyads among the powers; memberships; dated events; metrics
(``trade_share``, ``import_share``, ``export_share``, ``arms_import_share``,
``unga_vote``, ``border_km``, ...). Parsed from the text embedded in the
library: no file is needed. Each call returns a new, independent Network.

Returns
-------
Network

Raises
------
RuntimeError
    If the library was built without ``data/kazakhstan.json``.

Notes
-----
Sources, conventions, judgement values and every correction to the article
and the research draft: ``data/README.md`` and the "Kazakhstan dataset" page
of the documentation. Cite Chukubayev & Kuzembayeva, "Evolution of and
Factors in the Making of Kazakhstan Foreign and Security Policy"
(``net.metadata.citation``).

Complexity: O(size of the embedded text), about 0.2 MB.
)doc");
}

// world and toy_world.
void bind_datasets_worlds(py::module_& ds) {
    ds.def(
        "world",
        [](const world::world_options& opt, py::object progress) {
            world::world_options o = private_copy(opt);  // see private_copy: thread safety
            o.progress = progress_hook(std::move(progress));
            py::gil_scoped_release release;
            return datasets::world(o);
        },
        py::arg("options") = world::world_options{}, py::arg("progress") = py::none(), R"doc(
The world network from public data, 1946-2024 (private form; use
:func:`kzsec.datasets.world`, which takes years, actors, domains and the
options as keywords).

Every state of the COW state system (ISO3 ids; COW and G-W codes as
attributes) with relations in four domains derived by the rules of
docs/world.md: security (ATOP alliances, GML militarised disputes,
Thompson-Dreyer rivalries), political (UN General Assembly agreement;
Bailey-Strezhnev-Voeten ideal points after 2019), economic (directed COW
trade dependence) and institutional (joint COW IGO memberships), with NMC
capabilities as metrics. The embedded data are parsed once per process and
kept; each call builds a fresh network, with the GIL released.

Parameters
----------
options : kzsec.world.WorldOptions, optional
progress : callable or None
    ``progress(stages_done, stages)`` after each build stage (return False
    to cancel: RuntimeError). Ctrl-C stops the build between stages.

Returns
-------
Network

Raises
------
RuntimeError
    If the library was built without data/world/.
ValueError
    On bad options (years reversed, an unknown domain).
KeyError
    On an unknown actor id.

Notes
-----
Complexity: O(data size), a few seconds for all states and years
(docs/benchmarks.md). Reference: docs/world.md, data/world/SOURCES.md.
)doc");

    ds.def("toy_world", &datasets::toy_world, R"doc(
A five-actor toy world for examples and tests.

A small state ``S`` between rival powers ``A`` and ``B``, a neighbour ``N`` and
an organisation ``O`` led by ``A``; four domains, 2000-2009; in 2005 S's
economic weight shifts from A (0.6 -> 0.3) to B (0.2 -> 0.7). The full table
of values is in the C++ header ``kzsec/datasets.hpp``. Values are invented.

Returns
-------
Network

Notes
-----
Complexity: O(1).
)doc");
}

}  // namespace

void register_datasets(py::module_& m) {
    py::module_ ds = m.def_submodule("datasets", "Datasets shipped inside the library (kzsec.datasets).");
    bind_datasets_kazakhstan(ds);
    bind_datasets_worlds(ds);
}

}  // namespace kzsec::python
