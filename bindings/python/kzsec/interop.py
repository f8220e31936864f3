"""Conversion to and from networkx and pandas.

Each function imports its library when it is called, so ``import kzsec`` needs
only numpy; a missing library raises :class:`kzsec.MissingDependencyError`
(a subclass of :class:`ImportError`) that says how to install it
(``pip install networkx``, or from a kzsec checkout ``pip install ".[networkx]"``).

Conventions
-----------
- A signed tie is an edge whose attribute ``"weight"`` is the signed weight
  (never 0) and ``"sign"`` is ``+1`` or ``-1``.
- A :class:`kzsec.Network` is converted through its snapshot of one year
  (:meth:`kzsec.Network.snapshot`), so ``year`` is required for networks.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ._args import wrap_module as _wrap_module
from . import _core
from ._missing import require as _require

__all__ = ["to_networkx", "from_networkx", "to_igraph", "from_igraph", "to_pandas", "TABLES"]

#: Record tables of a :class:`kzsec.Network` understood by :func:`to_pandas`.
TABLES = ("actors", "domains", "relations", "memberships", "events", "metrics")


# ----------------------------------------------------------------- networkx

def _graph_of(caller, graph_or_network, year, domain, snapshot_options):
    """The SignedGraph to convert and the Network it came from (None for a graph): a Network's snapshot of ``year``."""
    if isinstance(graph_or_network, _core.Network):
        if year is None:
            raise ValueError(f"[kzsec] {caller}: a Network needs a year (its snapshot of that year is converted)")
        return graph_or_network.snapshot(year, domain, **snapshot_options), graph_or_network
    if isinstance(graph_or_network, _core.SignedGraph):
        if year is not None or domain is not None or snapshot_options:
            raise ValueError(f"[kzsec] {caller}: year, domain and snapshot options only apply to a Network")
        return graph_or_network, None
    raise TypeError(f"[kzsec] {caller}: expected a SignedGraph or a Network, got {type(graph_or_network).__name__}")

def to_networkx(graph_or_network: Any, year: int | None = None, domain: str | None = None, **snapshot_options: Any):
    """Convert a signed graph (or a network's snapshot) to a :class:`networkx.Graph`.

    Parameters
    ----------
    graph_or_network : SignedGraph or Network
        A signed graph, or a network together with ``year``.
    year : int, optional
        The snapshot year; required for a network, not allowed for a graph.
    domain : str, optional
        The snapshot domain (network only; default as in :meth:`Network.snapshot`).
    **snapshot_options
        Further keyword arguments of :meth:`Network.snapshot`
        (``domain_weights``, ``symmetrize``, ``vertices``, ``actors``, ``min_confidence``).

    Returns
    -------
    networkx.Graph
        One node per vertex label (in vertex order); one edge per tie with
        attributes ``weight`` (signed) and ``sign`` (+1/-1). For a network the
        nodes also carry ``name``, ``kind`` and ``region`` of the actor, and
        ``G.graph`` holds ``year`` and ``domain``. Pairs whose ties cancelled are
        listed in ``G.graph["cancelled"]`` as ``(u, v, weights)``.

    Raises
    ------
    MissingDependencyError
        networkx is not installed.
    ValueError
        ``year`` missing for a network, or given for a graph.
    TypeError
        Neither a SignedGraph nor a Network.

    Notes
    -----
    Complexity: O(n + m) (plus the snapshot).

    Examples
    --------
    >>> import kzsec
    >>> g = kzsec.SignedGraph.from_edges([("A", "B", 1.0), ("B", "C", -0.5)])
    >>> G = kzsec.to_networkx(g)
    >>> G["B"]["C"]["sign"]
    -1
    """
    nx = _require("networkx", "kzsec.to_networkx")
    g, net = _graph_of("to_networkx", graph_or_network, year, domain, snapshot_options)

    labels = g.labels
    G = nx.Graph()
    if net is not None:
        G.graph.update(year=year, domain=domain if domain is not None else "")
        for lab in labels:
            a = net.get_actor(lab)
            G.add_node(lab, name=a.name, kind=a.kind, region=a.region)
    else:
        G.add_nodes_from(labels)
    u, v, w = g.edges()
    sign = np.sign(w).astype(int)
    G.add_edges_from(
        (labels[i], labels[j], {"weight": float(x), "sign": int(s)})
        for i, j, x, s in zip(u.tolist(), v.tolist(), w.tolist(), sign.tolist())
    )
    G.graph["cancelled"] = [(labels[c.u], labels[c.v], list(c.weights)) for c in g.reduction.cancelled]
    return G


def from_networkx(G: Any, weight: str = "weight", directed: bool | None = None, symmetrize: str = "sum",
                  self_loops: str = "error"):
    """Build a :class:`kzsec.SignedGraph` from a networkx graph.

    Parameters
    ----------
    G : networkx.Graph, DiGraph, MultiGraph or MultiDiGraph
        Node keys become labels (``str(node)``), in ``G.nodes`` order; isolated
        nodes are kept.
    weight : str
        Edge attribute holding the signed weight. Every edge must have it.
    directed : bool, optional
        Whether the ties are directed; default ``G.is_directed()``.
    symmetrize : {"sum", "sign_sum", "min", "max", "negative_wins", "error"}
        How the ties between one pair (both directions, or parallel edges of a
        multigraph) are reduced to one signed tie; see :class:`kzsec.SignedGraph`.
    self_loops : {"error", "drop"}
        What to do with self-loops.

    Returns
    -------
    SignedGraph
        Its ``reduction`` reports merged and cancelled pairs.

    Raises
    ------
    MissingDependencyError
        networkx is not installed.
    ValueError
        An edge without the ``weight`` attribute or with a non-numeric one,
        duplicate labels after ``str``, a self-loop with ``self_loops="error"``,
        several ties for a pair with ``symmetrize="error"``, a non-finite weight.

    Notes
    -----
    The edges are collected into three numpy arrays and passed to
    :meth:`SignedGraph.from_arrays`; Python touches each edge only while
    networkx yields it. Complexity: O(n + m log m).

    Examples
    --------
    >>> import networkx as nx, kzsec
    >>> D = nx.DiGraph([("A", "B", {"weight": 1.0}), ("B", "A", {"weight": -1.0})])
    >>> g = kzsec.from_networkx(D)           # +1 and -1 cancel under "sum"
    >>> g.num_edges, len(g.reduction.cancelled)
    (0, 1)
    """
    _require("networkx", "kzsec.from_networkx")
    if directed is None:
        directed = bool(G.is_directed())
    nodes = list(G.nodes)
    labels = [str(x) for x in nodes]
    index = {x: i for i, x in enumerate(nodes)}
    data = list(G.edges(data=weight, default=None))
    m = len(data)
    if m:
        us, vs, ws = zip(*data)
        src = np.fromiter(map(index.__getitem__, us), dtype=np.int64, count=m)
        dst = np.fromiter(map(index.__getitem__, vs), dtype=np.int64, count=m)
        raw = np.empty(m, dtype=object)
        raw[:] = ws
        missing = np.flatnonzero(raw == None)  # noqa: E711  (element-wise comparison with None)
        try:
            if len(missing):
                raise TypeError
            w = raw.astype(float)
        except (TypeError, ValueError):
            bad = int(missing[0]) if len(missing) else next(k for k, x in enumerate(ws) if not _is_number(x))
            what = "has no attribute" if ws[bad] is None else f"has a non-numeric attribute {ws[bad]!r} for"
            raise ValueError(
                f"[kzsec] from_networkx: edge ({us[bad]!r}, {vs[bad]!r}) {what} '{weight}'") from None
    else:
        src = dst = np.empty(0, dtype=np.int64)
        w = np.empty(0, dtype=float)
    return _core.SignedGraph.from_arrays(src, dst, w, n=len(nodes), labels=labels, directed=directed,
                                         symmetrize=symmetrize, self_loops=self_loops)


# ------------------------------------------------------------------- igraph
def to_igraph(graph_or_network: Any, year: int | None = None, domain: str | None = None, **snapshot_options: Any):
    """Convert a signed graph (or a network's snapshot) to an undirected :class:`igraph.Graph`.

    Parameters
    ----------
    graph_or_network : SignedGraph or Network
        A signed graph, or a network together with ``year``.
    year : int, optional
        The snapshot year; required for a network, not allowed for a graph.
    domain : str, optional
        The snapshot domain (network only; default as in :meth:`Network.snapshot`).
    **snapshot_options
        Further keyword arguments of :meth:`Network.snapshot`.

    Returns
    -------
    igraph.Graph
        Vertex ``i`` is vertex ``i`` of the graph, with attribute ``name`` (the
        label; for a network also ``actor_name``, ``kind``, ``region``); one
        edge per tie with attributes ``weight`` (signed) and ``sign`` (+1/-1),
        the convention of signnet (R), which reads the sign from ``sign``.
        ``g["year"]``, ``g["domain"]`` for a network.

    Raises
    ------
    MissingDependencyError
        python-igraph is not installed (``pip install kzsec[igraph]``).
    ValueError, TypeError
        As :func:`to_networkx`.

    Notes
    -----
    Complexity: O(n + m) (plus the snapshot); the edges are passed as arrays,
    without a Python loop per edge.
    """
    ig = _require("igraph", "kzsec.to_igraph", "igraph")
    g, net = _graph_of("to_igraph", graph_or_network, year, domain, snapshot_options)
    u, v, w = g.edges()
    G = ig.Graph(n=g.num_vertices, edges=np.column_stack([u, v]).tolist(), directed=False)
    G.vs["name"] = list(g.labels)
    G.es["weight"] = w.tolist()
    G.es["sign"] = np.sign(w).astype(int).tolist()
    if net is not None:
        G["year"] = year
        G["domain"] = domain if domain is not None else ""
        actors = [net.get_actor(lab) for lab in g.labels]
        G.vs["actor_name"] = [a.name for a in actors]
        G.vs["kind"] = [str(a.kind) for a in actors]
        G.vs["region"] = [a.region for a in actors]
    return G


def from_igraph(G: Any, weight: str | None = None, symmetrize: str = "sum", self_loops: str = "error"):
    """Build a :class:`kzsec.SignedGraph` from an :class:`igraph.Graph`.

    Parameters
    ----------
    G : igraph.Graph
        Directed or undirected. Vertex labels are the ``name`` attribute if
        present, else ``"0"``, ``"1"``, ...
    weight : str, optional
        Edge attribute with the signed weight. Default: ``"weight"`` if the
        graph has it, else ``"sign"`` (signnet's convention: +1/-1).
    symmetrize : {"sum", "sign_sum", "min", "max", "negative_wins", "error"}
        How several ties between one pair (multi-edges, or both directions
        of a directed graph) are reduced (see :class:`kzsec.SignedGraph`);
        a pair whose ties cancel is dropped with a warning.
    self_loops : {"error", "drop"}

    Returns
    -------
    SignedGraph

    Raises
    ------
    MissingDependencyError
        python-igraph is not installed.
    ValueError
        No ``weight``/``sign`` attribute, a zero or non-finite weight, or as
        :meth:`kzsec.SignedGraph.from_arrays`.

    Notes
    -----
    Complexity: O(n + m); the edge list is read as arrays.
    """
    _require("igraph", "kzsec.from_igraph", "igraph")
    attrs = G.es.attributes()
    if weight is None:
        weight = "weight" if "weight" in attrs else "sign"
    if weight not in attrs:
        raise ValueError(f"[kzsec] from_igraph: the graph has no edge attribute {weight!r} "
                         f"(edge attributes: {', '.join(attrs) or 'none'}); pass weight=<the signed-weight attribute>")
    n = G.vcount()
    edges = np.asarray(G.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    w = np.asarray(G.es[weight], dtype=float) if G.ecount() else np.zeros(0)
    if "name" in G.vs.attributes():
        labels = [str(x) for x in G.vs["name"]]
    else:
        labels = [str(i) for i in range(n)]
    return _core.SignedGraph.from_arrays(edges[:, 0], edges[:, 1], w, n=n, labels=labels, directed=G.is_directed(),
                                         symmetrize=symmetrize, self_loops=self_loops)


def _is_number(x: Any) -> bool:
    try:
        float(x)
    except (TypeError, ValueError):
        return False
    return x is not None


# ------------------------------------------------------------------- pandas
def _record_rows(records: Sequence[Any]) -> dict[str, list]:
    """Columns (dict of lists) of a homogeneous list of kzsec records."""
    first = records[0]
    if isinstance(first, _core.Actor):
        fields = ["id", "name", "kind", "region", "landlocked", "capabilities", "attributes"]
    elif isinstance(first, _core.DomainInfo):
        fields = ["id", "name", "description"]
    elif isinstance(first, _core.Relation):
        fields = ["a", "b", "domain", "value", "directed", "years", "confidence", "basis", "source", "section", "note"]
    elif isinstance(first, _core.Membership):
        fields = ["member", "organisation", "years", "status", "confidence", "source", "note"]
    elif isinstance(first, _core.Event):
        fields = ["id", "year", "date", "actors", "domain", "category", "delta", "description", "confidence",
                  "basis", "source", "section", "note"]
    elif isinstance(first, _core.Metric):
        fields = ["name", "a", "b", "year", "value", "unit", "item", "confidence", "basis", "source", "note"]
    else:
        raise TypeError(f"[kzsec] to_pandas: cannot convert a list of {type(first).__name__}")
    kind = type(first)
    if any(type(r) is not kind for r in records):
        raise TypeError("[kzsec] to_pandas: a list of records must hold one record type")
    cols: dict[str, list] = {}
    for f in fields:
        vals = [getattr(r, f) for r in records]
        if f == "years":
            cols["from"] = [y[0] for y in vals]
            cols["to"] = [y[1] for y in vals]
        elif f == "delta":
            cols[f] = [math.nan if x is None else x for x in vals]
        elif f in ("capabilities", "attributes"):
            cols[f] = [dict(x) for x in vals]
        elif f == "actors":
            cols[f] = [list(x) for x in vals]
        else:
            cols[f] = vals
    return cols


_EMPTY_COLUMNS = {
    "actors": ["id", "name", "kind", "region", "landlocked", "capabilities", "attributes"],
    "domains": ["id", "name", "description"],
    "relations": ["a", "b", "domain", "value", "directed", "from", "to", "confidence", "basis", "source", "section",
                  "note"],
    "memberships": ["member", "organisation", "from", "to", "status", "confidence", "source", "note"],
    "events": ["id", "year", "date", "actors", "domain", "category", "delta", "description", "confidence", "basis",
               "source", "section", "note"],
    "metrics": ["name", "a", "b", "year", "value", "unit", "item", "confidence", "basis", "source", "note"],
}


def _columns_of(obj: Any) -> dict[str, Any]:
    """Dict of columns of a columnar export: a mapping, or an object with public array attributes."""
    if isinstance(obj, Mapping):
        return dict(obj)
    if hasattr(obj, "to_dict") and callable(obj.to_dict):
        return dict(obj.to_dict())
    out = {}
    for name in dir(obj):
        if name.startswith("_"):
            continue
        val = getattr(obj, name)
        if callable(val):
            continue
        out[name] = val
    return out


def _frame_from_columns(cols: dict[str, Any], pd: Any):
    """DataFrame from a dict of columns; nested per-name columns are expanded.

    A column that is a sequence of k sequences, each as long as the table, is
    split into k columns named ``<column>_<name>`` with names from the first
    list-of-strings column of length k (e.g. ``rivals``), else ``0..k-1``.
    Columns of another length (such as ``rivals`` itself) are left out.
    """
    arrays = {}
    lengths = {}
    for k, v in cols.items():
        if isinstance(v, (str, bytes)) or np.isscalar(v):
            continue
        try:
            lengths[k] = len(v)
        except TypeError:
            continue
    nested = {}
    flat = {}
    for k in lengths:
        v = cols[k]
        if lengths[k] and all(not isinstance(x, (str, bytes)) and hasattr(x, "__len__") for x in v) and \
                not isinstance(v, np.ndarray):
            nested[k] = v
        elif isinstance(v, np.ndarray) and v.ndim == 2:
            nested[k] = list(v)
        else:
            flat[k] = v
    if flat:
        nrows = max(len(v) for v in flat.values())
    elif nested:
        nrows = max(len(x) for v in nested.values() for x in v)
    else:
        return pd.DataFrame()
    names_by_len = {}
    for k, v in flat.items():
        if len(v) != nrows and all(isinstance(x, str) for x in v):
            names_by_len.setdefault(len(v), list(v))
    for k, v in flat.items():
        if len(v) == nrows:
            arrays[k] = np.asarray(v) if not isinstance(v, list) else v
    for k, v in nested.items():
        if all(len(x) == nrows for x in v):
            names = names_by_len.get(len(v), [str(i) for i in range(len(v))])
            for name, col in zip(names, v):
                arrays[f"{k}_{name}"] = np.asarray(col)
    return pd.DataFrame(arrays)


def to_pandas(obj: Any, table: str | None = None):
    """Convert kzsec records, graphs and columnar results to a :class:`pandas.DataFrame`.

    Parameters
    ----------
    obj : Network, list of records, SignedGraph, or a columnar result
        - a :class:`kzsec.Network`: the table named by ``table`` (default ``"relations"``);
        - a list of :class:`Actor`, :class:`DomainInfo`, :class:`Relation`,
          :class:`Membership`, :class:`Event` or :class:`Metric` (e.g.
          ``net.relations_in(2014)``): one row per record, one column per field;
        - a :class:`kzsec.SignedGraph`: its edge list (``u``, ``v``, ``weight``, ``sign``, labels);
        - an object with a ``columns()`` method (e.g. an evolution result), a
          dict of equal-length arrays, or an object with such attributes: one
          column per array; a nested per-rival column such as ``affinity`` is
          split into ``affinity_<rival>``.
    table : {"actors", "domains", "relations", "memberships", "events", "metrics"}, optional
        The network table (only for a Network).

    Returns
    -------
    pandas.DataFrame
        Record tables have every field of the record; ``years`` becomes the two
        columns ``from`` and ``to``; an event's missing ``delta`` is NaN;
        ``actors`` (events), ``capabilities`` and ``attributes`` (actors) hold
        Python lists / dicts.

    Raises
    ------
    MissingDependencyError
        pandas is not installed.
    ValueError
        Unknown ``table``, or ``table`` given for something that is not a Network.
    TypeError
        An object that cannot be converted.

    Examples
    --------
    >>> import kzsec
    >>> net = kzsec.datasets.toy_world()
    >>> df = kzsec.to_pandas(net, "relations")
    >>> list(df.columns[:5])
    ['a', 'b', 'domain', 'value', 'directed']
    """
    pd = _require("pandas", "kzsec.to_pandas")
    if isinstance(obj, _core.Network):
        table = table or "relations"
        if table not in TABLES:
            raise ValueError(f"[kzsec] to_pandas: unknown table '{table}' (expected one of {', '.join(TABLES)})")
        records = getattr(obj, table)
        if not records:
            return pd.DataFrame({c: [] for c in _EMPTY_COLUMNS[table]})
        return pd.DataFrame(_record_rows(records))
    if table is not None:
        raise ValueError("[kzsec] to_pandas: `table` only applies to a Network")
    if isinstance(obj, _core.SignedGraph):
        u, v, w = obj.edges()
        labels = np.asarray(obj.labels, dtype=object)
        return pd.DataFrame({"u": u, "v": v, "label_u": labels[u] if len(u) else labels[:0],
                             "label_v": labels[v] if len(v) else labels[:0], "weight": w,
                             "sign": np.sign(w).astype(int)})
    if isinstance(obj, (list, tuple)) and obj and isinstance(
            obj[0], (_core.Actor, _core.DomainInfo, _core.Relation, _core.Membership, _core.Event, _core.Metric)):
        return pd.DataFrame(_record_rows(obj))
    if isinstance(obj, pd.DataFrame):
        return obj
    if hasattr(obj, "columns") and callable(obj.columns):
        return _frame_from_columns(_columns_of(obj.columns()), pd)
    if isinstance(obj, Mapping):
        return _frame_from_columns(dict(obj), pd)
    if hasattr(obj, "__dict__") or type(obj).__module__.startswith("kzsec"):
        cols = _columns_of(obj)
        if cols:
            return _frame_from_columns(cols, pd)
    raise TypeError(f"[kzsec] to_pandas: cannot convert {type(obj).__name__}")


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.interop")  # a mistyped keyword is named, not pybind11's whole signature
