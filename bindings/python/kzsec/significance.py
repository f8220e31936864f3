"""Significance of structural balance against null models (docs/signed-analysis.md).

``balance_significance``
    z-scores and Monte Carlo p-values, (1 + #{null >= observed}) / (N + 1), of the
    triangle, walk and frustration indices against sign shuffling or degree- and
    sign-preserving switching; seeded, threaded, and independent of the thread count.
``null_draw``
    One graph from a null model.
"""
from __future__ import annotations

from . import _core

_s = _core.significance

NullTest = _s.NullTest
SignificanceResult = _s.SignificanceResult
balance_significance = _s.balance_significance
null_draw = _s.null_draw

__all__ = ["NullTest", "SignificanceResult", "balance_significance", "null_draw"]


def __dir__() -> list[str]:
    return sorted(__all__)
