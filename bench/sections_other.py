"""run_all.py sections on hedging (C++), PN centrality, scenario Monte Carlo and the world network."""
from __future__ import annotations

import os
import pathlib
import re
import statistics
import subprocess
import sys

import numpy as np

import harness  # noqa: F401  (environment first)
from harness import ROOT, Table, interleaved, konect_edges, log, mm, ring_graph

import kzsec
from kzsec import centrality


class RawTable(Table):
    """A table whose body is markdown produced by a benchmark script (own columns)."""

    def __init__(self, name: str, title: str, body: str):
        super().__init__(name, title, [])
        self.body = body

    def render(self, runs: int, quick: bool) -> str:
        head = super().render(runs, quick).split("\n")
        keep = [x for x in head if not x.startswith("|")]
        return "\n".join(keep).rstrip() + "\n\n" + self.body.strip()


def bench_binary(name: str) -> pathlib.Path:
    for d in (os.environ.get("KZSEC_BENCH_BIN"), ROOT / "build" / "dev" / "bench"):
        if d and (pathlib.Path(d) / name).exists():
            return pathlib.Path(d) / name
    raise FileNotFoundError(f"{name} not built: cmake --build --preset dev (or set KZSEC_BENCH_BIN)")


# ------------------------------------------------------------------ hedging (C++)

def section_hedging(runs: int, quick: bool) -> Table:
    exe = bench_binary("bench_hedging")
    repeats = 5 if quick else 20
    log(f"hedging: {exe} {repeats}, {runs} runs")
    rows: dict[str, list] = {}
    header = ""
    for _ in range(runs):
        out = subprocess.run([str(exe), str(repeats)], capture_output=True, text=True, check=True).stdout
        lines = out.strip().splitlines()
        header = lines[0]
        for line in lines[2:]:
            m = re.match(r"(.+?)\s+([\d.]+)\s+([\d.]+)\s+(\d+)$", line)
            if m:
                rows.setdefault(m.group(1).strip(), []).append((float(m.group(2)), float(m.group(3)), int(m.group(4))))
    t = Table("hedging", f"`bench_hedging {repeats}` (C++): {header}; each run gives the median of {repeats} "
              "repetitions; the table gives min / median of those medians over the runs, in microseconds",
              ["configuration", "index (µs, once)", "per year (µs)", "rows"])
    for name, xs in rows.items():
        idx, yr = [x[0] for x in xs], [x[1] for x in xs]
        t.row(name, f"{min(idx):,.0f} / {statistics.median(idx):,.0f}", f"{min(yr):.1f} / {statistics.median(yr):.1f}",
              f"{xs[0][2]:,}")
    t.notes.append("Target: the full evolution of one focal state under 1 ms per year.")
    return t


# ------------------------------------------------------------------ PN centrality

def pn_matrix(n, src, dst, w):
    import scipy.sparse as sp

    s = np.sign(w)
    star = np.where(s > 0, s, 2 * s)
    a = sp.coo_matrix((np.r_[star, star], (np.r_[src, dst], np.r_[dst, src])), shape=(n, n))
    return (sp.identity(n, format="csc") - a.tocsc() / (2 * n - 2)).tocsc()


def section_pn(runs: int, quick: bool) -> Table:
    import scipy.sparse.linalg as spla

    big_m = 200_000 if quick else 1_000_000
    t = Table("pn", "PN centrality, (I - beta A*) x = 1 with beta = 1/(2n - 2), against SciPy's sparse LU "
              "(spsolve, SuperLU); matrices and graphs built before timing",
              ["graph", "n", "m", "kzsec pn_index", "SciPy spsolve", "spsolve / kzsec",
               "max |difference|"])
    for name, (n, src, dst, w) in (("Bitcoin OTC (KONECT signs)", konect_edges()),
                                   (f"synthetic ring, {big_m:,} edges", ring_graph(big_m // 5, big_m))):
        log(f"pn: {name}")
        g = kzsec.SignedGraph.from_arrays(src, dst, w, n=n)
        m = pn_matrix(n, src, dst, w)
        ones = np.ones(n)
        cont = {"k": lambda: centrality.pn_index(g).pn, "sp": lambda: spla.spsolve(m, ones)}
        r = interleaved(cont, runs)
        diff = max(float(np.abs(r[k][2] - r["k"][2]).max()) for k in cont if k != "k")
        t.row(name, n, len(src), mm(r["k"]), mm(r["sp"]), f"{r['sp'][0] / r['k'][0]:.1f}x", f"{diff:.1e}")
    t.notes.append("kzsec iterates x <- 1 + beta A* x while beta max_i sum_j |a*_ij| <= 1/2 (the Banach bound "
                   "stops it), otherwise it factorises (sparse LU); see docs/centrality.md.")
    return t


# ------------------------------------------------------------------ scenario Monte Carlo

def section_scenario(runs: int, quick: bool) -> Table:
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_scenario as bsc
    from kzsec import scenario as sc

    draws, np_draws = (10_000, 300) if quick else (100_000, 2_000)
    net = kzsec.datasets.kazakhstan()
    slots, values, sds, included = bsc.plan(net)
    wts = np.ones(slots.shape[1])
    rng = np.random.default_rng(1)

    def numpy_loop():
        first = bsc.numpy_draw(rng, slots, values, sds, included, wts)
        out = np.empty((np_draws, first.size))
        for i in range(np_draws):
            out[i] = bsc.numpy_draw(rng, slots, values, sds, included, wts)
        return out.mean(0), out.std(0, ddof=1), np.quantile(out, [0.05, 0.25, 0.5, 0.75, 0.95], axis=0)

    nb = 5 * max(np_draws, 1000)

    def numpy_batched():
        out = np.concatenate([bsc.numpy_batch(rng, 1000, slots, values, sds, included, wts) for _ in range(nb // 1000)])
        return out.mean(0), out.std(0, ddof=1), np.quantile(out, [0.05, 0.25, 0.5, 0.75, 0.95], axis=0)

    def mc(threads, **extra):
        return lambda: sc.monte_carlo(net, bsc.FOCAL, bsc.RIVALS, bsc.YEARS, draws=draws, seed=1, threads=threads, progress=False,
                                      **extra)

    log(f"scenario: {draws} draws (kzsec), {np_draws} / {nb} draws (numpy loop / batched)")
    r = interleaved({"k1": mc(1, sensitivity=[]), "k2": mc(2, sensitivity=[]), "k2s": mc(2),
                     "np": numpy_loop, "nb": numpy_batched}, runs)
    per = lambda key, d: (r[key][0] / d * 1e6, r[key][1] / d * 1e6)  # noqa: E731
    t = Table("scenario", f"Monte Carlo over the Kazakhstan dataset (focal KAZ, rivals {', '.join(bsc.RIVALS)}, "
              f"{len(bsc.YEARS)} years; {len(values)} relations resampled per draw), microseconds per draw",
              ["contender", "draws per run", "µs per draw, min / median", "numpy loop / this (min)"])
    np_min = per("np", np_draws)[0]
    for key, label, d in (("np", "numpy, a Python loop over draws (vectorised within a draw)", np_draws),
                          ("nb", "numpy, batched 1,000 draws at a time (all draws stored)", nb),
                          ("k1", "kzsec monte_carlo, 1 thread, same computation (no sensitivity)", draws),
                          ("k2", "kzsec monte_carlo, 2 threads, same computation", draws),
                          ("k2s", "kzsec monte_carlo, 2 threads, with the default sensitivity ranking", draws)):
        a, b = per(key, d)
        t.row(label, f"{d:,}", f"{a:.2f} / {b:.2f}", f"{np_min / a:.0f}x")
    t.notes.append(f"Targets: {draws:,} draws in under 10 s on 2 cores (kzsec, 2 threads: "
                   f"{r['k2'][0]:.2f} s); at least 100x the per-draw numpy formulation. The statistics are mean, sd "
                   "and five quantiles of every cell on both sides.")
    return t


# ------------------------------------------------------------------ world network

def section_world(runs: int, quick: bool) -> Table:
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_world as bw

    log("world: (a) UN agreement, all pairs and years")
    a = bw.part_a(runs)
    log("world: (b) datasets.world(), fresh interpreters")
    b = None if quick else bw.part_b(runs)
    return RawTable("world", "World network: `bench/bench_world.py` parts (a) and (b)", bw.markdown(a, b))


SECTIONS = {
    "hedging": section_hedging,
    "pn": section_pn,
    "scenario": section_scenario,
    "world": section_world,
}
