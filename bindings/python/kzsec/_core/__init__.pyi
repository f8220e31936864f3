"""
kzsec C++ core (private; use the `kzsec` package).
"""
from __future__ import annotations
import collections.abc
from kzsec._core.io import loads
from kzsec._core.io import read_csv_table
from kzsec._core.io import read_edge_list
from kzsec._core.io import read_network
from kzsec._core.io import to_json
from kzsec._core.io import write_dot
from kzsec._core.io import write_graphml
from kzsec._core.io import write_network
import numpy
import numpy.typing
import os
import scipy.sparse
import typing
from . import io
from . import world
from . import datasets
from . import balance
from . import generators
from . import significance
from . import centrality
from . import hedging
from . import similarity
from . import power
from . import scenario
from . import report
from . import cli
__all__: list[str] = ['Actor', 'CancelledPair', 'DomainInfo', 'Event', 'Membership', 'MembershipTie', 'Metric', 'Network', 'NetworkMetadata', 'ReductionReport', 'Relation', 'SignedGraph', 'balance', 'centrality', 'cli', 'datasets', 'generators', 'hedging', 'io', 'loads', 'max_draws', 'max_year', 'min_year', 'power', 'read_csv_table', 'read_edge_list', 'read_network', 'report', 'scenario', 'significance', 'similarity', 'to_json', 'world', 'write_dot', 'write_graphml', 'write_network']
class CancelledPair:
    """
    A pair whose input ties reduced to weight 0 (no edge).
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
    def u(self) -> int:
        """
        Index of the first vertex.
        """
    @property
    def v(self) -> int:
        """
        Index of the second vertex.
        """
    @property
    def weights(self) -> list[float]:
        """
        The input weights that cancelled.
        """
class MembershipTie:
    """
    A tie a snapshot added from a membership.
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
    def domain(self) -> str:
        ...
    @property
    def member(self) -> int:
        """
        Vertex of the member.
        """
    @property
    def organisation(self) -> int:
        """
        Vertex of the organisation.
        """
    @property
    def status(self) -> str:
        ...
    @property
    def value(self) -> float:
        """
        Value before the domain weight.
        """
class ReductionReport:
    """
    How the input ties were reduced to a simple undirected signed graph.
    """
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
        One row per record of a list field (default: the first, ``cancelled``), as a pandas DataFrame.
        
                Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
                Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
                
        """
    @property
    def cancelled(self) -> list[CancelledPair]:
        ...
    @property
    def directed_input(self) -> bool:
        ...
    @property
    def input_ties(self) -> int:
        ...
    @property
    def membership_ties(self) -> list[MembershipTie]:
        """
        Ties added from memberships (network snapshots), one per pair and domain.
        """
    @property
    def merged_pairs(self) -> int:
        ...
    @property
    def rule(self) -> str:
        ...
    @property
    def self_loops_dropped(self) -> int:
        ...
    @property
    def zero_weight_ties(self) -> int:
        ...
class SignedGraph:
    """
    An undirected, signed, weighted simple graph with labelled vertices.
    
    Every edge has a finite, non-zero weight whose sign is the sign of the tie.
    Directed or repeated input ties are reduced to one tie per pair by an explicit
    ``symmetrize`` rule; pairs whose ties cancel are listed in ``reduction.cancelled``.
    
    Symmetrisation rules (w_1..w_k: all input ties between u and v)
        ``"sum"``: w = sum w_i (KONECT: A = sign(W + W^T) after taking signs);
        ``"sign_sum"``: w = sign(sum sign(w_i)); ``"min"``; ``"max"``;
        ``"negative_wins"``: min if any tie is negative, else max;
        ``"error"``: several ties for a pair raise ``ValueError``.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_arrays(src: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], dst: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], weight: typing.Annotated[numpy.typing.ArrayLike, numpy.float64], n: typing.SupportsInt | typing.SupportsIndex | None = None, labels: collections.abc.Sequence[str] | None = None, directed: bool = False, symmetrize: str = 'sum', self_loops: str = 'error') -> SignedGraph:
        """
        Build a graph from three numpy arrays (sources, targets, weights) without a Python loop. Same rules as from_edges. Complexity: O(m log m); releases the GIL.
        """
    @staticmethod
    def from_edges(edges, *args, **kwargs):
        """
        from_edges(edges: collections.abc.Iterable, directed: bool = False, symmetrize: str = 'sum', self_loops: str = 'error', labels: collections.abc.Sequence[str] | None = None, n: typing.SupportsInt | typing.SupportsIndex | None = None) -> kzsec._core.SignedGraph
        
        
        Build a graph from ``(u, v, weight)`` triples.
        
        Parameters
        ----------
        edges : iterable of (u, v, weight)
            Endpoints are all strings (labels, vertices in order of first appearance)
            or all non-negative integers (indices). The weight is a number, or the
            sign ``"+"`` / ``"-"`` (weight +1 / -1).
        directed : bool
            Whether ties are directed (u -> v); they are reduced by ``symmetrize``.
        symmetrize : {"sum", "sign_sum", "min", "max", "negative_wins", "error"}
            How several ties between one pair are reduced (see the class docstring).
        self_loops : {"error", "drop"}
        labels, n : optional, integer input only
            Vertex labels and number of vertices.
        
        Returns
        -------
        SignedGraph
        
        Raises
        ------
        ValueError
            Non-finite weight, self-loop with ``self_loops="error"``, repeated ties
            with ``symmetrize="error"``.
        
        Complexity: O(m log m).
        
        Examples
        --------
        >>> g = SignedGraph.from_edges([("A", "B", 1.0), ("B", "C", -1.0)])
        >>> g.num_edges
        2
        
        """
    @staticmethod
    def from_matrix(matrix: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]", "flags.f_contiguous"], labels: collections.abc.Sequence[str] | None = None, directed: bool = False, symmetrize: str = 'sum', self_loops: str = 'error') -> SignedGraph:
        """
        Build a graph from a square signed adjacency matrix. A non-symmetric matrix needs directed=True (A[i, j] is the tie i -> j) and is reduced by `symmetrize`.
        """
    def __contains__(self, arg0: str) -> bool:
        ...
    def __copy__(self) -> SignedGraph:
        ...
    def __deepcopy__(self, memo: dict) -> SignedGraph:
        ...
    def __eq__(self, arg0: SignedGraph) -> bool:
        ...
    def __getstate__(self) -> tuple[int, list[str], list, tuple[str, bool, int, int, int, int, list, list]]:
        ...
    @typing.overload
    def __init__(self, n: typing.SupportsInt | typing.SupportsIndex) -> None:
        """
        A graph of n vertices labelled '0'..'n-1' and no edges.
        """
    @typing.overload
    def __init__(self, labels: collections.abc.Sequence[str]) -> None:
        """
        A graph with these vertex labels and no edges.
        """
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def _repr_html_(self) -> str:
        ...
    def add_vertex(self, label: str) -> int:
        ...
    def adjacency(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        """
        Dense signed adjacency matrix (numpy), in label order.
        """
    def components(self) -> tuple[numpy.ndarray, int]:
        """
        Connected components: (component id per vertex as numpy array, number of components).
        """
    def copy(self) -> SignedGraph:
        ...
    def edge_list(self) -> list[tuple[str, str, float]]:
        """
        Edges as (label_u, label_v, weight) tuples, sorted by vertex index.
        """
    def edges(self) -> tuple[numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.int64], numpy.typing.NDArray[numpy.float64]]:
        """
        Edges as three numpy arrays (u, v, weight) with u < v, sorted.
        """
    def index(self, label: str) -> int:
        """
        Vertex index of a label (KeyError if absent).
        """
    def induced_subgraph(self, vertices: collections.abc.Iterable) -> SignedGraph:
        """
        Subgraph induced by the given vertices (labels or indices), in that order.
        """
    def remove_edge(self, u: typing.Any, v: typing.Any) -> bool:
        ...
    def set_edge(self, u: typing.Any, v: typing.Any, weight: typing.SupportsFloat | typing.SupportsIndex) -> None:
        """
        Add or replace the tie u-v (labels or indices).
        """
    def sparse_adjacency(self) -> typing.Annotated[scipy.sparse.csc_matrix, numpy.float64]:
        """
        Sparse signed adjacency matrix (scipy.sparse CSC), in label order.
        """
    def weight(self, u: typing.Any, v: typing.Any) -> float:
        """
        Weight of the tie u-v (0.0 if none).
        """
    @property
    def labels(self) -> list[str]:
        """
        Vertex labels, in vertex order.
        """
    @property
    def num_edges(self) -> int:
        ...
    @property
    def num_negative_edges(self) -> int:
        ...
    @property
    def num_positive_edges(self) -> int:
        ...
    @property
    def num_vertices(self) -> int:
        ...
    @property
    def reduction(self) -> ReductionReport:
        """
        How the input was reduced: rule, merged and cancelled pairs.
        """
class Actor:
    """
    A state, organisation or non-state actor.
    """
    __hash__: typing.ClassVar[None] = None
    id: str
    landlocked: bool | None
    name: str
    region: str
    def __eq__(self, arg0: Actor) -> bool:
        ...
    def __init__(self, id: str, name: str = '', kind: str = 'state', region: str = '', landlocked: bool | None = None, capabilities: collections.abc.Mapping[typing.SupportsInt | typing.SupportsIndex, typing.SupportsFloat | typing.SupportsIndex] = {}, attributes: collections.abc.Mapping[str, str] = {}) -> None:
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
    def attributes(self) -> dict[str, str]:
        ...
    @attributes.setter
    def attributes(self, arg0: collections.abc.Mapping[str, str]) -> None:
        ...
    @property
    def capabilities(self) -> dict[int, float]:
        ...
    @capabilities.setter
    def capabilities(self, arg0: collections.abc.Mapping[typing.SupportsInt | typing.SupportsIndex, typing.SupportsFloat | typing.SupportsIndex]) -> None:
        ...
    @property
    def kind(self) -> str:
        """
        'state', 'organisation' or 'non_state'.
        """
    @kind.setter
    def kind(self, arg1: str) -> None:
        ...
class DomainInfo:
    """
    A domain (layer) of relations.
    """
    __hash__: typing.ClassVar[None] = None
    description: str
    id: str
    name: str
    def __eq__(self, arg0: DomainInfo) -> bool:
        ...
    def __init__(self, id: str, name: str = '', description: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def to_dict(self) -> dict:
        """
        The fields as a dict (nested kzsec results as dicts, lists of them as lists of dicts).
        """
class Relation:
    """
    A signed, weighted tie between two actors in one domain over a span of years.
    
    ``value`` is on [-1, 1] (sign = valence, magnitude = intensity); ``years`` is an
    inclusive ``(from, to)`` pair; ``directed`` ties go from ``a`` to ``b``.
    """
    __hash__: typing.ClassVar[None] = None
    a: str
    b: str
    basis: str
    directed: bool
    domain: str
    note: str
    section: str
    source: str
    def __eq__(self, arg0: Relation) -> bool:
        ...
    def __init__(self, a: str, b: str, domain: str, value: typing.SupportsFloat | typing.SupportsIndex, years: tuple[typing.SupportsInt | typing.SupportsIndex, typing.SupportsInt | typing.SupportsIndex], directed: bool = False, confidence: str = 'medium', basis: str = '', source: str = '', section: str = '', note: str = '') -> None:
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
    def confidence(self) -> str:
        """
        'high', 'medium' or 'low'.
        """
    @confidence.setter
    def confidence(self, arg1: str) -> None:
        ...
    @property
    def value(self) -> float:
        ...
    @value.setter
    def value(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def years(self) -> tuple:
        """
        Inclusive (from, to) years.
        """
    @years.setter
    def years(self, arg1: tuple[typing.SupportsInt | typing.SupportsIndex, typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
class Membership:
    """
    An actor's membership in an organisation over years.
    """
    __hash__: typing.ClassVar[None] = None
    member: str
    note: str
    organisation: str
    source: str
    status: str
    def __eq__(self, arg0: Membership) -> bool:
        ...
    def __init__(self, member: str, organisation: str, years: tuple[typing.SupportsInt | typing.SupportsIndex, typing.SupportsInt | typing.SupportsIndex], status: str = 'member', confidence: str = 'high', source: str = '', note: str = '') -> None:
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
    def confidence(self) -> str:
        """
        'high', 'medium' or 'low'.
        """
    @confidence.setter
    def confidence(self, arg1: str) -> None:
        ...
    @property
    def years(self) -> tuple:
        ...
    @years.setter
    def years(self, arg1: tuple[typing.SupportsInt | typing.SupportsIndex, typing.SupportsInt | typing.SupportsIndex]) -> None:
        ...
class Event:
    """
    A dated event (treaty, crisis, summit, domestic change).
    """
    __hash__: typing.ClassVar[None] = None
    basis: str
    category: str
    date: str
    description: str
    domain: str
    id: str
    note: str
    section: str
    source: str
    def __eq__(self, arg0: Event) -> bool:
        ...
    def __init__(self, year: typing.SupportsInt | typing.SupportsIndex, actors: collections.abc.Sequence[str], description: str, id: str = '', date: str = '', domain: str = '', category: str = 'event', delta: typing.SupportsFloat | typing.SupportsIndex | None = None, confidence: str = 'medium', basis: str = '', source: str = '', section: str = '', note: str = '') -> None:
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
    def actors(self) -> list[str]:
        ...
    @actors.setter
    def actors(self, arg0: collections.abc.Sequence[str]) -> None:
        ...
    @property
    def confidence(self) -> str:
        """
        'high', 'medium' or 'low'.
        """
    @confidence.setter
    def confidence(self, arg1: str) -> None:
        ...
    @property
    def delta(self) -> float | None:
        ...
    @delta.setter
    def delta(self, arg0: typing.SupportsFloat | typing.SupportsIndex | None) -> None:
        ...
    @property
    def year(self) -> int:
        ...
    @year.setter
    def year(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
class Metric:
    """
    A numeric observation (trade share, arms-import share, UN vote, ...).
    """
    __hash__: typing.ClassVar[None] = None
    a: str
    b: str
    basis: str
    item: str
    name: str
    note: str
    source: str
    unit: str
    def __eq__(self, arg0: Metric) -> bool:
        ...
    def __init__(self, name: str, a: str, year: typing.SupportsInt | typing.SupportsIndex, value: typing.SupportsFloat | typing.SupportsIndex, b: str = '', unit: str = '', item: str = '', confidence: str = 'medium', basis: str = '', source: str = '', note: str = '') -> None:
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
    def confidence(self) -> str:
        """
        'high', 'medium' or 'low'.
        """
    @confidence.setter
    def confidence(self, arg1: str) -> None:
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
class NetworkMetadata:
    """
    Free-text description of a network.
    """
    __hash__: typing.ClassVar[None] = None
    citation: str
    description: str
    license: str
    title: str
    def __eq__(self, arg0: NetworkMetadata) -> bool:
        ...
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
    def extra(self) -> dict[str, str]:
        ...
    @extra.setter
    def extra(self, arg0: collections.abc.Mapping[str, str]) -> None:
        ...
class Network:
    """
    The IR model: actors, domains, relations over time, memberships, events and metrics.
    
    Every ``add_*`` validates its record (unknown actor -> ``KeyError``; value outside
    [-1, 1], NaN, reversed years, unknown domain, overlapping relation -> ``ValueError``).
    ``snapshot(year, domain)`` returns the signed graph of one year.
    """
    __hash__: typing.ClassVar[None] = None
    metadata: NetworkMetadata
    def __contains__(self, arg0: str) -> bool:
        ...
    def __copy__(self) -> Network:
        ...
    def __deepcopy__(self, memo: dict) -> Network:
        ...
    def __eq__(self, arg0: Network) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def _repr_html_(self) -> str:
        ...
    def actor_index(self, id: str) -> int:
        ...
    @typing.overload
    def add_actor(self, actor: Actor) -> None:
        ...
    @typing.overload
    def add_actor(self, id: str, name: str = '', kind: str = 'state', region: str = '', landlocked: bool | None = None, attributes: collections.abc.Mapping[str, str] = {}) -> None:
        """
        Add an actor (an Actor, or its fields as arguments).
        """
    @typing.overload
    def add_domain(self, domain: DomainInfo) -> None:
        ...
    @typing.overload
    def add_domain(self, id: str, name: str = '', description: str = '') -> None:
        ...
    def add_event(self, event: Event) -> None:
        ...
    def add_membership(self, membership: Membership) -> None:
        ...
    def add_metric(self, metric: Metric) -> None:
        ...
    @typing.overload
    def add_relation(self, relation: Relation) -> None:
        ...
    @typing.overload
    def add_relation(self, a: str, b: str, domain: str, value: typing.SupportsFloat | typing.SupportsIndex, years: tuple[typing.SupportsInt | typing.SupportsIndex, typing.SupportsInt | typing.SupportsIndex], directed: bool = False, confidence: str = 'medium', basis: str = '', source: str = '', section: str = '', note: str = '') -> None:
        """
        Add a relation (a Relation, or its fields as arguments).
        """
    def adjacency(self, year: typing.SupportsInt | typing.SupportsIndex, domain: str | None = None, domain_weights: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex] | None = None, symmetrize: str = 'sum', vertices: str = 'related', actors: collections.abc.Sequence[str] | None = None, min_confidence: str = 'low') -> tuple[typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"], list[str]]:
        """
        (matrix, actor ids): the signed adjacency of the snapshot (same arguments as snapshot).
        """
    def copy(self) -> Network:
        ...
    def events_in(self, year: typing.SupportsInt | typing.SupportsIndex) -> list[Event]:
        ...
    def find_relation(self, a: str, b: str, domain: str, year: typing.SupportsInt | typing.SupportsIndex) -> Relation | None:
        """
        The relation a-b in a domain and year, or None.
        """
    def get_actor(self, id: str) -> Actor:
        """
        The actor with this id (KeyError if absent).
        """
    def has_actor(self, id: str) -> bool:
        ...
    def has_domain(self, id: str) -> bool:
        ...
    def memberships_in(self, year: typing.SupportsInt | typing.SupportsIndex) -> list[Membership]:
        ...
    def metrics_in(self, year: typing.SupportsInt | typing.SupportsIndex, name: str = '') -> list[Metric]:
        ...
    def relations_in(self, year: typing.SupportsInt | typing.SupportsIndex, domain: str = '') -> list[Relation]:
        """
        Relations holding in a year, optionally in one domain.
        """
    def replace_relations(self, relations: collections.abc.Sequence[Relation]) -> None:
        ...
    def save(self, path: str | os.PathLike) -> None:
        """
        Deprecated name of :meth:`Network.write` (every file type uses ``read_``/``write_``).
        """
    def set_domain(self, domain: DomainInfo) -> None:
        ...
    def snapshot(self, year, *args, **kwargs):
        """
        snapshot(self: kzsec._core.Network, year: typing.SupportsInt | typing.SupportsIndex, domain: str | None = None, domain_weights: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex] | None = None, symmetrize: str = 'sum', vertices: str = 'related', actors: collections.abc.Sequence[str] | None = None, min_confidence: str = 'low', membership_ties: collections.abc.Mapping[str, typing.SupportsFloat | typing.SupportsIndex] | None = None, extra_memberships: collections.abc.Sequence[kzsec._core.Membership] | None = None) -> kzsec._core.SignedGraph
        
        
        The signed graph of one year.
        
        Parameters
        ----------
        year : int
        domain : str, optional
            One domain (default "security" when ``domain_weights`` is not given either).
        domain_weights : dict[str, float], optional
            Weights alpha_d: edge weight w_ij = sum_d alpha_d v_d(i, j); a missing
            domain counts 0.
        symmetrize : str
            How several ties of one pair within a domain (directed both ways, or
            directed and undirected) are reduced; "sum" adds them.
        vertices : {"related", "all"}
            Actors with a relation in the snapshot, or every actor.
        actors : list of str, optional
            Exactly these actors, in this order.
        min_confidence : {"low", "medium", "high"}
            Skip relations less reliable than this.
        membership_ties : dict[str, float], optional
            Value of the positive tie added between an organisation of the snapshot and
            each member that is also in it, by membership status, in the domains in
            which the organisation has a relation that year; reduced with the pair's
            other ties by ``symmetrize``. Default ``{"member": 0.5}``; ``{}`` turns the
            ties off. Listed in ``reduction.membership_ties``; docs/balance.md.
        extra_memberships : list of Membership, optional
            Memberships used in addition to the network's.
        
        Returns
        -------
        SignedGraph
        
        Raises
        ------
        ValueError
            Unknown domain. KeyError: unknown actor in ``actors``.
        
        """
    def to_frame(self, table: str | None = None):
        """
        One row per record of a list field (default: the first, ``actors``), as a pandas DataFrame.
        
                Nested results (e.g. a row's ``strategy``) become ``<field>_<sub-field>`` columns.
                Raises MissingDependencyError without pandas, ValueError for an unknown ``table``.
                
        """
    def value(self, a: str, b: str, domain: str, year: typing.SupportsInt | typing.SupportsIndex) -> float | None:
        """
        The value of the relation a-b in a domain and year, or None.
        """
    def write(self, path: os.PathLike | str | bytes) -> None:
        """
        Write as kzsec network JSON (format version 1), atomically; kzsec.read_network gives back an equal network. Same as kzsec.write_network(self, path).
        """
    def years(self) -> tuple:
        """
        (first, last) year covered by any dated record.
        """
    @property
    def actor_ids(self) -> list[str]:
        ...
    @property
    def actors(self) -> list[Actor]:
        ...
    @property
    def domains(self) -> list[DomainInfo]:
        ...
    @property
    def events(self) -> list[Event]:
        ...
    @property
    def memberships(self) -> list[Membership]:
        ...
    @property
    def metrics(self) -> list[Metric]:
        ...
    @property
    def relations(self) -> list[Relation]:
        ...
__version__: str = '0.1.0'
max_draws: int = 100000000
max_year: int = 2200
min_year: int = 1800
