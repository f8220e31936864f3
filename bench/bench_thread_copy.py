"""Cost of the private copy behind the thread-safety contract (docs/developer-guide.md#thread-safety).

Every Python function that releases the GIL copies the graph or network it is
given while it still holds the GIL. This measures the copy beside the
computation, on a seeded random signed graph (100,000 vertices, 10^6 edges)
and on the world network.

    PYTHONPATH=build/dev/python .venv/bin/python bench/bench_thread_copy.py [--quick]

Prints a Markdown table (median of 5 runs, milliseconds).
"""
from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

import kzsec
from kzsec import balance, centrality, hedging


def median_ms(fn, runs=5):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="10^5 edges, no world network")
    args = ap.parse_args()
    n, m = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    rng = np.random.default_rng(42)
    src = rng.integers(0, n, size=int(m * 1.05))
    dst = rng.integers(0, n, size=src.size)
    keep = src != dst
    src, dst = src[keep], dst[keep]
    w = np.where(rng.random(src.size) < 0.3, -1.0, 1.0)
    g = kzsec.SignedGraph.from_arrays(src, dst, w, n=n, symmetrize="max")
    rows = [
        (f"copy of the SignedGraph ({g.num_vertices:,} vertices, {g.num_edges:,} edges)", median_ms(g.copy)),
        ("balance.triangle_index (copy included)", median_ms(lambda: balance.triangle_index(g))),
        ("centrality.signed_degree (copy included)", median_ms(lambda: centrality.signed_degree(g))),
    ]
    if not args.quick:
        net = kzsec.datasets.world()
        rows.append((f"copy of the world Network ({len(net.relations):,} relations)", median_ms(net.copy, 3)))
        rows.append(("hedging.profile on the world Network (copy included)",
                     median_ms(lambda: hedging.profile(net, "KAZ", ["RUS", "CHN"], 2014), 3)))
        idx = hedging.NetworkIndex(net)
        rows.append(("hedging.profile on a NetworkIndex of it (no copy)",
                     median_ms(lambda: hedging.profile(idx, "KAZ", ["RUS", "CHN"], 2014))))
    print("| operation | median ms |\n|---|---|")
    for name, ms in rows:
        print(f"| {name} | {ms:.1f} |")


if __name__ == "__main__":
    main()
