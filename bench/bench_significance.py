"""Benchmarks of kzsec.significance (balance against null models) and kzsec.generators.

Run with the built module, e.g.

    PYTHONPATH=build/<dir>/python .venv/bin/python bench/bench_significance.py [--out table.md] [--quick]

1. Sign-shuffle test of the triangle index on planted SSBMs: kzsec.balance_significance (1 and
   all threads) vs a numpy baseline that shuffles the signs with Generator.permutation and counts
   T = (tr A^3 + tr |A|^3) / (2 tr |A|^3) with dense matrix products (scipy.sparse for the larger
   graph), the same statistic; both give the same observed value.
2. Degree- and sign-preserving switching (10 swaps per tie) with the triangle index: kzsec vs
   networkx.double_edge_swap run separately on the positive and the negative layer (a baseline
   that may create pairs with two ties, so it does less work than the exact null model).
3. Generators: planted_ssbm and signed_gnp at 10^5-10^6 ties vs networkx.fast_gnp_random_graph
   plus numpy signs.

Prints a Markdown report (and writes it to --out).
"""
from __future__ import annotations

import argparse
import os
import pathlib
import platform
import time

import sys  # noqa: E402
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from harness import best_of  # noqa: E402  (first: the BLAS environment of every benchmark)

import numpy as np

import kzsec
from kzsec import balance, generators, significance


def edge_arrays(g):
    u, v, w = g.edges()
    return np.asarray(u), np.asarray(v), np.sign(np.asarray(w))


def numpy_shuffle_test(g, draws, seed):
    """Sign shuffle + strong triangle index with scipy.sparse products; returns the null values."""
    import scipy.sparse as sp

    n = g.num_vertices
    u, v, s = edge_arrays(g)
    rows, cols = np.concatenate([u, v]), np.concatenate([v, u])
    absA = sp.csr_matrix((np.ones(2 * u.size), (rows, cols)), shape=(n, n))
    tr_abs = (absA @ absA).multiply(absA).sum()
    rng = np.random.default_rng(seed)
    out = np.empty(draws)
    for i in range(draws):
        t = rng.permutation(s)
        A = sp.csr_matrix((np.concatenate([t, t]), (rows, cols)), shape=(n, n))
        tr = (A @ A).multiply(A).sum()
        out[i] = (tr + tr_abs) / (2 * tr_abs)
    return out


def networkx_switch_test(g, draws, seed, swaps_per_edge=10):
    import networkx as nx

    u, v, s = edge_arrays(g)
    out = np.empty(draws)
    for i in range(draws):
        layers = []
        for sign in (1, -1):
            h = nx.Graph()
            h.add_edges_from(zip(u[s == sign].tolist(), v[s == sign].tolist()))
            m = h.number_of_edges()
            if m >= 2 and h.number_of_nodes() >= 4:
                nx.double_edge_swap(h, nswap=swaps_per_edge * m, max_tries=100 * swaps_per_edge * m, seed=seed + i)
            layers.append(h)
        edges = [(a, b, 1.0) for a, b in layers[0].edges()] + [(a, b, -1.0) for a, b in layers[1].edges()]
        gg = kzsec.SignedGraph.from_edges(edges, n=g.num_vertices, symmetrize="sum")
        out[i] = balance.triangle_index(gg).index
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None)
    ap.add_argument("--quick", action="store_true", help="fewer draws and smaller graphs")
    args = ap.parse_args()

    import networkx
    import scipy

    cores = os.cpu_count() or 1
    out = []
    p = out.append
    p(f"Machine: {platform.machine()}, {cores} cores ({platform.processor() or 'cpu'}), Python "
      f"{platform.python_version()}, numpy {np.__version__}, scipy {scipy.__version__}, networkx "
      f"{networkx.__version__}; kzsec {kzsec.__version__} (Release build). Wall-clock seconds, best of 3 "
      "unless noted.\n")

    draws = 200 if args.quick else 1000
    p(f"### Sign shuffle, triangle index ({draws} draws)\n")
    p("| graph | n | m | m- | T observed | kzsec 1 thread | kzsec all threads | numpy + scipy.sparse | "
      "speed-up (1 thread) | null mean kzsec | null mean numpy | p (kzsec) |")
    p("|---|---|---|---|---|---|---|---|---|---|---|---|")
    sizes = [(200, 0.1), (2000, 0.01)] if not args.quick else [(200, 0.1), (1000, 0.02)]
    for n, dens in sizes:
        g = generators.planted_ssbm(n, 2, dens, 0.1, seed=1).graph
        run = lambda th: significance.balance_significance(  # noqa: E731
            g, draws=draws, seed=1, threads=th, walk=False, keep_draws=True)
        t1, r1 = best_of(lambda: run(1))
        ta, _ = best_of(lambda: run(0))
        tn, xn = best_of(lambda: numpy_shuffle_test(g, draws, 1), repeat=1 if n > 500 else 3)
        p(f"| SSBM(k=2, p={dens}, eta=0.1) | {n:,} | {g.num_edges:,} | {g.num_negative_edges:,} | "
          f"{r1.triangle.observed:.4f} | {t1:.3f} | {ta:.3f} | {tn:.3f} | {tn / t1:.1f}x | "
          f"{r1.triangle.mean:.4f} | {xn.mean():.4f} | {r1.triangle.p_balanced:.4f} |")

    sw = 50 if args.quick else 200
    p(f"\n### Degree- and sign-preserving switching, triangle index ({sw} draws, 10 swaps per tie)\n")
    p("| graph | n | m | kzsec 1 thread | kzsec all threads | acceptance | networkx double_edge_swap per layer | "
      "speed-up (1 thread) | null mean kzsec | null mean networkx |")
    p("|---|---|---|---|---|---|---|---|---|---|")
    g = generators.planted_ssbm(200, 2, 0.1, 0.1, seed=2).graph
    run = lambda th: significance.balance_significance(  # noqa: E731
        g, model="switching", draws=sw, seed=1, threads=th, walk=False)
    t1, r1 = best_of(lambda: run(1))
    ta, _ = best_of(lambda: run(0))
    tn, xn = best_of(lambda: networkx_switch_test(g, sw, 1), repeat=1)
    p(f"| SSBM(200, k=2, p=0.1, eta=0.1) | 200 | {g.num_edges:,} | {t1:.3f} | {ta:.3f} | {r1.acceptance:.3f} | "
      f"{tn:.2f} | {tn / t1:.0f}x | {r1.triangle.mean:.4f} | {xn.mean():.4f} |")

    p("\n### Generators\n")
    p("| call | n | m | kzsec | networkx.fast_gnp_random_graph + numpy signs | speed-up |")
    p("|---|---|---|---|---|---|")
    n = 20000 if args.quick else 100000
    pr = 10.0 / n
    tk, gk = best_of(lambda: generators.signed_gnp(n, pr, 0.3, seed=1))

    def nx_gnp():
        h = networkx.fast_gnp_random_graph(n, pr, seed=1)
        signs = np.where(np.random.default_rng(1).random(h.number_of_edges()) < 0.3, -1.0, 1.0)
        return h, signs

    tn, _ = best_of(nx_gnp, repeat=1)
    p(f"| signed_gnp(n, 10/n, 0.3) | {n:,} | {gk.num_edges:,} | {tk:.3f} | {tn:.2f} | {tn / tk:.0f}x |")
    tk, pg = best_of(lambda: generators.planted_ssbm(n, 10, pr, 0.1, seed=1))
    p(f"| planted_ssbm(n, 10, 10/n, 0.1) | {n:,} | {pg.graph.num_edges:,} | {tk:.3f} | - | - |")
    text = "\n".join(out) + "\n"
    print(text)
    if args.out:
        pathlib.Path(args.out).write_text(text)


if __name__ == "__main__":
    main()
