"""
Structural balance of signed graphs (see kzsec.balance).
"""
from __future__ import annotations
import collections.abc
import kzsec._core
import numpy
import numpy.typing
import typing
__all__: list[str] = ['BlockmodelGeneralResult', 'BlockmodelResult', 'ComplexTrianglesResult', 'CyclePartResult', 'DirectedSignedDegreeResult', 'DyadicConflictResult', 'FocalTriadsResult', 'FrustrationResult', 'NegativityResult', 'PartitionsResult', 'SignedClusteringResult', 'SignedTriadCensusResult', 'SignedTriadClass', 'SpectralClusteringResult', 'SpectralResult', 'TriangleResult', 'WalkResult', 'adjusted_rand_index', 'blockmodel', 'blockmodel_evaluate', 'blockmodel_general', 'complex_adjacency', 'complex_laplacian', 'complex_ties', 'count_complex_triangles', 'cycle_part', 'directed_signed_degree', 'dyadic_conflict', 'focal_triads', 'frustration', 'frustration_of', 'negativity', 'optimal_partitions', 'shares_with', 'signed_clustering', 'signed_spectral_clustering', 'signed_triad_census', 'spectral_index', 'triangle_index', 'walk_index']
class TriangleResult:
    """
    Result of triangle_index (census, indices, witnesses).
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
    def balanced(self) -> int:
        ...
    @property
    def balanced_weight(self) -> float:
        ...
    @property
    def census(self) -> tuple[int, int, int, int]:
        """
        Triangles with 0, 1, 2, 3 negative edges: (+++, ++-, +--, ---).
        """
    @property
    def convention(self) -> str:
        ...
    @property
    def index(self) -> float:
        """
        Share of balanced triangles (chosen convention).
        """
    @property
    def list_truncated(self) -> bool:
        ...
    @property
    def strong_index(self) -> float:
        ...
    @property
    def total_weight(self) -> float:
        ...
    @property
    def triangles(self) -> int:
        ...
    @property
    def unbalanced(self) -> int:
        ...
    @property
    def unbalanced_triangles(self) -> numpy.typing.NDArray[numpy.int64]:
        """
        Unbalanced triangles as an (k, 3) array of vertex indices (if requested).
        """
    @property
    def vertex_unbalanced(self) -> numpy.typing.NDArray[numpy.uint64]:
        """
        Per vertex: unbalanced triangles through it (cross-pressure).
        """
    @property
    def weak(self) -> bool:
        ...
    @property
    def weak_index(self) -> float:
        ...
    @property
    def weighting(self) -> str:
        ...
class WalkResult:
    """
    Result of walk_index.
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
    def balanced_share(self) -> float:
        ...
    @property
    def beta(self) -> float:
        ...
    @property
    def convention(self) -> str:
        ...
    @property
    def eigenvalues_used(self) -> int:
        ...
    @property
    def exact(self) -> bool:
        """
        All eigenvalues were used (dense method).
        """
    @property
    def index(self) -> float:
        ...
    @property
    def index_lower(self) -> float:
        """
        Proven lower bound on K (= index when exact).
        """
    @property
    def index_upper(self) -> float:
        """
        Proven upper bound on K (= index when exact).
        """
    @property
    def lack_of_balance(self) -> float:
        ...
    @property
    def lambda_max_signed(self) -> float:
        ...
    @property
    def lambda_max_unsigned(self) -> float:
        ...
    @property
    def log_trace_signed(self) -> float:
        ...
    @property
    def log_trace_unsigned(self) -> float:
        ...
    @property
    def method(self) -> str:
        """
        Method used: 'dense' or 'sparse' (truncated).
        """
class SpectralResult:
    """
    Result of spectral_index.
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
    def component(self) -> str:
        ...
    @property
    def convention(self) -> str:
        ...
    @property
    def isolated(self) -> int:
        ...
    @property
    def lambda_max(self) -> float:
        ...
    @property
    def lambda_min(self) -> float:
        ...
    @property
    def method(self) -> str:
        """
        Method used: 'dense' (LAPACK) or 'sparse' (Lanczos).
        """
    @property
    def normalized(self) -> bool:
        ...
    @property
    def relative(self) -> float:
        ...
    @property
    def vector(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
        ...
    @property
    def vertices(self) -> numpy.typing.NDArray[numpy.uint64]:
        ...
class FrustrationResult:
    """
    Result of frustration (L, bounds, partition).
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
    def blocks(self) -> int:
        ...
    @property
    def certified_gap(self) -> float:
        """
        upper_bound / lower_bound (1 if L = 0, inf if the lower bound is 0).
        """
    @property
    def convention(self) -> str:
        ...
    @property
    def frustrated_edges(self) -> numpy.typing.NDArray[numpy.int64]:
        """
        Frustrated edges as a (L, 2) array of vertex indices (u < v).
        """
    @property
    def frustration(self) -> float:
        ...
    @property
    def lower_bound(self) -> float:
        ...
    @property
    def method(self) -> str:
        ...
    @property
    def nodes(self) -> int:
        ...
    @property
    def normalised(self) -> float:
        """
        Normalised frustration F = 1 - 2L/m (weighted: 1 - 2L/sum|w|); 1 without ties.
        """
    @property
    def normalized(self) -> float:
        """
        Deprecated alias of ``normalised`` (issue #14); warns.
        """
    @property
    def optimal(self) -> bool:
        ...
    @property
    def partition(self) -> numpy.typing.NDArray[numpy.int32]:
        """
        s_v in {+1, -1} per vertex: the two coalitions.
        """
    @property
    def reduced_vertices(self) -> int:
        ...
    @property
    def seconds(self) -> float:
        ...
    @property
    def spectral_bound(self) -> float:
        """
        Spectral lower bound sum over blocks of lambda_min(L) n / 4 (heuristic only).
        """
    @property
    def upper_bound(self) -> float:
        ...
    @property
    def weighted(self) -> bool:
        ...
class BlockmodelResult:
    """
    Result of blockmodel.
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
    def alpha(self) -> float:
        ...
    @property
    def blocks_used(self) -> int:
        ...
    @property
    def convention(self) -> str:
        ...
    @property
    def criterion(self) -> float:
        ...
    @property
    def k(self) -> int:
        ...
    @property
    def membership(self) -> numpy.typing.NDArray[numpy.uint64]:
        ...
    @property
    def negative_within(self) -> float:
        ...
    @property
    def nodes(self) -> int:
        ...
    @property
    def optimal(self) -> bool:
        ...
    @property
    def positive_between(self) -> float:
        ...
class CyclePartResult:
    """
    The ties on a cycle (the graph minus its bridges) and the ties left out.
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
        Same vertices, only the ties on a cycle.
        """
    @property
    def removed(self) -> list:
        """
        The ties on no cycle (bridges and pendant ties) as (u, v, weight), u < v, sorted.
        """
    @property
    def vertices_on_cycles(self) -> int:
        ...
class PartitionsResult:
    """
    Every optimal partition of the frustration index (capped).
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
    def complete(self) -> bool:
        ...
    @property
    def component_counts(self) -> list[int]:
        ...
    @property
    def count(self) -> int:
        ...
    @property
    def frustration(self) -> float:
        ...
    @property
    def method(self) -> str:
        ...
    @property
    def partitions(self) -> numpy.typing.NDArray[numpy.int32]:
        """
        The optimal partitions, one row of +1/-1 per partition (numpy array).
        """
    @property
    def unique(self) -> bool:
        ...
    @property
    def weighted(self) -> bool:
        ...
class FocalTriadsResult:
    """
    Result of focal_triads (counts by type, triads).
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
    def closed(self) -> int:
        """
        Triangles through the focal actor.
        """
    @property
    def counts(self) -> dict:
        """
        Count per type, a dict {type name: count} (closed types first, then open).
        """
    @property
    def focal(self) -> int:
        ...
    @property
    def list_truncated(self) -> bool:
        ...
    @property
    def open(self) -> int:
        """
        Open paths focal - u - v (v not tied to the focal actor).
        """
    @property
    def triads(self) -> list:
        """
        Listed triads (u, v, type) if requested: closed first, then open paths focal - u - v.
        """
    @property
    def unbalanced(self) -> int:
        """
        Unbalanced closed triads (strong balance).
        """
    @property
    def unbalanced_weak(self) -> int:
        """
        Unbalanced closed triads under weak balance.
        """
class SignedClusteringResult:
    """
    Result of signed_clustering (local and global, signed and unsigned).
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
    def average_local(self) -> float:
        """
        Mean of local over all vertices (NaN for an empty graph).
        """
    @property
    def balanced_triangles(self) -> int:
        ...
    @property
    def global_signed(self) -> float:
        """
        Global signed clustering coefficient C_s = 3 * sign_sum / wedges (NaN without wedges).
        """
    @property
    def global_unsigned(self) -> float:
        """
        Global clustering coefficient C = 3 * triangles / wedges (NaN without wedges).
        """
    @property
    def local(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        Local signed clustering coefficient per vertex (0 if degree < 2).
        """
    @property
    def local_unsigned(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        Local (unsigned) clustering coefficient per vertex (0 if degree < 2).
        """
    @property
    def relative(self) -> float:
        """
        C_s / C (NaN if C is 0 or NaN).
        """
    @property
    def sign_sum(self) -> int:
        """
        Sum over triangles of the product of the three signs (balanced - unbalanced).
        """
    @property
    def triangles(self) -> int:
        ...
    @property
    def wedges(self) -> int:
        """
        Sum over vertices of C(degree, 2).
        """
class NegativityResult:
    """
    Result of negativity.
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
    def edges(self) -> int:
        ...
    @property
    def negative(self) -> int:
        ...
    @property
    def negativity(self) -> float:
        """
        negative / edges (NaN without ties).
        """
class DyadicConflictResult:
    """
    Result of dyadic_conflict.
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
    def arcs(self) -> int:
        ...
    @property
    def conflict(self) -> float:
        """
        Dyadic conflict eta = conflicting / reciprocated (NaN if none reciprocated).
        """
    @property
    def conflicting(self) -> int:
        """
        Reciprocated pairs whose two arcs have opposite signs.
        """
    @property
    def conflicting_pairs(self) -> list[tuple[int, int]]:
        """
        The conflicting pairs (u, v), u < v, sorted.
        """
    @property
    def n(self) -> int:
        ...
    @property
    def negative_arcs(self) -> int:
        ...
    @property
    def negativity(self) -> float:
        """
        negative_arcs / arcs (NaN without arcs).
        """
    @property
    def reciprocated(self) -> int:
        """
        Pairs {u, v} with arcs in both directions.
        """
class DirectedSignedDegreeResult:
    """
    Result of directed_signed_degree (one entry per vertex).
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
    def in_negative(self) -> numpy.typing.NDArray[numpy.float64]:
        ...
    @property
    def in_net(self) -> numpy.typing.NDArray[numpy.float64]:
        ...
    @property
    def in_positive(self) -> numpy.typing.NDArray[numpy.float64]:
        ...
    @property
    def in_ratio(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        in_positive / (in_positive + in_negative); NaN without arcs received.
        """
    @property
    def out_negative(self) -> numpy.typing.NDArray[numpy.float64]:
        ...
    @property
    def out_net(self) -> numpy.typing.NDArray[numpy.float64]:
        ...
    @property
    def out_positive(self) -> numpy.typing.NDArray[numpy.float64]:
        ...
    @property
    def out_ratio(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        out_positive / (out_positive + out_negative); NaN without arcs sent.
        """
    @property
    def weighted(self) -> bool:
        ...
class SignedTriadClass:
    """
    One class of signed triads and its count.
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
    def count(self) -> int:
        ...
    @property
    def man(self) -> str:
        """
        The unsigned Holland-Leinhardt type.
        """
    @property
    def name(self) -> str:
        """
        MAN type, '-', then the signs (P, N, 0) of the arcs ab, ba, ac, ca, bc, cb of the representative.
        """
    @property
    def positive_semicycles(self) -> int:
        ...
    @property
    def semicycles(self) -> int:
        """
        3-semicycles of one triad of the class.
        """
class SignedTriadCensusResult:
    """
    Result of signed_triad_census.
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
        One row per record of a list field (default: the first, ``classes``), as a pandas DataFrame.
        
                Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
                Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
                
        """
    @property
    def balance(self) -> float:
        """
        Positive / all 3-semicycles (Cartwright-Harary degree of balance; NaN without any).
        """
    @property
    def classes(self) -> list[SignedTriadClass]:
        """
        All 138 classes, with their counts.
        """
    @property
    def n(self) -> int:
        ...
    @property
    def positive_semicycles(self) -> int:
        ...
    @property
    def semicycles(self) -> int:
        ...
    @property
    def unsigned_census(self) -> list[tuple[str, int]]:
        """
        (type, count) for the 16 unsigned types: the usual triad census.
        """
class BlockmodelGeneralResult:
    """
    Result of blockmodel_general (criterion, membership, violating ties).
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
    def alpha(self) -> float:
        ...
    @property
    def block_sizes(self) -> numpy.typing.NDArray[numpy.uint64]:
        ...
    @property
    def criterion(self) -> float:
        """
        2 [alpha N + (1 - alpha) P] (each tie counted twice, as signnet and blockmodel).
        """
    @property
    def evaluated(self) -> int:
        """
        Assignments enumerated (exact) or local-search moves made (heuristic).
        """
    @property
    def k(self) -> int:
        ...
    @property
    def membership(self) -> numpy.typing.NDArray[numpy.uint64]:
        """
        Block per vertex, 0..k-1 (block a is row a of the image).
        """
    @property
    def method(self) -> str:
        """
        'exact' or 'heuristic'.
        """
    @property
    def negative_in_positive(self) -> float:
        """
        N: negative ties in blocks whose image is +1.
        """
    @property
    def optimal(self) -> bool:
        """
        Proven optimal (every assignment enumerated).
        """
    @property
    def positive_in_negative(self) -> float:
        """
        P: positive ties in blocks whose image is -1.
        """
    @property
    def violations(self) -> list:
        """
        The violating ties (u, v, weight), u < v, sorted.
        """
class SpectralClusteringResult:
    """
    Result of signed_spectral_clustering (membership, spectrum, eigengaps, embedding, criterion).
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
    def block_sizes(self) -> numpy.typing.NDArray[numpy.uint64]:
        ...
    @property
    def criterion(self) -> float:
        """
        The same criterion of membership (after the polish, if any).
        """
    @property
    def criterion_spectral(self) -> float:
        """
        Blockmodel criterion 2 [alpha N + (1 - alpha) P] of the k-means partition.
        """
    @property
    def eigen_method(self) -> str:
        """
        The solver used: 'dense' or 'sparse'.
        """
    @property
    def eigengaps(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
        """
        eigengaps[j] = eigenvalues[j + 1] - eigenvalues[j].
        """
    @property
    def eigenvalues(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
        """
        The `spectrum` smallest eigenvalues, ascending (generalised ones for SPONGE).
        """
    @property
    def embedding(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        """
        n x dimensions: the eigenvectors used (unit columns); rows of vertices without ties are 0.
        """
    @property
    def isolated(self) -> int:
        """
        Vertices without ties (not embedded; in cluster 0).
        """
    @property
    def k(self) -> int:
        ...
    @property
    def kmeans_inertia(self) -> float:
        ...
    @property
    def membership(self) -> numpy.typing.NDArray[numpy.uint64]:
        """
        Cluster per vertex, 0..k-1 (numbered by first appearance before the polish).
        """
    @property
    def method(self) -> str:
        ...
    @property
    def moves(self) -> int:
        """
        Single-vertex moves made by the polish.
        """
    @property
    def suggested_k(self) -> int:
        """
        2 + the index of the largest eigengap: j small eigenvalues then a jump suggest j + 1 clusters.
        """
class ComplexTrianglesResult:
    """
    Result of count_complex_triangles: triangles by the kinds of their ties.
    """
    def __repr__(self, depth: int = 0) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The counts as a dict name -> count, in signnet's order.
        """
    @property
    def counts(self) -> numpy.typing.NDArray[numpy.uint64]:
        """
        Triangles of each type, in the order of names.
        """
    @property
    def names(self) -> list:
        """
        PPP, PPN, PNN, NNN, PPA, PNA, NNA, PAA, NAA, AAA (signnet's order).
        """
    @property
    def triangles(self) -> int:
        """
        All triangles.
        """
def adjusted_rand_index(a: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], b: typing.Annotated[numpy.typing.ArrayLike, numpy.int64]) -> float:
    """
    Adjusted Rand index of two partitions of the same items (Hubert & Arabie 1985).
    
    With n_ij the items in cluster i of ``a`` and cluster j of ``b``, row and
    column sums a_i, b_j and C(x) = x(x - 1)/2::
    
        ARI = (sum C(n_ij) - E) / ((sum C(a_i) + sum C(b_j)) / 2 - E),
        E = sum C(a_i) * sum C(b_j) / C(n)
    
    1 for the same partition (whatever the labels), 0 in expectation for
    independent random partitions, negative below chance. Two partitions that are
    both one cluster, or both all singletons, give 1. Use it to compare a
    recovered partition (``signed_spectral_clustering(...).membership``, a
    blockmodel's ``partition``) with planted blocks or known blocs.
    
    Parameters
    ----------
    a, b : array-like of int, length n >= 2
        The cluster label of each item; any integers.
    
    Returns
    -------
    float
    
    Raises
    ------
    ValueError
        If the lengths differ, n < 2, or a label is not an integer in the range of
        a C int.
    
    Notes
    -----
    Complexity: O(n log n). Reference: L. Hubert and P. Arabie (1985),
    "Comparing partitions", Journal of Classification 2:193-218.
    """
def blockmodel(g: kzsec._core.SignedGraph, k: typing.SupportsInt | typing.SupportsIndex, alpha: typing.SupportsFloat | typing.SupportsIndex = 0.5, method: str = 'auto', seed: typing.SupportsInt | typing.SupportsIndex = 1, restarts: typing.SupportsInt | typing.SupportsIndex = 50, weighted: bool = False, time_limit: typing.SupportsFloat | typing.SupportsIndex = 60.0) -> BlockmodelResult:
    """
    Doreian-Mrvar signed blockmodel with at most k blocks.
    
    Criterion P = 2 [alpha N + (1 - alpha) P] with N negative edges inside blocks and
    P positive edges between blocks (each undirected edge counted as two arcs, as in
    Doreian & Mrvar and signnet); at alpha = 0.5 it is the number of violating edges.
    
    Parameters
    ----------
    g : SignedGraph
    k : int
    alpha : float in [0, 1], default 0.5
    method : {"auto", "exact", "heuristic"}
        "auto": exact for n <= 24.
    seed, restarts : int
    weighted : bool
    time_limit : float, seconds (exact search)
    
    Returns
    -------
    BlockmodelResult
        criterion, negative_within, positive_between, membership (numpy array), optimal.
    
    Complexity: exact O(k^n) worst case; heuristic O(restarts * passes * (n k + m)). Releases the GIL.
    """
def blockmodel_evaluate(g: kzsec._core.SignedGraph, image: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"], membership: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], alpha: typing.SupportsFloat | typing.SupportsIndex = 0.5, weighted: bool = False) -> BlockmodelGeneralResult:
    """
    The blockmodel criterion of a given membership under a given image (no search).
    
    Parameters
    ----------
    g : SignedGraph
    image : array (k, k)
        Symmetric, entries +1 or -1.
    membership : sequence of int
        Block per vertex (n entries, each < k).
    alpha : float, default 0.5
    weighted : bool, default False
    
    Returns
    -------
    BlockmodelGeneralResult
        criterion, negative_in_positive, positive_in_negative, violations, block_sizes
        of this membership (method "given", optimal False).
    
    Raises ValueError for a bad image, alpha, or a membership of the wrong length or with
    an entry >= k. Releases the GIL.
    """
def blockmodel_general(g: kzsec._core.SignedGraph, image: typing.Annotated[numpy.typing.ArrayLike, numpy.float64, "[m, n]"], alpha: typing.SupportsFloat | typing.SupportsIndex = 0.5, method: str = 'auto', seed: typing.SupportsInt | typing.SupportsIndex = 1, restarts: typing.SupportsInt | typing.SupportsIndex = 50, weighted: bool = False, max_exact_assignments: typing.SupportsInt | typing.SupportsIndex = 20000000, start: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] = []) -> BlockmodelGeneralResult:
    """
    Generalised signed blockmodel with a given image (signnet's signed_blockmodel_general).
    
    Finds the membership c (block 0..k-1 per vertex; blocks may be empty) minimising
    alpha * N + (1 - alpha) * P, N the negative ties in blocks whose image entry is
    +1 and P the positive ties in blocks whose image entry is -1.
    
    Parameters
    ----------
    g : SignedGraph
    image : array (k, k)
        Symmetric, entries +1 or -1; block a takes row a.
    alpha : float, default 0.5
    method : {"auto", "exact", "heuristic"}
        exact enumerates all k**n assignments (proven optimum); heuristic is a
        seeded local search (best single-vertex moves) from ``restarts`` random
        starts; auto is exact when k**n <= max_exact_assignments.
    seed, restarts : int
    weighted : bool, default False
        Count |w| instead of 1 per tie.
    max_exact_assignments : int, default 20,000,000
    start : sequence of int, optional
        A membership (block per vertex, < k): one local search from it instead of the
        random starts (method "auto" then means "heuristic"; "exact" is refused).
    
    Returns
    -------
    BlockmodelGeneralResult
        criterion (2 [alpha N + (1 - alpha) P], each tie counted twice as in signnet),
        negative_in_positive, positive_in_negative, membership, violations,
        block_sizes, optimal, method, evaluated.
    
    Raises ValueError for a bad image, alpha outside [0, 1], restarts = 0, or an
    exact request beyond max_exact_assignments. Releases the GIL.
    """
def complex_adjacency(src: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], dst: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], kind: collections.abc.Sequence[str], n: typing.SupportsInt | typing.SupportsIndex = 0) -> typing.Annotated[numpy.typing.NDArray[numpy.complex128], "[m, n]"]:
    """
    Hermitian complex adjacency matrix of a graph with ambivalent ties (signnet's as_adj_complex).
    
    For a tie u - v with u < v: A[u, v] = 1 (P), 1j (N) or 0.5 + 0.5j (A), and
    A[v, u] = conj(A[u, v]): the real part is the positive share of the tie, the
    imaginary part its negative share.
    
    Parameters
    ----------
    src, dst : array of int
        The ties src[k] - dst[k] (undirected; each pair once).
    kind : sequence of str
        The kind of each tie: signnet's codes "P", "N", "A" (or "positive",
        "negative", "ambivalent").
    n : int, default 0
        Number of vertices (0: 1 + the largest index).
    
    Returns
    -------
    numpy.ndarray of complex128, shape (n, n)
    
    Raises ValueError on an index >= n, a self-loop, a pair given twice or an unknown kind.
    Releases the GIL.
    """
def complex_laplacian(src: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], dst: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], kind: collections.abc.Sequence[str], n: typing.SupportsInt | typing.SupportsIndex = 0, normalised: bool = False) -> typing.Annotated[numpy.typing.NDArray[numpy.complex128], "[m, n]"]:
    """
    Complex Laplacian of a graph with ambivalent ties (signnet's laplacian_matrix_complex).
    
    L = D - A with D = diag(sum_j |A_ij|) (1 per P or N tie, 1/sqrt(2) per A tie);
    normalised: L = I - D^-1/2 A D^-1/2 (a vertex without ties gets the row of I).
    Hermitian and positive semidefinite.
    
    Parameters
    ----------
    src, dst : array of int
        The ties src[k] - dst[k] (undirected; each pair once).
    kind : sequence of str
        The kind of each tie: signnet's codes "P", "N", "A" (or "positive",
        "negative", "ambivalent").
    n : int, default 0
        Number of vertices (0: 1 + the largest index).
    normalised : bool, default False
    
    Returns
    -------
    numpy.ndarray of complex128, shape (n, n)
    
    Raises ValueError as complex_adjacency. Releases the GIL.
    """
def complex_ties(g: kzsec._core.SignedGraph, ambivalent: collections.abc.Sequence[tuple[typing.SupportsInt | typing.SupportsIndex, typing.SupportsInt | typing.SupportsIndex]] = []) -> tuple[numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.int64], typing.Any]:
    """
    The ties of a signed graph as (src, dst, kind) arrays, some marked ambivalent.
    
    Positive ties get kind "P", negative ones "N", and the pairs listed in
    ``ambivalent`` (each a tie of g, given as (u, v) vertex indices in either order)
    "A" whatever their sign. SignedGraph itself stores one real weight per tie;
    ambivalent ties live in these arrays, which complex_adjacency,
    complex_laplacian and count_complex_triangles take.
    
    Returns
    -------
    tuple of (src, dst, kind)
        int64 arrays with src < dst, sorted, and a numpy array of one-letter codes.
    
    Raises ValueError if a listed pair is not a tie of g or is listed twice.
    """
def count_complex_triangles(src: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], dst: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], kind: collections.abc.Sequence[str], n: typing.SupportsInt | typing.SupportsIndex = 0) -> ComplexTrianglesResult:
    """
    Triangles by the kinds of their three ties (signnet's count_complex_triangles).
    
    Parameters
    ----------
    src, dst : array of int
        The ties src[k] - dst[k] (undirected; each pair once).
    kind : sequence of str
        The kind of each tie: signnet's codes "P", "N", "A" (or "positive",
        "negative", "ambivalent").
    n : int, default 0
        Number of vertices (0: 1 + the largest index).
    
    Returns
    -------
    ComplexTrianglesResult
        counts (in the order of names: PPP, PPN, PNN, NNN, PPA, PNA, NNA, PAA, NAA,
        AAA), names, triangles, to_dict().
    
    Raises ValueError as complex_adjacency. O(m^1.5); releases the GIL.
    """
def cycle_part(g: kzsec._core.SignedGraph) -> CyclePartResult:
    """
    The part of a signed graph that can be unbalanced: the graph minus its bridges.
    
    An edge lies on no cycle iff it is a bridge; balance is a property of cycles
    (Harary 1953), so removing the bridges never changes the frustration index.
    One pass suffices (the result is bridgeless). Unlike the 2-core it drops a
    bridge between two cycles.
    
    Returns
    -------
    CyclePartResult
        graph (same vertices), removed [(u, v, weight)], vertices_on_cycles.
    
    Complexity: O(n + m).
    """
def directed_signed_degree(src: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], dst: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], sign: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n: typing.SupportsInt | typing.SupportsIndex = 0, weighted: bool = False) -> DirectedSignedDegreeResult:
    """
    Positive, negative, net and ratio out- and in-degrees of a directed signed network.
    
    Parameters
    ----------
    src, dst : array of int
        The arcs src[k] -> dst[k].
    sign : array of float
        Signed weight of each arc (0 is an error).
    n : int, default 0
        Number of vertices (0: 1 + the largest index).
    weighted : bool, default False
        Sum |weights| instead of counting arcs.
    
    Returns
    -------
    DirectedSignedDegreeResult
        out_positive, out_negative, out_net, out_ratio, in_positive, in_negative,
        in_net, in_ratio (numpy arrays, one entry per vertex).
    
    Raises ValueError on bad arcs (see dyadic_conflict). O(m log m); releases the GIL.
    """
def dyadic_conflict(src: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], dst: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], sign: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n: typing.SupportsInt | typing.SupportsIndex = 0) -> DyadicConflictResult:
    """
    Dyadic conflict of a directed signed network (KONECT's statistic eta).
    
    eta = share of reciprocated pairs (arcs u -> v and v -> u) whose two arcs have
    opposite signs; also the negativity over arcs. kzsec has no directed graph type
    (SignedGraph is undirected): the arcs are given as arrays.
    
    Parameters
    ----------
    src, dst : array of int
        The arcs src[k] -> dst[k] (vertex indices 0..n-1).
    sign : array of float
        Signed weight of each arc (only its sign is used; 0 is an error).
    n : int, default 0
        Number of vertices (0: 1 + the largest index).
    
    Returns
    -------
    DyadicConflictResult
        n, arcs, negative_arcs, negativity, reciprocated, conflicting, conflict,
        conflicting_pairs.
    
    Raises ValueError on a self-loop, a repeated arc, a zero or non-finite sign, an
    index >= n or arrays of different lengths. O(m log m); releases the GIL (the
    arrays are copied first).
    """
def focal_triads(g: kzsec._core.SignedGraph, focal: typing.Any, list: bool = False, max_listed: typing.SupportsInt | typing.SupportsIndex = 1000000) -> FocalTriadsResult:
    """
    The triads around a focal actor, by type and by the focal actor's position.
    
    Closed triads (the focal actor f tied to u and v, u tied to v), named from f's
    point of view: friends_friendly (+ + | +), friends_hostile (+ + | -, unbalanced),
    friend_enemy_friendly (+ - | +, a friend is a friend of an enemy, unbalanced),
    friend_enemy_hostile (+ - | -), enemies_friendly (- - | +), enemies_hostile
    (- - | -, unbalanced under strong balance only). Open paths f - u - v (v not
    tied to f): friend_of_friend, enemy_of_friend, friend_of_enemy, enemy_of_enemy.
    
    Parameters
    ----------
    g : SignedGraph
    focal : str or int
        Label or vertex index of the focal actor.
    list : bool, default False
        Fill ``triads`` with (u, v, type).
    max_listed : int
    
    Returns
    -------
    FocalTriadsResult
        counts (dict by type), closed, open, unbalanced (= triangle_index's
        vertex_unbalanced of the focal actor), unbalanced_weak, triads.
    
    Raises KeyError for an unknown label, ValueError for an index out of range.
    O(n + sum of the degrees of f's neighbours); releases the GIL.
    """
def frustration(g: kzsec._core.SignedGraph, method: str = 'auto', time_limit: typing.SupportsFloat | typing.SupportsIndex = 60.0, seed: typing.SupportsInt | typing.SupportsIndex = 1, weighted: bool = False, restarts: typing.SupportsInt | typing.SupportsIndex = 16) -> FrustrationResult:
    """
    Frustration (line) index L: least number (weight) of edges whose sign change balances the graph.
    
    L = min over s in {+1,-1}^n of sum over edges of w_ij [sigma_ij s_i s_j < 0];
    F = 1 - 2L/m (weighted: 1 - 2L / sum |w|).
    
    Parameters
    ----------
    g : SignedGraph
    method : {"auto", "exact", "heuristic"}
        "exact": branch and bound to proven optimality (bounds if the time limit
        is hit); "heuristic": local search plus a cycle-packing lower bound.
    time_limit : float, seconds
    seed : int
    weighted : bool, default False
    restarts : int
        Local-search starts per block.
    
    Returns
    -------
    FrustrationResult
        frustration, lower_bound, upper_bound, optimal, normalised, partition
        (numpy array of +1/-1), frustrated_edges, nodes, seconds, convention.
    
    Complexity: exponential in the worst case (NP-hard); see docs/balance.md. Releases the GIL.
    """
def frustration_of(g: kzsec._core.SignedGraph, partition: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], weighted: bool = False) -> float:
    """
    Number (weight) of edges frustrated by a +1/-1 partition. Complexity: O(n + m).
    """
def negativity(g: kzsec._core.SignedGraph) -> NegativityResult:
    """
    Negativity: the share of negative ties, negative / edges (KONECT's statistic zeta).
    
    Parameters
    ----------
    g : SignedGraph
    
    Returns
    -------
    NegativityResult
        edges, negative, negativity (NaN for a graph without ties).
    
    O(m). For the share of negative arcs of a directed network, see dyadic_conflict.
    """
def optimal_partitions(g: kzsec._core.SignedGraph, weighted: bool = False, method: str = 'auto', enumerate_max_vertices: typing.SupportsInt | typing.SupportsIndex = 16, max_count: typing.SupportsInt | typing.SupportsIndex = 10000, time_limit: typing.SupportsFloat | typing.SupportsIndex = 10.0) -> PartitionsResult:
    """
    Every optimal partition (coalitions of least frustration), and their number.
    
    Partitions are normalised as in ``frustration`` (the first vertex of every
    component on +1); components multiply. Per component: enumeration of all
    2^(n-1) bipartitions (``method="enumeration"``, components up to 24 vertices)
    or a depth-first branch and bound that lists every partition of value L.
    
    Returns
    -------
    PartitionsResult
        frustration, count (exact if ``complete``, else a lower bound), unique,
        component_counts, partitions (numpy array, at most ``max_count`` rows), method.
    
    Complexity: O(2^(n-1) m) per enumerated component; exponential worst case otherwise.
    """
def shares_with(g: kzsec._core.SignedGraph, focal: str, partitions: typing.Annotated[numpy.typing.ArrayLike, numpy.int32]) -> dict:
    """
    For every actor of the focal's component, the share of the partitions (rows of +1/-1) that put it on the focal's side, as a dict. Complexity: O(P n).
    """
def signed_clustering(g: kzsec._core.SignedGraph) -> SignedClusteringResult:
    """
    Signed clustering coefficient (Kunegis, Lommatzsch & Bauckhage 2009), local and global.
    
    c_u = sum over tied pairs {v, w} of u's neighbours of sign(uv) sign(uw) sign(vw),
    divided by C(d_u, 2) (0 if d_u < 2); C_s = 3 * sum over triangles of the sign
    product / number of wedges. Weights enter by their sign.
    
    Parameters
    ----------
    g : SignedGraph
    
    Returns
    -------
    SignedClusteringResult
        local, local_unsigned (numpy arrays in vertex order), global_signed (C_s),
        global_unsigned (C), relative (C_s / C), average_local,
        wedges, triangles, balanced_triangles, sign_sum.
    
    O(m^1.5); releases the GIL.
    """
def signed_spectral_clustering(g: kzsec._core.SignedGraph, k: typing.SupportsInt | typing.SupportsIndex = 2, method: str = 'sponge', tau_p: typing.SupportsFloat | typing.SupportsIndex = 1.0, tau_n: typing.SupportsFloat | typing.SupportsIndex = 1.0, dimensions: typing.SupportsInt | typing.SupportsIndex = 0, spectrum: typing.SupportsInt | typing.SupportsIndex = 0, weighted: bool = False, eigen_method: str = 'auto', sparse_tolerance: typing.SupportsFloat | typing.SupportsIndex = 1e-10, seed: typing.SupportsInt | typing.SupportsIndex = 1, kmeans_restarts: typing.SupportsInt | typing.SupportsIndex = 10, kmeans_iterations: typing.SupportsInt | typing.SupportsIndex = 300, polish: bool = True, alpha: typing.SupportsFloat | typing.SupportsIndex = 0.5) -> SpectralClusteringResult:
    """
    Spectral clustering of a signed graph: SPONGE, SPONGE_sym or the signed Laplacian.
    
    The vertices are embedded by the eigenvectors of the smallest eigenvalues of
    
    - "sponge": (L+ + tau_n D-) v = lambda (L- + tau_p D+) v  (Cucuringu et al. 2019),
    - "sponge_sym": (L+_sym + tau_n I) v = lambda (L-_sym + tau_p I) v,
    - "signed_laplacian": D_bar - A, D_bar = diag(sum_j |A_ij|)  (Kunegis et al. 2010),
    - "signed_laplacian_sym": I - D_bar^-1/2 A D_bar^-1/2,
    
    clustered by seeded k-means++ (the best of kmeans_restarts starts), then, with polish,
    improved by single-vertex moves that lower the blockmodel criterion
    2 [alpha N + (1 - alpha) P] (positive inside clusters, negative between; as blockmodel).
    
    Parameters
    ----------
    g : SignedGraph
    k : int, default 2
        Number of clusters (at most the vertices with a tie).
    method : {"sponge", "sponge_sym", "signed_laplacian", "signed_laplacian_sym"}
    tau_p, tau_n : float, default 1.0
        Regularisation of SPONGE (> 0).
    dimensions : int, default 0
        Eigenvectors in the embedding; 0: k - 1 for SPONGE (at least 1), k for the Laplacian.
    spectrum : int, default 0
        Smallest eigenvalues reported (eigengaps, suggested_k); 0: max(dimensions + 1, 10).
    weighted : bool, default False
        |w| instead of 1 per tie, in the matrices and the criterion.
    eigen_method : {"auto", "dense", "sparse"}
        auto: sparse (Lanczos) iff n >= 400 and 2m <= n**2 / 8.
    sparse_tolerance : float, default 1e-10
    seed : int, default 1
        Seed of k-means++.
    kmeans_restarts, kmeans_iterations : int, default 10, 300
    polish : bool, default True
    alpha : float, default 0.5
    
    Returns
    -------
    SpectralClusteringResult
        membership, block_sizes, eigenvalues, eigengaps, suggested_k, embedding,
        kmeans_inertia, criterion_spectral, criterion, moves, isolated, method, eigen_method.
    
    Raises ValueError for k = 0 or above the vertices with a tie, tau_p or tau_n not a
    finite positive number, alpha outside [0, 1], kmeans_restarts = 0 or an unknown
    method. Releases the GIL.
    """
def signed_triad_census(src: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], dst: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], sign: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n: typing.SupportsInt | typing.SupportsIndex = 0) -> SignedTriadCensusResult:
    """
    Signed triad census of a directed signed network, and its balance over 3-semicycles.
    
    Every triple of vertices is classified by the signs of its six possible arcs,
    up to relabelling the vertices: 138 classes (the classes of signnet's
    triad_census_signed, spelled with kzsec's representatives: MAN type, then the
    signs of the arcs ab, ba, ac, ca, bc, cb of the smallest labelling under
    0 < N < P). balance is the share of positive 3-semicycles (one arc per pair of
    a triple, either direction; Cartwright & Harary 1956).
    
    Parameters
    ----------
    src, dst : array of int
    sign : array of float
    n : int, default 0
    
    Returns
    -------
    SignedTriadCensusResult
        classes (138 SignedTriadClass: name, man, count, semicycles,
        positive_semicycles; ``to_frame()`` gives a DataFrame), unsigned_census
        (the 16 usual types), semicycles, positive_semicycles, balance.
    
    Raises ValueError on bad arcs. O(m log m + sum of squared degrees); releases the GIL.
    """
def spectral_index(g: kzsec._core.SignedGraph, normalized: bool = False, component: str = 'whole', weighted: bool = False, eigenvector: bool = False, method: str = 'auto', sparse_tolerance: typing.SupportsFloat | typing.SupportsIndex = 1e-10) -> SpectralResult:
    """
    Smallest eigenvalue of the signed Laplacian D - A ("algebraic conflict").
    
    Parameters
    ----------
    g : SignedGraph
    normalized : bool, default False
        Use I - D^-1/2 A D^-1/2 (isolated vertices get a zero row).
    component : {"whole", "largest"}
        "largest" is KONECT's convention (largest connected component).
    weighted : bool, default False
    eigenvector : bool, default False
        Also return the eigenvector of lambda_min (a relaxed partition).
    method : {"auto", "dense", "sparse"}, default "auto"
        "dense": LAPACK on the n x n Laplacian. "sparse": Lanczos (Spectra) for
        lambda_min and lambda_max. "auto": sparse iff n >= 400 and 2m <= n^2 / 8.
    sparse_tolerance : float, default 1e-10
        Each eigenvalue is accurate to about sparse_tolerance * 3 * (max row sum of abs(L)).
    
    Returns
    -------
    SpectralResult
        lambda_min, lambda_max, relative = lambda_min n / (8 m), vertices used, method.
    
    Complexity: dense O(n^3); sparse O(m) per Lanczos step, O(n + m) memory. Releases the GIL.
    """
def triangle_index(g: kzsec._core.SignedGraph, weak: bool = False, weighting: str = 'sign', list_unbalanced: bool = False, max_listed: typing.SupportsInt | typing.SupportsIndex = 1000000) -> TriangleResult:
    """
    Triangle balance index with the signed triangle census.
    
    A triangle is balanced (strong, Cartwright-Harary) iff the product of its signs
    is positive; with ``weak=True`` (Davis) the all-negative triangle is balanced too.
    T = sum of balanced triangle weights / sum of all triangle weights, the weight
    being 1 (``weighting="sign"``) or |w_ij w_jk w_ki| (``"product"``, which gives
    T = (tr W^3 + tr |W|^3) / (2 tr |W|^3)). KONECT's triadic conflict is 1 - T.
    
    Parameters
    ----------
    g : SignedGraph
    weak : bool, default False
    weighting : {"sign", "product"}
    list_unbalanced : bool, default False
        Fill ``unbalanced_triangles``.
    max_listed : int
        Maximum number of listed triangles.
    
    Returns
    -------
    TriangleResult
        census (+++, ++-, +--, ---), index, strong_index, weak_index,
        unbalanced_triangles, vertex_unbalanced (cross-pressure), convention.
    
    Complexity: O(m^1.5). Releases the GIL.
    """
def walk_index(g: kzsec._core.SignedGraph, beta: typing.SupportsFloat | typing.SupportsIndex = 1.0, weighted: bool = False, method: str = 'auto', eigenvalues: typing.SupportsInt | typing.SupportsIndex = 32, dense_max_vertices: typing.SupportsInt | typing.SupportsIndex = 4000, sparse_tolerance: typing.SupportsFloat | typing.SupportsIndex = 1e-10) -> WalkResult:
    """
    Walk-based balance K(beta) = tr exp(beta A) / tr exp(beta |A|) (Estrada & Benzi 2014).
    
    Computed from the eigenvalues of A and |A| with shifted exponentials (no overflow).
    
    Parameters
    ----------
    g : SignedGraph
    beta : float, default 1.0
    weighted : bool, default False
        Use the weighted matrix instead of the sign matrix.
    method : {"auto", "dense", "sparse"}, default "auto"
        "dense": exact, all eigenvalues (LAPACK). "sparse": the truncated form, only the
        ``eigenvalues`` largest eigenvalues of A and abs(A) (Lanczos), with proven bounds
        index_lower <= K <= index_upper and index their midpoint. "auto": dense while
        n <= dense_max_vertices, else sparse.
    eigenvalues : int, default 32
        k, the eigenvalues kept by the truncated form.
    dense_max_vertices : int, default 4000
    sparse_tolerance : float, default 1e-10
    
    Returns
    -------
    WalkResult
        index K, balanced_share (1+K)/2, lack_of_balance (1-K)/(1+K), log traces,
        index_lower, index_upper, exact, method.
    
    Raises
    ------
    ValueError
        beta <= 0, empty graph, eigenvalues = 0 or an unknown method.
    ArithmeticError
        The sparse solver did not converge.
    
    Complexity: dense O(n^3); sparse O(k m) per Lanczos restart. Releases the GIL.
    """
