"""
Centrality in signed graphs (see kzsec.centrality).
"""
from __future__ import annotations
import kzsec._core
import numpy
import numpy.typing
import typing
__all__: list[str] = ['EigenvectorResult', 'PNResult', 'SignedDegreeResult', 'pn_index', 'signed_degree', 'signed_eigenvector_centrality']
class SignedDegreeResult:
    """
    Result of signed_degree: one entry per vertex.
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
    def negative(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        Negative ties (or their |weight|).
        """
    @property
    def net(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        positive - negative.
        """
    @property
    def positive(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        Positive ties (or their weight).
        """
    @property
    def ratio(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        positive / (positive + negative); NaN for an isolated vertex.
        """
    @property
    def weighted(self) -> bool:
        ...
class PNResult:
    """
    Result of pn_index.
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
    def beta(self) -> float:
        ...
    @property
    def contraction(self) -> float:
        """
        r = beta max_i sum_j |a*_ij| (iteration converges if r < 1).
        """
    @property
    def convention(self) -> str:
        ...
    @property
    def iterations(self) -> int:
        ...
    @property
    def method(self) -> str:
        """
        The solver used: 'iteration' or 'sparse_lu'.
        """
    @property
    def mode(self) -> str:
        ...
    @property
    def pn(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        PN centrality per vertex.
        """
class EigenvectorResult:
    """
    Result of signed_eigenvector_centrality.
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
    def centrality(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        Signed eigenvector per vertex (first entry of largest |v| positive).
        """
    @property
    def convention(self) -> str:
        ...
    @property
    def eigenvalue(self) -> float:
        """
        The dominant eigenvalue (largest |lambda|).
        """
    @property
    def gap(self) -> float:
        """
        (|lambda| - |lambda_2|) / |lambda|.
        """
    @property
    def method(self) -> str:
        """
        Method used: 'dense' (LAPACK) or 'sparse' (Lanczos).
        """
@typing.overload
def pn_index(g: kzsec._core.SignedGraph, mode: str = 'all', weighted: bool = False, beta: typing.SupportsFloat | typing.SupportsIndex = 0.0, method: str = 'auto') -> PNResult:
    """
    PN centrality of Everett & Borgatti (2014): PN = (I - beta A*)^-1 1 with A* = P - 2N.
    
    Every actor starts at 1, gains from positive walks and loses twice as much from
    negative ones, discounted by beta per step (default beta = 1 / (2n - 2)).
    
    Parameters
    ----------
    g : SignedGraph or numpy.ndarray
        A graph (undirected), or a square signed adjacency matrix whose entry a_ij is
        the tie i -> j (see ``mode``).
    weighted : bool, default False
        A* from the weights (W+ - 2 W-) instead of the signs (Everett-Borgatti).
    beta : float, default 0
        Discount; 0 means 1 / (2n - 2).
    mode : {"all", "out", "in"}
        For a matrix, "all" needs a symmetric matrix; "out" uses the ties sent (rows),
        "in" the ties received (columns). A SignedGraph is undirected: every mode
        gives the same result.
    method : {"auto", "iteration", "sparse_lu"}
        "iteration": x <- 1 + beta A* x, which provably converges when
        r = beta max_i sum_j |a*_ij| < 1 (stopped by the Banach error bound);
        "sparse_lu": a sparse LU of I - beta A*; "auto": iteration when r <= 1/2.
    
    Returns
    -------
    PNResult
        pn (per vertex), beta, mode, method, contraction (r), iterations, convention.
    
    Raises
    ------
    ValueError
        Fewer than 2 vertices, a negative beta, a non-square, non-finite or
        non-symmetric (mode "all") matrix, or a non-zero diagonal.
    ArithmeticError
        I - beta A* is singular (two vertices with a negative tie under the default
        beta; otherwise only with weights above 1 or a larger beta).
    
    Complexity: iteration O(m) per step; sparse LU as its fill-in allows. Releases the GIL.
    Reference: Everett & Borgatti (2014) Social Networks 38: 111-120; signnet ``pn_index``.
    """
@typing.overload
def pn_index(a: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"], mode: str = 'all', weighted: bool = False, beta: typing.SupportsFloat | typing.SupportsIndex = 0.0, method: str = 'auto') -> PNResult:
    """
    PN centrality of a signed adjacency matrix (a_ij = tie i -> j); see the overload above.
    """
def signed_degree(g: kzsec._core.SignedGraph, weighted: bool = False) -> SignedDegreeResult:
    """
    Positive, negative, net and ratio degree of every vertex.
    
    Parameters
    ----------
    g : SignedGraph
    weighted : bool, default False
        Sum |weights| instead of counting ties.
    
    Returns
    -------
    SignedDegreeResult
        positive, negative, net = positive - negative, ratio = positive / (positive + negative)
        (NaN for an isolated vertex), as arrays in vertex order.
    
    Complexity: O(n + m). Reference: signnet ``degree_signed``.
    """
def signed_eigenvector_centrality(g: kzsec._core.SignedGraph, weighted: bool = False, scale: bool = True, tolerance: typing.SupportsFloat | typing.SupportsIndex = 1e-10, method: str = 'auto', sparse_tolerance: typing.SupportsFloat | typing.SupportsIndex = 1e-10) -> EigenvectorResult:
    """
    Signed eigenvector centrality of Bonacich & Lloyd (2004).
    
    v is the eigenvector of A for its eigenvalue of largest modulus (which may be
    negative). In a balanced system with two camps, v has one sign per camp. The
    sign is fixed so that the first entry of largest |v| is positive (signnet >= 1.0.6).
    
    Parameters
    ----------
    g : SignedGraph
    weighted : bool, default False
        Use the weights instead of the signs.
    scale : bool, default True
        Divide by the entry of largest |v| (max |v| = 1); False: unit 2-norm.
    tolerance : float, default 1e-10
        Relative gap below which two |eigenvalues| count as tied.
    method : {"auto", "dense", "sparse"}, default "auto"
        "dense": LAPACK (one tridiagonal reduction). "sparse": Lanczos for the two
        eigenvalues of largest modulus, as scipy's eigsh(k=2). "auto": sparse iff
        n >= 400 and 2m <= n^2 / 8.
    sparse_tolerance : float, default 1e-10
    
    Returns
    -------
    EigenvectorResult
        centrality, eigenvalue, gap, convention.
    
    Raises
    ------
    ValueError
        An empty graph or one without edges.
    ArithmeticError
        No dominant eigenvalue (lambda and -lambda, or a repeated eigenvalue, of
        largest modulus): the eigenvector is not unique.
    
    Complexity: dense O(n^3); sparse O(m) per Lanczos step, O(n + m) memory. Releases the GIL.
    Reference: Bonacich & Lloyd (2004) Social Networks 26: 331-338; signnet ``eigen_centrality_signed``.
    """
