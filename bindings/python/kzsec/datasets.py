"""Datasets shipped with kzsec.

``kazakhstan()`` returns the Kazakhstan case 1991-2024 (embedded in the
library, no file needed); ``toy_world()`` a five-actor network for examples
and tests; ``list()`` describes them. See the "Kazakhstan dataset" page of the
documentation (docs/dataset.md) for sources, conventions and corrections.
"""
from __future__ import annotations

import builtins

from . import _core

_ds = _core.datasets

DatasetInfo = _ds.DatasetInfo
kazakhstan = _ds.kazakhstan
toy_world = _ds.toy_world
list = _ds.list  # noqa: A001  (kzsec.datasets.list mirrors the C++ name; shadows the builtin in this module only)

__all__ = ["DatasetInfo", "kazakhstan", "list", "names", "toy_world"]


def names() -> builtins.list[str]:
    """Names of the shipped datasets.

    Returns
    -------
    list of str
        ``[d.name for d in kzsec.datasets.list()]``, e.g. ``["kazakhstan", "toy_world"]``.
    """
    return [d.name for d in _ds.list()]
