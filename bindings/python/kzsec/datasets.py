"""Datasets shipped with kzsec.

``kazakhstan()`` returns the Kazakhstan case 1991-2024 (embedded in the
library, no file needed); ``toy_world()`` a five-actor network for examples
and tests; ``world(...)`` the world network from public data (docs/world.md);
``list()`` describes them. See the "Kazakhstan dataset" page of the
documentation (docs/dataset.md) for sources, conventions and corrections.
"""
from __future__ import annotations

import builtins
from typing import Any, Iterable

from ._args import wrap_module as _wrap_module
from . import _core

_ds = _core.datasets

DatasetInfo = _ds.DatasetInfo
kazakhstan = _ds.kazakhstan
toy_world = _ds.toy_world
list = _ds.list  # noqa: A001  (kzsec.datasets.list mirrors the C++ name; shadows the builtin in this module only)

__all__ = ["DatasetInfo", "kazakhstan", "list", "names", "toy_world", "world"]


def names() -> builtins.list[str]:
    """Names of the shipped datasets.

    Returns
    -------
    list of str
        ``[d.name for d in kzsec.datasets.list()]``, e.g. ``["kazakhstan", "toy_world", "world"]``.
    """
    return [d.name for d in _ds.list()]


def _year_span(years: Any) -> tuple[int, int]:
    if years is None:
        return 1946, 2024
    if isinstance(years, range):
        if len(years) == 0:
            raise ValueError("[kzsec] datasets.world: years is an empty range")
        if years.step not in (1, -1):
            raise ValueError("[kzsec] datasets.world: years must be a range with step 1 (the network spans whole years)")
        return min(years[0], years[-1]), max(years[0], years[-1])
    if isinstance(years, tuple) and len(years) == 2:
        return int(years[0]), int(years[1])
    if isinstance(years, bool) or not hasattr(years, "__index__"):
        raise TypeError(f"[kzsec] datasets.world: years must be None, an int, a (first, last) tuple or a range, "
                        f"not {type(years).__name__}")
    return int(years), int(years)


def world(years: Any = None, actors: Iterable[str] | None = None, domains: Iterable[str] | None = None,
          *, progress: bool | None = None, **options: Any):
    """The world network from public data (every state, 1946-2024).

    Every state of the COW state system (ISO3 ids; COW and G-W codes as
    attributes) with relations in four domains derived by the rules of
    docs/world.md: security (ATOP alliances, GML militarised disputes,
    Thompson-Dreyer rivalries), political (UN General Assembly agreement;
    Bailey-Strezhnev-Voeten ideal points after 2019), economic (directed COW
    trade dependence) and institutional (joint COW IGO memberships), with NMC
    capabilities as metrics. The data sets are compiled into the library
    (data/world/), parsed once per process and kept; each call builds a fresh
    network in C++ with the GIL released.

    Parameters
    ----------
    years : None, int, (int, int) or range, optional
        None (default) for 1946-2024; one year; an inclusive (first, last)
        pair; or a range with step 1 (``range(2000, 2011)`` is 2000-2010).
    actors : iterable of str, optional
        ISO3 ids to keep (default every state); relations need both ends kept.
    domains : iterable of str, optional
        Subset of ``"security"``, ``"political"``, ``"economic"``,
        ``"institutional"`` (default all four).
    progress : bool or None
        A progress bar over the build stages (tqdm if installed, else a line
        on stderr): ``True`` always, ``None`` (default) only when the build
        lasts more than a second, ``False`` never. Ctrl-C stops the build
        between stages (KeyboardInterrupt).
    **options
        Other fields of :class:`kzsec.world.WorldOptions` (``defense_value``,
        ``min_joint_votes``, ``carry_trade``, ``capabilities``, ...).

    Returns
    -------
    Network

    Raises
    ------
    TypeError
        An unknown keyword (the message names it), a value of the wrong type,
        or ``years`` together with ``first_year``/``last_year``.
    ValueError
        Years reversed or outside the data, an unknown domain.
    KeyError
        An unknown actor id.
    RuntimeError
        If the library was built without data/world/.

    Notes
    -----
    Complexity: O(data size); every state and year in a few seconds
    (docs/benchmarks.md). Reference: docs/world.md, data/world/SOURCES.md
    (sources, licences and citations).

    Examples
    --------
    >>> net = kzsec.datasets.world(years=(2012, 2014), actors=["KAZ", "RUS", "CHN", "USA"])  # doctest: +SKIP
    """
    from . import world as _world

    if years is not None and ("first_year" in options or "last_year" in options):
        raise TypeError("[kzsec] datasets.world: pass either years or first_year/last_year, not both")
    opt = _world.WorldOptions(**options)
    if years is not None or not ({"first_year", "last_year"} & options.keys()):
        opt.first_year, opt.last_year = _year_span(years)
    if actors is not None:
        if isinstance(actors, str):
            raise TypeError("[kzsec] datasets.world: actors must be a list of ISO3 ids, not a string")
        opt.actors = [str(a) for a in actors]
    if domains is not None:
        if isinstance(domains, str):
            raise TypeError("[kzsec] datasets.world: domains must be a list of domain names, not a string")
        opt.domains = [str(d) for d in domains]
    from ._progress import bar

    callback, close = bar(progress, 2 + len(set(opt.domains)) + int(opt.capabilities), "kzsec world", unit="stages")
    try:
        return _ds.world(opt, progress=callback)
    finally:
        close()


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.datasets")  # a mistyped keyword is named, not pybind11's whole signature
