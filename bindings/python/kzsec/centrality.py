"""Centrality in signed graphs.

Functions (see docs/centrality.md for the formulas, conventions and the
published values they reproduce):

``signed_degree``
    Positive, negative, net and ratio degree of every actor.
``pn_index``
    Everett-Borgatti PN centrality, PN = (I - beta A*)^-1 1 with A* = P - 2N,
    for a graph or a (directed) signed adjacency matrix.
``signed_eigenvector_centrality``
    Bonacich-Lloyd signed eigenvector of the eigenvalue of largest modulus.
``table``
    All of them per actor as a pandas DataFrame.
"""
from __future__ import annotations

from typing import Any

from ._args import wrap_module as _wrap_module
from . import _core
from ._missing import require as _require

_c = _core.centrality

SignedDegreeResult = _c.SignedDegreeResult
PNResult = _c.PNResult
EigenvectorResult = _c.EigenvectorResult
signed_degree = _c.signed_degree
pn_index = _c.pn_index
signed_eigenvector_centrality = _c.signed_eigenvector_centrality

__all__ = [
    "EigenvectorResult",
    "PNResult",
    "SignedDegreeResult",
    "pn_index",
    "signed_degree",
    "signed_eigenvector_centrality",
    "table",
]


def table(g: Any, *, weighted: bool = False) -> Any:
    """Signed degrees, PN and signed eigenvector centrality per actor.

    Parameters
    ----------
    g : SignedGraph
        The graph (at least two actors).
    weighted : bool, default False
        Use the weights instead of the signs, in every index.

    Returns
    -------
    pandas.DataFrame
        Indexed by actor label, with columns ``positive, negative, net, ratio,
        pn, eigenvector``. ``eigenvector`` is NaN when no eigenvalue dominates
        (the eigenvector is then not unique) or the graph has no edges.

    Raises
    ------
    MissingDependencyError
        pandas is not installed.

    Examples
    --------
    >>> import kzsec
    >>> g = kzsec.SignedGraph.from_edges([("A", "B", 1), ("B", "C", -1), ("A", "C", -1)])
    >>> kzsec.centrality.table(g)["net"].tolist()
    [0.0, 0.0, -2.0]
    """
    pd = _require("pandas", "kzsec.centrality.table")
    import numpy as np

    d = signed_degree(g, weighted=weighted)
    pn = pn_index(g, weighted=weighted).pn
    try:
        ev = signed_eigenvector_centrality(g, weighted=weighted).centrality
    except (ArithmeticError, ValueError):
        ev = np.full(g.num_vertices, np.nan)
    return pd.DataFrame(
        {"positive": d.positive, "negative": d.negative, "net": d.net, "ratio": d.ratio, "pn": pn, "eigenvector": ev},
        index=pd.Index(list(g.labels), name="actor"),
    )


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.centrality")  # a mistyped keyword is named, not pybind11's whole signature
