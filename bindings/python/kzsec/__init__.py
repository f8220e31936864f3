"""kzsec — signed multi-domain networks, structural balance and hedging
indicators for the study of small states' foreign and security policy.

The compiled core lives in the private extension ``kzsec._core``; this package
re-exports its public names and adds helpers that import pandas, networkx and
matplotlib only when they are called.
"""
from __future__ import annotations

from ._blas import kernel_while_loading as _kernel_while_loading

try:
    with _kernel_while_loading():  # the OpenBLAS kernel for this CPU (kzsec/_blas.py)
        from . import _core
except ImportError as exc:  # pragma: no cover - only when the extension is missing
    raise ImportError(
        "kzsec's compiled extension kzsec._core could not be imported. Install the package "
        "with `pip install .` from the source tree, or build it with CMake and put "
        "<build>/python on PYTHONPATH."
    ) from exc

from ._core import (  # noqa: F401
    __version__,
    min_year,
    max_year,
    max_draws,
    Actor,
    DomainInfo,
    Event,
    Membership,
    Metric,
    Network,
    NetworkMetadata,
    ReductionReport,
    CancelledPair,
    Relation,
    SignedGraph,
    read_network,
    write_network,
    read_edge_list,
)
from ._args import patch_core as _patch_core  # noqa: E402

_patch_core()  # from_edges/from_arrays warn when opposite ties cancel; snapshot warns for a year outside the data
from . import datasets  # noqa: E402,F401
from . import balance  # noqa: E402,F401
from . import generators  # noqa: E402,F401
from . import significance  # noqa: E402,F401
from . import centrality  # noqa: E402,F401
from . import hedging  # noqa: E402,F401
from . import similarity  # noqa: E402,F401
from . import power  # noqa: E402,F401
from . import scenario  # noqa: E402,F401
from . import report  # noqa: E402,F401
from ._missing import MissingDependencyError  # noqa: E402,F401
from .interop import from_igraph, from_networkx, to_igraph, to_networkx, to_pandas  # noqa: E402,F401  (lazy imports)
from . import interop  # noqa: E402,F401
from . import io  # noqa: E402,F401
from .io import load  # noqa: E402,F401  (deprecated name of read_network)
from . import world  # noqa: E402,F401
from . import _repr as _repr_module  # noqa: E402

_repr_module.install()  # readable repr, _repr_html_, to_dict, to_frame on every _core class
from ._args import wrap_module as _wrap_module  # noqa: E402

_wrap_module(globals(), ["read_network", "write_network", "read_edge_list"], "kzsec")  # a mistyped keyword is named

__all__ = [
    "__version__",
    "min_year",
    "max_year",
    "max_draws",
    "Actor",
    "DomainInfo",
    "Event",
    "Membership",
    "Metric",
    "Network",
    "NetworkMetadata",
    "ReductionReport",
    "CancelledPair",
    "Relation",
    "SignedGraph",
    "read_network",
    "write_network",
    "read_edge_list",
    "io",
    "datasets",
    "balance",
    "generators",
    "significance",
    "centrality",
    "hedging",
    "similarity",
    "power",
    "scenario",
    "MissingDependencyError",
    "report",
    "from_igraph",
    "from_networkx",
    "to_igraph",
    "to_networkx",
    "to_pandas",
    "interop",
    "plot",
    "world",
]


def __dir__() -> list[str]:
    return sorted(__all__)


def __getattr__(name: str):
    # kzsec.plot is imported on first use (it needs matplotlib only when a function is called).
    if name == "plot":
        import importlib

        return importlib.import_module(".plot", __name__)
    raise AttributeError(f"module 'kzsec' has no attribute {name!r}")
