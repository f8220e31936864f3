"""Reading and writing networks and signed graphs (see docs/file-format.md).

Every file type uses one verb pair, ``read_<type>`` / ``write_<type>`` (as in C++).

``read_network(path)`` / ``write_network(network, path)``
    A :class:`kzsec.Network` from / to a kzsec JSON file (version 1), fully
    validated; errors raise ``ValueError`` naming the file and JSON pointer.
    ``Network.write(path)`` is the method form. ``load`` and ``Network.save``
    are the former names, kept as deprecated aliases.
``loads(text, origin)`` / ``to_json(network)``
    The same format as text (like ``json.loads`` / ``json.dumps``).
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

import os
import warnings as _warnings

from ._args import wrap_module as _wrap_module
from . import _core

_io = _core.io

network_format_version = _io.network_format_version
read_network = _io.read_network
write_network = _io.write_network
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
    "read_network",
    "write_network",
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


def load(path: str | os.PathLike) -> _core.Network:
    """Deprecated name of :func:`read_network` (every file type uses ``read_``/``write_``)."""
    _warnings.warn("kzsec.load is deprecated; use kzsec.read_network", DeprecationWarning, stacklevel=2)
    return read_network(path)


def _save(self, path: str | os.PathLike) -> None:
    """Deprecated name of :meth:`Network.write` (every file type uses ``read_``/``write_``)."""
    _warnings.warn("Network.save is deprecated; use Network.write or kzsec.write_network", DeprecationWarning,
                   stacklevel=2)
    write_network(self, path)


_core.Network.save = _save
