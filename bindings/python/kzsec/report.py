"""The yearly report on a focal actor (the ``kzsec report`` main job).

``make_report`` builds it in C++ (the same code as the ``kzsec`` program);
``plot_report`` draws the evolution of its indicators with matplotlib.
"""
from __future__ import annotations

import json
from typing import Any, Union

from ._args import wrap_module as _wrap_module
from ._core.report import CalibrationResult, ReportResult, make_report, spearman  # noqa: F401
from ._core.report import _calibration

__all__ = ["CalibrationResult", "ReportResult", "calibration", "make_report", "plot_report", "report_data", "spearman"]


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
    """The report as a plain dict (from a ReportResult, its JSON text, or a dict)."""
    if isinstance(report, ReportResult):
        return json.loads(report.to_json(-1))
    if isinstance(report, str):
        return json.loads(report)
    return report


def plot_report(report: Union[ReportResult, str, dict], path: Any = None, *, max_event_labels: int = 12):
    """Draw the evolution of a report's indicators, with events marked.

    Three panels share the year axis: (1) the tilt toward the reference power
    per domain (positive = closer to ``rivals[0]``); (2) the aggregate hedging
    score, the spread across domains and the cross-pressure exposure;
    (3) the balance of the snapshot around the focal actor (triangle index and
    normalised frustration F). Years with events are marked by thin vertical
    lines; the years with the most events are labelled.

    Parameters
    ----------
    report : ReportResult, str or dict
        A report, its JSON text, or its parsed JSON.
    path : str or os.PathLike, optional
        If given, the figure is saved there (PNG, SVG or PDF by extension).
    max_event_labels : int
        At most this many event years are labelled.

    Returns
    -------
    matplotlib.figure.Figure
    """
    from ._missing import require

    plt = require("matplotlib.pyplot", "kzsec.report.plot_report")
    data = report_data(report)
    years = [y["year"] for y in data["years"]]
    domains = data["domains"]
    ref = data["rivals"][0]
    alt = ", ".join(data["rivals"][1:])

    fig, axes = plt.subplots(3, 1, figsize=(10, 9), sharex=True, constrained_layout=True)
    ax = axes[0]
    for d in domains:
        tilt = []
        for y in data["years"]:
            row = next((r for r in y["structure"]["domains"] if r["domain"] == d), None)
            tilt.append(row["tilt"] if row else float("nan"))
        line, = ax.plot(years, tilt, marker="o", markersize=3, label=d)
        lo, hi = [], []
        for y in data["years"]:
            b = next((b for b in y.get("bands", []) if b["domain"] == d), None)
            lo.append(b["low"] if b else float("nan"))
            hi.append(b["high"] if b else float("nan"))
        if any(v == v for v in lo):  # any band present (NaN != NaN)
            ax.fill_between(years, lo, hi, color=line.get_color(), alpha=0.15, linewidth=0)
    ax.axhline(0.0, color="black", linewidth=0.8)
    ax.set_ylabel(f"tilt toward {ref}\n(< 0: toward {alt})")
    ax.set_title(f"{data['focal_name']} ({data['focal']}) between {' and '.join(data['rival_names'])}")
    ax.legend(loc="best", fontsize="small", ncol=2)

    ax = axes[1]
    ax.plot(years, [y["structure"]["aggregate"]["hedging"] for y in data["years"]], label="hedging (aggregate)")
    ax.plot(years, [y["structure"]["aggregate"]["spread"] for y in data["years"]], label="spread across domains")
    ax.plot(years, [y["cross_pressure"]["exposure"] for y in data["years"]], label="cross-pressure exposure",
            linestyle="--")
    split_years = [y["year"] for y in data["years"] if y["structure"]["aggregate"]["split"]]
    if split_years:
        ax.scatter(split_years, [0.02] * len(split_years), marker="|", color="purple", label="issue split")
    ax.set_ylabel("hedging indicators")
    ax.legend(loc="best", fontsize="small")

    ax = axes[2]
    ax.plot(years, [y["balance"]["triangle_index"] for y in data["years"]], label="triangle index")
    ax.plot(years, [y["balance"]["frustration_normalized"] for y in data["years"]], label="F = 1 - 2L/M")
    ax.set_ylabel(f"balance ({data['years'][0]['balance']['domain'] if data['years'] else ''})")
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel("year")
    ax.legend(loc="best", fontsize="small")

    counts = {y["year"]: len(y["events"]) for y in data["years"] if y["events"]}
    labelled = sorted(sorted(counts, key=lambda k: (-counts[k], k))[:max_event_labels])
    for a in axes:
        for yr in counts:
            a.axvline(yr, color="grey", alpha=0.25, linewidth=0.8)
    for yr in labelled:
        first = next(y for y in data["years"] if y["year"] == yr)["events"][0]["description"]
        axes[0].annotate(first[:28] + ("…" if len(first) > 28 else ""), xy=(yr, 1.0), xycoords=("data", "axes fraction"),
                         rotation=90, fontsize=6, va="top", ha="right", color="dimgrey")
    if path is not None:
        fig.savefig(path, dpi=120)
    return fig


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.report")  # a mistyped keyword is named, not pybind11's whole signature
