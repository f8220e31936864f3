"""Progress bars for long runs (not public API).

:func:`bar` returns a callback ``(done, total) -> None`` for the C++ progress
hooks (``kzsec.scenario.monte_carlo``, ``kzsec.datasets.world``,
``kzsec.report.make_report``, ``kzsec.hedging.rank``) and for
:func:`kzsec.scenario.dask_sweep`, and a ``close`` function:

- ``progress=False``: no output (the C++ loop still checks Ctrl-C / Jupyter's
  interrupt between blocks, with or without a bar);
- ``progress=True``: a bar at once;
- ``progress=None`` (default): a bar only if the run lasts more than
  ``delay`` seconds (1 s), so quick calls print nothing.

The bar is ``tqdm.auto.tqdm`` when tqdm is installed (a widget in Jupyter, a
text bar in a terminal; ``pip install kzsec[progress]``), else one line on
stderr rewritten in place.
"""
from __future__ import annotations

import sys as _sys
import time as _time


class _Plain:
    """A minimal stderr progress line: ``<desc>: 40% 4000/10000 [3.1 s]``."""

    def __init__(self, total: int, desc: str, delay: float, unit: str):
        self.total, self.desc, self.delay, self.unit = total, desc, delay, unit
        self.start = _time.monotonic()
        self.shown = False
        self.last = 0.0

    def update_to(self, done: int) -> None:
        now = _time.monotonic()
        if now - self.start < self.delay or (self.shown and now - self.last < 0.2 and done < self.total):
            return
        self.shown, self.last = True, now
        pct = 100.0 * done / self.total if self.total else 100.0
        _sys.stderr.write(f"\r{self.desc}: {pct:3.0f}% {done}/{self.total} {self.unit} [{now - self.start:.1f} s]")
        _sys.stderr.flush()

    def close(self) -> None:
        if self.shown:
            _sys.stderr.write("\n")
            _sys.stderr.flush()


class _Tqdm:
    def __init__(self, tqdm, total: int, desc: str, delay: float, unit: str):
        self.t = tqdm(total=total, desc=desc, delay=delay, unit=unit, leave=True)

    def update_to(self, done: int) -> None:
        self.t.update(done - self.t.n)

    def close(self) -> None:
        self.t.close()


def bar(progress, total: int | None, desc: str, unit: str = "it", delay: float = 1.0):
    """``(callback, close)`` for ``progress`` in {None, True, False}; ``callback`` is None when off.

    ``total=None``: the total is the one the C++ hook passes with its first call
    (``kzsec.report.make_report`` and ``kzsec.hedging.rank`` know it only once
    they have checked their arguments); the bar starts then.
    """
    if progress is False:
        return None, lambda: None
    if progress not in (None, True):
        raise TypeError(f"[kzsec] {desc}: progress must be True, False or None, not {progress!r}")
    wait = 0.0 if progress is True else delay
    try:
        from tqdm.auto import tqdm
    except ImportError:
        tqdm = None
    started = _time.monotonic()
    impl = []  # the bar, made at once or at the first call

    def make(n: int) -> None:
        left = max(0.0, wait - (_time.monotonic() - started))
        impl.append(_Plain(n, desc, left, unit) if tqdm is None else _Tqdm(tqdm, n, desc, left, unit))

    if total is not None:
        make(int(total))

    def callback(done, total_=None):
        if not impl:
            make(int(total_ if total_ is not None else done))
        impl[0].update_to(int(done))

    def close():
        if impl:
            impl[0].close()

    return callback, close
