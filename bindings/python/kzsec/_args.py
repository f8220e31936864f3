"""Argument checks shared by the package's wrappers (not public API).

- :func:`check_keywords`: an unknown keyword is named, with the nearest known
  one ("unexpected keyword 'yeras'; did you mean 'years'?"), instead of
  pybind11's whole signature.
- :func:`actor_list`: a list of actor ids from a list, tuple or other iterable;
  a lone string is rejected with a message (``list("RUS")`` would be
  ``['R', 'U', 'S']``).
- :func:`wrap_pybind`: a pybind11 function whose keyword errors are rewritten
  by :func:`check_keywords` (the call itself is unchanged).
- :func:`patch_core`: the few Python-side fixes on ``kzsec._core`` classes
  (``SignedGraph.from_edges``/``from_arrays`` warn when opposite ties cancel
  and the graph's repr says so; ``Network.snapshot`` warns for a year outside
  the network).
"""
from __future__ import annotations

import difflib as _difflib
import functools as _functools
import re as _re
import warnings as _warnings
from collections.abc import Iterable as _Iterable

from . import _core


def suggest(name: str, known: _Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` for the nearest of ``known`` (difflib ratio >= 0.6), else ``""``."""
    near = _difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"; did you mean {near[0]!r}?" if near else ""


def check_keywords(where: str, given: _Iterable[str], known: _Iterable[str]) -> None:
    """Raise TypeError naming the first keyword of ``given`` not in ``known``, with a suggestion."""
    known = list(known)
    for name in given:
        if name not in known:
            hint = suggest(name, known) or f" (accepted: {', '.join(sorted(known))})"
            raise TypeError(f"[kzsec] {where}: unexpected keyword {name!r}{hint}")


def actor_list(value, where: str, what: str = "rivals", minimum: int = 0) -> list[str]:
    """``value`` as a list of actor ids; TypeError for a single string (``minimum`` only shapes the hint)."""
    if isinstance(value, (str, bytes)):
        hint = f"[{value!r}, ...]" if minimum > 1 else f"[{value!r}]"
        raise TypeError(f"[kzsec] {where}: {what} must be a list of actor ids such as {hint}, not the string "
                        f"{value!r} (a string would be read letter by letter)")
    try:
        out = [str(v) for v in value]
    except TypeError:
        raise TypeError(f"[kzsec] {where}: {what} must be a list of actor ids, not {type(value).__name__}") from None
    return out  # the count is checked in C++ ("at least two rivals")


_PARAM = _re.compile(r"[(,]\s*(\w+)\s*:")


def parameters(fn) -> list[str]:
    """Parameter names from a pybind11 docstring's signature lines (every overload)."""
    names: list[str] = []
    doc = fn.__doc__ or ""
    base = getattr(fn, "__name__", "")
    for line in doc.splitlines():
        line = line.strip()
        m = _re.match(r"(?:\d+\.\s*)?" + _re.escape(base) + r"\((.*)\)\s*->", line)
        if not m:
            continue
        depth, token, params = 0, "", []
        for ch in m.group(1):  # split at top-level commas only
            if ch in "[(":
                depth += 1
            elif ch in "])":
                depth -= 1
            if ch == "," and depth == 0:
                params.append(token)
                token = ""
            else:
                token += ch
        params.append(token)
        for p in params:
            p = p.strip().lstrip("*")
            name = p.split(":", 1)[0].split("=", 1)[0].strip()
            if name.isidentifier() and name not in names:
                names.append(name)
    return names


def wrap_pybind(fn, where: str | None = None):
    """``fn`` with pybind11's "incompatible function arguments" for a bad keyword rewritten."""
    params = parameters(fn)
    if not params:
        return fn
    label = where or getattr(fn, "__qualname__", getattr(fn, "__name__", "function"))

    @_functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except TypeError as exc:
            if "incompatible function arguments" in str(exc):
                check_keywords(label, kwargs, params)
            raise

    return wrapper


def wrap_module(namespace: dict, names: _Iterable[str], prefix: str) -> None:
    """Replace each pybind11 function of ``names`` in ``namespace`` by :func:`wrap_pybind` of it."""
    for name in names:
        fn = namespace.get(name)
        if type(fn).__name__ == "builtin_function_or_method":
            namespace[name] = wrap_pybind(fn, f"{prefix}.{name}")


# ------------------------------------------------------------- core patches
def patch_core() -> None:
    """Install the Python-side fixes on ``kzsec._core`` classes (idempotent)."""
    sg = _core.SignedGraph
    if getattr(sg.from_edges, "_kzsec_patched", False):
        return
    raw_from_edges = sg.from_edges
    raw_from_arrays = sg.from_arrays
    raw_repr = sg.__repr__

    def _warn_cancelled(g, where: str) -> None:
        r = g.reduction
        if r.cancelled:
            pairs = ", ".join(f"{g.labels[c.u]}-{g.labels[c.v]}" for c in r.cancelled[:3])
            more = f" and {len(r.cancelled) - 3} more" if len(r.cancelled) > 3 else ""
            _warnings.warn(f"[kzsec] {where}: {len(r.cancelled)} pair(s) of opposite ties ({pairs}{more}) cancelled to weight 0 and were "
                           f"dropped (symmetrize={r.rule!r}; pass symmetrize='negative_wins', 'min' or 'error' "
                           f"to keep or reject them; see graph.reduction)", UserWarning, stacklevel=3)

    def from_edges(edges, *args, **kwargs):
        check_keywords("SignedGraph.from_edges", kwargs, parameters(raw_from_edges))
        try:
            g = raw_from_edges(edges, *args, **kwargs)
        except RuntimeError as exc:
            if "Unable to cast" in str(exc):
                raise TypeError("[kzsec] SignedGraph.from_edges: edges must be (u, v, weight) triples with string "
                                "labels or integer indices and a numeric weight (or '+' / '-')") from None
            raise
        _warn_cancelled(g, "SignedGraph.from_edges")
        return g

    def from_arrays(*args, **kwargs):
        check_keywords("SignedGraph.from_arrays", kwargs, parameters(raw_from_arrays))
        g = raw_from_arrays(*args, **kwargs)
        _warn_cancelled(g, "SignedGraph.from_arrays")
        return g

    def graph_repr(self) -> str:
        text = raw_repr(self)
        r = self.reduction
        if r.cancelled and text.endswith(">"):
            text = f"{text[:-1]} cancelled={len(r.cancelled)} by symmetrize={r.rule!r}>"
        return text

    for new, raw in ((from_edges, raw_from_edges), (from_arrays, raw_from_arrays)):
        new.__doc__ = raw.__doc__
        new.__name__ = raw.__name__
        new.__qualname__ = f"SignedGraph.{raw.__name__}"
        new._kzsec_patched = True
    sg.from_edges = staticmethod(from_edges)
    sg.from_arrays = staticmethod(from_arrays)
    sg.__repr__ = graph_repr

    net = _core.Network
    raw_snapshot = net.snapshot

    @_functools.wraps(raw_snapshot)
    def snapshot(self, year, *args, **kwargs):
        check_keywords("Network.snapshot", kwargs, parameters(raw_snapshot))
        g = raw_snapshot(self, year, *args, **kwargs)
        if g.num_vertices == 0:
            try:
                lo, hi = self.years()
            except ValueError:
                lo = hi = None
            if lo is not None and not lo <= int(year) <= hi:
                _warnings.warn(f"[kzsec] Network.snapshot: year {year} is outside the network's years {lo}-{hi}; "
                               f"the graph is empty (kzsec report rejects such a year)", UserWarning, stacklevel=2)
        return g

    net.snapshot = snapshot
