"""
Hedging indicators and strategy classification (kzsec.hedging).
"""
from __future__ import annotations
import collections.abc
import kzsec._core
import typing
__all__: list[str] = ['AffinitySpec', 'AggregateRow', 'CrossPressureResult', 'CrossPressureTriad', 'DomainRow', 'NetworkIndex', 'PerceptionProfile', 'PowerStance', 'ProfileOptions', 'ProfileResult', 'ProfileView', 'RankResult', 'RankRow', 'Reason', 'SplitVoteResult', 'StanceThresholds', 'StrategyResult', 'TiltBandThresholds', 'absent_is_zero_domains', 'affinity', 'classify_stance', 'classify_tilt_band', 'cross_pressure', 'default_domains', 'evolution_columns', 'parse_affinity_spec', 'profile', 'rank', 'rank_columns', 'split_votes']
class Reason:
    """
    One reason behind a classification: code, text and the numbers used.
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def code(self) -> str:
        ...
    @property
    def text(self) -> str:
        ...
    @property
    def values(self) -> dict[str, float]:
        ...
class AffinitySpec:
    """
    How one domain's affinity is measured.
    
    Construct from a name: ``"relation"``, ``"relation:undirected"``, ``"relation:directed"``,
    ``"membership"``, ``"un_agreement"``, ``"trade_share"``, ``"arms_import_share"`` or
    ``"metric:<name>"``; then adjust ``scale``, ``window``, ``signed_agreement``, ``organisations``.
    """
    metric: str
    signed_agreement: bool
    @typing.overload
    def __init__(self) -> None:
        ...
    @typing.overload
    def __init__(self, name: str) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __str__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def organisations(self) -> list[str]:
        ...
    @organisations.setter
    def organisations(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def scale(self) -> float:
        ...
    @scale.setter
    def scale(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def source(self) -> str:
        ...
    @property
    def window(self) -> int:
        ...
    @window.setter
    def window(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class TiltBandThresholds:
    """
    Thresholds of the tilt bands on |tilt| (see docs/hedging.md, 'Tilt bands').
    """
    strong_requires_non_positive: bool
    def __init__(self, even: typing.SupportsFloat | typing.SupportsIndex = 0.1, slight: typing.SupportsFloat | typing.SupportsIndex = 0.35, clear: typing.SupportsFloat | typing.SupportsIndex = 0.6, strong_requires_non_positive: bool = True) -> None:
        ...
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def clear(self) -> float:
        ...
    @clear.setter
    def clear(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def even(self) -> float:
        ...
    @even.setter
    def even(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def slight(self) -> float:
        ...
    @slight.setter
    def slight(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class StanceThresholds:
    """
    Thresholds of the stance toward one power on Kuik's spectrum, on the [-1, 1] coding scale of the
    relations (for data on another scale, map it to [-1, 1] first). See docs/hedging.md.
    """
    def __init__(self, hostility: typing.SupportsFloat | typing.SupportsIndex = 0.4, friction: typing.SupportsFloat | typing.SupportsIndex = 0.15, alliance: typing.SupportsFloat | typing.SupportsIndex = 0.675, partnership: typing.SupportsFloat | typing.SupportsIndex = 0.5, engagement: typing.SupportsFloat | typing.SupportsIndex = 0.275) -> None:
        ...
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def alliance(self) -> float:
        ...
    @alliance.setter
    def alliance(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def engagement(self) -> float:
        ...
    @engagement.setter
    def engagement(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def friction(self) -> float:
        ...
    @friction.setter
    def friction(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def hostility(self) -> float:
        ...
    @hostility.setter
    def hostility(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def partnership(self) -> float:
        ...
    @partnership.setter
    def partnership(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
class PowerStance:
    """
    The focal's stance toward one power on Kuik's spectrum, with the inputs that produced it:
    ``security`` (s, NaN if not observed), ``other`` (o, the weighted mean of the other domains) and
    the ``rule`` that fired.
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def observed(self) -> bool:
        ...
    @property
    def other(self) -> float:
        ...
    @property
    def other_domains(self) -> list[str]:
        ...
    @property
    def position(self) -> str:
        """
        The Kuik position ('balancing' ... 'bandwagoning'), 'no_data' if not observed.
        """
    @property
    def power(self) -> str:
        ...
    @property
    def rule(self) -> str:
        ...
    @property
    def security(self) -> float:
        ...
    @property
    def value(self) -> int:
        """
        The position -3..3 (0 if not observed).
        """
class PerceptionProfile:
    """
    Neoclassical-realist perception: per-actor threat multipliers (applied to negative affinities)
    and per-domain salience (multiplies the domain weight), with optional per-year overrides.
    """
    def __init__(self, threat_multipliers: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex] = {}, salience: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex] = {}, threat_multipliers_by_year: collections.abc.Mapping[typing.SupportsInt | typing.SupportsIndex, collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex]] = {}, salience_by_year: collections.abc.Mapping[typing.SupportsInt | typing.SupportsIndex, collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex]] = {}) -> None:
        ...
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def domain_salience(self, domain: str, year: typing.SupportsInt | typing.SupportsIndex) -> float:
        ...
    def threat_multiplier(self, actor: str, year: typing.SupportsInt | typing.SupportsIndex) -> float:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def salience(self) -> dict[str, float]:
        ...
    @salience.setter
    def salience(self, arg0: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def salience_by_year(self) -> dict[int, dict[str, float]]:
        ...
    @salience_by_year.setter
    def salience_by_year(self, arg0: collections.abc.Mapping[typing.SupportsInt | typing.SupportsIndex, collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex]]) -> None:
        ...
    @property
    def threat_multipliers(self) -> dict[str, float]:
        ...
    @threat_multipliers.setter
    def threat_multipliers(self, arg0: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def threat_multipliers_by_year(self) -> dict[int, dict[str, float]]:
        ...
    @threat_multipliers_by_year.setter
    def threat_multipliers_by_year(self, arg0: collections.abc.Mapping[typing.SupportsInt | typing.SupportsIndex, collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex]]) -> None:
        ...
class ProfileOptions:
    """
    Options of profile and evolution (same names as in C++).
    """
    declared_neutral: bool
    default_source: AffinitySpec
    missing_as_zero: bool
    perception: PerceptionProfile | None
    security_domain: str
    stance: StanceThresholds
    tilt_band_on_normalised: bool
    tilt_bands: TiltBandThresholds
    vote_metric: str
    def __init__(self) -> None:
        ...
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def absent_is_zero(self) -> list[str]:
        ...
    @absent_is_zero.setter
    def absent_is_zero(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def alliance_threshold(self) -> float:
        ...
    @alliance_threshold.setter
    def alliance_threshold(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def collective_security_margin(self) -> float:
        ...
    @collective_security_margin.setter
    def collective_security_margin(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def collective_security_min_tie(self) -> float:
        ...
    @collective_security_min_tie.setter
    def collective_security_min_tie(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def collective_security_organisations(self) -> list[str]:
        ...
    @collective_security_organisations.setter
    def collective_security_organisations(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def cross_pressure_actors(self) -> list[str]:
        ...
    @cross_pressure_actors.setter
    def cross_pressure_actors(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def cross_pressure_domains(self) -> list[str]:
        ...
    @cross_pressure_domains.setter
    def cross_pressure_domains(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def domain_weights(self) -> dict[str, float]:
        ...
    @domain_weights.setter
    def domain_weights(self, arg0: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def domains(self) -> list[str]:
        ...
    @domains.setter
    def domains(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def engagement_min(self) -> float:
        ...
    @engagement_min.setter
    def engagement_min(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def hostility_threshold(self) -> float:
        ...
    @hostility_threshold.setter
    def hostility_threshold(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def kuik(self) -> TiltBandThresholds:
        """
        Deprecated alias of ``tilt_bands`` (issue #12); warns.
        """
    @kuik.setter
    def kuik(self, arg1: TiltBandThresholds) -> None:
        ...
    @property
    def kuik_on_normalised(self) -> bool:
        """
        Deprecated alias of ``tilt_band_on_normalised`` (issue #12); warns.
        """
    @kuik_on_normalised.setter
    def kuik_on_normalised(self, arg1: bool) -> None:
        ...
    @property
    def lean_margin(self) -> float:
        ...
    @lean_margin.setter
    def lean_margin(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def membership_co_member_weight(self) -> float:
        ...
    @membership_co_member_weight.setter
    def membership_co_member_weight(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def membership_leader_weight(self) -> float:
        ...
    @membership_leader_weight.setter
    def membership_leader_weight(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def membership_status_weights(self) -> dict[str, float]:
        ...
    @membership_status_weights.setter
    def membership_status_weights(self, arg0: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def neutral_band(self) -> float:
        ...
    @neutral_band.setter
    def neutral_band(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def robustness_draws(self) -> int:
        ...
    @robustness_draws.setter
    def robustness_draws(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def robustness_sd_high(self) -> float:
        ...
    @robustness_sd_high.setter
    def robustness_sd_high(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def robustness_sd_low(self) -> float:
        ...
    @robustness_sd_low.setter
    def robustness_sd_low(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def robustness_sd_medium(self) -> float:
        ...
    @robustness_sd_medium.setter
    def robustness_sd_medium(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def robustness_seed(self) -> int:
        ...
    @robustness_seed.setter
    def robustness_seed(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def sources(self) -> dict[str, AffinitySpec]:
        ...
    @sources.setter
    def sources(self, arg0: collections.abc.Mapping[str, AffinitySpec]) -> None:
        ...
    @property
    def split_threshold(self) -> float:
        ...
    @split_threshold.setter
    def split_threshold(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def vote_window(self) -> int:
        ...
    @vote_window.setter
    def vote_window(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class DomainRow:
    """
    Indicators of one domain (see docs/hedging.md).
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
    def affinity(self) -> list[float]:
        ...
    @property
    def dispersion(self) -> float:
        ...
    @property
    def domain(self) -> str:
        ...
    @property
    def entropy(self) -> float:
        ...
    @property
    def equidistance(self) -> float:
        ...
    @property
    def hedging(self) -> float:
        ...
    @property
    def leaning(self) -> str:
        ...
    @property
    def observed(self) -> list[bool]:
        ...
    @property
    def position(self) -> str:
        """
        Deprecated (issue #12): the tilt band under its old Kuik label; warns.
        """
    @property
    def position_value(self) -> int:
        """
        Deprecated alias of ``tilt_band_value`` (issue #12); warns.
        """
    @property
    def source(self) -> str:
        ...
    @property
    def tilt(self) -> float:
        ...
    @property
    def tilt_band(self) -> str:
        """
        Tilt band toward rivals[0] ('strong_other' ... 'even' ... 'strong_reference').
        """
    @property
    def tilt_band_value(self) -> int:
        ...
    @property
    def tilt_normalised(self) -> float:
        ...
    @property
    def weight(self) -> float:
        ...
    @property
    def year(self) -> int:
        ...
class AggregateRow:
    """
    The weighted aggregate over domains, with spread and split.
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
    def affinity(self) -> list[float]:
        ...
    @property
    def dispersion(self) -> float:
        ...
    @property
    def entropy(self) -> float:
        ...
    @property
    def equidistance(self) -> float:
        ...
    @property
    def hedging(self) -> float:
        ...
    @property
    def leaning(self) -> str:
        ...
    @property
    def position(self) -> str:
        """
        Deprecated (issue #12): the tilt band under its old Kuik label; warns.
        """
    @property
    def position_value(self) -> int:
        """
        Deprecated alias of ``tilt_band_value`` (issue #12); warns.
        """
    @property
    def split(self) -> bool:
        ...
    @property
    def split_domains(self) -> list[str]:
        ...
    @property
    def spread(self) -> float:
        ...
    @property
    def tilt(self) -> float:
        ...
    @property
    def tilt_band(self) -> str:
        """
        Tilt band of the aggregate tilt toward rivals[0].
        """
    @property
    def tilt_band_value(self) -> int:
        ...
    @property
    def tilt_normalised(self) -> float:
        ...
    @property
    def total_weight(self) -> float:
        ...
class StrategyResult:
    """
    Primary strategy, alignment, components of the mix, reasons and robustness.
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
        One row per record of a list field (default: the first, ``reasons``), as a pandas DataFrame.
        
                Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
                Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
                
        """
    @property
    def against(self) -> list[str]:
        """
        Rivals balanced against.
        """
    @property
    def aligned_with(self) -> str:
        """
        Rival aligned with ("" if none).
        """
    @property
    def components(self) -> list[str]:
        ...
    @property
    def primary(self) -> str:
        ...
    @property
    def reasons(self) -> list[Reason]:
        ...
    @property
    def reference(self) -> str:
        ...
    @property
    def robustness(self) -> float:
        """
        Share of the perturbed draws with the same primary (NaN if not computed).
        """
    @property
    def robustness_draws(self) -> int:
        ...
class ProfileView:
    """
    Domain rows, aggregate and strategy of one view.
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
        One row per record of a list field (default: the first, ``domains``), as a pandas DataFrame.
        
                Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
                Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
                
        """
    @property
    def aggregate(self) -> AggregateRow:
        ...
    @property
    def domains(self) -> list[DomainRow]:
        ...
    @property
    def stances(self) -> list[PowerStance]:
        """
        The focal's stance toward each rival (rival order) on Kuik's spectrum (PowerStance).
        """
    @property
    def strategy(self) -> StrategyResult:
        ...
class SplitVoteResult:
    """
    Split-vote analysis between two powers (Yuneman 2023).
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
    def absent(self) -> int:
        ...
    @property
    def abstain(self) -> int:
        ...
    @property
    def abstention_share(self) -> float:
        ...
    @property
    def b(self) -> str:
        ...
    @property
    def n_split(self) -> int:
        ...
    @property
    def with_a(self) -> int:
        ...
    @property
    def with_b(self) -> int:
        ...
class CrossPressureTriad:
    """
    focal + a, focal + b, a - b in one domain.
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
    def contribution(self) -> float:
        ...
    @property
    def domain(self) -> str:
        ...
    @property
    def w_ab(self) -> float:
        ...
    @property
    def w_fa(self) -> float:
        ...
    @property
    def w_fb(self) -> float:
        ...
class CrossPressureResult:
    """
    Triad count, exposure and the triads.
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
        One row per record of a list field (default: the first, ``witnesses``), as a pandas DataFrame.
        
                Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
                Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
                
        """
    @property
    def exposure(self) -> float:
        ...
    @property
    def triads(self) -> int:
        ...
    @property
    def witnesses(self) -> list[CrossPressureTriad]:
        ...
class ProfileResult:
    """
    Structural and perceived views, split votes and cross-pressure.
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
        One row per record of a list field (default: the first, ``split_votes``), as a pandas DataFrame.
        
                Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
                Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
                
        """
    @property
    def cross_pressure(self) -> CrossPressureResult:
        ...
    @property
    def focal(self) -> str:
        ...
    @property
    def has_perception(self) -> bool:
        ...
    @property
    def perceived(self) -> ProfileView:
        ...
    @property
    def rivals(self) -> list[str]:
        ...
    @property
    def split_votes(self) -> list[SplitVoteResult]:
        ...
    @property
    def structure(self) -> ProfileView:
        ...
    @property
    def year(self) -> int:
        ...
class NetworkIndex:
    """
    A lookup index over a Network, built once (O(R + M + K)); pass it instead of the
    network to answer many profile queries fast. It indexes a copy of the network
    taken when it is built: later changes to the network do not reach it (build a new
    index), and it is immutable, so any number of threads may use it at once.
    """
    def __init__(self, network: kzsec._core.Network) -> None:
        ...
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
class RankRow:
    """
    One ranked actor of hedging.rank (see kzsec/hedging_rank.hpp).
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def actor(self) -> str:
        ...
    @property
    def affinity(self) -> list[float]:
        ...
    @property
    def against(self) -> list[str]:
        ...
    @property
    def aligned_with(self) -> str:
        ...
    @property
    def hedging(self) -> float:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def observed_domains(self) -> int:
        ...
    @property
    def primary(self) -> str:
        ...
    @property
    def reason(self) -> str:
        ...
    @property
    def region(self) -> str:
        ...
    @property
    def robustness(self) -> float:
        ...
    @property
    def spread(self) -> float:
        ...
    @property
    def tilt(self) -> float:
        ...
class RankResult:
    """
    Every actor's profile for one frame and year, sorted.
    """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_csv(self) -> str:
        """
        The ranking as CSV (the columns of rank_columns).
        """
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    def to_frame(self, table: str | None = None):
        """
        One row per record of a list field (default: the first, ``rows``), as a pandas DataFrame.
        
                Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
                Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
                
        """
    def to_json(self) -> str:
        """
        The ranking as JSON (rivals, year, domains, skipped, rows).
        """
    def to_markdown(self) -> str:
        """
        The ranking as a Markdown table.
        """
    def to_text(self) -> str:
        """
        The ranking as text for the terminal (as `kzsec rank`).
        """
    @property
    def domains(self) -> list[str]:
        ...
    @property
    def rivals(self) -> list[str]:
        ...
    @property
    def rows(self) -> list[RankRow]:
        ...
    @property
    def skipped(self) -> list[str]:
        ...
    @property
    def year(self) -> int:
        ...
def absent_is_zero_domains(network: kzsec._core.Network, options: ProfileOptions) -> list[str]:
    """
    The domains in which an absent relation counts as an observed 0 under these options.
    """
def affinity(index: NetworkIndex, focal: str, power: str, domain: str, year: typing.SupportsInt | typing.SupportsIndex, spec: AffinitySpec = ..., options: ProfileOptions = ...) -> float | None:
    """
    Affinity of focal to power in a domain and year, or None.
    """
def classify_stance(security: typing.SupportsFloat | typing.SupportsIndex, other: typing.SupportsFloat | typing.SupportsIndex, thresholds: StanceThresholds = ...) -> PowerStance:
    """
    Stance toward one power on Kuik's spectrum from its security tie ``security`` (s) and the weighted
    mean ``other`` (o) of the other ties (NaN = not observed), on the [-1, 1] coding scale. First rule
    that holds: s <= -hostility balancing; s <= -friction indirect balancing; o <= -friction dominance
    denial; s >= alliance and o >= partnership bandwagoning; either limited bandwagoning; s or o >=
    engagement binding engagement; otherwise economic pragmatism. See docs/hedging.md.
    """
def classify_tilt_band(tilt: typing.SupportsFloat | typing.SupportsIndex, a_ref: typing.SupportsFloat | typing.SupportsIndex, a_alt: typing.SupportsFloat | typing.SupportsIndex, thresholds: TiltBandThresholds = ...) -> str:
    """
    Tilt band of a tilt toward the reference power (see docs/hedging.md, 'Tilt bands').
    """
def cross_pressure(network: kzsec._core.Network, focal: str, year: typing.SupportsInt | typing.SupportsIndex, actors: collections.abc.Sequence[str] = [], domains: collections.abc.Sequence[str] = []) -> CrossPressureResult:
    """
    Cross-pressure triads and exposure on focal in year.
    """
def default_domains(network: kzsec._core.Network) -> list[str]:
    """
    The default domains of profile, evolution, rank and the report: every domain with a relation, in network order, except a sub-domain ('economic.water') whose parent domain is present.
    """
def evolution_columns(network: kzsec._core.Network, focal: str, rivals: collections.abc.Sequence[str], years: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], options: ProfileOptions = ...) -> dict:
    """
    Evolution rows (view, year, domain) as a dict of numpy arrays and lists.
    """
def parse_affinity_spec(name: str) -> AffinitySpec:
    """
    Parse an affinity source name.
    """
@typing.overload
def profile(network: kzsec._core.Network, focal: str, rivals: collections.abc.Sequence[str], year: typing.SupportsInt | typing.SupportsIndex, options: ProfileOptions = ...) -> ProfileResult:
    """
    Hedging profile of focal between rivals in a year.
    """
@typing.overload
def profile(index: NetworkIndex, focal: str, rivals: collections.abc.Sequence[str], year: typing.SupportsInt | typing.SupportsIndex, options: ProfileOptions = ...) -> ProfileResult:
    ...
@typing.overload
def rank(index: NetworkIndex, rivals: collections.abc.Sequence[str], year: typing.SupportsInt | typing.SupportsIndex, options: ProfileOptions = ..., actors: collections.abc.Sequence[str] = [], min_observed_domains: typing.SupportsInt | typing.SupportsIndex = 2, sort: str = 'tilt', progress: typing.Any = None) -> RankResult:
    """
    Every actor's profile for one frame and year (hedging::rank). Releases the GIL; Ctrl-C stops it between actors. progress: None or a callable(done, total) -> bool|None over the actors, called at most every 0.1 s with the GIL; False cancels (RuntimeError).
    """
@typing.overload
def rank(network: kzsec._core.Network, rivals: collections.abc.Sequence[str], year: typing.SupportsInt | typing.SupportsIndex, options: ProfileOptions = ..., actors: collections.abc.Sequence[str] = [], min_observed_domains: typing.SupportsInt | typing.SupportsIndex = 2, sort: str = 'tilt', progress: typing.Any = None) -> RankResult:
    ...
def rank_columns(result: RankResult) -> dict:
    """
    The rows of a RankResult as a dict of numpy arrays and lists (DataFrame columns).
    """
def split_votes(index: NetworkIndex, focal: str, a: str, b: str, year: typing.SupportsInt | typing.SupportsIndex, vote_metric: str = 'unga_vote', window: typing.SupportsInt | typing.SupportsIndex = 0) -> SplitVoteResult:
    """
    Split-vote analysis of focal between powers a and b.
    """
