"""Structural balance of signed graphs.

Functions (all take a :class:`kzsec.SignedGraph`; see docs/balance.md for the
formulas, conventions and references):

``triangle_index``
    Signed triangle census and the share of balanced triangles (strong or weak,
    sign or product weighting), with the unbalanced triangles and the per-actor
    cross-pressure.
``walk_index``
    Estrada-Benzi K(beta) = tr exp(beta A) / tr exp(beta |A|).
``spectral_index``
    Smallest eigenvalue of the signed Laplacian (algebraic conflict).
``frustration``
    Frustration (line) index L with a proven optimum (branch and bound) or
    certified bounds (heuristic), the two coalitions and the frustrated edges.
``cycle_part``
    The ties on a cycle (the graph minus its bridges): the part that can be
    unbalanced; the bridges and pendant ties left out.
``optimal_partitions``, ``shares_with``
    Every optimal coalition of the frustration index (their number, or that the
    optimum is unique), and each actor's share of them with a focal actor.
``focal_triads``
    The triads around a focal actor by type and position (friends who are
    enemies, a friend of an enemy, the enemy of a friend, ...).
``blockmodel``
    Doreian-Mrvar signed blockmodel with at most k blocks.
``blockmodel_general``
    Generalised blockmodel with a user-given image of +1 / -1 blocks (signnet's
    ``signed_blockmodel_general``), exact for small graphs, else a seeded local search;
    ``blockmodel_evaluate`` gives the criterion of a given membership.
``signed_spectral_clustering``
    SPONGE / SPONGE_sym (Cucuringu et al. 2019) and signed-Laplacian (Kunegis et al.
    2010) spectral clustering with seeded k-means++, the eigengaps for choosing k,
    and a local-search polish of the blockmodel criterion.
``adjusted_rand_index``
    Agreement of two partitions (Hubert & Arabie 1985), e.g. a recovered clustering
    against planted blocks.
``signed_clustering``, ``negativity``
    Signed clustering coefficient (Kunegis et al. 2009), local and global, and the
    share of negative ties (KONECT).
``dyadic_conflict``, ``directed_signed_degree``, ``signed_triad_census``
    Directed signed networks given as arrays of arcs (src, dst, sign): KONECT's dyadic
    conflict, in/out signed degrees, the signed triad census (138 classes) and the
    degree of balance over 3-semicycles.
``complex_ties``, ``complex_adjacency``, ``complex_laplacian``, ``count_complex_triangles``
    Ambivalent ties as signnet models them (P = 1, N = i, A = (1 + i)/2): the ties of a
    signed graph with some pairs marked ambivalent, the Hermitian complex adjacency and
    Laplacian, and the triangle census by tie kinds.
``summary``
    All of the above in one dictionary.
"""
from __future__ import annotations

import warnings
from typing import Any

from ._args import wrap_module as _wrap_module
from . import _core

_b = _core.balance

TriangleResult = _b.TriangleResult
WalkResult = _b.WalkResult
SpectralResult = _b.SpectralResult
FrustrationResult = _b.FrustrationResult
BlockmodelResult = _b.BlockmodelResult
CyclePartResult = _b.CyclePartResult
PartitionsResult = _b.PartitionsResult
cycle_part = _b.cycle_part
optimal_partitions = _b.optimal_partitions
shares_with = _b.shares_with
triangle_index = _b.triangle_index
walk_index = _b.walk_index
spectral_index = _b.spectral_index
frustration = _b.frustration
frustration_of = _b.frustration_of
blockmodel = _b.blockmodel
BlockmodelGeneralResult = _b.BlockmodelGeneralResult
blockmodel_general = _b.blockmodel_general
blockmodel_evaluate = _b.blockmodel_evaluate
SpectralClusteringResult = _b.SpectralClusteringResult
signed_spectral_clustering = _b.signed_spectral_clustering
adjusted_rand_index = _b.adjusted_rand_index
ComplexTrianglesResult = _b.ComplexTrianglesResult
complex_ties = _b.complex_ties
complex_adjacency = _b.complex_adjacency
complex_laplacian = _b.complex_laplacian
count_complex_triangles = _b.count_complex_triangles
FocalTriadsResult = _b.FocalTriadsResult
focal_triads = _b.focal_triads
SignedClusteringResult = _b.SignedClusteringResult
NegativityResult = _b.NegativityResult
DyadicConflictResult = _b.DyadicConflictResult
signed_clustering = _b.signed_clustering
negativity = _b.negativity
dyadic_conflict = _b.dyadic_conflict
DirectedSignedDegreeResult = _b.DirectedSignedDegreeResult
SignedTriadClass = _b.SignedTriadClass
SignedTriadCensusResult = _b.SignedTriadCensusResult
directed_signed_degree = _b.directed_signed_degree
signed_triad_census = _b.signed_triad_census

__all__ = [
    "BlockmodelGeneralResult",
    "BlockmodelResult",
    "ComplexTrianglesResult",
    "CyclePartResult",
    "DirectedSignedDegreeResult",
    "DyadicConflictResult",
    "FocalTriadsResult",
    "FrustrationResult",
    "NegativityResult",
    "PartitionsResult",
    "SignedClusteringResult",
    "SignedTriadCensusResult",
    "SignedTriadClass",
    "SpectralClusteringResult",
    "SpectralResult",
    "TriangleResult",
    "WalkResult",
    "blockmodel",
    "blockmodel_evaluate",
    "blockmodel_general",
    "complex_adjacency",
    "complex_laplacian",
    "complex_ties",
    "count_complex_triangles",
    "cycle_part",
    "directed_signed_degree",
    "dyadic_conflict",
    "focal_triads",
    "frustration",
    "frustration_of",
    "negativity",
    "optimal_partitions",
    "shares_with",
    "signed_clustering",
    "signed_spectral_clustering",
    "adjusted_rand_index",
    "signed_triad_census",
    "spectral_index",
    "summary",
    "triangle_index",
    "walk_index",
]


def summary(g: Any, *, method: str = "auto", time_limit: float = 60.0, component: str = "whole") -> dict:
    """Every balance measure of a signed graph in one dictionary.

    Parameters
    ----------
    g : SignedGraph
        The graph.
    method : {"auto", "exact", "heuristic"}
        Method of :func:`frustration`.
    time_limit : float
        Seconds for :func:`frustration`.
    component : {"whole", "largest"}
        Part of the graph used by :func:`spectral_index`.

    Returns
    -------
    dict
        ``n, m, m_neg, triangles, census, triangle_index, triangle_index_weak,
        walk_index, lambda_min, frustration, frustration_lower_bound,
        frustration_optimal, frustration_normalised``. The key
        ``normalized_frustration`` (before issue #14) is kept for one release and warns
        (``DeprecationWarning``) when read.

    Examples
    --------
    >>> import kzsec
    >>> g = kzsec.SignedGraph.from_edges([("A", "B", 1), ("B", "C", 1), ("A", "C", -1)])
    >>> kzsec.balance.summary(g)["frustration"]
    1.0
    """
    t = triangle_index(g)
    f = frustration(g, method=method, time_limit=time_limit)
    return _SummaryDict({
        "n": g.num_vertices,
        "m": g.num_edges,
        "m_neg": g.num_negative_edges,
        "triangles": t.triangles,
        "census": t.census,
        "triangle_index": t.strong_index,
        "triangle_index_weak": t.weak_index,
        "walk_index": walk_index(g).index if g.num_vertices > 0 else float("nan"),
        "lambda_min": spectral_index(g, component=component).lambda_min if g.num_vertices > 0 else float("nan"),
        "frustration": f.frustration,
        "frustration_lower_bound": f.lower_bound,
        "frustration_optimal": f.optimal,
        "frustration_normalised": f.normalised,
        "normalized_frustration": f.normalised,
    })


class _SummaryDict(dict):
    """The dict of :func:`summary`; reading a renamed key warns (``DeprecationWarning``)."""

    _renamed = {"normalized_frustration": "frustration_normalised"}

    def __getitem__(self, key):
        if key in self._renamed:
            warnings.warn(
                f"summary()[{key!r}] is deprecated; use {self._renamed[key]!r} (issue #14)",
                DeprecationWarning,
                stacklevel=2,
            )
        return super().__getitem__(key)


def __dir__() -> list[str]:
    return sorted(__all__)


_wrap_module(globals(), __all__, "kzsec.balance")  # a mistyped keyword is named, not pybind11's whole signature
