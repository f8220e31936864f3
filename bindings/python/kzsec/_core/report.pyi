"""
The yearly report on a focal actor (the `kzsec report` main job).
"""
from __future__ import annotations
import collections.abc
import kzsec._core
import typing
__all__: list[str] = ['ReportResult', 'make_report']
class ReportResult:
    """
    A built report; format it with to_text/to_markdown/to_csv/to_json.
    """
    def __repr__(self) -> str:
        ...
    def to_csv(self) -> str:
        """
        CSV, one row per year and domain.
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
def make_report(network: kzsec._core.Network, focal: str = 'KAZ', rivals: collections.abc.Sequence[str] = ['RUS', 'CHN'], years: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None = None, domains: collections.abc.Sequence[str] | None = None, balance_domain: str = 'security', balance_actors: collections.abc.Sequence[str] | None = None, frustration_time_limit: typing.SupportsFloat | typing.SupportsIndex = 10.0, weighted_frustration: bool = True, events_of_rivals: bool = True, draws: typing.SupportsInt | typing.SupportsIndex = 0, seed: typing.SupportsInt | typing.SupportsIndex = 1, robustness_draws: typing.SupportsInt | typing.SupportsIndex = 200, change_actors: collections.abc.Sequence[str] | None = None, world: bool = False) -> ReportResult:
    """
    Build the yearly report on a focal actor.
    
    Per year and domain: the affinity to each rival, the tilt (toward rivals[0]),
    the hedging score and the Kuik position; per year: the aggregate, the spread
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
    
    Returns
    -------
    ReportResult
    
    Raises
    ------
    KeyError
        Unknown focal actor or rival.
    ValueError
        Year outside the data, unknown domain or a domain without data for the focal actor.
    """
