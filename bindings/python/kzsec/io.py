"""Reading and writing networks and signed graphs (see docs/file-format.md).

``load(path)`` / ``loads(text, origin)``
    A :class:`kzsec.Network` from the kzsec JSON format (version 1), fully
    validated; errors raise ``ValueError`` naming the file and JSON pointer.
``to_json(network)``
    Deterministic JSON text; ``Network.save(path)`` writes it to a file.
``read_csv_table(network, path, add_missing_actors=False, add_missing_domains=False)``
    Relations, events, memberships and metrics from a facts-table CSV.
``read_edge_list(path, ...)``
    A :class:`kzsec.SignedGraph` from a CSV/TSV/white-space edge list (gzip ok).
``write_graphml(graph, path)``, ``write_dot(graph, path)``
    Export a signed graph (atomically: the old file survives a failure).
``get_input_limits()``, ``set_input_limits(max_input_bytes=..., max_json_depth=...)``
    The bounds on what the loaders accept (docs/reliability.md).
"""
from __future__ import annotations

from ._args import wrap_module as _wrap_module
from . import _core

_io = _core.io

network_format_version = _io.network_format_version
load = _io.load
loads = _io.loads
to_json = _io.to_json
read_csv_table = _io.read_csv_table
read_edge_list = _io.read_edge_list
write_graphml = _io.write_graphml
write_dot = _io.write_dot
graphml_string = _io.graphml_string
dot_string = _io.dot_string
get_input_limits = _io.get_input_limits
set_input_limits = _io.set_input_limits

__all__ = [
    "network_format_version",
    "load",
    "loads",
    "to_json",
    "read_csv_table",
    "read_edge_list",
    "write_graphml",
    "write_dot",
    "graphml_string",
    "dot_string",
    "get_input_limits",
    "set_input_limits",
]


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.io")  # a mistyped keyword is named, not pybind11's whole signature
