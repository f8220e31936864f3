"""Readable ``repr``, Jupyter ``_repr_html_``, ``to_dict`` and ``to_frame`` for the
classes of ``kzsec._core``, generated from their fields (the pybind11 properties).

Installed once by ``kzsec/__init__.py``; nothing here is public API. A class
keeps a ``__repr__``, ``to_dict`` or ``to_frame`` it already has (written in the
bindings); the others are added:

- ``repr(x)``: ``ClassName(field=value, ...)`` with long values summarised
  (``[12 DomainRow]``, ``array(shape=(5,), float64)``), at most ~300 characters.
- ``x._repr_html_()``: a two-column table (field, value) with nested results
  summarised; classes that hold whole data sets (a network, a graph) show their
  ``repr`` only, so Jupyter never copies a million relations to draw a cell.
- ``x.to_dict()``: ``{field: value}``, nested kzsec objects as dicts, lists of
  them as lists of dicts, numpy arrays as they are.
- ``x.to_frame(table=None)``: for classes with a list-of-records field (the
  first one unless ``table`` names another; e.g. ``RankResult.rows``,
  ``ProfileView.domains``): a pandas DataFrame, one row per record.
"""
from __future__ import annotations

import html as _html
import re as _re
import types as _types

import numpy as _np

from . import _core

#: Classes holding a data set rather than a result: their fields are not read for a repr.
_CONTAINERS = {"Network", "SignedGraph", "NetworkIndex", "Sources", "NmcData", "VoteTable", "AlliancePortfolios",
               "SplitVotes"}
_MAX_REPR = 300
_RECORDS = _re.compile(r"->\s*list\[kzsec\._core\.[\w.]+\]")


def _core_classes() -> list[type]:
    """Every class defined in ``kzsec._core`` and its submodules (enums included)."""
    out, seen = [], set()

    def walk(mod: _types.ModuleType) -> None:
        for name in dir(mod):
            obj = getattr(mod, name)
            if isinstance(obj, _types.ModuleType):
                if obj.__name__.startswith("kzsec._core") and obj.__name__ not in seen:
                    seen.add(obj.__name__)
                    walk(obj)
            elif isinstance(obj, type) and obj.__module__.startswith("kzsec._core") and obj not in out:
                out.append(obj)

    walk(_core)
    return out


def _fields(cls: type) -> list[str]:
    """Public data fields of a pybind11 class, in definition order (base classes first).

    Deprecated aliases (a property documented "Deprecated ...", which warns when read) are left
    out: they repeat a field under its old name, and reading them for a repr or to_dict warned.
    """
    names: list[str] = []
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if (isinstance(value, property) and not name.startswith("_") and name not in names
                    and not (value.__doc__ or "").startswith("Deprecated")):
                names.append(name)
    return names


def _record_fields(cls: type) -> list[str]:
    """Fields typed ``list[kzsec._core.<Record>]`` (from pybind11's property signatures)."""
    out = []
    for name in _fields(cls):
        prop = getattr(cls, name)
        doc = (prop.fget.__doc__ or "") if prop.fget is not None else ""
        if _RECORDS.search(doc.split("\n", 1)[0]):
            out.append(name)
    return out


def _is_kz(x) -> bool:
    return type(x).__module__.startswith("kzsec._core")


def _short(x, depth: int = 0) -> str:
    """A one-line summary of a field value."""
    if isinstance(x, _np.ndarray):
        if x.size <= 6 and x.ndim == 1:
            return _np.array2string(x, precision=4, separator=", ")
        return f"array(shape={x.shape}, {x.dtype})"
    if isinstance(x, float):
        return f"{x:.6g}"
    if isinstance(x, str) and len(x) > 60:
        return repr(x[:57] + "...")
    if isinstance(x, (list, tuple)):
        if not x:
            return "[]" if isinstance(x, list) else "()"
        if _is_kz(x[0]):
            return f"[{len(x)} {type(x[0]).__name__}]"
        if len(x) <= 6:
            inner = ", ".join(_short(v, depth + 1) for v in x)
            return f"[{inner}]" if isinstance(x, list) else f"({inner}{',' if len(x) == 1 else ''})"
        return f"[{len(x)} items: {_short(x[0], depth + 1)}, ...]"
    if isinstance(x, dict):
        if len(x) <= 4:
            return "{" + ", ".join(f"{k!r}: {_short(v, depth + 1)}" for k, v in x.items()) + "}"
        return f"{{{len(x)} items}}"
    if _is_kz(x) and not hasattr(type(x), "__members__"):
        if type(x).__repr__ is not _field_repr:  # a repr written in the bindings
            text = repr(x)
            return text if len(text) <= 80 else text[:77] + "..."
        if depth >= 1:
            return f"{type(x).__name__}(...)"
        return _field_repr(x, depth + 1)
    return repr(x)


def _field_repr(self, depth: int = 0) -> str:
    cls = type(self)
    if cls.__name__ in _CONTAINERS:
        return f"<{cls.__name__}>"
    parts, length = [], 0
    for name in _fields(cls):
        try:
            text = f"{name}={_short(getattr(self, name), depth)}"
        except Exception as exc:  # a field that cannot be read in this state (e.g. a perceived view without one)
            text = f"{name}=<{type(exc).__name__}>"
        parts.append(text)
        length += len(text) + 2
        if length > _MAX_REPR:
            parts.append("...")
            break
    return f"{cls.__name__}({', '.join(parts)})"


def _repr_html(self) -> str:
    cls = type(self)
    head = _html.escape(repr(self))
    if cls.__name__ in _CONTAINERS or not _fields(cls):
        return f"<code>{head}</code>"
    rows = []
    for name in _fields(cls):
        try:
            value = _short(getattr(self, name), 1)
        except Exception as exc:
            value = f"<{type(exc).__name__}>"
        rows.append(f"<tr><th style='text-align:left'>{_html.escape(name)}</th>"
                    f"<td style='text-align:left'><code>{_html.escape(value)}</code></td></tr>")
    return (f"<div><b>kzsec.{_html.escape(cls.__name__)}</b><table>"
            + "".join(rows) + "</table></div>")


def _plain(x):
    if _is_kz(x) and not hasattr(type(x), "__members__") and type(x).__name__ not in _CONTAINERS:
        return _to_dict(x)
    if isinstance(x, list):
        return [_plain(v) for v in x]
    if isinstance(x, tuple):
        return tuple(_plain(v) for v in x)
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    return x


def _to_dict(self) -> dict:
    """The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts)."""
    return {name: _plain(getattr(self, name)) for name in _fields(type(self))}


def _flat(d: dict, prefix: str = "") -> dict:
    out = {}
    for k, v in d.items():
        if isinstance(v, dict) and v and all(isinstance(x, str) for x in v):
            out.update(_flat(v, f"{prefix}{k}_"))
        else:
            out[f"{prefix}{k}"] = v
    return out


def _make_to_frame(tables: list[str]):
    def to_frame(self, table: str | None = None):
        """One row per record of a list field (default: the first, ``{first}``), as a pandas DataFrame.

        Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
        Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
        """
        from ._missing import require

        pd = require("pandas", f"{type(self).__name__}.to_frame")
        name = table or tables[0]
        if name not in tables:
            raise ValueError(f"[kzsec] {type(self).__name__}.to_frame: unknown table {name!r} "
                             f"(expected one of {', '.join(tables)})")
        records = getattr(self, name)
        rows = [_flat(r.to_dict() if hasattr(r, "to_dict") else _to_dict(r)) for r in records]
        return pd.DataFrame(rows)

    to_frame.__doc__ = to_frame.__doc__.replace("{first}", tables[0])
    return to_frame


def _has_own(cls: type, name: str) -> bool:
    """True if ``cls`` defines ``name`` itself (a pybind11 ``__repr__``, not object's default)."""
    for klass in cls.__mro__:
        if klass is object or klass.__module__ in ("pybind11_builtins",) or klass.__name__ == "pybind11_object":
            continue
        if name in vars(klass):
            return True
    return False


def install() -> list[type]:
    """Attach the methods to every class of ``kzsec._core``; returns the classes touched."""
    touched = []
    for cls in _core_classes():
        if hasattr(cls, "__members__"):  # pybind11 enums: their repr is already readable
            continue
        fields = _fields(cls)
        if not _has_own(cls, "__repr__"):
            cls.__repr__ = _field_repr
        if not _has_own(cls, "_repr_html_"):
            cls._repr_html_ = _repr_html
        if fields and cls.__name__ not in _CONTAINERS and not _has_own(cls, "to_dict"):
            cls.to_dict = _to_dict
        tables = _record_fields(cls)
        if tables and not _has_own(cls, "to_frame"):
            cls.to_frame = _make_to_frame(tables)
        touched.append(cls)
    return touched
