"""Benchmarks of kzsec.balance against named baselines.

Run with the built module, e.g.

    PYTHONPATH=build/<dir>/python .venv/bin/python bench/bench_balance.py [--out table.md] [--quick]

1. Triangle census (signed, with balance index) on SNAP Bitcoin OTC (KONECT convention:
   sum ratings of both directions, then sign) and on a synthetic signed graph with >= 1M
   edges: kzsec vs a pure-networkx implementation and vs python-igraph's
   Graph.list_triangles() + numpy sign products.
2. Exact frustration index on the 51 Correlates-of-War windows: kzsec (branch and bound)
   vs scipy.optimize.milp (HiGHS) on the Aref-Mason-Wilson XOR binary linear model.
3. Walk and spectral indices on a dense 2,000-node signed graph vs numpy.linalg.eigvalsh.

Prints a Markdown report (and writes it to --out).
"""
from __future__ import annotations

import argparse
import csv

import os
import pathlib
import platform
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from harness import REF, best_of, konect_edges, ring_graph  # noqa: E402  (first: the BLAS environment)

import numpy as np  # noqa: E402

import kzsec  # noqa: E402
from kzsec import balance  # noqa: E402



# ----------------------------------------------------------------- triangles

synthetic = ring_graph  # the 'ring' graph of the triangle benchmarks (bench/harness.py)


def nx_census(n, src, dst, w):
    """Pure networkx + Python: triangles via neighbour-set intersections (each once)."""
    import networkx as nx

    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_weighted_edges_from(zip(src.tolist(), dst.tolist(), w.tolist()), weight="sign")
    census = [0, 0, 0, 0]
    adj = G.adj
    for u in G:
        nu = adj[u]
        for v in nu:
            if v <= u:
                continue
            for x in nu.keys() & adj[v].keys():
                if x <= v:
                    continue
                negs = (nu[v]["sign"] < 0) + (adj[v][x]["sign"] < 0) + (nu[x]["sign"] < 0)
                census[negs] += 1
    return census


def igraph_census(n, src, dst, w):
    import igraph as ig

    g = ig.Graph(n=n, edges=np.column_stack([src, dst]).tolist())
    t0 = time.perf_counter()
    tri = np.array(g.list_triangles(), dtype=np.int64).reshape(-1, 3)
    eids = np.array(g.get_eids(np.concatenate([tri[:, [0, 1]], tri[:, [1, 2]], tri[:, [0, 2]]]).tolist()))
    s = w[eids].reshape(3, -1)
    negs = (s < 0).sum(axis=0)
    census = np.bincount(negs, minlength=4).tolist()
    return census, time.perf_counter() - t0


def bench_triangles(quick):
    rows = []
    cases = [("Bitcoin OTC (KONECT sum-then-sign)", konect_edges(REF / "soc-sign-bitcoinotc.csv.gz"), None)]
    big_m = 200_000 if quick else 1_000_000
    cases.append((f"synthetic ring, {big_m:,} edges", synthetic(big_m // 10, big_m), 10))
    for name, (n, src, dst, w), nx_fraction in cases:
        t_build, g = best_of(lambda: kzsec.SignedGraph.from_arrays(src, dst, w, n=n), 1)
        t_k, t = best_of(lambda: balance.triangle_index(g), 3)
        t_ig_total = time.perf_counter()
        ig_census, t_ig = igraph_census(n, src, dst, w)
        t_ig_total = time.perf_counter() - t_ig_total
        assert tuple(ig_census) == t.census, (ig_census, t.census)
        if nx_fraction is None:
            t0 = time.perf_counter()
            nx_c = nx_census(n, src, dst, w)
            t_nx = time.perf_counter() - t0
            assert tuple(nx_c) == t.census
            nx_note = "full graph"
        else:
            # contiguous slice of the ring (constant triangle density): 1/nx_fraction of the vertices
            cut = n // nx_fraction
            keep = (src < cut - 30) & (dst < cut - 30)
            t0 = time.perf_counter()
            nx_census(cut, src[keep], dst[keep], w[keep])
            t_nx = (time.perf_counter() - t0) * (src.size / keep.sum())
            nx_note = f"measured on {keep.sum():,} edges, extrapolated linearly"
        rows.append((name, n, src.size, t.triangles, t.census, t.index, t_build, t_k, t_ig, t_ig_total, t_nx, nx_note))
    return rows


# --------------------------------------------------------------- frustration

def amw_milp(g, time_limit):
    """Aref-Mason-Wilson XOR binary linear model, scipy.optimize.milp (HiGHS); highest-degree vertex fixed."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    a = g.adjacency()
    iu, ju = np.nonzero(np.triu(a))
    n, m = a.shape[0], len(iu)
    rows, cols, vals, lo = [], [], [], []
    r = 0
    for e, (i, j) in enumerate(zip(iu, ju)):
        if a[i, j] > 0:
            for si in (-1.0, 1.0):
                rows += [r, r, r]; cols += [n + e, i, j]; vals += [1.0, si, -si]; lo.append(0.0); r += 1
        else:
            rows += [r, r, r]; cols += [n + e, i, j]; vals += [1.0, -1.0, -1.0]; lo.append(-1.0); r += 1
            rows += [r, r, r]; cols += [n + e, i, j]; vals += [1.0, 1.0, 1.0]; lo.append(1.0); r += 1
    A = coo_matrix((vals, (rows, cols)), shape=(r, n + m)).tocsr()
    lb, ub = np.zeros(n + m), np.ones(n + m)
    lb[int(np.argmax(np.abs(a).sum(axis=1)))] = 1.0
    return milp(np.r_[np.zeros(n), np.ones(m)], constraints=[LinearConstraint(A, lo, np.inf)],
                integrality=np.ones(n + m), bounds=Bounds(lb, ub), options={"time_limit": time_limit})


def bench_cow(quick, milp_limit):
    wins: dict[str, list] = {}
    with open(REF / "cow_signed_networks.csv", newline="") as fh:
        for r in csv.DictReader(fh):
            wins.setdefault(r["window"], []).append((r["from"], r["to"], float(r["sign"])))
    names = list(wins)
    if quick:
        names = names[::10]
    rows = []
    for name in names:
        g = kzsec.SignedGraph.from_edges(wins[name])
        t0 = time.perf_counter()
        f = balance.frustration(g, method="exact", time_limit=600)
        tk = time.perf_counter() - t0
        t0 = time.perf_counter()
        res = amw_milp(g, milp_limit)
        tm = time.perf_counter() - t0
        mv = round(res.fun) if res.x is not None else None
        rows.append((name, g.num_vertices, g.num_edges, g.num_negative_edges, f.frustration, f.optimal, f.nodes,
                     tk, mv, res.status == 0, tm))
        print(f"  {name}: L={f.frustration:.0f} opt={f.optimal} {tk:.3f}s | milp {mv} status={res.status} {tm:.2f}s",
              file=sys.stderr)
    return rows


# ------------------------------------------------------------------- spectra

def bench_dense(n=2000, seed=5):
    rng = np.random.default_rng(seed)
    a = np.triu(np.where(rng.random((n, n)) < 0.5, np.where(rng.random((n, n)) < 0.4, -1.0, 1.0), 0.0), 1)
    a = a + a.T
    g = kzsec.SignedGraph.from_matrix(a)
    t_walk, wk = best_of(lambda: balance.walk_index(g), 2)
    t_spec, sp = best_of(lambda: balance.spectral_index(g), 2)
    t_np1, ev = best_of(lambda: np.linalg.eigvalsh(a), 2)
    t_np2, _ = best_of(lambda: (np.linalg.eigvalsh(a), np.linalg.eigvalsh(np.abs(a))), 2)
    lam = ev
    mu = np.linalg.eigvalsh(np.abs(a))
    k_np = np.exp(lam.max() - mu.max()) * np.exp(lam - lam.max()).sum() / np.exp(mu - mu.max()).sum()
    lap = np.diag(np.abs(a).sum(axis=1)) - a
    lmin_np = np.linalg.eigvalsh(lap)[0]
    assert abs(wk.index - k_np) <= 1e-9 * max(1.0, abs(k_np)) and abs(sp.lambda_min - lmin_np) < 1e-6
    return dict(n=n, m=int(np.count_nonzero(np.triu(a))), t_walk=t_walk, t_spec=t_spec, t_np1=t_np1, t_np2=t_np2,
                K=wk.index, lmin=sp.lambda_min)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None)
    ap.add_argument("--quick", action="store_true", help="smaller synthetic graph, every 10th COW window")
    ap.add_argument("--milp-time-limit", type=float, default=60.0)
    args = ap.parse_args()

    import igraph
    import networkx
    import scipy

    out = []
    p = out.append
    p(f"Machine: {platform.machine()}, {os.cpu_count()} cores ({platform.processor() or 'cpu'}), "
      f"Python {platform.python_version()}, numpy {np.__version__}, scipy {scipy.__version__} (HiGHS via "
      f"scipy.optimize.milp), python-igraph {igraph.__version__}, networkx {networkx.__version__}; "
      f"kzsec {kzsec.__version__} (Release build). Times are wall-clock seconds, best of 3 unless noted.\n")

    p("### Triangle census\n")
    p("| graph | n | m | triangles | census (+++, ++-, +--, ---) | T | kzsec build | kzsec census | "
      "igraph list_triangles + numpy | igraph incl. graph build | pure networkx | networkx note | "
      "speed-up vs networkx | vs igraph |")
    p("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for (name, n, m, tri, census, T, tb, tk, tig, tig_all, tnx, note) in bench_triangles(args.quick):
        p(f"| {name} | {n:,} | {m:,} | {tri:,} | {census} | {T:.6f} | {tb:.3f} | {tk:.4f} | {tig:.3f} | "
          f"{tig_all:.3f} | {tnx:.2f} | {note} | {tnx / tk:.0f}x | {tig / tk:.1f}x |")

    p("\n### Exact frustration index, Correlates-of-War windows\n")
    p(f"kzsec `frustration(method='exact')` vs `scipy.optimize.milp` (HiGHS) on the Aref-Mason-Wilson XOR "
      f"binary model (highest-degree vertex fixed), time limit {args.milp_time_limit:.0f} s per window. "
      "`opt` = proven optimal.\n")
    p("| window | n | m | m- | L (kzsec) | opt | B&B nodes | kzsec s | L (HiGHS) | HiGHS opt | HiGHS s |")
    p("|---|---|---|---|---|---|---|---|---|---|---|")
    rows = bench_cow(args.quick, args.milp_time_limit)
    for (name, n, m, mneg, L, opt, nodes, tk, mv, mopt, tm) in rows:
        p(f"| {name} | {n} | {m} | {mneg} | {L:.0f} | {'yes' if opt else 'no'} | {nodes} | {tk:.3f} | "
          f"{mv if mv is not None else '-'} | {'yes' if mopt else 'no'} | {tm:.2f} |")
    tk_sum = sum(r[7] for r in rows)
    tm_sum = sum(r[10] for r in rows)
    agree = sum(1 for r in rows if r[9] and r[8] == round(r[4]))
    p(f"\nTotal: kzsec {tk_sum:.2f} s ({sum(r[5] for r in rows)}/{len(rows)} proven optimal), HiGHS {tm_sum:.1f} s "
      f"({sum(r[9] for r in rows)}/{len(rows)} optimal); values agree on {agree} windows where HiGHS finished.\n")

    p("### Walk and spectral indices, dense signed graph\n")
    d = bench_dense()
    p("| n | m | kzsec walk_index | kzsec spectral_index | numpy eigvalsh(A) | numpy eigvalsh(A) + eigvalsh(abs(A)) | "
      "walk / one eigvalsh | walk / two eigvalsh | spectral / one eigvalsh |")
    p("|---|---|---|---|---|---|---|---|---|")
    p(f"| {d['n']} | {d['m']:,} | {d['t_walk']:.2f} | {d['t_spec']:.2f} | {d['t_np1']:.2f} | {d['t_np2']:.2f} | "
      f"{d['t_walk'] / d['t_np1']:.2f} | {d['t_walk'] / d['t_np2']:.2f} | {d['t_spec'] / d['t_np1']:.2f} |")
    text = "\n".join(out) + "\n"
    print(text)
    if args.out:
        pathlib.Path(args.out).write_text(text)


if __name__ == "__main__":
    main()
