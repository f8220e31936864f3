"""
Significance of balance against null models (see kzsec.significance).
"""
from __future__ import annotations
import kzsec._core
import numpy
import numpy.typing
import typing
__all__: list[str] = ['NullTest', 'SignificanceResult', 'balance_significance', 'null_draw']
class NullTest:
    """
    The test of one statistic against the null model.
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
    def at_least(self) -> int:
        """
        Draws >= observed (ties included).
        """
    @property
    def at_most(self) -> int:
        """
        Draws <= observed (ties included).
        """
    @property
    def computed(self) -> bool:
        """
        Whether the statistic was requested.
        """
    @property
    def mean(self) -> float:
        ...
    @property
    def observed(self) -> float:
        ...
    @property
    def p_balanced(self) -> float:
        """
        Tail 'at least as balanced': p_greater (triangle, walk) or p_less (frustration).
        """
    @property
    def p_greater(self) -> float:
        """
        (at_least + 1) / (N + 1).
        """
    @property
    def p_less(self) -> float:
        """
        (at_most + 1) / (N + 1).
        """
    @property
    def sd(self) -> float:
        """
        Standard deviation of the draws (divisor N - 1).
        """
    @property
    def statistic(self) -> str:
        """
        'triangle', 'walk' or 'frustration'.
        """
    @property
    def values(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        Every draw's value in draw order (if keep_draws).
        """
    @property
    def z(self) -> float:
        """
        (observed - mean) / sd; NaN if sd = 0.
        """
class SignificanceResult:
    """
    Result of balance_significance.
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
    def acceptance(self) -> float:
        """
        switching: share of attempted swaps accepted (0 for sign_shuffle).
        """
    @property
    def convention(self) -> str:
        ...
    @property
    def draws(self) -> int:
        ...
    @property
    def frustration(self) -> NullTest:
        ...
    @property
    def model(self) -> str:
        ...
    @property
    def seed(self) -> int:
        ...
    @property
    def threads(self) -> int:
        ...
    @property
    def triangle(self) -> NullTest:
        ...
    @property
    def walk(self) -> NullTest:
        ...
def balance_significance(g: kzsec._core.SignedGraph, model: str = 'sign_shuffle', draws: typing.SupportsInt | typing.SupportsIndex = 1000, seed: typing.SupportsInt | typing.SupportsIndex = 1, threads: typing.SupportsInt | typing.SupportsIndex = 0, swaps_per_edge: typing.SupportsFloat | typing.SupportsIndex = 10.0, triangle: bool = True, walk: bool = True, frustration: bool = False, weak: bool = False, weighting: str = 'sign', beta: typing.SupportsFloat | typing.SupportsIndex = 1.0, walk_weighted: bool = False, frustration_method: str = 'auto', frustration_time_limit: typing.SupportsFloat | typing.SupportsIndex = 60.0, frustration_weighted: bool = False, keep_draws: bool = False) -> SignificanceResult:
    """
    Significance of structural balance against a null model.
    
    Draws ``draws`` graphs from the null model (draw i from a seed fixed by
    (seed, i), so the result does not depend on ``threads``) and, for each
    requested statistic X (triangle index, walk index K, frustration index L),
    reports the mean and sd of the draws, z = (X(G) - mean) / sd and the Monte Carlo
    p-values with the +1 correction: p_greater = (1 + #{X(G_i) >= X(G)}) / (N + 1),
    p_less = (1 + #{X(G_i) <= X(G)}) / (N + 1); ``p_balanced`` is the tail
    "at least as balanced as observed".
    
    Parameters
    ----------
    g : SignedGraph
    model : {"sign_shuffle", "switching"}
    draws : int, default 1000
    seed : int, default 1
    threads : int, default 0 (all cores)
    swaps_per_edge : float, default 10 (switching only)
    triangle, walk, frustration : bool
        Statistics to test (default: triangle and walk).
    weak, weighting : conventions of the triangle index (see triangle_index)
    beta, walk_weighted : conventions of the walk index (see walk_index)
    frustration_method, frustration_time_limit, frustration_weighted :
        options of the frustration index, used on every draw.
    keep_draws : bool, default False
        Keep every draw's value (``NullTest.values``).
    
    Returns
    -------
    SignificanceResult
    
    Releases the GIL; threaded in C++.
    """
def null_draw(g: kzsec._core.SignedGraph, model: str = 'sign_shuffle', seed: typing.SupportsInt | typing.SupportsIndex = 1, swaps_per_edge: typing.SupportsFloat | typing.SupportsIndex = 10.0) -> kzsec._core.SignedGraph:
    """
    One random graph from a null model of ``g``.
    
    Parameters
    ----------
    g : SignedGraph
    model : {"sign_shuffle", "switching"}
        ``sign_shuffle`` permutes the signs over the ties (each tie keeps |w|);
        ``switching`` performs swaps_per_edge * m double edge swaps between ties of
        the same sign, keeping every vertex's positive and negative degree.
    seed : int, default 1
    swaps_per_edge : float, default 10
    
    Returns
    -------
    SignedGraph
    """
