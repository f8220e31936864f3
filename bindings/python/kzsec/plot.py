"""Plots with matplotlib (imported when a function is called).

Every function draws on the Axes given as ``ax`` (or on a new figure) and
returns that Axes, so plots compose and can be saved with
``ax.figure.savefig(...)``. Nothing here calls ``plt.show()``; the functions
work with any backend, including the non-interactive ``Agg``.

- :func:`plot_evolution` -- hedging indicators over years, with events marked;
- :func:`plot_network` -- a signed graph with its two coalitions and its
  unbalanced (frustrated) edges highlighted, in a sign-aware layout
  (:func:`signed_layout`: negative ties long, positive ties short);
- :func:`plot_blockmodel` -- the signed adjacency matrix ordered by blocks;
- :func:`plot_tilt_by_domain` -- the tilt per domain of one profile;
- :func:`plot_bands` -- Monte Carlo mean and quantile bands over years;
- :func:`plot_rank` -- every state's affinity to two powers, coloured by strategy;
- :func:`plot_report` -- the indicators of a ``kzsec report`` over its years.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from . import _core
from ._missing import require

__all__ = ["plot_evolution", "plot_network", "signed_layout", "plot_blockmodel", "plot_tilt_by_domain", "plot_bands",
           "plot_rank", "plot_report",
           "STRATEGY_COLORS",
           "POSITIVE_COLOR",
           "NEGATIVE_COLOR", "UNBALANCED_COLOR", "COALITION_COLORS"]

#: Colour of positive ties.
POSITIVE_COLOR = "#2b7bba"
#: Colour of negative ties.
NEGATIVE_COLOR = "#c44e52"
#: Colour of unbalanced (frustrated) ties.
UNBALANCED_COLOR = "#ff7f0e"
#: Colours of the coalitions (cycled if there are more blocks).
COALITION_COLORS = ("#4c72b0", "#dd8452", "#55a868", "#8172b3", "#937860", "#da8bc3", "#8c8c8c")
#: Colours of the strategy labels.
STRATEGY_COLORS = {"balancing": "#c44e52", "bandwagoning": "#4c72b0", "hedging": "#55a868",
                   "neutrality": "#8c8c8c", "collective_security": "#8172b3",
                   "no_data": "#ffffff"}


def _axes(ax: Any, feature: str, figsize=(7.0, 4.0)):
    require("matplotlib", feature)
    if ax is not None:
        return ax
    # pyplot, so that Jupyter's inline backend shows the new figure; under Agg
    # nothing is displayed. Close figures with plt.close(ax.figure) when done.
    plt = require("matplotlib.pyplot", feature)
    fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def _frame(data: Any, feature: str):
    pd = require("pandas", feature)
    if isinstance(data, pd.DataFrame):
        return data
    from .interop import to_pandas

    return to_pandas(data)


# ---------------------------------------------------------------- evolution
def _event_marks(events: Any) -> list[tuple[int, str]]:
    """(year, label) pairs from a Network, a list of Events, (year, label) pairs or a DataFrame."""
    if events is None:
        return []
    if isinstance(events, _core.Network):
        events = events.events
    if hasattr(events, "to_dict") and hasattr(events, "columns") and not callable(events.columns):
        cols = events.columns
        label = "description" if "description" in cols else ("id" if "id" in cols else None)
        return [(int(y), str(l) if label else "") for y, l in
                zip(events["year"], events[label] if label else [""] * len(events))]
    marks = []
    for e in events:
        if isinstance(e, _core.Event):
            marks.append((int(e.year), e.description or e.id))
        elif isinstance(e, Sequence) and not isinstance(e, str) and len(e) == 2:
            marks.append((int(e[0]), str(e[1])))
        elif isinstance(e, (int, np.integer)):
            marks.append((int(e), ""))
        else:
            raise TypeError(f"[kzsec] plot_evolution: cannot read an event from {e!r}")
    return marks


def _year_level(df: Any, column: str, year: str) -> bool:
    """Whether a column is constant within every year (a per-year, not per-domain, value)."""
    return bool((df.groupby(year)[column].nunique(dropna=False) <= 1).all())


def plot_evolution(data: Any, indicators: Sequence[str] | None = None, events: Any = None, ax: Any = None, *,
                   view: str | None = None, domain: str | None = None, year: str = "year",
                   label_events: bool = True, title: str | None = None, ylabel: str | None = None,
                   event_label_chars: int = 18):
    """Plot hedging indicators over years, with events marked as vertical lines.

    Parameters
    ----------
    data : pandas.DataFrame, dict of columns or a columnar result
        One row per (view, year, domain), as :func:`kzsec.hedging.evolution`
        returns; any table with a ``year`` column and the indicator columns works.
    indicators : sequence of str, optional
        Columns to draw. Default ``("aggregate_tilt", "aggregate_hedging")`` if
        present, else ``("tilt", "hedging")``. A column that is constant within
        each year (an aggregate) gives one line; a per-domain column gives one
        line per domain unless ``domain`` is set.
    events : Network, list of Event, list of tuple, or DataFrame, optional
        Events to mark (a network's events, Event records, ``(year, label)``
        pairs, or a table with ``year`` and ``description`` or ``id``
        columns): one dotted vertical line per distinct year inside the
        plotted range, labelled with the events of that year (the label of a
        pair, else the description, cut to ``event_label_chars``; the first
        label and the number of others if there are more than two). The
        labels sit at the top of the axes, in headroom added above the data,
        so they never cross a line.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure if None.
    view : str, optional
        Rows of this view only (default: the first view in the table, e.g. "structure").
    domain : str, optional
        Rows of this domain only.
    year : str
        Name of the year column.
    label_events : bool
        Write the event labels at the top of the vertical lines.
    title : str, optional
    ylabel : str, optional
        Label of the y axis (default: the indicator's name if there is one,
        else "value").
    event_label_chars : int
        Descriptions longer than this are cut (with "…").

    Returns
    -------
    matplotlib.axes.Axes
        ``ax.lines`` holds the indicator lines first (labelled for the legend:
        the domain if one indicator is drawn per domain, else the indicator
        and the domain), then one vertical line per event year.

    Raises
    ------
    MissingDependencyError
        matplotlib or pandas is not installed.
    KeyError
        An indicator column that is not in the table.

    Examples
    --------
    >>> import kzsec, kzsec.hedging, kzsec.plot
    >>> net = kzsec.datasets.kazakhstan()
    >>> df = kzsec.hedging.evolution(net, "KAZ", ["RUS", "CHN", "USA"], range(1992, 2025))
    >>> ax = kzsec.plot.plot_evolution(df, events=net)   # doctest: +SKIP
    """
    ax = _axes(ax, "kzsec.plot.plot_evolution")
    df = _frame(data, "kzsec.plot.plot_evolution")
    if "view" in df.columns:
        chosen = view if view is not None else df["view"].iloc[0] if len(df) else None
        df = df[df["view"] == chosen]
    if domain is not None:
        df = df[df["domain"] == domain]
    if indicators is None:
        indicators = ("aggregate_tilt", "aggregate_hedging") if "aggregate_tilt" in df.columns else ("tilt", "hedging")
    if isinstance(indicators, str):
        indicators = (indicators,)
    for col in indicators:
        if col not in df.columns:
            raise KeyError(f"[kzsec] plot_evolution: no column '{col}' (columns: {', '.join(map(str, df.columns))})")
    per_domain = "domain" in df.columns and df["domain"].nunique() > 1
    for col in indicators:
        if per_domain and not _year_level(df, col, year):
            for dom, part in df.groupby("domain", sort=False):
                part = part.sort_values(year)
                name = str(dom) if len(indicators) == 1 else f"{_pretty(col)} ({dom})"
                ax.plot(part[year].to_numpy(), part[col].to_numpy(dtype=float), marker=".", label=name)
        else:
            part = df.groupby(year, sort=True)[col].first()
            ax.plot(part.index.to_numpy(), part.to_numpy(dtype=float), marker=".", label=_pretty(col))
    marks = _event_marks(events)
    if len(df):
        lo, hi = float(df[year].min()), float(df[year].max())
        marks = [(y, l) for y, l in marks if lo <= y <= hi]
    by_year: dict[int, list[str]] = {}
    for y, l in marks:
        by_year.setdefault(y, [])
        if l and l not in by_year[y]:
            by_year[y].append(l)
    texts = []
    for y in sorted(by_year):
        ax.axvline(y, color="0.5", linestyle=":", linewidth=1.0, zorder=0)
        if label_events and by_year[y]:
            names = [_shorten(n, event_label_chars) for n in by_year[y]]
            text = ", ".join(names) if len(names) <= 1 else f"{names[0]} (+{len(names) - 1})"
            texts.append(ax.text(y, 0.99, text, transform=ax.get_xaxis_transform(), rotation=90, va="top",
                                 ha="right", fontsize=7, color="0.3"))
    if texts:
        _headroom_for(ax, texts)
    ax.set_xlabel(year)
    ax.set_ylabel(ylabel if ylabel is not None else (_pretty(indicators[0]) if len(indicators) == 1 else "value"))
    if title:
        ax.set_title(title)
    ax.legend(loc="best", fontsize=8, title="domain" if per_domain and len(indicators) == 1 else None,
              title_fontsize=8)
    return ax


def _pretty(column: str) -> str:
    """A column name as a reader reads it: aggregate_tilt -> aggregate tilt."""
    return str(column).replace("_", " ")


def _headroom_for(ax: Any, texts: list) -> None:
    """Raise the top of the y axis so that the data stay below the lowest edge of the texts.

    The texts are in axes-fraction y (rotated labels hanging from the top); their
    height is measured with the renderer, so the band is exactly as tall as the
    longest label.
    """
    fig = ax.figure
    fig.canvas.draw()  # sizes of the texts and of the axes
    renderer = fig.canvas.get_renderer()
    height = ax.get_window_extent(renderer).height
    if height <= 0:
        return
    band = max(t.get_window_extent(renderer).height for t in texts) / height + 0.03
    band = min(band, 0.6)
    lo, hi = ax.get_ylim()
    data = [np.asarray(l.get_ydata(), dtype=float) for l in ax.lines if not l.get_label().startswith("_")]
    values = np.concatenate(data) if data else np.array([])
    values = values[np.isfinite(values)]
    if values.size:
        lo, hi = min(lo, float(values.min())), float(values.max())
    span = (hi - lo) or 1.0
    # the data fill [0, 1 - band] of the axis: top = lo + span / (1 - band)
    ax.set_ylim(lo, lo + span / (1.0 - band))


# ------------------------------------------------------------- point labels
def _label_points(ax: Any, x: np.ndarray, y: np.ndarray, names: Sequence[str], chosen: Sequence[int], *,
                  fontsize: float = 8.0, marker_size: float = 28.0) -> list:
    """Annotate the points ``chosen`` (indices into x, y, names) so that no two labels overlap.

    Rule (deterministic, greedy): labels are placed in order of their point's x, each at the
    first of these offsets from its point whose box overlaps no label placed before, no marker
    (of any point, chosen or not) or the legend, and stays inside the axes: 4 points to the upper right, lower
    right, upper left, lower left, right, left, above, below; then the same eight directions at
    2, 3.5 and 5 times the distance, with a thin leader line to the point. If every candidate
    collides, the one with the least overlapping area is taken. Boxes are measured with the
    figure's renderer at its final size, so call this after the axes limits are set.

    Returns the annotations, in the order of ``chosen``.
    """
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    to_px = fig.dpi / 72.0
    finite = np.isfinite(x) & np.isfinite(y)
    pts = ax.transData.transform(np.column_stack([np.where(finite, x, 0.0), np.where(finite, y, 0.0)]))
    r = 0.5 * math.sqrt(marker_size) * to_px + 1.0  # marker radius in pixels, with a margin
    markers = np.column_stack([pts[:, 0] - r, pts[:, 1] - r, pts[:, 0] + r, pts[:, 1] + r])[finite]
    frame = ax.get_window_extent(renderer)
    base = [(1, 1), (1, -1), (-1, 1), (-1, -1), (1.4, 0), (-1.4, 0), (0, 1.4), (0, -1.4)]
    candidates = [(dx * 4.0 * k, dy * 4.0 * k) for k in (1.0, 2.0, 3.5, 5.0) for dx, dy in base]
    order = sorted((i for i in chosen if finite[i]), key=lambda i: (x[i], y[i]))
    placed = np.empty((0, 4))
    legend = ax.get_legend()
    if legend is not None:  # the legend is an obstacle too
        e = legend.get_window_extent(renderer)
        placed = np.array([[e.x0, e.y0, e.x1, e.y1]])
    out: dict[int, Any] = {}
    for i in order:
        probe = ax.text(0, 0, names[i], fontsize=fontsize, transform=None)
        ext = probe.get_window_extent(renderer)
        probe.remove()
        w, h = ext.width, ext.height
        best, best_cost = None, math.inf
        for dx, dy in candidates:
            ox, oy = pts[i, 0] + dx * to_px, pts[i, 1] + dy * to_px
            x0 = ox if dx > 0 else (ox - w if dx < 0 else ox - w / 2)
            y0 = oy if dy > 0 else (oy - h if dy < 0 else oy - h / 2)
            box = np.array([x0, y0, x0 + w, y0 + h])
            others = np.vstack([placed, np.delete(markers, np.flatnonzero(np.flatnonzero(finite) == i), axis=0)])
            ix = np.clip(np.minimum(box[2], others[:, 2]) - np.maximum(box[0], others[:, 0]), 0, None)
            iy = np.clip(np.minimum(box[3], others[:, 3]) - np.maximum(box[1], others[:, 1]), 0, None)
            cost = float((ix * iy).sum())
            outside = (max(0.0, frame.x0 - box[0]) + max(0.0, box[2] - frame.x1)
                       + max(0.0, frame.y0 - box[1]) + max(0.0, box[3] - frame.y1))
            cost += outside * h * 10.0
            if cost < best_cost:
                best, best_cost = (dx, dy, box), cost
            if cost == 0.0:
                break
        dx, dy, box = best
        far = abs(dx) > 4.0 * 1.4 + 1e-9 or abs(dy) > 4.0 * 1.4 + 1e-9
        out[i] = ax.annotate(names[i], (x[i], y[i]), xytext=(dx, dy), textcoords="offset points", fontsize=fontsize,
                             ha="left" if dx > 0 else ("right" if dx < 0 else "center"),
                             va="bottom" if dy > 0 else ("top" if dy < 0 else "center"),
                             arrowprops=dict(arrowstyle="-", color="#777777", lw=0.6, shrinkA=0, shrinkB=2)
                             if far else None, zorder=4)
        placed = np.vstack([placed, box])
    return [out[i] for i in chosen if i in out]


# ------------------------------------------------------------------ network
def _partition_of(partition: Any, g: Any) -> list[int] | None:
    if partition is None:
        return None
    for attr in ("partition", "membership"):
        if hasattr(partition, attr) and not isinstance(partition, (Mapping, Sequence, np.ndarray)):
            partition = getattr(partition, attr)
            break
    n = g.num_vertices
    if isinstance(partition, Mapping):
        missing = [l for l in g.labels if l not in partition]
        if missing:
            raise KeyError(f"[kzsec] plot_network: partition has no entry for vertex '{missing[0]}'")
        values = [partition[l] for l in g.labels]
    else:
        values = list(np.asarray(partition).tolist())
        if len(values) != n:
            raise ValueError(f"[kzsec] plot_network: partition has {len(values)} entries for {n} vertices")
    # Number the groups by first appearance so colours are stable.
    order: dict[Any, int] = {}
    return [order.setdefault(v, len(order)) for v in values]


def _unbalanced_of(unbalanced: Any, g: Any) -> set[tuple[int, int]]:
    if unbalanced is None:
        return set()
    if hasattr(unbalanced, "frustrated_edges"):
        unbalanced = unbalanced.frustrated_edges
    out = set()
    for e in unbalanced:
        u, v = e[0], e[1]
        u = g.index(u) if isinstance(u, str) else int(u)
        v = g.index(v) if isinstance(v, str) else int(v)
        if g.weight(u, v) == 0.0:
            raise ValueError(f"[kzsec] plot_network: ({g.labels[u]}, {g.labels[v]}) is not an edge of the graph")
        out.add((min(u, v), max(u, v)))
    return out


def _signed_distances(g: Any, negative_length: float) -> np.ndarray:
    """Target distances of :func:`signed_layout`: shortest paths with positive ties of length 1
    and negative ties of length ``negative_length``; unreachable pairs get the largest finite
    distance plus one."""
    n = g.num_vertices
    u, v, w = g.edges()
    length = np.where(np.asarray(w) > 0, 1.0, float(negative_length))
    try:
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import shortest_path
    except ImportError:
        d = np.full((n, n), np.inf)
        d[u, v] = length
        d[v, u] = length
        np.fill_diagonal(d, 0.0)
        for k in range(n):  # Floyd-Warshall: one vectorised relaxation per vertex
            np.minimum(d, d[:, k:k + 1] + d[k:k + 1, :], out=d)
    else:
        a = coo_matrix((np.concatenate([length, length]), (np.concatenate([u, v]), np.concatenate([v, u]))),
                       shape=(n, n)).tocsr()
        d = shortest_path(a, method="D", directed=False)
    finite = np.isfinite(d)
    d[~finite] = (d[finite].max() if finite.any() else 0.0) + 1.0
    return d


def signed_layout(graph: Any, *, negative_length: float = 3.0, seed: int = 0, iterations: int = 500,
                  tolerance: float = 1e-6) -> np.ndarray:
    """Positions in the plane in which negative ties are long and positive ties short.

    Stress majorization (SMACOF; Gansner, Koren & North 2004, "Graph drawing by stress
    majorization", GD 2004, LNCS 3383:239) on signed target distances: d_ij is the
    shortest-path length between i and j when a positive tie has length 1 and a negative tie
    length ``negative_length`` (pairs in different components: the largest finite distance
    plus 1). The layout minimises the stress sum_{i<j} d_ij^-2 (||x_i - x_j|| - d_ij)^2, so
    allies sit about one unit apart and enemies about ``negative_length`` units: the
    coalitions of a balanced graph come out as separate clusters. Tie weights are not used
    (only signs).

    Parameters
    ----------
    graph : SignedGraph
    negative_length : float
        Target length of a negative tie (> 1 to draw enemies farther apart than allies).
    seed : int
        Seed of the starting positions (numpy ``default_rng``); the same seed gives the same
        layout.
    iterations, tolerance : int, float
        At most ``iterations`` majorization steps; stop when the stress falls by less than
        ``tolerance`` (relative).

    Returns
    -------
    numpy.ndarray
        Shape (n, 2), in vertex order; centred on the origin.

    Raises
    ------
    ValueError
        ``negative_length`` not positive and finite.

    Notes
    -----
    Vectorised numpy: O(n^2) memory, O(n^3) for the distances (SciPy's Dijkstra when SciPy is
    installed) and the pseudo-inverse, O(n^2) per step. Meant for drawings (up to a few
    thousand vertices).
    """
    if not isinstance(graph, _core.SignedGraph):
        raise TypeError(f"[kzsec] signed_layout: expected a SignedGraph, got {type(graph).__name__}")
    if not (math.isfinite(negative_length) and negative_length > 0):
        raise ValueError(f"[kzsec] signed_layout: negative_length must be positive and finite, got {negative_length}")
    n = graph.num_vertices
    rng = np.random.default_rng(seed)
    if n <= 1:
        return np.zeros((n, 2))
    d = _signed_distances(graph, negative_length)
    off = ~np.eye(n, dtype=bool)
    wgt = np.zeros((n, n))
    wgt[off] = d[off] ** -2.0
    lap = -wgt
    np.fill_diagonal(lap, wgt.sum(axis=1))
    lap_pinv = np.linalg.pinv(lap)
    x = rng.standard_normal((n, 2)) * (d.max() / 2.0)

    def stress(x: np.ndarray) -> tuple[float, np.ndarray]:
        dist = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=2))
        return float((wgt * (dist - d) ** 2).sum() / 2.0), dist

    old, dist = stress(x)
    for _ in range(int(iterations)):
        with np.errstate(divide="ignore", invalid="ignore"):
            b = np.where(dist > 1e-12, -wgt * d / dist, 0.0)
        np.fill_diagonal(b, 0.0)
        np.fill_diagonal(b, -b.sum(axis=1))
        x = lap_pinv @ (b @ x)
        new, dist = stress(x)
        if old - new <= tolerance * max(old, 1e-300):
            break
        old = new
    return x - x.mean(axis=0)


def _layout(g: Any, seed: int) -> np.ndarray:
    n = g.num_vertices
    try:
        import networkx as nx
    except ImportError:
        nx = None
    if nx is not None and n > 0:
        G = nx.Graph()
        G.add_nodes_from(range(n))
        u, v, w = g.edges()
        # Attraction by |w|: positive and negative ties both hold vertices together in the
        # drawing; the colours, not the distances, show the coalitions.
        G.add_weighted_edges_from(zip(u.tolist(), v.tolist(), np.abs(w).tolist()))
        pos = nx.spring_layout(G, seed=seed)
        return np.array([pos[i] for i in range(n)], dtype=float).reshape(n, 2)
    t = 2 * np.pi * np.arange(n) / max(n, 1)
    return np.column_stack([np.cos(t), np.sin(t)])


def plot_network(graph: Any, partition: Any = None, unbalanced_edges: Any = None, ax: Any = None, seed: int = 0, *,
                 labels: bool = True, node_size: float = 200.0, title: str | None = None, layout: Any = "signed",
                 negative_length: float = 3.0):
    """Draw a signed graph with its coalitions and unbalanced edges.

    Positive ties are solid, negative ties dashed; unbalanced (frustrated)
    ties are drawn thicker in :data:`UNBALANCED_COLOR`. Vertices are coloured
    by coalition (one scatter collection per coalition).

    Parameters
    ----------
    graph : SignedGraph
        The graph to draw.
    partition : sequence, dict or result, optional
        Coalition of each vertex: a sequence in vertex order (e.g. +1/-1), a
        dict label -> group, or a result with a ``partition`` (frustration) or
        ``membership`` (blockmodel) attribute. None: one group.
    unbalanced_edges : iterable of (u, v) or result, optional
        Edges to highlight, as labels or indices, or a result with
        ``frustrated_edges``.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure if None.
    seed : int
        Seed of the layout (deterministic for every layout).
    labels : bool
        Write the vertex labels.
    node_size : float
        Marker area of the vertices.
    title : str, optional
    layout : {"signed", "spring", "circle"} or array of shape (n, 2)
        ``"signed"`` (default): :func:`signed_layout`, negative ties drawn
        ``negative_length`` times as long as positive ones, so coalitions come
        apart. ``"spring"``: networkx ``spring_layout`` with attraction |w| (a
        circle without networkx). ``"circle"``: vertices on the unit circle in
        vertex order. An array: the positions, in vertex order.
    negative_length : float
        Target length of a negative tie in the signed layout.

    Returns
    -------
    matplotlib.axes.Axes
        ``ax.lines``: one line per edge (in ``graph.edges()`` order);
        ``ax.collections``: one per coalition; ``ax.texts``: the labels.

    Raises
    ------
    MissingDependencyError
        matplotlib is not installed.
    ValueError
        A partition of the wrong length, or an unbalanced edge that is not an edge.
    KeyError
        An unknown label.

    Examples
    --------
    >>> import kzsec, kzsec.balance, kzsec.plot
    >>> g = kzsec.SignedGraph.from_edges([("A", "B", 1), ("B", "C", 1), ("A", "C", -1)])
    >>> ax = kzsec.plot.plot_network(g, unbalanced_edges=[("A", "C")])
    >>> len(ax.lines)
    3
    """
    ax = _axes(ax, "kzsec.plot.plot_network", figsize=(6.0, 6.0))
    if not isinstance(graph, _core.SignedGraph):
        raise TypeError(f"[kzsec] plot_network: expected a SignedGraph, got {type(graph).__name__}")
    g = graph
    groups = _partition_of(partition, g)
    bad = _unbalanced_of(unbalanced_edges, g)
    n = g.num_vertices
    if isinstance(layout, str):
        if layout == "signed":
            pos = signed_layout(g, negative_length=negative_length, seed=seed)
        elif layout == "spring":
            pos = _layout(g, seed)
        elif layout == "circle":
            t = 2 * np.pi * np.arange(n) / max(n, 1)
            pos = np.column_stack([np.cos(t), np.sin(t)])
        else:
            raise ValueError(f"[kzsec] plot_network: layout must be 'signed', 'spring', 'circle' or an (n, 2) array, "
                             f"got {layout!r}")
    else:
        pos = np.asarray(layout, dtype=float)
        if pos.shape != (n, 2):
            raise ValueError(f"[kzsec] plot_network: layout has shape {pos.shape}, expected ({n}, 2)")
    u, v, w = g.edges()
    for i, j, x in zip(u.tolist(), v.tolist(), w.tolist()):
        frustrated = (i, j) in bad
        ax.plot([pos[i, 0], pos[j, 0]], [pos[i, 1], pos[j, 1]],
                linestyle="-" if x > 0 else "--",
                color=UNBALANCED_COLOR if frustrated else (POSITIVE_COLOR if x > 0 else NEGATIVE_COLOR),
                linewidth=(2.8 if frustrated else 1.2) * (0.6 + 0.4 * min(abs(x), 1.0)),
                zorder=2 if frustrated else 1, gid=f"{'unbalanced' if frustrated else 'edge'}:{g.labels[i]}-{g.labels[j]}")
    gs = groups if groups is not None else [0] * n
    for k in sorted(set(gs)):
        idx = [i for i in range(n) if gs[i] == k]
        ax.scatter(pos[idx, 0], pos[idx, 1], s=node_size, color=COALITION_COLORS[k % len(COALITION_COLORS)],
                   edgecolors="black", linewidths=0.6, zorder=3,
                   label=f"coalition {k + 1}" if groups is not None else "actors")
    if labels:
        for i in range(n):
            ax.text(pos[i, 0], pos[i, 1], g.labels[i], fontsize=8, ha="center", va="center", zorder=4)
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    if groups is not None or bad:
        from matplotlib.lines import Line2D

        handles, names = ax.get_legend_handles_labels()
        handles += [Line2D([], [], color=POSITIVE_COLOR, linestyle="-"),
                    Line2D([], [], color=NEGATIVE_COLOR, linestyle="--")]
        names += ["positive tie", "negative tie"]
        if bad:
            handles.append(Line2D([], [], color=UNBALANCED_COLOR, linewidth=2.8))
            names.append("unbalanced tie")
        ax.legend(handles, names, loc="best", fontsize=8)
    return ax


# --------------------------------------------------------------- blockmodel
def plot_blockmodel(graph: Any, blocks: Any, ax: Any = None, *, labels: bool | None = None, title: str | None = None,
                    figsize=(6.0, 6.0)):
    """The signed adjacency matrix with its rows and columns ordered by block.

    Cell (i, j) is the weight of the tie between the i-th and the j-th vertex of the
    reordered matrix: positive ties in :data:`POSITIVE_COLOR`, negative ones in
    :data:`NEGATIVE_COLOR`, their strength by the intensity (|w| up to the largest |w|), no tie
    white. Vertices are sorted by block (blocks numbered by first appearance, as in
    :func:`plot_network`), keeping vertex order within a block; black lines mark the block
    borders. A perfect blockmodel of a balanced graph shows positive (blue) diagonal blocks
    and negative (red) off-diagonal blocks; every other coloured cell is an inconsistency.

    Parameters
    ----------
    graph : SignedGraph
    blocks : sequence, dict or result
        The block of each vertex, in any form :func:`plot_network` takes as ``partition``
        (a sequence in vertex order, a dict label -> block, a result with ``membership``
        such as :func:`kzsec.balance.blockmodel`'s, or with ``partition``).
    ax : matplotlib.axes.Axes, optional
    labels : bool, optional
        Vertex labels on the axes (default: when there are at most 40 vertices).
    title : str, optional
    figsize : tuple
        Size of a new figure.

    Returns
    -------
    matplotlib.axes.Axes
        ``ax.images[0]``: the matrix (its array is the reordered adjacency);
        ``ax.get_xticklabels()``: the labels in the new order (with ``labels``);
        the border lines have gid ``"block-border"``.

    Raises
    ------
    ValueError, KeyError
        ``blocks`` of the wrong length or missing a vertex.
    """
    ax = _axes(ax, "kzsec.plot.plot_blockmodel", figsize=figsize)
    if not isinstance(graph, _core.SignedGraph):
        raise TypeError(f"[kzsec] plot_blockmodel: expected a SignedGraph, got {type(graph).__name__}")
    from matplotlib.colors import LinearSegmentedColormap

    g = graph
    n = g.num_vertices
    groups = np.asarray(_partition_of(blocks, g), dtype=int) if n else np.zeros(0, dtype=int)
    order = np.argsort(groups, kind="stable")
    a = np.asarray(g.adjacency(), dtype=float)[np.ix_(order, order)]
    scale = float(np.abs(a).max()) if a.size and np.abs(a).max() > 0 else 1.0
    cmap = LinearSegmentedColormap.from_list("kzsec_signed", [NEGATIVE_COLOR, "#ffffff", POSITIVE_COLOR])
    ax.imshow(a, cmap=cmap, vmin=-scale, vmax=scale, interpolation="nearest")
    sizes = np.bincount(groups) if n else np.zeros(0, dtype=int)
    for edge in np.cumsum(sizes)[:-1]:
        ax.axhline(edge - 0.5, color="black", lw=1.0, gid="block-border")
        ax.axvline(edge - 0.5, color="black", lw=1.0, gid="block-border")
    show = labels if labels is not None else n <= 40
    names = [g.labels[i] for i in order]
    if show:
        ax.set_xticks(range(n), names, rotation=90, fontsize=7)
        ax.set_yticks(range(n), names, fontsize=7)
    else:
        ax.set_xticks([])
        ax.set_yticks([])
    ax.set_xlabel("vertices, ordered by block" if len(sizes) > 1 else "vertices")
    ax.set_title(title or f"Signed adjacency by block ({len(sizes)} blocks; blue positive, red negative)",
                 fontsize=10)
    return ax


# ------------------------------------------------------------ tilt by domain
def _tilt_table(data: Any, view: str, year: int | None):
    pd = require("pandas", "kzsec.plot.plot_tilt_by_domain")
    if hasattr(data, "structure") and hasattr(data, "perceived"):  # a hedging ProfileResult
        pv = getattr(data, view)
        rows = [(r.domain, r.tilt, r.leaning) for r in pv.domains]
        return pd.DataFrame(rows, columns=["domain", "tilt", "leaning"]), float(pv.aggregate.tilt)
    if hasattr(data, "domains") and hasattr(data, "aggregate"):  # a ProfileView
        rows = [(r.domain, r.tilt, r.leaning) for r in data.domains]
        return pd.DataFrame(rows, columns=["domain", "tilt", "leaning"]), float(data.aggregate.tilt)
    df = _frame(data, "kzsec.plot.plot_tilt_by_domain")
    if "view" in df.columns:
        df = df[df["view"] == view]
    if "year" in df.columns and df["year"].nunique() > 1:
        y = int(df["year"].max()) if year is None else year
        df = df[df["year"] == y]
    agg = float(df["aggregate_tilt"].iloc[0]) if "aggregate_tilt" in df.columns and len(df) else None
    return df, agg


def plot_tilt_by_domain(profile_or_df: Any, ax: Any = None, *, view: str = "structure", year: int | None = None,
                        show_aggregate: bool = True, title: str | None = None):
    """Bar chart of the tilt per domain (positive: closer to the reference power).

    Parameters
    ----------
    profile_or_df : ProfileResult, ProfileView or DataFrame
        A :func:`kzsec.hedging.profile` result, one of its views, or a table
        with ``domain`` and ``tilt`` columns (e.g. an evolution table; then
        ``view`` and ``year`` select the rows).
    ax : matplotlib.axes.Axes, optional
    view : {"structure", "perceived"}
        The view of a profile or of an evolution table.
    year : int, optional
        The year of an evolution table (default: the last).
    show_aggregate : bool
        Draw the aggregate tilt as a horizontal line (when known).
    title : str, optional

    Returns
    -------
    matplotlib.axes.Axes
        ``ax.patches``: one bar per domain, in table order.

    Raises
    ------
    MissingDependencyError
        matplotlib or pandas is not installed.

    Examples
    --------
    >>> import kzsec, kzsec.hedging, kzsec.plot
    >>> p = kzsec.hedging.profile(kzsec.datasets.kazakhstan(), "KAZ", ["RUS", "CHN"], 2022)
    >>> ax = kzsec.plot.plot_tilt_by_domain(p)   # doctest: +SKIP
    """
    ax = _axes(ax, "kzsec.plot.plot_tilt_by_domain")
    df, agg = _tilt_table(profile_or_df, view, year)
    tilt = df["tilt"].to_numpy(dtype=float)
    doms = [str(d) for d in df["domain"]]
    colors = [POSITIVE_COLOR if t >= 0 else NEGATIVE_COLOR for t in tilt]
    ax.bar(range(len(doms)), np.nan_to_num(tilt), color=colors, edgecolor="black", linewidth=0.5)
    ax.set_xticks(range(len(doms)), doms)
    ax.set_xlabel("domain")
    ax.axhline(0.0, color="black", linewidth=0.8)
    if show_aggregate and agg is not None and not math.isnan(agg):
        ax.axhline(agg, color="0.4", linestyle="--", linewidth=1.0, label=f"aggregate tilt {agg:+.2f}")
        ax.legend(loc="best", fontsize=8)
    ax.set_ylabel("tilt")
    ax.set_ylim(min(-1.0, float(np.nanmin(tilt, initial=0.0))), max(1.0, float(np.nanmax(tilt, initial=0.0))))
    if title:
        ax.set_title(title)
    return ax


# -------------------------------------------------------------------- bands
_Q = re.compile(r"^(?:(?P<stem>.+?)_)?(?:q|p|quantile)_?(?P<q>\d+(?:\.\d+)?)$")


def _bands_columns(df: Any, indicator: str | None) -> tuple[str | None, list[tuple[float, str]]]:
    """Mean column and (quantile, column) pairs for an indicator (or the unprefixed ones)."""
    mean = None
    quant = []
    for c in map(str, df.columns):
        m = _Q.match(c)
        if m and (m.group("stem") or None) == indicator:
            text = m.group("q")  # "0.05" is a fraction, "05" / "5" a percentage
            quant.append((float(text) if "." in text else float(text) / 100.0, c))
        elif c == ("mean" if indicator is None else f"{indicator}_mean"):
            mean = c
    return mean, sorted(quant)


def plot_bands(mc_df: Any, indicator: str | None = None, x: str = "year", ax: Any = None, *,
               select: Mapping[str, Any] | None = None, label: str | None = None, color: str | None = None,
               title: str | None = None, ylabel: str | None = None):
    """Plot a Monte Carlo mean with quantile bands over years.

    Parameters
    ----------
    mc_df : pandas.DataFrame
        One row per ``x`` value with a mean column and quantile columns:
        either ``mean``, ``q05``, ``q95`` (also ``p5``, ``quantile_0.05``,
        ``q0.05``, ``q_0.05``; a number with a decimal point is a fraction,
        without one a percentage), or the same prefixed with the indicator
        (``tilt_mean``, ``tilt_q05``, ...). If there is a column ``indicator``
        (long format), the rows of the indicator given are used.
    indicator : str, optional
        The indicator prefix (wide format) or value of the ``indicator``
        column (long format).
    x : str
        The x column.
    ax : matplotlib.axes.Axes, optional
    select : dict, optional
        Keep only the rows where each column equals the value given, e.g.
        ``{"domain": "security", "actor": "RUS"}`` for a long table with
        several rows per year.
    label, color, title : optional
        Legend label and colour of the mean line; plot title.
    ylabel : str, optional
        Label of the y axis (default: the indicator, else "value").

    Returns
    -------
    matplotlib.axes.Axes
        One line for the mean (if present) and one filled band
        (``ax.collections``) per symmetric pair of quantiles, outermost first.

    Raises
    ------
    MissingDependencyError
        matplotlib or pandas is not installed.
    ValueError
        No mean and no quantile columns found, or several rows for one ``x``
        value (narrow them with ``indicator`` and ``select``).
    """
    ax = _axes(ax, "kzsec.plot.plot_bands")
    df = _frame(mc_df, "kzsec.plot.plot_bands")
    prefix = indicator
    if "indicator" in df.columns:
        if indicator is not None:
            df = df[df["indicator"] == indicator]
        elif df["indicator"].nunique() > 1:
            raise ValueError("[kzsec] plot_bands: the table holds several indicators; pass `indicator`")
        prefix = None
    for col, value in (select or {}).items():
        df = df[df[col] == value]
    if df[x].duplicated().any():
        raise ValueError(f"[kzsec] plot_bands: several rows for one {x}; narrow them with `indicator` and `select`")
    df = df.sort_values(x)
    mean, quant = _bands_columns(df, prefix)
    if mean is None and not quant:
        raise ValueError(f"[kzsec] plot_bands: no mean or quantile columns for indicator {indicator!r} "
                         f"(columns: {', '.join(map(str, df.columns))})")
    xs = df[x].to_numpy(dtype=float)
    lo_hi = []
    i, j = 0, len(quant) - 1
    while i < j:
        lo_hi.append((quant[i], quant[j]))
        i, j = i + 1, j - 1
    if i == j and not mean:
        mean = quant[i][1]
    color = color or COALITION_COLORS[0]
    for k, ((ql, cl), (qh, ch)) in enumerate(lo_hi):
        ax.fill_between(xs, df[cl].to_numpy(dtype=float), df[ch].to_numpy(dtype=float), color=color,
                        alpha=0.15 + 0.15 * k, linewidth=0, label=f"{ql:.0%}-{qh:.0%}")
    if mean is not None:
        ax.plot(xs, df[mean].to_numpy(dtype=float), color=color, label=label or (indicator or mean))
    ax.set_xlabel(x)
    ax.set_ylabel(ylabel if ylabel is not None else _pretty(indicator) if indicator else "value")
    if title:
        ax.set_title(title)
    ax.legend(loc="best", fontsize=8)
    return ax


def plot_rank(data: Any, ax: Any = None, *, label: Sequence[str] | None = None, label_all: bool = False,
              title: str | None = None, figsize=(7.5, 6.5)):
    """Every ranked state's aggregate affinity to the two powers, coloured by strategy.

    The x axis is the affinity to ``rivals[0]``, the y axis to ``rivals[1]``; the
    diagonal marks equal affinity (tilt 0). Filled markers are labels that hold
    in at least 90 % of the robustness draws, hollow ones are fragile.

    Parameters
    ----------
    data : pandas.DataFrame, dict or RankResult
        The result of :func:`kzsec.hedging.rank` (any form), or the JSON of
        ``kzsec rank --format json`` already parsed into a dict.
    ax : matplotlib Axes, optional
    label : sequence of str, optional
        Actor ids to annotate (default: the five largest |tilt| on each side).
    label_all : bool
        Annotate every actor.

    Labels never overlap one another or a marker where room allows: each is put
    at the first free spot around its point (upper right, lower right, upper
    left, ... then farther out with a thin leader line); see the "Figures"
    section of docs/hedging.md.
    title : str, optional
    figsize : tuple
        Size of a new figure.

    Returns
    -------
    matplotlib Axes
    """
    rows = _rank_rows(data)
    if not rows["actor"]:
        raise ValueError("[kzsec] plot_rank: nothing to plot (no ranked actor)")
    rivals = rows["rivals"]
    ax = _axes(ax, "kzsec.plot.plot_rank", figsize)
    x = np.asarray(rows["affinity"][0], dtype=float)
    y = np.asarray(rows["affinity"][1], dtype=float)
    strat = rows["strategy"]
    rob = np.asarray(rows["robustness"], dtype=float)
    lo = float(min(np.nanmin(x), np.nanmin(y), 0.0)) - 0.05
    hi = float(max(np.nanmax(x), np.nanmax(y), 0.0)) + 0.05
    ax.plot([lo, hi], [lo, hi], color="#bbbbbb", lw=1, zorder=0)
    ax.axhline(0, color="#dddddd", lw=0.8, zorder=0)
    ax.axvline(0, color="#dddddd", lw=0.8, zorder=0)
    for name, color in STRATEGY_COLORS.items():
        idx = [i for i, s in enumerate(strat) if s == name]
        if not idx:
            continue
        solid = [i for i in idx if not (rob[i] < 0.9)]
        fragile = [i for i in idx if rob[i] < 0.9]
        if solid:
            ax.scatter(x[solid], y[solid], s=28, color=color, label=f"{name} ({len(idx)})", zorder=2)
        if fragile:
            ax.scatter(x[fragile], y[fragile], s=28, facecolors="none", edgecolors=color, zorder=2,
                       label=None if solid else f"{name} ({len(idx)})")
    actors = rows["actor"]
    if label_all:
        chosen = set(actors)
    elif label is not None:
        chosen = set(label)
    else:
        tilt = x - y
        order = np.argsort(tilt)
        chosen = {actors[i] for i in list(order[:5]) + list(order[-5:])}
    ax.set_xlim(lo, hi)
    ax.set_ylim(lo, hi)
    ax.set_aspect("equal")
    ax.set_xlabel(f"aggregate affinity to {rivals[0]}")
    ax.set_ylabel(f"aggregate affinity to {rivals[1]}")
    ax.set_title(title or f"Alignment between {rivals[0]} and {rivals[1]}, {rows['year']} "
                          f"(hollow: robustness < 0.9)", fontsize=10)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    # labels last, at the final limits: moved apart where they would collide (_label_points)
    _label_points(ax, x, y, actors, [i for i, a in enumerate(actors) if a in chosen], fontsize=8, marker_size=28)
    return ax


def _rank_rows(data: Any) -> dict:
    """Columns actor, affinity (per rival), strategy, robustness, rivals, year from any rank form."""
    if isinstance(data, _core.hedging.RankResult):
        return {"actor": [r.actor for r in data.rows], "affinity": [[r.affinity[j] for r in data.rows] for j in range(2)],
                "strategy": [r.primary for r in data.rows], "robustness": [r.robustness for r in data.rows],
                "rivals": list(data.rivals), "year": data.year}
    if isinstance(data, Mapping) and "rows" in data:  # kzsec rank --format json
        rows = data["rows"]
        nan = float("nan")
        return {"actor": [r["actor"] for r in rows], "affinity": [[r["affinity"][j] for r in rows] for j in range(2)],
                "strategy": [r["strategy"] for r in rows],
                "robustness": [nan if r["robustness"] is None else r["robustness"] for r in rows],
                "rivals": list(data["rivals"]), "year": data["year"]}
    cols = data if isinstance(data, Mapping) else {c: list(data[c]) for c in data.columns}
    rivals = [c[len("affinity_"):] for c in cols if str(c).startswith("affinity_")]
    if len(rivals) < 2:
        raise ValueError("[kzsec] plot_rank: expected affinity_<rival> columns for two rivals")
    years = list(cols["year"])
    return {"actor": list(cols["actor"]), "affinity": [list(cols["affinity_" + r]) for r in rivals[:2]],
            "strategy": list(cols["strategy"]), "robustness": list(cols["robustness"]), "rivals": rivals[:2],
            "year": int(years[0]) if years else 0}


# ------------------------------------------------------------------- report
def _year_series(years: Sequence[int], values: Sequence[Any], axis_years: np.ndarray) -> np.ndarray:
    """Values on the full year axis, NaN in the years the report does not hold (so lines break there)."""
    out = np.full(len(axis_years), np.nan)
    first = int(axis_years[0]) if len(axis_years) else 0
    for y, v in zip(years, values):
        out[int(y) - first] = np.nan if v is None else float(v)
    return out


def _year_axis(ax: Any, lo: int, hi: int) -> None:
    """x limits of exactly the years lo..hi (half a year of margin) with whole-year ticks."""
    from matplotlib.ticker import MaxNLocator

    ax.set_xlim(lo - 0.6, hi + 0.6)
    if hi - lo < 3:
        ax.set_xticks(range(lo, hi + 1))
    else:
        ax.xaxis.set_major_locator(MaxNLocator(nbins=12, integer=True))


def _shorten(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _report_rows(report: Any) -> dict:
    """The numbers plot_report draws, from either form of a report.

    A ReportResult is read through its bound objects; the JSON of ``kzsec report --format json``
    (text or parsed dict, e.g. a file from the command line) through its keys. Both give
    focal, focal_name, rivals, rival_names, domains, draws, band_low, band_high and one dict per
    year (sorted) with year, events [(id, description)], tilt {domain: tilt}, band {domain: (low,
    high)} of the tilt, hedging, spread, split, exposure, triangle_index, frustration_normalised
    and balance_domain; a missing value is None or NaN.
    """
    if isinstance(report, _core.report.ReportResult):
        years = [{"year": y.year, "events": [(e.id, e.description) for e in y.events],
                  "tilt": {d.domain: d.tilt for d in y.profile.structure.domains},
                  "band": {b.domain: (b.low, b.high) for b in y.bands if b.indicator == "tilt"},
                  "hedging": y.profile.structure.aggregate.hedging, "spread": y.profile.structure.aggregate.spread,
                  "split": y.profile.structure.aggregate.split, "exposure": y.profile.cross_pressure.exposure,
                  "triangle_index": y.balance.triangles.index,
                  "frustration_normalised": y.balance.frustration.normalised, "balance_domain": y.balance.domain}
                 for y in report.year_reports]
        return {"focal": report.focal, "focal_name": report.focal_name, "rivals": list(report.rivals),
                "rival_names": list(report.rival_names), "domains": list(report.domains), "draws": report.draws,
                "band_low": report.band_low, "band_high": report.band_high, "years": years}
    data = json.loads(report) if isinstance(report, (str, bytes)) else report
    years = []
    for r in sorted(data["years"], key=lambda r: r["year"]):
        agg, bal = r["structure"]["aggregate"], r["balance"]
        years.append({"year": int(r["year"]),
                      "events": [(e.get("id", ""), e.get("description", "")) for e in r.get("events", [])],
                      "tilt": {d["domain"]: d.get("tilt") for d in r["structure"]["domains"]},
                      "band": {b["domain"]: (b.get("low"), b.get("high")) for b in r.get("bands", [])
                               if b.get("indicator", "tilt") == "tilt"},
                      "hedging": agg.get("hedging"), "spread": agg.get("spread"), "split": bool(agg.get("split")),
                      "exposure": r["cross_pressure"].get("exposure"), "triangle_index": bal.get("triangle_index"),
                      "frustration_normalised": bal.get("frustration_normalised"),
                      "balance_domain": bal.get("domain", "")})
    u = data.get("uncertainty") or {}
    return {"focal": data["focal"], "focal_name": data.get("focal_name") or "", "rivals": list(data["rivals"]),
            "rival_names": list(data.get("rival_names") or []), "domains": list(data["domains"]),
            "draws": u.get("draws", 0), "band_low": u.get("band_low", 0.05), "band_high": u.get("band_high", 0.95),
            "years": years}


def plot_report(report: Any, path: Any = None, *, max_event_labels: int = 12, figsize: tuple | None = None):
    """Draw the evolution of a report's indicators, one quantity per panel, with events numbered.

    Panels, top to bottom, on one year axis that spans exactly the report's
    years (a single year gives a single column of points; years missing
    between two reported years are shaded and break the lines):

    1. the event strip: one number per labelled event year, explained in the
       key under the figure (the years with the most events are labelled, at
       most ``max_event_labels``), with a dotted vertical line through the
       data panels;
    2. the tilt toward the reference power ``rivals[0]`` per domain, with the
       Monte Carlo band (``low``-``high`` of the report's uncertainty) as an
       error bar per year, the domains side by side within each year;
    3. the aggregate hedging score and the spread of the tilts across
       domains; years with an issue split are shaded;
    4. the cross-pressure exposure (its own scale: it is a sum over triads,
       not a score in [0, 1]);
    5. the balance of the snapshot around the focal actor: triangle index and
       normalised frustration ``F = 1 - 2L/M``.

    Legends sit to the right of the panels, so they never cover data.

    Parameters
    ----------
    report : ReportResult, str or dict
        A report (:func:`kzsec.report.make_report`, read through its bound objects), or the JSON
        written by ``kzsec report --format json`` as text or as a parsed dict.
    path : str or os.PathLike, optional
        If given, the figure is saved there (PNG, SVG or PDF by extension; 150 dpi).
    max_event_labels : int
        At most this many event years are numbered (0: none).
    figsize : tuple, optional
        Size of the figure in inches (default: 5.5 to 10 wide by the number of years, tall enough
        for the key).

    Returns
    -------
    matplotlib.figure.Figure
        Its axes, in order: events, tilt, hedging, cross-pressure, balance, key.

    Raises
    ------
    MissingDependencyError
        matplotlib is not installed.
    ValueError
        The report holds no year.

    Examples
    --------
    >>> import kzsec, kzsec.report, kzsec.plot
    >>> r = kzsec.report.make_report(kzsec.datasets.kazakhstan(), "KAZ", ["RUS", "CHN"], [2014, 2022])  # doctest: +SKIP
    >>> fig = kzsec.plot.plot_report(r, "report.png")  # doctest: +SKIP
    """
    plt = require("matplotlib.pyplot", "kzsec.plot.plot_report")
    data = _report_rows(report)
    rows = data["years"]
    if not rows:
        raise ValueError("[kzsec] plot_report: the report holds no year")
    years = [r["year"] for r in rows]
    lo, hi = years[0], years[-1]
    axis_years = np.arange(lo, hi + 1)
    missing = sorted(set(axis_years.tolist()) - set(years))
    domains = list(data["domains"])
    ref = data["rivals"][0]
    alt = ", ".join(data["rivals"][1:])

    def series(get):
        return _year_series(years, [get(r) for r in rows], axis_years)

    # Events: which years, how many, which are numbered.
    events = {r["year"]: r["events"] for r in rows if r["events"]}
    labelled = sorted(sorted(events, key=lambda y: (-len(events[y]), y))[:max(0, max_event_labels)])
    width = min(10.0, 5.5 + 0.15 * (hi - lo + 1)) if figsize is None else float(figsize[0])
    room = int((width - 1.5) / (7 * 0.6 / 72))  # characters of 7 pt monospace right of the y labels
    key_lines = []
    for k, y in enumerate(labelled, 1):
        more = f" (+{len(events[y]) - 1})" if len(events[y]) > 1 else ""
        first = _shorten(events[y][0][1] or events[y][0][0], room - 10 - len(more))
        key_lines.append(f"{k:>2}  {y}  {first}{more}")
    key_rows = len(key_lines)

    heights = [0.35, 2.6, 1.6, 1.2, 1.6, 0.15 + 0.135 * key_rows]
    if figsize is None:
        figsize = (width, sum(heights) + 0.9)
    fig = plt.figure(figsize=figsize, layout="constrained")
    gs = fig.add_gridspec(len(heights), 1, height_ratios=heights)
    ev_ax = fig.add_subplot(gs[0])
    axes = [fig.add_subplot(gs[i], sharex=ev_ax) for i in range(1, 5)]
    key_ax = fig.add_subplot(gs[5])
    t_ax, h_ax, c_ax, b_ax = axes

    # 2. tilt per domain with bands, dodged within each year.
    n = max(len(domains), 1)
    step = min(0.6 / n, 0.15)
    for k, d in enumerate(domains):
        tilt = series(lambda r, d=d: r["tilt"].get(d))
        low = series(lambda r, d=d: r["band"].get(d, (None, None))[0])
        high = series(lambda r, d=d: r["band"].get(d, (None, None))[1])
        x = axis_years + (k - (n - 1) / 2) * step
        line, = t_ax.plot(x, tilt, marker="o", markersize=3.5, linewidth=1.4, label=d)
        has = ~np.isnan(low) & ~np.isnan(high) & ~np.isnan(tilt)
        if has.any():
            t_ax.errorbar(x[has], tilt[has], yerr=[tilt[has] - low[has], high[has] - tilt[has]], fmt="none",
                          ecolor=line.get_color(), elinewidth=0.9, alpha=0.55, capsize=0)
    t_ax.axhline(0.0, color="black", linewidth=0.8)
    t_ax.set_ylabel(f"tilt toward {ref}\n(< 0: toward {alt})")
    band_note = ""
    if data["draws"]:
        band_note = (f"; bars: {data['band_low']:.0%}-{data['band_high']:.0%} of "
                     f"{data['draws']} Monte Carlo draws")
    fig.suptitle(f"{data['focal_name'] or data['focal']} ({data['focal']}) between "
                 f"{' and '.join(data['rival_names'] or data['rivals'])}, {lo}" + (f"-{hi}" if hi > lo else ""),
                 fontsize=11)
    t_ax.legend(title=f"domain{band_note and ' (with band)'}", loc="upper left", bbox_to_anchor=(1.01, 1.0),
                fontsize=8, title_fontsize=8, frameon=False)
    if band_note:
        t_ax.text(1.01, 0.0, _wrap(band_note[2:], 22), transform=t_ax.transAxes, fontsize=7, color="0.35",
                  va="bottom", ha="left")

    # 3. hedging score and spread; issue splits shaded.
    agg = lambda key: series(lambda r: r[key])  # noqa: E731
    h_ax.plot(axis_years, agg("hedging"), marker="o", markersize=3, color=COALITION_COLORS[0],
              label="hedging score")
    h_ax.plot(axis_years, agg("spread"), marker="s", markersize=3, color=COALITION_COLORS[1],
              label="spread across\ndomains")
    split_years = [r["year"] for r in rows if r["split"]]
    for i, y in enumerate(split_years):
        h_ax.axvspan(y - 0.5, y + 0.5, color="#8172b3", alpha=0.22, linewidth=0,
                     label="issue split" if i == 0 else None, zorder=0)
    top = np.nanmax(np.concatenate([agg("hedging"), agg("spread"), [1.0]]))
    h_ax.set_ylim(0.0, max(1.05, float(top) * 1.05))
    h_ax.set_ylabel("hedging score,\nspread")
    h_ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)

    # 4. cross-pressure on its own scale.
    exposure = series(lambda r: r["exposure"])
    c_ax.plot(axis_years, exposure, marker="o", markersize=3, color=COALITION_COLORS[2], label="exposure")
    c_ax.set_ylim(0.0, max(1.0, float(np.nanmax(np.append(exposure, 0.0))) * 1.1))
    c_ax.set_ylabel("cross-pressure\nexposure")
    c_ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)

    # 5. balance.
    b_ax.plot(axis_years, series(lambda r: r["triangle_index"]), marker="o", markersize=3,
              color=COALITION_COLORS[3], label="triangle index")
    b_ax.plot(axis_years, series(lambda r: r["frustration_normalised"]), marker="s", markersize=3,
              color=COALITION_COLORS[4], label="F = 1 - 2L/M")
    b_ax.set_ylim(-0.05, 1.05)
    b_ax.set_ylabel(f"balance\n({rows[0]['balance_domain']} ties)")
    b_ax.set_xlabel("year")
    b_ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)

    # Years between reported years: shaded, the lines break there.
    for y in missing:
        for a in axes:
            a.axvspan(y - 0.5, y + 0.5, color="0.92", linewidth=0, zorder=0)
    if missing:
        b_ax.text(1.01, 0.0, "grey: year not\nin the report", transform=b_ax.transAxes, fontsize=7, color="0.35",
                  va="bottom", ha="left")

    # 1. the event strip and its key.
    for a in axes:
        for y in labelled:
            a.axvline(y, color="0.6", alpha=0.45, linewidth=0.7, linestyle=":", zorder=0)
    ev_ax.set_ylim(0, 1)
    ev_ax.set_yticks([])
    for side in ("left", "right", "top"):
        ev_ax.spines[side].set_visible(False)
    ev_ax.tick_params(axis="x", labelbottom=False, length=0)
    ev_ax.set_ylabel("events", rotation=0, ha="right", va="center", fontsize=8)
    previous = None
    for k, y in enumerate(labelled, 1):
        # stagger adjacent years so their numbers do not touch
        level = 0.72 if previous is not None and y - previous <= 1 and level_prev < 0.5 else 0.28
        ev_ax.text(y, level, str(k), ha="center", va="center", fontsize=7,
                   bbox={"boxstyle": "circle,pad=0.2", "facecolor": "white", "edgecolor": "0.5", "linewidth": 0.6})
        previous, level_prev = y, level
    for a in axes[:-1]:
        a.tick_params(axis="x", labelbottom=False)
    _year_axis(b_ax, lo, hi)
    key_ax.set_axis_off()
    if key_lines:
        key_ax.text(0.0, 1.0, "\n".join(key_lines), transform=key_ax.transAxes, va="top", ha="left",
                    fontsize=7, family="monospace", color="0.2")
    else:
        key_ax.text(0.0, 1.0, "no events in these years" if not events else "", transform=key_ax.transAxes,
                    va="top", ha="left", fontsize=7, color="0.35")
    if path is not None:
        fig.savefig(path, dpi=150)
    return fig


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))
