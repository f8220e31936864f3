"""Seeded random signed graphs (formulas and references in docs/signed-analysis.md).

``signed_gnp``
    Signed Erdos-Renyi graph: ties with probability p, negative with probability q.
``signed_sbm``
    Signed stochastic block model with a density and a negative-share matrix.
``planted_ssbm``
    The planted SSBM(n, k, p, eta) of Cucuringu et al. (2019).
``islands``
    signnet's islands: positive groups joined by a fixed number of negative ties.
``signed_bipartite``
    Random signed bipartite graph.

Every generator takes ``seed`` and is deterministic; ``PlantedGraph`` carries the
graph and the planted blocks.
"""
from __future__ import annotations

from . import _core

_g = _core.generators

PlantedGraph = _g.PlantedGraph
signed_gnp = _g.signed_gnp
signed_sbm = _g.signed_sbm
planted_ssbm = _g.planted_ssbm
islands = _g.islands
signed_bipartite = _g.signed_bipartite

__all__ = ["PlantedGraph", "islands", "planted_ssbm", "signed_bipartite", "signed_gnp", "signed_sbm"]


def __dir__() -> list[str]:
    return sorted(__all__)
