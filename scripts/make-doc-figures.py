#!/usr/bin/env python3
"""Draws the static figures of the documentation into docs/figures/ (PNG, 100 dpi).

    PYTHONPATH=build/dev/python .venv/bin/python scripts/make-doc-figures.py

Every figure comes from seeded generators and layouts, so a rerun gives the same picture.
Figures made here (the pages that show them):
- signed-layout.png (docs/signed-analysis.md): a planted two-faction graph drawn with the
  spring layout and with the signed layout;
- blockmodel.png (docs/signed-analysis.md): a planted three-block graph, its adjacency matrix in
  vertex order and reordered by the blocks kzsec.balance.blockmodel finds;
- spectral-clustering.png (docs/signed-analysis.md): a planted four-block graph, the smallest
  eigenvalues of SPONGE's pencil with the eigengap, and its adjacency matrix ordered by the
  clusters of kzsec.balance.signed_spectral_clustering.
"""
from __future__ import annotations

import pathlib

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from kzsec import balance, generators  # noqa: E402
from kzsec import plot as kp  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parents[1] / "docs" / "figures"


def signed_layout_figure() -> pathlib.Path:
    pg = generators.planted_ssbm(n=30, k=2, p=0.3, eta=0.05, seed=3)
    g = pg.graph
    fr = balance.frustration(g)
    fig, axes = plt.subplots(1, 2, figsize=(10, 5))
    kp.plot_network(g, partition=fr, unbalanced_edges=fr, ax=axes[0], layout="spring", seed=1, node_size=120,
                    title="spring layout (attraction |w|)")
    kp.plot_network(g, partition=fr, unbalanced_edges=fr, ax=axes[1], seed=1, node_size=120,
                    title="signed layout (positive tie 1, negative tie 3)")
    fig.suptitle(f"Planted two-faction graph: n = 30, p = 0.3, 5 % of signs flipped; L = {fr.frustration:g}",
                 fontsize=11)
    fig.tight_layout()
    path = OUT / "signed-layout.png"
    fig.savefig(path, dpi=100, bbox_inches="tight", pad_inches=0.15)
    return path


def blockmodel_figure() -> pathlib.Path:
    pg = generators.planted_ssbm(n=36, k=3, p=0.35, eta=0.08, seed=5)
    g = pg.graph
    rng = np.random.default_rng(0)  # shuffle the vertex order so that the raw matrix shows nothing
    perm = rng.permutation(g.num_vertices)
    u, v, w = g.edges()
    h = type(g).from_edges(list(zip([str(perm[i]) for i in u], [str(perm[i]) for i in v], w.tolist())))
    bm = balance.blockmodel(h, 3, seed=1)
    fig, axes = plt.subplots(1, 2, figsize=(10, 5.6))
    kp.plot_blockmodel(h, [0] * h.num_vertices, ax=axes[0], labels=False, title="in vertex order")
    kp.plot_blockmodel(h, bm, ax=axes[1], labels=False,
                       title=f"ordered by the blocks of balance.blockmodel (criterion {bm.criterion:g})")
    fig.suptitle("Planted three-block graph: n = 36, p = 0.35, 8 % of signs flipped (blue +, red -)", fontsize=11)
    fig.tight_layout(rect=(0, 0, 1, 0.96))
    path = OUT / "blockmodel.png"
    fig.savefig(path, dpi=100, bbox_inches="tight", pad_inches=0.15)
    return path


def spectral_clustering_figure() -> pathlib.Path:
    pg = generators.planted_ssbm(n=160, k=4, p=0.15, eta=0.15, seed=2)
    g = pg.graph
    rng = np.random.default_rng(0)  # shuffle the vertex order so that the raw matrix shows nothing
    perm = rng.permutation(g.num_vertices)
    u, v, w = g.edges()
    h = type(g).from_edges(list(zip([str(perm[i]) for i in u], [str(perm[i]) for i in v], w.tolist())))
    r = balance.signed_spectral_clustering(h, k=4, spectrum=12)
    fig, axes = plt.subplots(1, 3, figsize=(15, 5.4), gridspec_kw={"width_ratios": [0.8, 1, 1]})
    lam = r.eigenvalues
    ax = axes[0]
    ax.plot(np.arange(1, len(lam) + 1), lam, "o-", color="0.3")
    j = int(np.argmax(r.eigengaps))
    ax.annotate("", xy=(j + 2, lam[j + 1]), xytext=(j + 1, lam[j]),
                arrowprops={"arrowstyle": "<->", "color": "tab:red", "lw": 1.5})
    ax.text(j + 1.6, (lam[j] + lam[j + 1]) / 2, f"  largest gap\n  suggested k = {r.suggested_k}", color="tab:red",
            va="center")
    ax.set_xlabel("j")
    ax.set_ylabel("λ_j of (L⁺ + D⁻) v = λ (L⁻ + D⁺) v")
    ax.set_title("SPONGE's smallest eigenvalues")
    kp.plot_blockmodel(h, [0] * h.num_vertices, ax=axes[1], labels=False, title="in vertex order")
    kp.plot_blockmodel(h, r, ax=axes[2], labels=False,
                       title=f"ordered by SPONGE's clusters (criterion {r.criterion_spectral:g} → {r.criterion:g})")
    fig.suptitle("Planted four-block graph: n = 160, p = 0.15, 15 % of signs flipped (blue +, red -)", fontsize=11)
    fig.tight_layout(rect=(0, 0, 1, 0.95))
    path = OUT / "spectral-clustering.png"
    fig.savefig(path, dpi=100, bbox_inches="tight", pad_inches=0.15)
    return path


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for make in (signed_layout_figure, blockmodel_figure, spectral_clustering_figure):
        print(make())
