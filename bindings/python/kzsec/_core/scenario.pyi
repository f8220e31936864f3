"""
Scenarios, shocks, comparison and Monte Carlo (see kzsec.scenario).
"""
from __future__ import annotations
import collections.abc
import kzsec._core
import os
import typing
__all__: list[str] = ['ApplyResult', 'ClampRecord', 'Edit', 'IndicatorInfo', 'Scenario', 'apply', 'apply_report', 'compare', 'compose', 'conflict_shock', 'draw_value', 'evaluate', 'from_json', 'indicators', 'monte_carlo', 'read_scenario', 'sanctions_shock', 'write_scenario']
class Edit:
    """
    One edit of a scenario. ``kind`` is one of "set_relation", "change_relation",
    "remove_relation", "add_actor", "remove_actor", "add_membership",
    "remove_membership", "scale_domain", "apply_event", "extend". ``value`` is the
    value (set), the delta (change) or the factor (scale). See docs/scenarios.md.
    """
    __hash__: typing.ClassVar[None] = None
    a: str
    actor: kzsec._core.Actor
    b: str
    confidence: str | None
    directed: bool
    domain: str
    event: kzsec._core.Event
    kind: str
    label: str
    membership: kzsec._core.Membership
    note: str
    def __eq__(self, arg0: Edit) -> bool:
        ...
    def __init__(self, kind: str, year: typing.SupportsInt | typing.SupportsIndex, until: typing.SupportsInt | typing.SupportsIndex | None = None, a: str = '', b: str = '', domain: str = '', value: typing.SupportsFloat | typing.SupportsIndex = 0.0, directed: bool = False, confidence: str | None = None, actor: kzsec._core.Actor | None = None, membership: kzsec._core.Membership | None = None, event: kzsec._core.Event | None = None, label: str = '', note: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def describe(self) -> str:
        """
        Human-readable label of the edit.
        """
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def until(self) -> int | None:
        ...
    @until.setter
    def until(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def value(self) -> float:
        ...
    @value.setter
    def value(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def year(self) -> int:
        ...
    @year.setter
    def year(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Scenario:
    """
    A named list of edits applied in order (never modifies the base network).
    """
    __hash__: typing.ClassVar[None] = None
    description: str
    name: str
    def __eq__(self, arg0: Scenario) -> bool:
        ...
    def __init__(self, name: str = '', edits: collections.abc.Sequence[Edit] = [], description: str = '', horizon: typing.SupportsInt | typing.SupportsIndex | None = None) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    def to_frame(self, table: str | None = None):
        """
        One row per record of a list field (default: the first, ``edits``), as a pandas DataFrame.
        
                Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
                Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
                
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = 2) -> str:
        """
        The scenario in the kzsec scenario format, version 1.
        """
    @property
    def edits(self) -> list[Edit]:
        ...
    @edits.setter
    def edits(self, arg0: collections.abc.Sequence[Edit]) -> None:
        ...
    @property
    def horizon(self) -> int | None:
        ...
    @horizon.setter
    def horizon(self, arg0: typing.SupportsInt | typing.SupportsIndex | None) -> None:
        ...
    @property
    def source(self) -> str:
        """
        The file the scenario was read from (read_scenario sets it; '' otherwise): errors of apply start with it and the edit's JSON pointer. Not written by to_json, not compared by ==.
        """
    @source.setter
    def source(self, arg0: str) -> None:
        ...
class ClampRecord:
    """
    A value clamped to [-1, 1] by an edit.
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
    def a(self) -> str:
        ...
    @property
    def b(self) -> str:
        ...
    @property
    def domain(self) -> str:
        ...
    @property
    def edit(self) -> int:
        ...
    @property
    def unclamped(self) -> float:
        ...
    @property
    def value(self) -> float:
        ...
    @property
    def years(self) -> tuple[int, int]:
        ...
class ApplyResult:
    """
    The edited network, clampings and notes.
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
        One row per record of a list field (default: the first, ``clamped``), as a pandas DataFrame.
        
                Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
                Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
                
        """
    @property
    def clamped(self) -> list[ClampRecord]:
        ...
    @property
    def network(self) -> kzsec._core.Network:
        ...
    @property
    def notes(self) -> list[str]:
        ...
class IndicatorInfo:
    """
    One indicator of evaluate, compare and monte_carlo (an entry of indicators()).
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
    def bound(self) -> str:
        """
        'fixed', 'domain_relations' or 'year_relations': how the upper end is set.
        """
    @property
    def categories(self) -> list[str]:
        """
        Values of its categorical cells in output order (empty: none).
        """
    @property
    def cells(self) -> str:
        """
        What one cell is for.
        """
    @property
    def doc(self) -> str:
        """
        What it measures.
        """
    @property
    def lower(self) -> float:
        """
        Lower end of the known range of the numeric cells.
        """
    @property
    def name(self) -> str:
        """
        The indicator column of the tables.
        """
    @property
    def numeric(self) -> bool:
        """
        Whether it has numeric cells.
        """
    @property
    def upper(self) -> float:
        """
        Upper end of the known range when bound is 'fixed' (else a count of relations).
        """
def apply(network: kzsec._core.Network, scenario: Scenario) -> kzsec._core.Network:
    """
    Apply the scenario to a copy of the network and return the copy (the base is never modified).
    """
def apply_report(network: kzsec._core.Network, scenario: Scenario) -> ApplyResult:
    """
    As apply, also returning the clampings and one note per edit.
    """
def compare(base: kzsec._core.Network, scenario: Scenario, focal: str, rivals: collections.abc.Sequence[str], years: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], attribution: str = 'leave_one_out', domains: collections.abc.Sequence[str] = [], domain_weights: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex] = {}, missing_as_zero: bool = True, balance: bool = True, balance_domain: str = 'security', strategy: bool = True, tolerance: typing.SupportsFloat | typing.SupportsIndex = 1e-12) -> dict:
    """
    Base and scenario side by side with differences and attribution (dict of column dicts).
    """
def compose(a: Scenario, b: Scenario) -> Scenario:
    """
    The scenario 'a then b'.
    """
def conflict_shock(network: kzsec._core.Network, a: str, b: str, year: typing.SupportsInt | typing.SupportsIndex, intensity: typing.SupportsFloat | typing.SupportsIndex = 1.0, factor: typing.SupportsFloat | typing.SupportsIndex = 0.5, until: typing.SupportsInt | typing.SupportsIndex | None = None, domain: str = 'political', targets: collections.abc.Sequence[str] = [], set_conflict: bool = True, conflict_domains: collections.abc.Sequence[str] = ['security', 'political']) -> tuple[Scenario, list[str]]:
    """
    Rule 2 (conflict): p = factor * intensity * min(w_FA, w_FB); dv(F, A) = dv(F, B) = -p for states F tied positively to both. Returns (Scenario, explanation lines).
    """
def draw_value(seed: typing.SupportsInt | typing.SupportsIndex, draw: typing.SupportsInt | typing.SupportsIndex, relation: typing.SupportsInt | typing.SupportsIndex, value: typing.SupportsFloat | typing.SupportsIndex, sd: typing.SupportsFloat | typing.SupportsIndex) -> float:
    """
    The Monte Carlo value of relation `relation` in draw `draw` (truncated normal on [-1, 1]).
    """
def evaluate(network: kzsec._core.Network, focal: str, rivals: collections.abc.Sequence[str], years: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], domains: collections.abc.Sequence[str] = [], domain_weights: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex] = {}, missing_as_zero: bool = True, balance: bool = True, balance_domain: str = 'security', strategy: bool = True) -> tuple[dict, dict]:
    """
    Every indicator per year: (numeric columns, categorical columns).
    """
def from_json(text: str, where: str = '<string>') -> Scenario:
    """
    Parse a scenario (kzsec scenario format, version 1). Errors name `where` and the JSON pointer.
    """
def indicators() -> list[IndicatorInfo]:
    """
    The registry of indicators, in the cell order of evaluate: name, range, categories and meaning of each.
    """
def monte_carlo(network: kzsec._core.Network, focal: str, rivals: collections.abc.Sequence[str], years: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], draws: typing.SupportsInt | typing.SupportsIndex = 1000, seed: typing.SupportsInt | typing.SupportsIndex = 1, threads: typing.SupportsInt | typing.SupportsIndex = 0, sd_high: typing.SupportsFloat | typing.SupportsIndex = 0.05, sd_medium: typing.SupportsFloat | typing.SupportsIndex = 0.1, sd_low: typing.SupportsFloat | typing.SupportsIndex = 0.2, overrides: collections.abc.Sequence[tuple[str, str, str, typing.SupportsInt | typing.SupportsIndex, typing.SupportsFloat | typing.SupportsIndex]] = [], full: bool = False, quantiles: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex] = [0.05, 0.25, 0.5, 0.75, 0.95], bins: typing.SupportsInt | typing.SupportsIndex = 1024, sensitivity: collections.abc.Sequence[str] = ['tilt:aggregate', 'spread:aggregate'], keep_draws: bool = False, block_size: typing.SupportsInt | typing.SupportsIndex = 64, domains: collections.abc.Sequence[str] = [], domain_weights: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex] = {}, missing_as_zero: bool = True, balance: bool = True, balance_domain: str = 'security', strategy: bool = True, progress: typing.Any = None) -> dict:
    """
    Monte Carlo over relation values (GIL released; Ctrl-C stops it within ~0.1 s plus one block). progress: None or a callable(done, total) -> bool|None, called at most every 0.1 s with the GIL; False cancels (RuntimeError). Returns a dict of column dicts; see kzsec.scenario.
    """
def read_scenario(path: os.PathLike | str | bytes) -> Scenario:
    """
    Read a scenario file.
    """
def sanctions_shock(network: kzsec._core.Network, target: str, year: typing.SupportsInt | typing.SupportsIndex, intensity: typing.SupportsFloat | typing.SupportsIndex = 1.0, until: typing.SupportsInt | typing.SupportsIndex | None = None, unions: collections.abc.Sequence[str] = [], members: collections.abc.Sequence[str] = [], dependence_metric: str = 'trade_share', default_dependence: typing.SupportsFloat | typing.SupportsIndex = ..., domain: str = 'economic') -> tuple[Scenario, list[str]]:
    """
    Rule 1 (sanctions): dv(M, target) = -intensity * dependence(M -> target) for members M of a union with the target. Returns (Scenario, explanation lines).
    """
def write_scenario(scenario: Scenario, path: os.PathLike | str | bytes) -> None:
    """
    Write a scenario file.
    """
