"""
Seeded random signed graphs (see kzsec.generators).
"""
from __future__ import annotations
import collections.abc
import kzsec._core
import numpy
import numpy.typing
import typing
__all__: list[str] = ['PlantedGraph', 'islands', 'planted_ssbm', 'signed_bipartite', 'signed_gnp', 'signed_sbm']
class PlantedGraph:
    """
    A random signed graph with its planted blocks.
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
    def graph(self) -> kzsec._core.SignedGraph:
        """
        The SignedGraph (vertices '0'..'n-1' in block order).
        """
    @property
    def membership(self) -> numpy.typing.NDArray[numpy.uint64]:
        """
        Block (island, mode) of every vertex, 0..k-1.
        """
def islands(islands: typing.SupportsInt | typing.SupportsIndex, size: typing.SupportsInt | typing.SupportsIndex, density: typing.SupportsFloat | typing.SupportsIndex, between: typing.SupportsInt | typing.SupportsIndex, seed: typing.SupportsInt | typing.SupportsIndex = 1) -> PlantedGraph:
    """
    Islands: positive G(size, density) groups with exactly ``between`` distinct
    negative ties (uniformly chosen) between every two groups; signnet's
    ``sample_islands_signed(islands.n, islands.size, islands.pin, n.inter)``.
    
    Returns
    -------
    PlantedGraph
        ``membership`` is the island of every vertex.
    """
def planted_ssbm(n: typing.SupportsInt | typing.SupportsIndex, k: typing.SupportsInt | typing.SupportsIndex, p: typing.SupportsFloat | typing.SupportsIndex, eta: typing.SupportsFloat | typing.SupportsIndex, seed: typing.SupportsInt | typing.SupportsIndex = 1) -> PlantedGraph:
    """
    Planted signed stochastic block model SSBM(n, k, p, eta) (Cucuringu et al. 2019).
    
    k blocks of (nearly) equal size; every pair is a tie with probability ``p``,
    positive inside a block and negative between blocks, then each sign is flipped
    with probability ``eta``. With ``eta=0`` the blocks are the coalitions of a
    (weakly, for k > 2) balanced graph.
    
    Parameters
    ----------
    n, k : int
    p, eta : float in [0, 1]
    seed : int, default 1
    
    Returns
    -------
    PlantedGraph
    """
def signed_bipartite(n1: typing.SupportsInt | typing.SupportsIndex, n2: typing.SupportsInt | typing.SupportsIndex, p: typing.SupportsFloat | typing.SupportsIndex, negative: typing.SupportsFloat | typing.SupportsIndex, seed: typing.SupportsInt | typing.SupportsIndex = 1) -> PlantedGraph:
    """
    Random signed bipartite graph (signnet's ``sample_bipartite_signed``): each of
    the n1 * n2 pairs across the modes is a tie with probability ``p``, negative with
    probability ``negative``.
    
    Returns
    -------
    PlantedGraph
        ``membership`` is the mode (0 or 1) of every vertex.
    """
def signed_gnp(n: typing.SupportsInt | typing.SupportsIndex, p: typing.SupportsFloat | typing.SupportsIndex, negative: typing.SupportsFloat | typing.SupportsIndex, seed: typing.SupportsInt | typing.SupportsIndex = 1) -> kzsec._core.SignedGraph:
    """
    Signed Erdos-Renyi graph: each pair is a tie with probability ``p``, and each
    tie is negative (-1) with probability ``negative``, else positive (+1).
    
    Parameters
    ----------
    n : int
    p : float in [0, 1]
    negative : float in [0, 1]
    seed : int, default 1
    
    Returns
    -------
    SignedGraph
    
    Raises ValueError if a probability is outside [0, 1]. Expected O(n + m log m);
    releases the GIL. As signnet's ``sample_gnp_signed``.
    """
def signed_sbm(sizes: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], density: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"], negative: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"], seed: typing.SupportsInt | typing.SupportsIndex = 1) -> PlantedGraph:
    """
    Signed stochastic block model.
    
    A pair in blocks (a, b) is a tie with probability ``density[a, b]``, and the
    tie is negative with probability ``negative[a, b]``.
    
    Parameters
    ----------
    sizes : list of int
        Block sizes; vertices are numbered block after block.
    density, negative : (k, k) symmetric arrays with entries in [0, 1]
    seed : int, default 1
    
    Returns
    -------
    PlantedGraph
        ``graph`` and ``membership`` (block per vertex).
    
    Raises ValueError naming the entry of a matrix that is not k x k, not
    symmetric or outside [0, 1]. Expected O(n + k^2 + m log m); releases the GIL.
    """
