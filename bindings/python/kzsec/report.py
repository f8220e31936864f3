"""The yearly report on a focal actor (the ``kzsec report`` main job).

``make_report`` builds it in C++ (the same code as the ``kzsec`` program) as a
:class:`ReportResult`, whose ``year_reports`` hold every number as bound objects
(``r.year_reports[0].balance.with_focal``, ``.profile.structure.aggregate.tilt``,
``.bands``); ``ReportResult.to_frame()`` gives one row per year and domain, and
``plot_report`` draws the evolution of its indicators with matplotlib.
"""
from __future__ import annotations

import json
from typing import Any, Union

from ._args import check_keywords as _check_keywords, parameters as _parameters, wrap_module as _wrap_module
from ._core.report import (  # noqa: F401
    BalanceSummary,
    Band,
    CalibrationResult,
    RelationChange,
    ReportResult,
    YearReport,
    spearman,
)
from ._core.report import _calibration
from ._core.report import make_report as _make_report
from ._progress import bar as _bar

__all__ = ["BalanceSummary", "Band", "CalibrationResult", "RelationChange", "ReportResult", "YearReport", "calibration",
           "make_report", "plot_report", "report_data", "spearman"]


def make_report(network, *args, progress: bool | None = None, **kwargs) -> ReportResult:
    # the docstring is the C++ binding's (below): one description of the parameters
    _check_keywords("kzsec.report.make_report", kwargs, _parameters(_make_report))
    if "progress" in _parameters(_make_report) and len(args) >= len(_parameters(_make_report)) - 1:
        raise TypeError("[kzsec] kzsec.report.make_report: pass progress by keyword")
    callback, close = _bar(progress, None, "kzsec report", unit="steps")
    try:
        return _make_report(network, *args, progress=callback, **kwargs)
    finally:
        close()


make_report.__doc__ = "make_report(network, focal='KAZ', rivals=['RUS', 'CHN'], ..., progress=None) -> ReportResult\n" + \
    (_make_report.__doc__ or "").split("\n", 2)[-1]


def calibration(judgement=None, world=None, *, as_frame: bool = True,
                domains=("security", "political", "economic"), first_year: int = 1992, last_year: int = 2024,
                security_last_year: int = 2018, economic_last_year: int = 2014, political_last_year: int = 2024,
                absent_is_zero=("security",), top: int = 5):
    """Judgement codings beside the values of the world network from public data.

    For every relation of ``judgement`` (default: the embedded Kazakhstan
    dataset) between two states of the world network, in each compared domain
    and year, the row holds the judgement level, the data-derived value, and
    both as percentile ranks within the domain (pooled over dyads and years)
    with their difference. Security is compared to 2018 (ATOP), economic
    (directed trade dependence a -> b, read in the judgement data's order) to
    2014 (COW trade), political (UN votes, then ideal points) to 2024; an
    absent world relation is an observed 0 in the ``absent_is_zero`` domains
    and missing elsewhere (docs/dataset.md, "Codings against the record").

    Parameters
    ----------
    judgement : Network, optional
        The coded data (default: ``kzsec.datasets.kazakhstan()``).
    world : Network, optional
        The world network (default: built from the embedded public data for the
        states of ``judgement`` with the carry options off).
    as_frame : bool
        Return a pandas DataFrame of the rows (default; the per-domain summary
        is in ``df.attrs["summary"]``), or the :class:`CalibrationResult`.
    domains, first_year, last_year, security_last_year, economic_last_year, political_last_year, absent_is_zero, top
        Fields of ``kzsec::report::calibration_options``.

    Returns
    -------
    pandas.DataFrame or CalibrationResult
        Columns a, b, domain, year, judgement, basis, confidence, data,
        data_source, judgement_rank, data_rank, difference.
    """
    res = _calibration(judgement, world, list(domains), int(first_year), int(last_year), int(security_last_year),
                       int(economic_last_year), int(political_last_year), list(absent_is_zero), int(top))
    if not as_frame:
        return res
    from ._missing import require

    pd = require("pandas", "kzsec.report.calibration")
    df = pd.DataFrame(res.rows)
    df.attrs["summary"] = res.summary
    return df


def report_data(report: Union[ReportResult, str, dict]) -> dict:
    """The report in its JSON form (``kzsec report --format json``, schema in docs/report.md) as a dict.

    For users who want the dict: from a ReportResult (through ``to_json``), its JSON text, or a dict
    (returned as it is). The numbers are the same as those of the bound objects
    (``ReportResult.year_reports``), which need no JSON round trip.
    """
    if isinstance(report, ReportResult):
        return json.loads(report.to_json(-1))
    if isinstance(report, str):
        return json.loads(report)
    return report


_FRAME_TABLES = ("domains", "bands", "changes", "events")


def _report_frame(self, table: str | None = None):
    """A table of the report as a pandas DataFrame, built from the bound objects.

    ``table="domains"`` (default): one row per year and domain, the numeric and text columns
    of ``to_csv`` (year, domain, affinity_<rival>..., tilt, tilt_normalised, equidistance,
    hedging, tilt_band, stance_<rival>..., aggregate_tilt, aggregate_hedging, spread, split,
    strategy, strategy_aligned_with, strategy_robustness, balance_domain, actors, ties,
    triangles, triangle_index, frustration, frustration_normalised, frustration_optimal,
    cycle_ties, frustration_normalised_cycles, optimal_partitions, optimal_partitions_complete,
    coalition_weighting_dependent, cross_pressure_triads, cross_pressure_exposure,
    pn_<focal>, pn_<rival>...), with NaN for a missing value, plus ``tilt_low``/``tilt_high``
    (the domain's Monte Carlo band of the tilt; NaN without draws). The yearly columns repeat
    on each domain's row; the lists (coalitions, triangles, events) are on the objects.
    ``"bands"``, ``"changes"`` and ``"events"``: one row per Band, RelationChange or Event,
    with its year.

    Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
    """
    from ._missing import require

    pd = require("pandas", "ReportResult.to_frame")
    name = table or "domains"
    if name not in _FRAME_TABLES:
        raise ValueError(f"[kzsec] ReportResult.to_frame: unknown table {name!r} "
                         f"(expected one of {', '.join(_FRAME_TABLES)})")
    nan = float("nan")
    rows = []
    for y in self.year_reports:
        if name != "domains":
            for rec in getattr(y, name):
                rows.append({"year": y.year, **{k: v for k, v in rec.to_dict().items() if k != "year"}})
            continue
        view, b = y.profile.structure, y.balance
        pn = dict(zip(b.pn_actors, b.pn))
        tilt_bands = {x.domain: x for x in y.bands if x.indicator == "tilt"}
        yearly = {"aggregate_tilt": view.aggregate.tilt, "aggregate_hedging": view.aggregate.hedging,
                  "spread": view.aggregate.spread, "split": view.aggregate.split,
                  "strategy": view.strategy.primary, "strategy_aligned_with": view.strategy.aligned_with,
                  "strategy_robustness": view.strategy.robustness, "balance_domain": b.domain,
                  "actors": b.actors, "ties": b.ties, "triangles": b.triangles.triangles,
                  "triangle_index": b.triangles.index, "frustration": b.frustration.frustration,
                  "frustration_normalised": b.frustration.normalised, "frustration_optimal": b.frustration.optimal,
                  "cycle_ties": b.cycle_ties, "frustration_normalised_cycles": b.cycle_normalised,
                  "optimal_partitions": b.optimal_partitions,
                  "optimal_partitions_complete": b.optimal_partitions_complete,
                  "coalition_weighting_dependent": b.weighting_dependent,
                  "cross_pressure_triads": y.profile.cross_pressure.triads,
                  "cross_pressure_exposure": y.profile.cross_pressure.exposure,
                  **{f"pn_{a}": pn.get(a, nan) for a in [self.focal, *self.rivals]}}
        stances = {f"stance_{s.power}": s.position for s in view.stances}
        for d in view.domains:
            band = tilt_bands.get(d.domain)
            affinity = {f"affinity_{r}": (a if seen else nan)
                        for r, a, seen in zip(self.rivals, d.affinity, d.observed)}
            rows.append({"year": y.year, "domain": d.domain, **affinity,
                         "tilt": d.tilt, "tilt_normalised": d.tilt_normalised, "equidistance": d.equidistance,
                         "hedging": d.hedging, "tilt_band": d.tilt_band, **stances, **yearly,
                         "tilt_low": band.low if band else nan, "tilt_high": band.high if band else nan})
    return pd.DataFrame(rows)


ReportResult.to_frame = _report_frame  # kept by kzsec._repr (a class's own to_frame wins)


def plot_report(report: Union[ReportResult, str, dict], path: Any = None, *, max_event_labels: int = 12):
    """Draw the evolution of a report's indicators, with events marked.

    The same as :func:`kzsec.plot.plot_report` (which documents the panels):
    one panel per quantity on a year axis that spans exactly the report's
    years, events numbered above the panels and explained under them.

    Parameters
    ----------
    report : ReportResult, str or dict
        A report, or the JSON of ``kzsec report --format json`` as text or as a parsed dict.
    path : str or os.PathLike, optional
        If given, the figure is saved there (PNG, SVG or PDF by extension).
    max_event_labels : int
        At most this many event years are labelled.

    Returns
    -------
    matplotlib.figure.Figure
    """
    from .plot import plot_report as draw

    return draw(report, path, max_event_labels=max_event_labels)


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.report")  # a mistyped keyword is named, not pybind11's whole signature
