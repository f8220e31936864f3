"""
Capabilities, concentration, polarity and threat (see kzsec.power).
"""
from __future__ import annotations
import collections.abc
import numpy
import numpy.typing
import os
import typing
__all__: list[str] = ['CincResult', 'LeaderChallenger', 'NMC_COMPONENTS', 'NmcData', 'NmcTotals', 'ThreatResult', 'balance_of_threat', 'cinc', 'con', 'count_poles', 'effective_number_of_poles', 'hhi', 'leader_challenger', 'nmc_totals_from', 'read_nmc_csv', 'read_nmc_totals_csv', 'shares']
class CincResult:
    """
    CINC per row, component shares and number of components used.
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
    def cinc(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
        ...
    @property
    def n_components(self) -> typing.Annotated[numpy.typing.NDArray[numpy.int32], "[m, 1]"]:
        ...
    @property
    def shares(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        ...
class LeaderChallenger:
    """
    Leader, challenger and their ratio.
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
    def challenger(self) -> int:
        ...
    @property
    def leader(self) -> int:
        ...
    @property
    def leader_share(self) -> float:
        ...
    @property
    def parity(self) -> float:
        ...
    @property
    def ratio(self) -> float:
        ...
class ThreatResult:
    """
    Balance-of-threat composite with per-component contributions.
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
    def contributions(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        ...
    @property
    def most_threatening(self) -> int:
        ...
    @property
    def threat(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
        ...
class NmcData:
    """
    Rows of a COW NMC file.
    """
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    @property
    def ccode(self) -> list[int]:
        ...
    @property
    def cinc(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
        ...
    @property
    def components(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        ...
    @property
    def stateabb(self) -> list[str]:
        ...
    @property
    def year(self) -> list[int]:
        ...
class NmcTotals:
    """
    Per-year system totals of the six NMC components.
    """
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def for_years(self, years: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        """
        Totals rows of the given years (n x 6), for cinc(components, totals).
        """
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def totals(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        ...
    @property
    def year(self) -> list[int]:
        ...
def balance_of_threat(aggregate_power: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"], proximity: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"], offensive_capability: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"], aggressive_intentions: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"], *, weights: dict, form: str) -> ThreatResult:
    """
    Walt's balance of threat as an explicit composite.
    
    additive: T = sum_c w_c z_c / sum w; multiplicative: T = prod_c z_c^(w_c / sum w).
    
    Parameters
    ----------
    aggregate_power, proximity, offensive_capability, aggressive_intentions : array_like in [0, 1]
    weights : dict
        Required, e.g. {"aggregate_power": 1, "proximity": 1, ...}; missing keys are 0.
    form : {'additive', 'multiplicative'}
        Required.
    
    Returns
    -------
    ThreatResult
    """
def cinc(components: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]", "flags.f_contiguous"], system_totals: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"] | None = None) -> CincResult:
    """
    COW Composite Index of National Capability.
    
    CINC_i = mean over the components c present for i of X_c(i) / T_c (COW missing-component rule).
    
    Parameters
    ----------
    components : array_like, shape (n, 6)
        milex, milper, irst, pec, tpop, upop (NMC order); NaN = missing.
    system_totals : array_like, shape (6,), (1, 6) or (n, 6), optional
        System totals T_c (per row, e.g. of each row's year). Default: column sums of ``components``
        (only right when the rows are a complete system for one year).
    
    Returns
    -------
    CincResult
        ``cinc`` (n,), ``shares`` (n, 6), ``n_components`` (n,).
    
    Raises
    ------
    ValueError
        Wrong shapes, negative components (map -9 to NaN), non-positive totals.
    """
def con(values: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]) -> float:
    """
    Singer-Bremer-Stuckey CON = sqrt((HHI - 1/N) / (1 - 1/N)) over the given set; NaN if N < 2.
    """
def count_poles(values: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], threshold: typing.SupportsFloat | typing.SupportsIndex) -> int:
    """
    Number of members whose renormalised share is >= threshold (a user parameter).
    """
def effective_number_of_poles(values: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]) -> float:
    """
    1 / HHI.
    """
def hhi(values: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]) -> float:
    """
    Herfindahl-Hirschman index sum s_i^2 of the renormalised shares (range [1/n, 1]).
    """
def leader_challenger(values: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]) -> LeaderChallenger:
    """
    Index of the largest and second-largest value, leader share, ratio leader/challenger and parity challenger/leader.
    """
def nmc_totals_from(data: NmcData) -> NmcTotals:
    """
    Per-year sums of the components of NMC rows (only meaningful for complete systems).
    """
def read_nmc_csv(path: os.PathLike | str | bytes) -> NmcData:
    """
    Reads a COW NMC CSV (v6 or v7); -9 and empty = NaN. Raises FileNotFoundError, ValueError (file:line).
    """
def read_nmc_totals_csv(path: os.PathLike | str | bytes) -> NmcTotals:
    """
    Reads per-year system totals (columns year, sum_<component> or <component>).
    """
def shares(values: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
    """
    Shares v_i / sum v (NaN entries skipped).
    """
NMC_COMPONENTS: tuple = ('milex', 'milper', 'irst', 'pec', 'tpop', 'upop')
