"""
The yearly report on a focal actor (the `kzsec report` main job).
"""
from __future__ import annotations
import collections.abc
import kzsec._core
import kzsec._core.balance
import kzsec._core.hedging
import numpy
import numpy.typing
import typing
__all__: list[str] = ['BalanceSummary', 'Band', 'CalibrationResult', 'RelationChange', 'ReportResult', 'YearReport', 'make_report', 'spearman']
class Band:
    """
    An uncertainty band of one indicator in one domain (from the Monte Carlo draws).
    """
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def domain(self) -> str:
        """
        Domain id or "aggregate".
        """
    @property
    def high(self) -> float:
        """
        Quantile band_high of the draws.
        """
    @property
    def indicator(self) -> str:
        """
        "tilt" or "hedging".
        """
    @property
    def low(self) -> float:
        """
        Quantile band_low of the draws.
        """
    @property
    def mean(self) -> float:
        ...
    @property
    def modal_share(self) -> float:
        """
        Its share of the draws.
        """
    @property
    def modal_tilt_band(self) -> str:
        """
        Most frequent tilt band in the draws.
        """
    @property
    def sd(self) -> float:
        ...
class BalanceSummary:
    """
    Balance of one year's snapshot around the focal actor.
    """
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def actors(self) -> int:
        """
        Vertices of the snapshot.
        """
    @property
    def against_focal(self) -> list[str]:
        """
        The other coalition (labels).
        """
    @property
    def coalition_draws(self) -> int:
        """
        Draws behind draw_share.
        """
    @property
    def cycle_actors(self) -> int:
        """
        Actors with a tie on a cycle.
        """
    @property
    def cycle_normalised(self) -> float:
        """
        F of the cycle part: 1 - 2L/M_c.
        """
    @property
    def cycle_ties(self) -> int:
        """
        Ties on a cycle (the part that can be unbalanced).
        """
    @property
    def domain(self) -> str:
        """
        Snapshot domain, or "combined".
        """
    @property
    def draw_share(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        Per share_actors: share of the coalition draws with the focal (numpy array; NaN without draws).
        """
    @property
    def frustration(self) -> kzsec._core.balance.FrustrationResult:
        """
        Exact frustration index and the two coalitions (FrustrationResult).
        """
    @property
    def left_out(self) -> list[str]:
        """
        Ties on no cycle ("A-B").
        """
    @property
    def membership_ties(self) -> list[str]:
        """
        Ties added from memberships ("organisation-member").
        """
    @property
    def negative_ties(self) -> int:
        ...
    @property
    def optimal_partitions(self) -> int:
        """
        Optimal partitions of the focal's component.
        """
    @property
    def optimal_partitions_complete(self) -> bool:
        """
        The count is exact (not capped, not timed out).
        """
    @property
    def partition_share(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        Per share_actors: share of the optimal partitions with the focal (numpy array).
        """
    @property
    def pn(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        PN centrality (Everett-Borgatti 2014) of each of pn_actors (numpy array).
        """
    @property
    def pn_actors(self) -> list[str]:
        """
        Actors of the snapshot in snapshot order (empty when the PN centrality is undefined).
        """
    @property
    def share_actors(self) -> list[str]:
        """
        The actors of the focal's component (graph order), for partition_share and draw_share.
        """
    @property
    def ties(self) -> int:
        """
        Edges of the snapshot.
        """
    @property
    def triangles(self) -> kzsec._core.balance.TriangleResult:
        """
        Strong triangle index with the unbalanced triangles listed (TriangleResult).
        """
    @property
    def unbalanced_through_focal(self) -> list[tuple[str, str, str]]:
        """
        Unbalanced triangles through the focal actor, as (focal, a, b) label tuples: its cross-pressure.
        """
    @property
    def weighting_dependent(self) -> bool:
        """
        The reported optimum is not optimal under the other weighting convention.
        """
    @property
    def with_focal(self) -> list[str]:
        """
        The focal's coalition (labels).
        """
    @property
    def with_focal_other_weighting(self) -> list[str]:
        """
        The focal's coalition under the other weighting convention.
        """
class RelationChange:
    """
    A change of one of the focal actor's relations since the previous year.
    """
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def after(self) -> float | None:
        """
        Value in the year (None: the relation ended).
        """
    @property
    def before(self) -> float | None:
        """
        Value in year - 1 (None: no relation).
        """
    @property
    def domain(self) -> str:
        ...
    @property
    def other(self) -> str:
        """
        The other actor.
        """
class YearReport:
    """
    One year of the report.
    """
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    def to_frame(self, table: str | None = None):
        """
        One row per record of a list field (default: the first, ``changes``), as a pandas DataFrame.
        
                Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
                Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
                
        """
    @property
    def balance(self) -> BalanceSummary:
        """
        Balance around the focal actor (BalanceSummary).
        """
    @property
    def bands(self) -> list[Band]:
        """
        Uncertainty bands (only with draws > 0): domains, then the aggregate (Band).
        """
    @property
    def changes(self) -> list[RelationChange]:
        """
        The focal's relations whose value differs from the previous year (RelationChange).
        """
    @property
    def events(self) -> list[kzsec._core.Event]:
        """
        Key events (of the focal, and of the rivals if asked), by date.
        """
    @property
    def profile(self) -> kzsec._core.hedging.ProfileResult:
        """
        Hedging profile (per domain, aggregate, strategy).
        """
    @property
    def year(self) -> int:
        ...
class ReportResult:
    """
    A built report: ``year_reports`` holds one YearReport per year (its ``profile``, ``balance``,
    ``changes``, ``events`` and ``bands``); format it with to_text/to_markdown/to_csv/to_json, or
    ``to_frame()`` for one row per year and domain.
    """
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_csv(self) -> str:
        """
        CSV, one row per year and domain.
        """
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    def to_frame(self, table: str | None = None):
        """
        A table of the report as a pandas DataFrame, built from the bound objects.
        
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
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = 2) -> str:
        """
        JSON with every number of the report.
        """
    def to_markdown(self) -> str:
        """
        Markdown tables and an event list.
        """
    def to_text(self) -> str:
        """
        Readable fixed-width text for the terminal.
        """
    @property
    def band_high(self) -> float:
        """
        Upper quantile level of the bands.
        """
    @property
    def band_low(self) -> float:
        """
        Lower quantile level of the bands.
        """
    @property
    def domains(self) -> list[str]:
        """
        Domains reported.
        """
    @property
    def draws(self) -> int:
        """
        Monte Carlo draws behind the bands (0 = none).
        """
    @property
    def focal(self) -> str:
        ...
    @property
    def focal_name(self) -> str:
        ...
    @property
    def judgement_only_domains(self) -> list[str]:
        """
        Reported domains that only judgement codes (no public data set measures them).
        """
    @property
    def rival_names(self) -> list[str]:
        ...
    @property
    def rivals(self) -> list[str]:
        """
        Rival ids; rivals[0] is the reference power.
        """
    @property
    def seed(self) -> int:
        """
        Their seed.
        """
    @property
    def title(self) -> str:
        """
        Dataset title.
        """
    @property
    def year_reports(self) -> list[YearReport]:
        """
        One YearReport per year, increasing.
        """
    @property
    def years(self) -> list[int]:
        """
        The years of the report (ints, increasing); their results are year_reports.
        """
class CalibrationResult:
    """
    Judgement codings beside the world network's values (docs/dataset.md).
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_csv(self) -> str:
        """
        CSV, one line per dyad, domain and year.
        """
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = 2) -> str:
        """
        JSON with the summary and every row.
        """
    def to_markdown(self) -> str:
        """
        Markdown tables (as in docs/dataset.md).
        """
    def to_text(self) -> str:
        """
        Readable text: per-domain agreement and the largest disagreements.
        """
    @property
    def rows(self) -> dict:
        """
        The rows as a dict of columns (lists), in the order of the C++ result.
        """
    @property
    def summary(self) -> list:
        """
        Per domain: rows, dyads, unmatched, spearman, spearman_within_year, years_within, largest (list of dicts).
        """
def _calibration(judgement: kzsec._core.Network = None, world: kzsec._core.Network = None, domains: collections.abc.Sequence[str] = ['security', 'political', 'economic'], first_year: typing.SupportsInt | typing.SupportsIndex = 1992, last_year: typing.SupportsInt | typing.SupportsIndex = 2024, security_last_year: typing.SupportsInt | typing.SupportsIndex = 2018, economic_last_year: typing.SupportsInt | typing.SupportsIndex = 2014, political_last_year: typing.SupportsInt | typing.SupportsIndex = 2024, absent_is_zero: collections.abc.Sequence[str] = ['security'], top: typing.SupportsInt | typing.SupportsIndex = 5) -> CalibrationResult:
    """
    kzsec.report.calibration in C++ (see its docstring).
    """
def make_report(network: kzsec._core.Network, focal: str = 'KAZ', rivals: collections.abc.Sequence[str] = ['RUS', 'CHN'], years: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None = None, domains: collections.abc.Sequence[str] | None = None, balance_domain: str = 'security', balance_actors: collections.abc.Sequence[str] | None = None, frustration_time_limit: typing.SupportsFloat | typing.SupportsIndex = 10.0, weighted_frustration: bool = True, events_of_rivals: bool = True, draws: typing.SupportsInt | typing.SupportsIndex = 0, seed: typing.SupportsInt | typing.SupportsIndex = 1, robustness_draws: typing.SupportsInt | typing.SupportsIndex = 200, change_actors: collections.abc.Sequence[str] | None = None, world: bool = False, membership_ties: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex] | None = None, extra_memberships: collections.abc.Sequence[kzsec._core.Membership] | None = None, coalition_draws: typing.SupportsInt | typing.SupportsIndex = 100, max_partitions: typing.SupportsInt | typing.SupportsIndex = 10000, progress: typing.Any = None) -> ReportResult:
    """
    Build the yearly report on a focal actor.
    
    Per year and domain: the affinity to each rival, the tilt (toward rivals[0]),
    the hedging score and the tilt band; per year: the stance toward each rival on
    Kuik's spectrum, the aggregate, the spread
    and issue split, the strategy with its reasons, the balance of the
    ``balance_domain`` snapshot (triangle index, exact frustration index with the
    two coalitions, unbalanced triangles through the focal actor) and the key events.
    
    Parameters
    ----------
    network : Network
    focal : str
    rivals : list of str
        At least two; the first is the reference power.
    years : list of int, optional
        Default: every year of the network's relations.
    domains : list of str, optional
        Default: the built-in domains in which the focal actor has relations.
    balance_domain : str
        Domain of the balance snapshot ("" combines all domains with weight 1).
    frustration_time_limit : float
        Seconds per year for the exact frustration index.
    weighted_frustration : bool
        Minimise the sum of |w| of frustrated ties (default) or their number.
    draws, seed : int
        Monte Carlo draws over the relation values (0 = none) and their seed: each
        year then carries 5-95 % bands of the tilt per domain and of the aggregate.
    robustness_draws : int
        Draws behind the robustness of each year's strategy label (0 = none; seeded
        with ``seed``); see docs/hedging.md.
    change_actors : list of str, optional
        Actors whose relations with the focal are listed as changes (default: all).
    world : bool
        Complete the options with the defaults of a report on the world network
        (``kzsec report --world``; docs/world.md): its four domains, and the focal,
        the rivals and the major powers as balance and change actors.
    membership_ties : dict, optional
        Value of the tie between an organisation and each member in the balance
        snapshot, by membership status (default ``{"member": 0.5}``; ``{}`` = off);
        see docs/balance.md.
    extra_memberships : list of Membership, optional
        Memberships added to the network's for the balance snapshot.
    coalition_draws : int
        Monte Carlo draws of the balance snapshot (seeded with ``seed``; 0 = off):
        the share of draws that put each actor with the focal actor.
    max_partitions : int
        At most this many optimal partitions are counted and listed.
    progress : bool or None
        A progress bar (tqdm if installed, else a line on stderr) over the steps
        of the report: one per year, one per coalition draw, one per Monte Carlo
        draw. ``True`` shows it at once, ``None`` (default) only if the run lasts
        more than a second, ``False`` never. Ctrl-C or Jupyter's interrupt stops
        the run within about 0.1 s of the current step in every case. (The
        ``kzsec._core`` function takes a callable ``(done, total) -> bool|None``
        instead, called at most every 0.1 s with the GIL; False cancels.)
    
    Returns
    -------
    ReportResult
    
    Raises
    ------
    KeyError
        Unknown focal actor or rival.
    ValueError
        Year outside the data, unknown domain or a domain without data for the focal actor.
    KeyboardInterrupt
        Ctrl-C or Jupyter's interrupt during the run.
    RuntimeError
        The progress callable (of ``kzsec._core``) returned False.
    
    Releases the GIL.
    """
def spearman(x: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex], y: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex]) -> float:
    """
    Spearman's rank correlation (Pearson correlation of the mid-ranks); NaN for fewer than 2 pairs or a constant side.
    """
