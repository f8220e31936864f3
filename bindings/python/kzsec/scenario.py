"""Scenarios, shocks and uncertainty (``kzsec.scenario``).

A :class:`Scenario` is a named list of :class:`Edit` s applied to a copy of a
network from a year on (the base network is never modified); shocks
(:func:`sanctions_shock`, :func:`conflict_shock`) turn explicit propagation
rules into scenarios; :func:`compare` puts every indicator of the base and the
scenario side by side with the differences and which edits caused them;
:func:`monte_carlo` draws relation values from distributions set by their
confidence and summarises every indicator with streaming statistics, in C++
threads, with the GIL released. :func:`dask_sweep` spreads many
(scenario, seed) tasks over a Dask cluster.

The C++ core returns columns; the functions here build pandas DataFrames
(pandas is imported only when they are called). Definitions, defaults and the
scenario file format: ``docs/scenarios.md``.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from ._args import actor_list as _actor_list, check_keywords as _check_keywords, wrap_module as _wrap_module
from ._args import parameters as _parameters
from ._progress import bar as _bar
from ._core import scenario as _s
from ._core.scenario import (  # noqa: F401
    ApplyResult,
    ClampRecord,
    Edit,
    IndicatorInfo,
    Scenario,
    apply,
    apply_report,
    compose,
    draw_value,
    from_json,
    indicators,
    read_scenario,
    write_scenario,
)
from ._missing import require as _require

__all__ = [
    "ApplyResult",
    "ClampRecord",
    "Edit",
    "IndicatorInfo",
    "Scenario",
    "apply",
    "apply_report",
    "band_frame",
    "compare",
    "compose",
    "conflict_shock",
    "dask_sweep",
    "draw_value",
    "evaluate",
    "from_json",
    "indicators",
    "monte_carlo",
    "MonteCarloResult",
    "CompareResult",
    "read_scenario",
    "sanctions_shock",
    "write_scenario",
]


def _pd(feature: str):
    return _require("pandas", feature)


def _options_of(fn) -> list[str]:
    """Keyword options of a _core.scenario function (its parameters after the positional ones)."""
    return [p for p in _parameters(fn) if p not in ("network", "base", "scenario", "focal", "rivals", "years")]


def _years(years) -> list[int]:
    if isinstance(years, int):
        return [years]
    return [int(y) for y in years]


def sanctions_shock(network, target: str, year: int, intensity: float = 1.0, **kwargs) -> tuple[Scenario, list[str]]:
    """Rule 1 (sanctions): a scenario of economic cost shifts for the target's union partners.

    For every state M that is a member of an organisation of which ``target`` is also
    a member in ``year`` (or of ``unions``), ``dv_economic(M, target) = -intensity *
    dependence(M -> target)``, the directed metric ``dependence_metric`` (default
    ``"trade_share"``) of the latest year <= ``year``, applied from ``year`` to
    ``until``.

    Parameters
    ----------
    network : kzsec.Network
    target : str
        The sanctioned power.
    year : int
        First year of the sanctions.
    intensity : float
        ``s >= 0``.
    **kwargs
        ``until``, ``unions``, ``members``, ``dependence_metric``,
        ``default_dependence`` (NaN: members without the metric are skipped),
        ``domain`` (default ``"economic"``).

    Returns
    -------
    (Scenario, list of str)
        The scenario (one labelled edit per member) and the explanation lines.

    Raises
    ------
    KeyError
        Unknown target, union or member.
    ValueError
        Negative intensity, unknown domain, year outside the network.
    """
    return _s.sanctions_shock(network, target, year, intensity, **kwargs)


def conflict_shock(network, a: str, b: str, year: int, intensity: float = 1.0, factor: float = 0.5,
                   **kwargs) -> tuple[Scenario, list[str]]:
    """Rule 2 (conflict and cross-pressure) as a scenario.

    Every state F with positive ties ``w_FA > 0`` and ``w_FB > 0`` in ``domain``
    (default political) in ``year`` is pulled toward 0 on both ties by
    ``p = factor * intensity * min(w_FA, w_FB)``; with ``set_conflict`` the A-B
    relation is set to ``-intensity`` in ``conflict_domains``.

    Parameters
    ----------
    network : kzsec.Network
    a, b : str
        The two powers.
    year : int
    intensity : float
        ``c`` in [0, 1].
    factor : float
        In [0, 1].
    **kwargs
        ``until``, ``domain``, ``targets``, ``set_conflict``, ``conflict_domains``.

    Returns
    -------
    (Scenario, list of str)

    Raises
    ------
    KeyError, ValueError
        Unknown actors; intensity or factor outside [0, 1]; a == b.
    """
    return _s.conflict_shock(network, a, b, year, intensity, factor, **kwargs)


def evaluate(network, focal: str, rivals: Sequence[str], years: Iterable[int], **options):
    """Every indicator of ``focal`` between ``rivals`` for each year.

    Parameters
    ----------
    network : kzsec.Network
    focal : str
    rivals : sequence of str
        ``rivals[0]`` is the reference power.
    years : iterable of int
    **options
        ``domains``, ``domain_weights``, ``missing_as_zero``, ``balance``,
        ``balance_domain``, ``strategy``.

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        Numeric (year, indicator, domain, actor, value) and categorical rows.
    """
    pd = _pd("kzsec.scenario.evaluate")
    _check_keywords("kzsec.scenario.evaluate", options, _options_of(_s.evaluate))
    num, cat = _s.evaluate(network, focal, _actor_list(rivals, "scenario.evaluate", "rivals", 2), _years(years),
                           **options)
    return pd.DataFrame(num), pd.DataFrame(cat)


class CompareResult:
    """Result of :func:`compare`: tables as pandas DataFrames.

    Attributes
    ----------
    numeric : pandas.DataFrame
        year, indicator, domain, actor, base, scenario, diff.
    categorical : pandas.DataFrame
        year, indicator, domain, actor, base, scenario, changed.
    attribution : pandas.DataFrame
        For each numeric row with a difference and each edit: the contribution
        (``leave_one_out``: scenario - scenario without the edit; ``one_at_a_time``:
        base with the edit alone - base), with the row's keys and the edit label.
    categorical_attribution : pandas.DataFrame
        For each changed categorical row and edit: the value without (or with only)
        the edit and whether the edit is pivotal.
    edit_labels : list of str
    attribution_errors : list of str
    method : str
    """

    def __init__(self, raw: dict):
        pd = _pd("kzsec.scenario.compare")
        self.edit_labels = list(raw["edit_labels"])
        self.attribution_errors = list(raw["attribution_errors"])
        self.method = raw["method"]
        self.scenario_name = raw["scenario_name"]
        self.numeric = pd.DataFrame(raw["numeric"])
        self.categorical = pd.DataFrame(raw["categorical"])
        attr = pd.DataFrame(raw["attribution"])
        keys = ["year", "indicator", "domain", "actor"]
        if len(attr):
            attr = pd.concat([self.numeric.loc[attr["row"].to_numpy(), keys].reset_index(drop=True),
                              attr.reset_index(drop=True)], axis=1)
            attr["edit_label"] = [self.edit_labels[i] for i in attr["edit"]]
        self.attribution = attr
        cattr = pd.DataFrame(raw["categorical_attribution"])
        if len(cattr):
            cattr = pd.concat([self.categorical.loc[cattr["row"].to_numpy(), keys].reset_index(drop=True),
                               cattr.reset_index(drop=True)], axis=1)
            cattr["edit_label"] = [self.edit_labels[i] for i in cattr["edit"]]
        self.categorical_attribution = cattr

    def changed(self, tolerance: float = 1e-12):
        """Numeric rows whose value differs between base and scenario."""
        d = self.numeric
        return d[(d["diff"].abs() > tolerance) | (d["base"].isna() != d["scenario"].isna())]

    def __repr__(self) -> str:
        return (f"CompareResult(scenario={self.scenario_name!r}, rows={len(self.numeric)}, "
                f"changed={len(self.changed())}, method={self.method!r})")


def compare(base, scenario: Scenario, focal: str, rivals: Sequence[str], years: Iterable[int], *,
            attribution: str = "leave_one_out", **options) -> CompareResult:
    """Compare the base network with the scenario, indicator by indicator and year by year.

    Parameters
    ----------
    base : kzsec.Network
    scenario : Scenario
    focal : str
    rivals : sequence of str
    years : iterable of int
    attribution : {"leave_one_out", "one_at_a_time", "none"}
        How differences are attributed to edits (docs/scenarios.md).
    **options
        ``domains``, ``domain_weights``, ``missing_as_zero``, ``balance``,
        ``balance_domain``, ``strategy``, ``tolerance``.

    Returns
    -------
    CompareResult
    """
    _pd("kzsec.scenario.compare")
    _check_keywords("kzsec.scenario.compare", options, _options_of(_s.compare))
    return CompareResult(_s.compare(base, scenario, focal, _actor_list(rivals, "scenario.compare", "rivals", 2),
                                    _years(years), attribution, **options))


class MonteCarloResult:
    """Result of :func:`monte_carlo`.

    Attributes
    ----------
    summary : pandas.DataFrame
        One row per (year, indicator, domain, actor): n, mean, sd, min, max, the
        quantile columns (``q05``, ``q50``, ...; ``kzsec.plot.plot_bands``-ready)
        and the histogram range (lower, upper).
    categories : pandas.DataFrame
        Shares of draws per category (tilt band, split, strategy, stance toward each rival, coalition).
    sensitivity : pandas.DataFrame
        Relations ranked per target by mean |Pearson r| with the target indicator.
    draws : numpy.ndarray or None
        draws x summary rows, if ``keep_draws``.
    """

    def __init__(self, raw: dict):
        pd = _pd("kzsec.scenario.monte_carlo")
        self.summary = pd.DataFrame(raw["summary"])
        self.categories = pd.DataFrame(raw["categories"])
        self.sensitivity = pd.DataFrame(raw["sensitivity"])
        self.draws = raw["draws"]
        for k in ("focal", "rivals", "years", "n_draws", "seed", "threads", "full", "sampled_relations", "seconds"):
            setattr(self, k, raw[k])

    def bands(self, indicator: str, domain: str = "aggregate", actor: str = ""):
        """The rows of one indicator over years (year, mean, sd, quantiles), for ``kzsec.plot.plot_bands``."""
        return band_frame(self, indicator, domain, actor)

    def __repr__(self) -> str:
        return (f"MonteCarloResult(focal={self.focal!r}, draws={self.n_draws}, seed={self.seed}, "
                f"threads={self.threads}, full={self.full}, rows={len(self.summary)})")


def monte_carlo(network, focal: str, rivals: Sequence[str], years: Iterable[int], *, draws: int = 1000,
                seed: int = 1, threads: int = 0, progress: bool | None = None, **options) -> MonteCarloResult:
    """Monte Carlo over relation values, with streaming statistics (C++ threads, GIL released).

    Each relation record's value is drawn, once per draw, from a normal with mean its
    value and sd set by its confidence (high 0.05, medium 0.10, low 0.20 by default),
    truncated to [-1, 1]. Draw ``i`` of record ``j`` comes from the counter-based stream
    (seed, i, j): results are identical for any ``threads``.

    Parameters
    ----------
    network : kzsec.Network
    focal : str
    rivals : sequence of str
    years : iterable of int
    draws : int
    seed : int
    threads : int
        0 = all cores.
    progress : bool or None
        A progress bar (tqdm if installed, else a line on stderr): ``True``
        always, ``None`` (default) only when the run lasts more than a second,
        ``False`` never. Ctrl-C (or Jupyter's interrupt) stops the run within
        about 0.1 s plus one block of draws in every case, raising
        :class:`KeyboardInterrupt`.
    **options
        ``sd_high``, ``sd_medium``, ``sd_low``, ``overrides`` (list of
        ``(a, b, domain, from_year_or_0, sd)``), ``full`` (also strategy, balance and
        coalitions; rebuilds a network per draw, much slower), ``quantiles``,
        ``bins``, ``sensitivity`` (targets ``"indicator:domain"``), ``keep_draws``,
        ``block_size``, ``domains``, ``domain_weights``, ``missing_as_zero``,
        ``balance``, ``balance_domain``, ``strategy``.

    Returns
    -------
    MonteCarloResult

    Raises
    ------
    KeyError
        Unknown focal or rival.
    ValueError
        Invalid options (see the C++ documentation).
    TypeError
        An unknown option (the message names it and the nearest known one), or
        ``rivals`` given as one string.
    KeyboardInterrupt
        Ctrl-C or Jupyter's interrupt during the run.
    """
    _pd("kzsec.scenario.monte_carlo")
    _check_keywords("kzsec.scenario.monte_carlo", options, _options_of(_s.monte_carlo) + ["progress"])
    rivals = _actor_list(rivals, "scenario.monte_carlo", "rivals", 2)
    callback, close = _bar(progress, int(draws), "kzsec monte_carlo", unit="draws")
    try:
        raw = _s.monte_carlo(network, focal, rivals, _years(years), draws, seed, threads, progress=callback, **options)
    finally:
        close()
    return MonteCarloResult(raw)


def band_frame(result: MonteCarloResult, indicator: str, domain: str = "aggregate", actor: str = ""):
    """One indicator's summary over years, ready for ``kzsec.plot.plot_bands``.

    Parameters
    ----------
    result : MonteCarloResult
    indicator : str
        E.g. ``"tilt"``, ``"affinity"``, ``"spread"``.
    domain : str
        A domain or ``"aggregate"``.
    actor : str
        The rival for ``affinity``; empty otherwise.

    Returns
    -------
    pandas.DataFrame
        year, mean, sd and the quantile columns, sorted by year.
    """
    s = result.summary
    d = s[(s["indicator"] == indicator) & (s["domain"] == domain) & (s["actor"] == actor)]
    if d.empty:
        raise ValueError(f"[kzsec] band_frame: no rows for indicator={indicator!r}, domain={domain!r}, actor={actor!r}")
    cols = ["year", "mean", "sd"] + [c for c in s.columns if c.startswith("q") or c.startswith("quantile_")]
    return d[cols].sort_values("year").reset_index(drop=True)


def _sweep_task(network_json: str, scenario_json: str | None, focal: str, rivals: list, years: list, seed: int,
                draws: int, threads: int, options: dict):
    """One Dask task: load the network, apply the scenario, run the Monte Carlo; return plain columns."""
    from ._core import io as _io
    net = _io.loads(network_json)
    if scenario_json:
        net = _s.apply(net, _s.from_json(scenario_json, "<dask task>"))
    raw = _s.monte_carlo(net, focal, rivals, years, draws, seed, threads, **options)
    return {"summary": raw["summary"], "categories": raw["categories"]}


def _gather(client, futures, progress) -> list:
    """Results of ``futures`` in order, with a bar over the finished tasks; Ctrl-C cancels the rest."""
    callback, close = _bar(progress, len(futures), "kzsec dask_sweep", unit="tasks")
    if callback is None:
        try:
            return list(client.gather(futures))
        except KeyboardInterrupt:
            for f in futures:
                f.cancel()
            raise
    from dask.distributed import as_completed

    try:
        callback(0)
        for done, _ in enumerate(as_completed(futures), start=1):
            callback(done)
        return [f.result() for f in futures]
    except KeyboardInterrupt:
        for f in futures:
            f.cancel()
        raise
    finally:
        close()


def dask_sweep(client, network, scenarios: Sequence[Scenario | None], focal: str, rivals: Sequence[str],
               years: Iterable[int], *, seeds: Sequence[int] = (1,), draws: int = 1000, threads_per_task: int = 1,
               progress: bool | None = None, **options):
    """Spread (scenario x seed) Monte Carlo tasks over a Dask cluster.

    Each task runs the C++ Monte Carlo on one scenario and one seed (with
    ``threads_per_task`` C++ threads); Dask only distributes the tasks and gathers
    the summaries. The network and scenarios travel as JSON text, so workers need
    only kzsec installed.

    Parameters
    ----------
    client : dask.distributed.Client
    network : kzsec.Network
    scenarios : sequence of Scenario or None
        ``None`` stands for the base network.
    focal, rivals, years
        As :func:`monte_carlo`.
    seeds : sequence of int
        One task per scenario and seed.
    draws : int
        Draws per task.
    threads_per_task : int
        C++ threads per task (match the worker's ``threads_per_worker``).
    progress : bool or None
        A bar over the finished tasks (as :func:`monte_carlo`; ``None``: only
        when the sweep lasts more than a second). Ctrl-C while waiting cancels
        the tasks not yet finished and raises :class:`KeyboardInterrupt`.
    **options
        As :func:`monte_carlo`.

    Returns
    -------
    pandas.DataFrame
        The summaries of all tasks, with columns ``scenario`` and ``seed`` first.
    """
    pd = _pd("kzsec.scenario.dask_sweep")
    _check_keywords("kzsec.scenario.dask_sweep", options, _options_of(_s.monte_carlo))
    from ._core import io as _io
    net_json = _io.to_json(network)
    rivals, years = _actor_list(rivals, "scenario.dask_sweep", "rivals", 2), _years(years)
    futures, keys = [], []
    for sc in scenarios:
        sj = sc.to_json() if sc is not None else None
        name = sc.name if sc is not None else "base"
        for seed in seeds:
            futures.append(client.submit(_sweep_task, net_json, sj, focal, rivals, years, int(seed), int(draws),
                                         int(threads_per_task), dict(options), pure=False))
            keys.append((name, int(seed)))
    results = _gather(client, futures, progress)
    frames = []
    for (name, seed), res in zip(keys, results):
        df = pd.DataFrame(res["summary"])
        df.insert(0, "seed", seed)
        df.insert(0, "scenario", name)
        frames.append(df)
    return pd.concat(frames, ignore_index=True)


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.scenario")  # a mistyped keyword is named, not pybind11's whole signature
