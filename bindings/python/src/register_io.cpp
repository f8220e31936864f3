// Bindings of include/kzsec/io.hpp: the submodule kzsec._core.io, whose
// functions are also re-exported at the top of _core (kzsec.load, ...).
#include "bindings.hpp"

#include <optional>
#include <sstream>

#include <kzsec/errors.hpp>
#include <kzsec/io.hpp>

namespace kzsec::python {

namespace {

// read_network, write_network, loads and to_json: kzsec network JSON.
void bind_io_json(py::module_& io) {
    io.def(
        "read_network", [](const std::filesystem::path& path) { return read_network(path); }, py::arg("path"),
        py::call_guard<py::gil_scoped_release>(), R"doc(
Read a network from a kzsec JSON file (format "kzsec-network", version 1).

Every file type uses the verb pair ``read_<type>`` / ``write_<type>``;
``kzsec.load`` is the former, deprecated name of this function.

Everything is validated before the network is returned.

Parameters
----------
path : str or os.PathLike
    The file; gzip-compressed files are recognised by their magic bytes.

Returns
-------
Network

Raises
------
FileNotFoundError
    If the file cannot be opened.
ValueError
    On malformed JSON or any invalid field. The message names the file and
    the JSON pointer, e.g. ``[kzsec] net.json:/relations/3/value: value 1.5 is
    outside [-1, 1]``.

Notes
-----
Complexity: O(size of the file + R log R) for R relations.
)doc");

    io.def(
        "write_network", [](const network& net, const std::filesystem::path& path) { write_network(net, path); },
        py::arg("network"), py::arg("path"), py::call_guard<py::gil_scoped_release>(), R"doc(
Write a network as kzsec JSON (format version 1; deterministic, pretty-printed).

The file is written atomically: on failure the previous file is left as it
was. Reading it back with ``read_network`` gives an equal network (doubles
round-trip bit-exactly). ``Network.write(path)`` is the same as a method;
``Network.save`` is its former, deprecated name.

Parameters
----------
network : Network
path : str or os.PathLike

Raises
------
RuntimeError
    If the file cannot be written (the message names the file and the
    system's reason).

Notes
-----
Complexity: O(size of the network).
)doc");

    io.def(
        "loads",
        [](const std::string& text, const std::string& origin) { return network_from_json(text, origin); },
        py::arg("text"), py::arg("origin") = "<string>", py::call_guard<py::gil_scoped_release>(), R"doc(
Parse a network from kzsec JSON text.

Parameters
----------
text : str
    The JSON document.
origin : str, default "<string>"
    Name used for the text in error messages.

Returns
-------
Network

Raises
------
ValueError
    As :func:`load`.
)doc");

    io.def(
        "to_json", [](const network& net, int indent) { return network_to_json(net, indent); }, py::arg("network"),
        py::arg("indent") = 2, R"doc(
Serialise a network as kzsec JSON text (deterministic; ``loads(to_json(n)) == n``).

Parameters
----------
network : Network
indent : int, default 2
    Spaces per level; -1 writes one line.

Returns
-------
str
)doc");
}

// read_csv_table.
void bind_io_read_csv_table(py::module_& io) {
    io.def(
        "read_csv_table",
        [](network& net, const std::filesystem::path& path, bool add_missing_actors, bool add_missing_domains) {
            csv_import_options opt;
            opt.add_missing_actors = add_missing_actors;
            opt.add_missing_domains = add_missing_domains;
            read_csv_table(net, path, opt);
        },
        py::arg("network"), py::arg("path"), py::arg("add_missing_actors") = false,
        py::arg("add_missing_domains") = false, R"doc(
Read relations, events, memberships and metrics from a CSV table into a network.

Columns (header required, any order): ``year_from, year_to, actor_a, actor_b,
domain, value`` and optionally ``kind, confidence, basis, article_ref`` (or
``section``), ``note, source, directed``. Rows of kind ``level`` become
relations, ``event``/``domestic`` events, ``membership`` memberships,
``metric``/``vote``/``fact`` metrics; without a ``kind`` column every row is a
relation. See docs/file-format.md.

Parameters
----------
network : Network
    Changed in place, and only if every row is valid.
path : str or os.PathLike
add_missing_actors : bool, default False
    Add unknown actors (as states; as organisations if they are the
    organisation of a membership row) instead of failing.
add_missing_domains : bool, default False
    Add unknown domains instead of failing.

Raises
------
FileNotFoundError
ValueError
    ``[kzsec] file.csv:12: column 'value': 'abc' is not a number`` and the like.
)doc");
}

// read_edge_list.
void bind_io_read_edge_list(py::module_& io) {
    io.def(
        "read_edge_list",
        [](const std::filesystem::path& path, bool directed, const std::string& symmetrize,
           std::optional<std::string> delimiter, std::optional<bool> header, int source_column, int target_column,
           std::optional<int> weight_column, const std::string& self_loops, std::optional<std::string> comment) {
            edge_list_options opt;
            opt.graph.directed = directed;
            opt.graph.symmetrize = parse_symmetrize_rule(symmetrize);
            opt.graph.self_loops = parse_self_loop_policy(self_loops);
            if (delimiter) {
                if (*delimiter == "whitespace" || *delimiter == " ") {
                    opt.delimiter = ' ';
                } else if (delimiter->size() == 1) {
                    opt.delimiter = (*delimiter)[0];
                } else {
                    throw invalid_input("[kzsec] read_edge_list: delimiter must be one character or 'whitespace'");
                }
            }
            opt.header = header ? (*header ? 1 : 0) : -1;
            opt.source_column = source_column;
            opt.target_column = target_column;
            opt.weight_column = weight_column ? *weight_column : -1;
            if (comment) {
                if (comment->size() > 1) throw invalid_input("[kzsec] read_edge_list: comment must be one character");
                opt.comment = comment->empty() ? '\0' : (*comment)[0];
            } else {
                opt.comment = '\0';
            }
            py::gil_scoped_release release;
            return read_edge_list(path, opt);
        },
        py::arg("path"), py::arg("directed") = false, py::arg("symmetrize") = "sum", py::arg("delimiter") = py::none(),
        py::arg("header") = py::none(), py::arg("source_column") = 0, py::arg("target_column") = 1,
        py::arg("weight_column") = 2, py::arg("self_loops") = "error", py::arg("comment") = "#", R"doc(
Read a signed edge list (CSV, TSV or white-space separated; gzip recognised by
its magic bytes) into a SignedGraph.

Parameters
----------
path : str or os.PathLike
directed : bool, default False
    Read each row as a directed tie source -> target.
symmetrize : {"sum", "sign_sum", "min", "max", "negative_wins", "error"}, default "sum"
    How several ties of one pair are reduced to one undirected tie. ``"sum"``
    with ``directed=True`` is the KONECT convention A = sign(W + W^T).
delimiter : str, optional
    ``","``, ``"\t"``, ``";"`` ... or ``"whitespace"``; None detects (tab if the
    first data line has a tab, else comma if it has one, else white space).
header : bool, optional
    None detects a header: the first row's weight field is not a number.
source_column, target_column : int, default 0, 1
    0-based columns of the vertex labels (kept as strings).
weight_column : int or None, default 2
    0-based column of the weight; None gives every tie weight +1.
self_loops : {"error", "drop"}, default "error"
comment : str or None, default "#"
    Lines starting with this character or with "%" are skipped; None or ""
    disables comments.

Returns
-------
SignedGraph
    Vertices in order of first appearance; ``reduction()`` reports merged and
    cancelled pairs.

Raises
------
FileNotFoundError
ValueError
    ``[kzsec] edges.csv:12: column 3 (weight): 'abc' is not a finite number``.

Notes
-----
Complexity: O(m log m) for m rows.
)doc");
}

// write_graphml, write_dot, graphml_string and dot_string.
void bind_io_writers(py::module_& io) {
    io.def(
        "write_graphml",
        [](const signed_graph& g, const std::filesystem::path& path) { write_graphml(g, path); }, py::arg("graph"),
        py::arg("path"), R"doc(
Write a SignedGraph as GraphML: node key ``label`` (string), edge keys
``weight`` (double, written so it reads back exactly) and ``sign`` (+1/-1).

Parameters
----------
graph : SignedGraph
path : str or os.PathLike

Raises
------
ValueError
    If a label is not valid UTF-8 or holds a control character XML cannot carry.
)doc");

    io.def(
        "write_dot", [](const signed_graph& g, const std::filesystem::path& path) { write_dot(g, path); },
        py::arg("graph"), py::arg("path"), R"doc(
Write a SignedGraph as Graphviz DOT: nodes ``n<i>`` with quoted, escaped
``label``; edges with ``weight``, ``sign``, green solid if positive and red
dashed if negative.

Parameters
----------
graph : SignedGraph
path : str or os.PathLike
)doc");

    io.def(
        "graphml_string",
        [](const signed_graph& g) {
            std::ostringstream o;
            write_graphml(g, o);
            return o.str();
        },
        py::arg("graph"), "GraphML text of a SignedGraph (as written by write_graphml).");
    io.def(
        "dot_string",
        [](const signed_graph& g) {
            std::ostringstream o;
            write_dot(g, o);
            return o.str();
        },
        py::arg("graph"), "DOT text of a SignedGraph (as written by write_dot).");
}

// get_input_limits and set_input_limits.
void bind_io_input_limits(py::module_& io) {
    io.def(
        "get_input_limits",
        [] {
            const input_limits l = get_input_limits();
            py::dict d;
            d["max_input_bytes"] = l.max_input_bytes;
            d["max_json_depth"] = l.max_json_depth;
            return d;
        },
        R"doc(
The limits in force on what the loaders accept (docs/reliability.md).

Returns
-------
dict
    ``{"max_input_bytes": int, "max_json_depth": int}``: the largest input in
    bytes (checked before and after gzip decompression; default 256 MiB or
    ``KZSEC_MAX_INPUT_BYTES``) and the deepest JSON nesting (default 64 or
    ``KZSEC_MAX_JSON_DEPTH``).
)doc");
    io.def(
        "set_input_limits",
        [](std::optional<std::size_t> max_input_bytes, std::optional<int> max_json_depth) {
            input_limits l = get_input_limits();
            if (max_input_bytes) l.max_input_bytes = *max_input_bytes;
            if (max_json_depth) l.max_json_depth = *max_json_depth;
            set_input_limits(l);
        },
        py::kw_only(), py::arg("max_input_bytes") = py::none(), py::arg("max_json_depth") = py::none(), R"doc(
Change the limits on what the loaders accept, for every later load in the process.

Parameters
----------
max_input_bytes : int, optional
    Largest input in bytes, checked on the bytes read and after gzip
    decompression. Unchanged if omitted.
max_json_depth : int, optional
    Deepest nesting of arrays and objects in a network or scenario JSON file.
    Unchanged if omitted.

Raises
------
ValueError
    If ``max_input_bytes`` is 0 or ``max_json_depth`` is below 1.
)doc");
}

}  // namespace

void register_io(py::module_& m) {
    py::module_ io = m.def_submodule("io", "Reading and writing networks and signed graphs (kzsec.io).");
    io.attr("network_format_version") = network_format_version;
    bind_io_json(io);
    bind_io_read_csv_table(io);
    bind_io_read_edge_list(io);
    bind_io_writers(io);
    bind_io_input_limits(io);

    for (const char* name : {"read_network", "write_network", "loads", "to_json", "read_csv_table", "read_edge_list",
                             "write_graphml", "write_dot"})
        m.attr(name) = io.attr(name);
}

}  // namespace kzsec::python
