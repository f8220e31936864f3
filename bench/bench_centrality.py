"""Benchmarks of kzsec.centrality against named baselines.

Run with the built module, e.g.

    PYTHONPATH=build/<dir>/python .venv/bin/python bench/bench_centrality.py [--quick]

1. PN centrality, (I - beta A*) x = 1, on SNAP Bitcoin OTC (KONECT sum-then-sign,
   5,881 actors) and on a synthetic signed graph with 1M edges: kzsec (Eigen sparse LU)
   vs scipy.sparse.linalg.spsolve (SuperLU) on the same matrix, and vs numpy.linalg.solve
   (dense LAPACK) where the dense matrix fits.
2. Signed eigenvector centrality on a dense 2,000-actor signed graph: kzsec vs
   numpy.linalg.eigh plus the same dominant-eigenvalue selection.

Every baseline's answer is compared with kzsec's (max abs difference printed).
"""
from __future__ import annotations

import argparse
import pathlib
import platform
import sys
import time

import numpy as np

import kzsec
from kzsec import centrality

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from bench_balance import REF, best_of, konect_edges, synthetic  # noqa: E402  (the same graphs)


def pn_star(n, src, dst, w):
    import scipy.sparse as sp

    s = np.sign(w)
    star = np.where(s > 0, s, 2 * s)
    a = sp.coo_matrix((np.concatenate([star, star]), (np.concatenate([src, dst]), np.concatenate([dst, src]))), shape=(n, n))
    return a.tocsc()


def bench_pn(quick):
    import scipy.sparse as sp
    import scipy.sparse.linalg as spla

    rows = []
    big_m = 200_000 if quick else 1_000_000
    for name, (n, src, dst, w) in (("Bitcoin OTC", konect_edges(REF / "soc-sign-bitcoinotc.csv.gz")),
                                   (f"synthetic, {big_m:,} edges", synthetic(big_m // 5, big_m))):
        g = kzsec.SignedGraph.from_arrays(src, dst, w, n=n)
        t_k, r = best_of(lambda: centrality.pn_index(g))
        beta = 1.0 / (2 * n - 2)
        m = (sp.identity(n, format="csc") - beta * pn_star(n, src, dst, w)).tocsc()
        t_s, xs = best_of(lambda: spla.spsolve(m, np.ones(n)))
        row = [name, n, len(w), t_k, t_s, float(np.abs(xs - r.pn).max())]
        if n <= 6000:
            dense = m.toarray()
            t_d, xd = best_of(lambda: np.linalg.solve(dense, np.ones(n)), repeat=1)
            row += [t_d, float(np.abs(xd - r.pn).max())]
        else:
            row += [None, None]
        rows.append(row)
    return rows


def bench_eigen(quick):
    n = 800 if quick else 2000
    rng = np.random.default_rng(3)
    a = np.where(rng.random((n, n)) < 0.05, np.where(rng.random((n, n)) < 0.6, 1.0, -1.0), 0.0)
    a = np.triu(a, 1)
    a = a + a.T
    g = kzsec.SignedGraph.from_matrix(a)

    def numpy_version():
        lam, v = np.linalg.eigh(a)
        k = int(np.argmax(np.abs(lam)))
        x = v[:, k]
        return lam[k], x / x[np.argmax(np.abs(x) >= np.abs(x).max() * (1 - 1e-9))]

    t_k, r = best_of(lambda: centrality.signed_eigenvector_centrality(g))
    t_n, (lam, x) = best_of(numpy_version)
    return [n, int((a != 0).sum() // 2), t_k, t_n, abs(lam - r.eigenvalue), float(np.abs(x - r.centrality).max())]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    import numpy
    import scipy

    print(f"Python {platform.python_version()}, numpy {numpy.__version__}, scipy {scipy.__version__}, kzsec {kzsec.__version__}\n")
    print("| PN centrality | n | m | kzsec | SciPy spsolve | ratio | max diff | numpy dense solve | max diff |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, n, m, t_k, t_s, d_s, t_d, d_d in bench_pn(args.quick):
        dense = f"{t_d * 1e3:.0f} ms | {d_d:.1e}" if t_d is not None else "(does not fit) | -"
        print(f"| {name} | {n:,} | {m:,} | {t_k * 1e3:.1f} ms | {t_s * 1e3:.1f} ms | {t_s / t_k:.1f}x | {d_s:.1e} | {dense} |")
    n, m, t_k, t_n, dl, dv = bench_eigen(args.quick)
    print("\n| signed eigenvector | n | m | kzsec | numpy eigh | ratio | eigenvalue diff | vector max diff |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| dense random (5 %) | {n:,} | {m:,} | {t_k:.2f} s | {t_n:.2f} s | {t_n / t_k:.2f}x | {dl:.1e} | {dv:.1e} |")


if __name__ == "__main__":
    main()
