"""Hedging indicators and strategy classification (``kzsec.hedging``).

For a focal state, a set of rival powers (``rivals[0]`` is the reference power)
and a year: the affinity to each power per domain, the tilt between them, the
equidistance (hedging) score, the spread across domains (issue splitting), the
split-vote abstention share, the tilt band per domain, the focal's stance
toward each power on Kuik's spectrum (``ProfileView.stances``), an overall
strategy (balancing, bandwagoning, hedging, neutrality, collective security)
with its reasons, and the cross-pressure on the focal. A perception profile
(neoclassical realism's intervening variable) gives a "perceived" view beside
the structural one. Definitions and citations: ``docs/hedging.md``.

Options are keyword arguments with the same names and defaults as the C++
``kzsec::hedging::profile_options``; for example ``sources={"economic":
"trade_share", "political": "un_agreement"}``, ``domain_weights={"security":
2}``, ``tilt_bands={"even": 0.1, "slight": 0.35, "clear": 0.6}``,
``stance={"alliance": 0.675, "partnership": 0.5}``,
``perception={"threat_multipliers": {"RUS": 0.0}}``.

Defaults are the report's (``kzsec report``, ``kzsec.report.make_report``):
the domains are ``default_domains(network)`` (every domain with a relation,
without a sub-domain such as ``economic.water`` that is already inside
``economic``), and a missing tie is missing, not 0 (``missing_as_zero=False``),
except in the domains the network declares complete
(``absent_is_zero_domains``; the world network's security, economic and
institutional domains).
"""
from __future__ import annotations

import warnings
from typing import Any, Iterable, Mapping

from ._args import actor_list as _actor_list, suggest as _suggest, wrap_module as _wrap_module
from ._core import hedging as _h
from ._progress import bar as _bar
from ._core.hedging import (  # noqa: F401
    AffinitySpec,
    AggregateRow,
    CrossPressureResult,
    CrossPressureTriad,
    DomainRow,
    NetworkIndex,
    PerceptionProfile,
    PowerStance,
    ProfileOptions,
    ProfileResult,
    ProfileView,
    RankResult,
    RankRow,
    Reason,
    SplitVoteResult,
    StanceThresholds,
    StrategyResult,
    TiltBandThresholds,
    absent_is_zero_domains,
    affinity,
    classify_stance,
    classify_tilt_band,
    cross_pressure,
    default_domains,
    parse_affinity_spec,
    split_votes,
)

__all__ = [
    "AffinitySpec",
    "AggregateRow",
    "CrossPressureResult",
    "CrossPressureTriad",
    "DomainRow",
    "KuikThresholds",
    "NetworkIndex",
    "PerceptionProfile",
    "PowerStance",
    "ProfileOptions",
    "ProfileResult",
    "ProfileView",
    "RankResult",
    "RankRow",
    "Reason",
    "SplitVoteResult",
    "StanceThresholds",
    "StrategyResult",
    "TiltBandThresholds",
    "absent_is_zero_domains",
    "affinity",
    "classify_kuik",
    "classify_stance",
    "classify_tilt_band",
    "cross_pressure",
    "default_domains",
    "evolution",
    "evolution_records",
    "make_options",
    "parse_affinity_spec",
    "profile",
    "split_votes",
    "rank",
    "rank_records",
]


#: Parameters of the functions below, offered as suggestions for a mistyped option.
_PARAMETERS = ["network", "focal", "rivals", "year", "years", "actors", "min_observed_domains", "sort", "as_frame"]


def _spec(value: Any) -> AffinitySpec:
    if isinstance(value, AffinitySpec):
        return value
    if isinstance(value, str):
        return AffinitySpec(value)
    if isinstance(value, Mapping):
        value = dict(value)
        spec = AffinitySpec(value.pop("name", "relation"))
        for key, v in value.items():
            if not hasattr(spec, key):
                fields = [f for f in dir(spec) if not f.startswith("_") and not callable(getattr(spec, f))]
                raise TypeError(f"[kzsec] hedging: unknown affinity spec field {key!r}{_suggest(key, fields)}")
            setattr(spec, key, v)
        return spec
    raise TypeError(f"an affinity source must be a name, a dict or an AffinitySpec, not {type(value).__name__}")


_KUIK_KEYS = {
    "pragmatism": "even",
    "engagement": "slight",
    "alignment": "clear",
    "extremes_require_non_positive": "strong_requires_non_positive",
}
_OLD_LABELS = (
    "balancing",
    "indirect_balancing",
    "dominance_denial",
    "economic_pragmatism",
    "binding_engagement",
    "limited_bandwagoning",
    "bandwagoning",
)


def KuikThresholds(  # noqa: N802 - the deprecated class name
    pragmatism: float = 0.1, engagement: float = 0.35, alignment: float = 0.6, extremes_require_non_positive: bool = True
) -> TiltBandThresholds:
    """Deprecated (issue #12): the thresholds of the tilt bands under their old Kuik names.

    Returns ``TiltBandThresholds(even=pragmatism, slight=engagement, clear=alignment,
    strong_requires_non_positive=extremes_require_non_positive)`` and warns
    (``DeprecationWarning``). Kuik's spectrum is a stance toward one power: see
    :class:`StanceThresholds` and ``ProfileView.stances``.
    """
    warnings.warn(
        "KuikThresholds is deprecated: the gap bins are tilt bands (TiltBandThresholds); Kuik's spectrum is the "
        "per-power stance (StanceThresholds, ProfileView.stances) (issue #12)",
        DeprecationWarning,
        stacklevel=2,
    )
    return TiltBandThresholds(pragmatism, engagement, alignment, extremes_require_non_positive)


def classify_kuik(tilt: float, a_ref: float, a_alt: float, kuik: TiltBandThresholds | None = None) -> str:
    """Deprecated (issue #12): the tilt band of ``tilt`` under its old Kuik label.

    Same numbers as :func:`classify_tilt_band`; the label is the Kuik name the band carried before
    (``"binding_engagement"`` for ``"slight_reference"``, ...). Warns (``DeprecationWarning``).
    """
    warnings.warn(
        "classify_kuik is deprecated: use classify_tilt_band for the gap between two powers, or classify_stance "
        "for Kuik's spectrum toward one power (issue #12)",
        DeprecationWarning,
        stacklevel=2,
    )
    band = classify_tilt_band(tilt, a_ref, a_alt, kuik if kuik is not None else TiltBandThresholds())
    names = ("strong_other", "clear_other", "slight_other", "even", "slight_reference", "clear_reference",
             "strong_reference")
    return _OLD_LABELS[names.index(band)]


def make_options(**options: Any) -> ProfileOptions:
    """Build a :class:`ProfileOptions` from keyword arguments.

    Parameters
    ----------
    **options
        Any field of ``ProfileOptions`` (same names and defaults as C++).
        ``sources`` values and ``default_source`` may be names (``"trade_share"``)
        or dicts (``{"name": "un_agreement", "window": 2}``); ``tilt_bands``,
        ``stance`` and ``perception`` may be dicts of their fields; ``perception=None``
        means none. ``kuik`` (a dict with the old keys ``pragmatism``, ``engagement``,
        ``alignment``) and ``kuik_on_normalised`` are deprecated aliases of
        ``tilt_bands`` and ``tilt_band_on_normalised`` (issue #12) and warn.

    Returns
    -------
    ProfileOptions

    Raises
    ------
    TypeError
        For an unknown option name.
    ValueError
        For an unknown affinity source name.
    """
    opt = ProfileOptions()
    for key, value in options.items():
        if key in ("kuik", "kuik_on_normalised"):  # deprecated names (issue #12), checked before hasattr
            new = "tilt_bands" if key == "kuik" else "tilt_band_on_normalised"
            warnings.warn(
                f"the hedging option {key!r} is deprecated; use {new!r} (issue #12)", DeprecationWarning, stacklevel=2
            )
            if isinstance(value, Mapping):
                value = TiltBandThresholds(**{_KUIK_KEYS.get(k, k): v for k, v in value.items()})
            key = new
        if key.startswith("_") or not hasattr(opt, key):
            known = [f for f in dir(opt) if not f.startswith("_") and not callable(getattr(opt, f))]
            hint = _suggest(key, known + _PARAMETERS) or f" (options: {', '.join(sorted(known))})"
            raise TypeError(f"[kzsec] hedging: unknown hedging option {key!r}{hint}")
        if key == "sources":
            value = {d: _spec(v) for d, v in dict(value).items()}
        elif key == "default_source":
            value = _spec(value)
        elif key == "tilt_bands" and isinstance(value, Mapping):
            value = TiltBandThresholds(**value)
        elif key == "stance" and isinstance(value, Mapping):
            value = StanceThresholds(**value)
        elif key == "perception" and isinstance(value, Mapping):
            value = PerceptionProfile(**value)
        setattr(opt, key, value)
    return opt


def profile(network, focal: str, rivals: Iterable[str], year: int, **options: Any) -> ProfileResult:
    """Hedging profile of ``focal`` between ``rivals`` in ``year``.

    Parameters
    ----------
    network : Network or NetworkIndex
        The network (or an index built once with ``NetworkIndex(network)``).
    focal : str
        Focal actor id.
    rivals : iterable of str
        At least two rival powers; ``rivals[0]`` is the reference power
        (positive tilt = closer to it; balancing is *against* it).
    year : int
        Year.
    **options
        Fields of :class:`ProfileOptions` (see :func:`make_options`).

    Returns
    -------
    ProfileResult
        ``structure`` and ``perceived`` views (domain rows, aggregate, strategy
        with reasons), ``split_votes`` and ``cross_pressure``.

    Raises
    ------
    KeyError
        Unknown actor.
    ValueError
        Fewer than two rivals, duplicates, unknown domain, bad thresholds or weights.

    Notes
    -----
    Complexity: O(D k log s + R_y) per call on an index (D domains, k rivals).
    """
    return _h.profile(network, focal, _actor_list(rivals, "hedging.profile", "rivals", 2), int(year),
                      make_options(**options))


def evolution_records(network, focal: str, rivals: Iterable[str], years: Iterable[int], **options: Any) -> dict:
    """The evolution as a dict of columns (numpy arrays for numbers, lists for strings).

    One row per view ("structure", and "perceived" if a perception profile is
    given), year and domain, in that order. Columns: ``view, year, domain,
    source, weight, affinity_<rival>..., observed_<rival>..., tilt,
    tilt_normalised, dispersion, equidistance, hedging, entropy, leaning,
    tilt_band, tilt_band_name, stance_<rival>..., position, position_name,
    aggregate_tilt, aggregate_hedging, spread, split, strategy,
    cross_pressure_triads, cross_pressure_exposure, abstention_share``.
    ``stance_<rival>`` is the year's stance toward that rival on Kuik's spectrum
    (``"no_data"`` if unobserved). ``position`` and ``position_name`` are
    deprecated (issue #12, removed after 0.1): the tilt band under its old Kuik
    labels.

    Parameters
    ----------
    network : Network
    focal : str
    rivals : iterable of str
    years : iterable of int
    **options
        As :func:`profile`.

    Returns
    -------
    dict
        Column name -> numpy array or list; needs no pandas.
    """
    if isinstance(years, int):
        years = [years]
    return _h.evolution_columns(network, focal, _actor_list(rivals, "hedging.evolution", "rivals", 2),
                                [int(y) for y in years], make_options(**options))


def evolution(network, focal: str, rivals: Iterable[str], years: Iterable[int], **options: Any):
    """The evolution of every indicator as a pandas DataFrame (one row per view, year and domain).

    Parameters
    ----------
    network : Network
    focal : str
    rivals : iterable of str
    years : iterable of int
    **options
        As :func:`profile`.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`evolution_records`.

    Raises
    ------
    ImportError
        If pandas is not installed (use :func:`evolution_records` instead).

    Notes
    -----
    Identical numbers to calling :func:`profile` for each year. The network is
    indexed once; each year costs microseconds (see docs/benchmarks.md).
    """
    from ._missing import require

    # MissingDependencyError names the extra; evolution_records gives the same columns without pandas
    pd = require("pandas", "kzsec.hedging.evolution")
    return pd.DataFrame(evolution_records(network, focal, rivals, years, **options))


def rank_records(network, rivals: Iterable[str], year: int, *, actors: Iterable[str] | None = None,
                 min_observed_domains: int = 2, sort: str = "tilt", progress: bool | None = None,
                 **options: Any) -> dict:
    """Every actor's tilt, hedging score, strategy and robustness for one frame and year, as columns.

    Parameters
    ----------
    network : Network or NetworkIndex
        For example ``kzsec.datasets.world()``; an index answers repeated calls faster.
    rivals : iterable of str
        Two or more powers; ``rivals[0]`` is the reference of the tilt.
    year : int
        Year.
    actors : iterable of str, optional
        Actors to rank (default: every state except the rivals).
    min_observed_domains : int
        Rank an actor only if this many domains are observed with every rival
        (missing evidence is never read as a zero tie here); the others are in
        ``RankResult.skipped`` (see :func:`rank` with ``as_frame=False``).
    sort : {"tilt", "hedging", "robustness", "strategy", "actor"}
        Order of the rows.
    progress : bool or None
        A progress bar over the actors (tqdm if installed, else a line on
        stderr): ``True`` at once, ``None`` (default) only if the run lasts
        more than a second, ``False`` never. Ctrl-C or Jupyter's interrupt
        stops the run between two actors in every case.
    **options
        Fields of :class:`ProfileOptions` (see :func:`make_options`), e.g.
        ``domains`` or ``robustness_draws`` (robustness is NaN unless > 0).

    Returns
    -------
    dict
        ``rank, actor, name, region, year, affinity_<rival>..., tilt, hedging,
        spread, observed_domains, strategy, aligned_with, against, robustness,
        rule``; numpy arrays for numbers, lists for text.

    Raises
    ------
    KeyError
        Unknown rival or actor.
    ValueError
        Fewer than two rivals, an unknown sort key, bad options.
    KeyboardInterrupt
        Ctrl-C or Jupyter's interrupt during the run.

    Notes
    -----
    Runs :func:`profile` for every actor on one index in C++ (the GIL is
    released); milliseconds per actor, more with ``robustness_draws``.
    Reference: docs/hedging.md (rules), docs/world.md (data).
    """
    return _h.rank_columns(_rank(network, rivals, year, actors, min_observed_domains, sort, progress, options))


def _rank(network, rivals, year, actors, min_observed_domains, sort, progress, options):
    """The RankResult of :func:`rank_records` / :func:`rank`, with the progress bar."""
    rivals = _actor_list(rivals, "hedging.rank", "rivals", 2)
    actors = _actor_list(actors, "hedging.rank", "actors") if actors is not None else []
    opt = make_options(**options)
    callback, close = _bar(progress, None, "kzsec rank", unit="actors")
    try:
        return _h.rank(network, rivals, int(year), opt, actors, int(min_observed_domains), str(sort), progress=callback)
    finally:
        close()


def rank(network, rivals: Iterable[str], year: int, *, actors: Iterable[str] | None = None,
         min_observed_domains: int = 2, sort: str = "tilt", as_frame: bool = True, progress: bool | None = None,
         **options: Any):
    """Every actor's tilt, hedging score, strategy and robustness for one frame and year.

    Parameters
    ----------
    network, rivals, year, actors, min_observed_domains, sort, progress, **options
        As :func:`rank_records`. With the world network the defaults of
        ``kzsec rank`` are ``domains=["security", "political", "economic",
        "institutional"]`` and ``robustness_draws=200``; pass them to get the
        same numbers.
    as_frame : bool
        True (default): a pandas DataFrame, one row per actor, in rank order.
        False: the :class:`RankResult` (rows, and the actors skipped for lack
        of evidence).

    Returns
    -------
    pandas.DataFrame or RankResult

    Raises
    ------
    MissingDependencyError
        ``as_frame=True`` without pandas.
    KeyError, ValueError
        As :func:`rank_records`.
    """
    if not as_frame:
        return _rank(network, rivals, year, actors, min_observed_domains, sort, progress, options)
    from ._missing import require

    pd = require("pandas", "kzsec.hedging.rank")
    return pd.DataFrame(rank_records(network, rivals, year, actors=actors, min_observed_domains=min_observed_domains,
                                     sort=sort, progress=progress, **options))


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.hedging")  # a mistyped keyword is named, not pybind11's whole signature
