"""
Foreign-policy similarity and UN agreement (see kzsec.similarity).
"""
from __future__ import annotations
import collections.abc
import numpy
import numpy.typing
import os
import typing
__all__: list[str] = ['AllianceCoding', 'AlliancePortfolios', 'SimilarityValue', 'SplitVotes', 'UNAgreement', 'VoteTable', 'cohen_kappa', 'cohen_kappa_matrix', 'kappa_pi_matrix', 'map_vote_codes', 'read_atop_portfolios', 'read_un_votes', 's_score', 's_score_matrix', 'scott_pi', 'scott_pi_matrix', 'scott_pi_nominal', 'scott_pi_nominal_matrix', 'split_votes', 'tau_b', 'tau_b_matrix', 'un_agreement', 'un_agreement_matrix']
class SimilarityValue:
    """
    A similarity value that may be undefined: value (NaN if undefined), defined, reason, n.
    """
    def __float__(self) -> float:
        ...
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
    @property
    def defined(self) -> bool:
        ...
    @property
    def n(self) -> int:
        """
        Number of dimensions used after pairwise deletion.
        """
    @property
    def reason(self) -> str:
        ...
    @property
    def value(self) -> float:
        ...
class UNAgreement:
    """
    UN agreement indices of one pair of countries.
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
    def identical(self) -> SimilarityValue:
        ...
    @property
    def lijphart(self) -> SimilarityValue:
        ...
    @property
    def n_common(self) -> int:
        ...
    @property
    def n_half(self) -> int:
        ...
    @property
    def n_identical(self) -> int:
        ...
    @property
    def n_opposite(self) -> int:
        ...
    @property
    def n_yes_no_identical(self) -> int:
        ...
    @property
    def state_department(self) -> SimilarityValue:
        ...
class SplitVotes:
    """
    Split-vote analysis of a state against powers A and B.
    """
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    @property
    def abstain(self) -> int:
        ...
    @property
    def missing(self) -> int:
        ...
    @property
    def n_split(self) -> int:
        ...
    @property
    def share_a(self) -> SimilarityValue:
        ...
    @property
    def share_abstain(self) -> SimilarityValue:
        ...
    @property
    def share_b(self) -> SimilarityValue:
        ...
    @property
    def share_missing(self) -> SimilarityValue:
        ...
    @property
    def tilt(self) -> SimilarityValue:
        ...
    @property
    def with_a(self) -> int:
        ...
    @property
    def with_b(self) -> int:
        ...
class VoteTable:
    """
    A UN vote matrix (countries x roll calls) with labels.
    """
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def row_of(self, country: str) -> int:
        ...
    @property
    def countries(self) -> list[str]:
        ...
    @property
    def date(self) -> list[str]:
        ...
    @property
    def n_absent(self) -> int:
        ...
    @property
    def n_missing(self) -> int:
        ...
    @property
    def n_not_member(self) -> int:
        ...
    @property
    def roll_calls(self) -> list[str]:
        ...
    @property
    def session(self) -> list[int]:
        ...
    @property
    def votes(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        ...
class AllianceCoding:
    """
    Members:
    
      valued
    
      binary
    """
    __members__: typing.ClassVar[dict[str, AllianceCoding]]
    binary: typing.ClassVar[AllianceCoding]
    valued: typing.ClassVar[AllianceCoding]
    @typing.overload
    def __eq__(self, other: AllianceCoding) -> bool:
        ...
    @typing.overload
    def __eq__(self, other: typing.Any) -> bool:
        ...
    def __getstate__(self) -> int:
        ...
    def __hash__(self) -> int:
        ...
    def __index__(self) -> int:
        ...
    def __init__(self, value: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __int__(self) -> int:
        ...
    @typing.overload
    def __ne__(self, other: AllianceCoding) -> bool:
        ...
    @typing.overload
    def __ne__(self, other: typing.Any) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, state: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __str__(self) -> str:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def value(self) -> int:
        ...
class AlliancePortfolios:
    """
    Alliance portfolios: actors x dimensions with COW codes.
    """
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    @property
    def actors(self) -> list[int]:
        ...
    @property
    def dimensions(self) -> list[int]:
        ...
    @property
    def positions(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        ...
    @property
    def year(self) -> int:
        ...
def cohen_kappa(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], y: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], levels: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"] | None = None, weight_exponent: typing.SupportsFloat | typing.SupportsIndex = 2.0, zero_denominator_as_zero: bool = False) -> SimilarityValue:
    """
    Häge's chance-corrected Cohen's kappa.
    
    kappa = 1 - sum_k |x_k - y_k|^e / ((1/N) sum_a sum_b |x_a - y_b|^e); e = 2 (quadratic, Häge 2011) by default.
    
    Parameters
    ----------
    x, y : array_like of float (NaN = missing, deleted pairwise)
    levels : array_like, optional
        Admissible values (others raise ValueError).
    weight_exponent : float
        2 quadratic, 1 linear.
    zero_denominator_as_zero : bool
        Häge's UN convention: 0 instead of NaN when the expected disagreement is 0.
    
    Returns
    -------
    SimilarityValue
    """
def cohen_kappa_matrix(positions: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]", "flags.f_contiguous"], levels: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"] | None = None, weight_exponent: typing.SupportsFloat | typing.SupportsIndex = 2.0, zero_denominator_as_zero: bool = False) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
    """
    Cohen's kappa for all pairs of rows (numpy array, NaN where undefined). Releases the GIL.
    """
def kappa_pi_matrix(positions: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]", "flags.f_contiguous"], levels: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"] | None = None, weight_exponent: typing.SupportsFloat | typing.SupportsIndex = 2.0, zero_denominator_as_zero: bool = False) -> tuple[typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"], typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]]:
    """
    (kappa, pi) for all pairs of rows from one set of matrix products; identical to cohen_kappa_matrix and scott_pi_matrix. Releases the GIL.
    """
def map_vote_codes(raw: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]", "flags.f_contiguous"], coding: typing.Any) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
    """
    Maps raw numeric vote codes to 1 yes / 2 abstain / 3 no / NaN with an explicit coding: a preset ('voeten', 'unvotes', 'reversed_numeric') or a dict {token: 'yes'|'abstain'|'no'|'absent'|'not_member'|'missing'}.
    """
def read_atop_portfolios(path: os.PathLike | str | bytes, year: typing.SupportsInt | typing.SupportsIndex, actors: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], dimensions: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None = None, coding: str = 'valued', direction: str = 'outgoing', self_value: typing.SupportsFloat | typing.SupportsIndex | None = None) -> AlliancePortfolios:
    """
    Reads ATOP directed dyad-years into alliance portfolios (actors x dimensions).
    
    Valued coding (Chiba et al., as R fpsim): 3 defence/offence, 2 neutrality/consultation, 1 non-aggression
    only, 0 none; binary: any obligation = 1. direction 'outgoing' = the actor's obligations to the dimension
    state (ATOP rows ccode1 = actor), 'incoming' the reverse, 'either' the maximum of both. A state's
    position toward itself is ``self_value`` (default the coding maximum).
    
    Returns
    -------
    AlliancePortfolios
    """
def read_un_votes(path: os.PathLike | str | bytes, coding: typing.Any, layout: str = 'wide', countries: collections.abc.Sequence[str] | None = None, roll_call_column: str = 'rcid', country_column: str = 'country_code', vote_column: str = 'vote') -> VoteTable:
    """
    Reads a UN vote table (unvotes / Voeten layouts).
    
    Parameters
    ----------
    path : str or os.PathLike
    coding : str or dict
        Required: 'unvotes' ("yes"/"abstain"/"no", empty = missing), 'voeten' (1 yes, 2 abstain, 3 no,
        8 absent, 9 not a member), 'reversed_numeric' (1 no ... 3 yes), or a dict token -> category.
    layout : {'wide', 'long'}
        wide: one row per roll call and one column per country; long: rows (rcid, country, vote).
    countries : list of str, optional
        Countries to read (wide: country columns; default every non-metadata column).
    
    Returns
    -------
    VoteTable
        ``votes`` (numpy, countries x roll calls, 1/2/3/NaN), ``countries``, ``roll_calls``, ...
    
    Raises
    ------
    FileNotFoundError, ValueError (with file:line)
    """
def s_score(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], y: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], weights: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"] | None = None, max_distance: typing.Any = None, squared: bool = False) -> SimilarityValue:
    """
    Signorino-Ritter S between two portfolios.
    
    S = 1 - 2 * sum_k w_k d_k / sum_k w_k with d_k = |x_k - y_k| / m_k (absolute) or
    (x_k - y_k)^2 / m_k^2 (squared), over the dimensions where both are present (NaN = missing).
    
    Parameters
    ----------
    x, y : array_like of float, length N
    weights : array_like, optional
        w_k >= 0 (default 1). SR 1999 weight third states by capability share.
    max_distance : float or array_like, optional
        Maximum distance m_k per dimension (scalar = same for all); default the observed range of x and y.
    squared : bool
        Häge's squared variant.
    
    Returns
    -------
    SimilarityValue
        ``float(result)`` gives the value; undefined values are NaN with a ``reason``.
    
    Notes
    -----
    Complexity O(N). Signorino & Ritter (1999), ISQ 43:115-144.
    """
def s_score_matrix(positions: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]", "flags.f_contiguous"], weights: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"] | None = None, max_distance: typing.Any = None, squared: bool = False) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
    """
    S for all pairs of rows of ``positions`` (actors x dimensions).
    
    Returns a symmetric numpy array; NaN where undefined. The default maximum distance is the range of the
    whole matrix. The squared variant uses the Gram-matrix identity. Releases the GIL. Complexity O(n^2 N).
    """
def scott_pi(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], y: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], levels: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"] | None = None, weight_exponent: typing.SupportsFloat | typing.SupportsIndex = 2.0, zero_denominator_as_zero: bool = False) -> SimilarityValue:
    """
    Häge's chance-corrected Scott's pi (expected disagreement from the pooled marginal). Parameters as cohen_kappa. Returns SimilarityValue.
    """
def scott_pi_matrix(positions: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]", "flags.f_contiguous"], levels: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"] | None = None, weight_exponent: typing.SupportsFloat | typing.SupportsIndex = 2.0, zero_denominator_as_zero: bool = False) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
    """
    Häge's Scott's pi for all pairs of rows. Releases the GIL.
    """
def scott_pi_nominal(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], y: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], levels: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"] | None = None, zero_denominator_as_zero: bool = False) -> SimilarityValue:
    """
    Nominal Scott's pi (p_o - p_e) / (1 - p_e) with pooled category shares (R fpsim spi). Returns SimilarityValue.
    """
def scott_pi_nominal_matrix(positions: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]", "flags.f_contiguous"], levels: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, 1]"] | None = None, zero_denominator_as_zero: bool = False) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
    """
    Nominal Scott's pi for all pairs of rows. Releases the GIL.
    """
def split_votes(state: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], a: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], b: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]) -> SplitVotes:
    """
    On roll calls where A and B voted opposite (yes vs no): how often the state sided with A, with B, abstained or did not vote. Returns SplitVotes.
    """
def tau_b(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], y: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]) -> SimilarityValue:
    """
    Kendall's tau-b (Bueno de Mesquita 1975); undefined (reason 'constant_vector') if a vector is constant.
    """
def tau_b_matrix(positions: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]", "flags.f_contiguous"]) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
    """
    Kendall's tau-b for all pairs of rows. Releases the GIL.
    """
def un_agreement(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], y: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]) -> UNAgreement:
    """
    UN agreement indices of two voting records.
    
    Votes must be in the canonical coding 1 = yes, 2 = abstain, 3 = no, NaN = absent/not a member
    (map raw codes with ``map_vote_codes`` or read them with ``read_un_votes``).
    
    Returns
    -------
    UNAgreement
        identical share, Lijphart/Voeten half-credit index, State Department votes-only coincidence
        (SimilarityValue each) and the counts.
    """
def un_agreement_matrix(votes: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]", "flags.f_contiguous"], index: str = 'lijphart') -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
    """
    One UN agreement index ('identical', 'lijphart', 'state_department', 'n_common') for all pairs of rows of a countries x roll calls vote matrix. Releases the GIL.
    """
