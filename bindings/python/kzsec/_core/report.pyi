"""
The yearly report on a focal actor (the `kzsec report` main job).
"""
from __future__ import annotations
import collections.abc
import kzsec._core
import typing
__all__: list[str] = ['CalibrationResult', 'ReportResult', 'make_report', 'spearman']
class ReportResult:
    """
    A built report; format it with to_text/to_markdown/to_csv/to_json.
    """
    def __repr__(self) -> str:
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
    def domains(self) -> list[str]:
        ...
    @property
    def focal(self) -> str:
        ...
    @property
    def focal_name(self) -> str:
        ...
    @property
    def rival_names(self) -> list[str]:
        ...
    @property
    def rivals(self) -> list[str]:
        ...
    @property
    def title(self) -> str:
        ...
    @property
    def years(self) -> list[int]:
        ...
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
