"""Monte Carlo benchmark: kzsec.scenario.monte_carlo (C++, threads) against the same
computation written with numpy, vectorised per draw as a Python user would.

Workload: the Kazakhstan network (kzsec.datasets.kazakhstan()), focal KAZ, rivals
RUS, CHN, USA, all 34 years 1991-2024. Each draw resamples every focal-rival
relation record from a truncated normal on [-1, 1] (sd 0.05/0.10/0.20 by
confidence) and computes, for every year and domain and the aggregate: the
affinities, tilt, normalised tilt, dispersion, equidistance, hedging score,
entropy, tilt band, spread and split; the statistics are mean, sd and the
5/25/50/75/95 % quantiles of every cell (numpy: stored draws, then np.quantile).

Usage: PYTHONPATH=build/<dir>/python python bench/bench_scenario.py [draws=100000] [numpy_draws=2000]
"""
from __future__ import annotations

import sys
import time

import numpy as np

import kzsec
from kzsec import scenario as sc

FOCAL, RIVALS = "KAZ", ["RUS", "CHN", "USA"]
YEARS = list(range(1991, 2025))
SD = {"high": 0.05, "medium": 0.10, "low": 0.20}
TH = (0.1, 0.35, 0.6)  # Kuik thresholds (kzsec defaults)
EPS = 1e-9


def plan(net):
    """Slots (Y, D, k): index of the sampled relation record or -1 (missing -> 0)."""
    rels = list(net.relations)
    domains = [d.id for d in net.domains]
    index, values, sds = {}, [], []
    slots = -np.ones((len(YEARS), len(domains), len(RIVALS)), dtype=np.int64)
    for yi, y in enumerate(YEARS):
        for di, d in enumerate(domains):
            for i, p in enumerate(RIVALS):
                found = None
                for j, r in enumerate(rels):  # undirected first, as kzsec's relation_mode::any
                    lo, hi = r.years
                    if r.domain == d and not r.directed and lo <= y <= hi and {r.a, r.b} == {FOCAL, p}:
                        found = j
                        break
                if found is None:
                    for j, r in enumerate(rels):
                        lo, hi = r.years
                        if r.domain == d and r.directed and lo <= y <= hi and (r.a, r.b) == (FOCAL, p):
                            found = j
                            break
                if found is not None:
                    if found not in index:
                        index[found] = len(values)
                        values.append(rels[found].value)
                        sds.append(SD[str(rels[found].confidence)])
                    slots[yi, di, i] = index[found]
    observed = slots >= 0
    included = observed.any(axis=2)  # missing_as_zero: a domain counts if any rival is observed
    return slots, np.array(values), np.array(sds), included


def truncnorm(rng, mu, sd):
    x = rng.normal(mu, sd)
    bad = np.abs(x) > 1
    while bad.any():
        x[bad] = rng.normal(mu[bad], sd[bad])
        bad = np.abs(x) > 1
    return x


def indicators(a):
    """a: (..., k) -> dict of (...) arrays (tilt, tn, disp, eq, hed, ent, kuik, leaning)."""
    k = a.shape[-1]
    ref, alt = a[..., 0], a[..., 1:].max(-1)
    tilt = ref - alt
    den = np.abs(ref) + np.abs(alt)
    tn = np.divide(tilt, den, out=np.zeros_like(tilt), where=den > 0)
    mx, mn = a.max(-1), a.min(-1)
    disp = mx - mn
    eq = 1 - disp / 2
    hed = np.where(mn > 0, eq, 0.0)
    pos = np.where(a > 0, a, 0.0)
    tot = pos.sum(-1, keepdims=True)
    p = np.divide(pos, tot, out=np.zeros_like(pos), where=tot > 0)
    plogp = np.where(p > 0, p * np.log(np.where(p > 0, p, 1.0)), 0.0)
    ent = np.where((a > 0).sum(-1) >= 2, -plogp.sum(-1) / np.log(k), 0.0)
    m = np.abs(tilt)
    level = np.select([m <= TH[0] + EPS, m <= TH[1] + EPS, m <= TH[2] + EPS], [0, 1, 2], 3)
    level = np.where((level == 3) & (((tilt > 0) & (alt > 0)) | ((tilt < 0) & (ref > 0))), 2, level)
    kuik = np.where(tilt >= 0, level, -level)
    srt = np.sort(a, -1)
    lean = np.where(srt[..., -1] - srt[..., -2] > EPS, np.argmax(a, -1), -1)
    return dict(tilt=tilt, tn=tn, disp=disp, eq=eq, hed=hed, ent=ent, kuik=kuik, lean=lean)


def numpy_draw(rng, slots, values, sds, included, w):
    x = truncnorm(rng, values, sds)
    a = np.where(slots >= 0, x[np.maximum(slots, 0)], 0.0)  # (Y, D, k)
    dom = indicators(a)
    wi = w[None, :] * included
    agg_a = (wi[..., None] * a).sum(1) / np.maximum(wi.sum(1), 1e-300)[:, None]
    agg = indicators(agg_a)
    t = np.where(included, dom["tilt"], np.nan)
    spread = np.nanmax(t, 1) - np.nanmin(t, 1)
    lean = np.where(included, dom["lean"], -1)
    split = np.array([len(set(r[r >= 0])) >= 2 for r in lean])
    return np.concatenate([a.reshape(len(YEARS), -1), np.stack([dom[k] for k in ("tilt", "tn", "disp", "eq", "hed", "ent", "kuik")], -1).reshape(len(YEARS), -1),
                           agg_a, np.stack([agg[k] for k in ("tilt", "tn", "disp", "eq", "hed", "ent", "kuik")], -1),
                           spread[:, None], split[:, None]], axis=1).ravel()


def numpy_batch(rng, nd, slots, values, sds, included, w):
    """nd draws at once, vectorised over draws as well: (nd, cells)."""
    x = truncnorm(rng, np.broadcast_to(values, (nd, values.size)).copy(), np.broadcast_to(sds, (nd, sds.size)).copy())
    a = np.where(slots >= 0, x[:, np.maximum(slots, 0)], 0.0)  # (nd, Y, D, k)
    dom = indicators(a)
    wi = w[None, :] * included  # (Y, D)
    agg_a = (wi[None, ..., None] * a).sum(2) / np.maximum(wi.sum(1), 1e-300)[None, :, None]
    agg = indicators(agg_a)
    t = np.where(included, dom["tilt"], np.nan)
    spread = np.nanmax(t, 2) - np.nanmin(t, 2)
    lean = np.where(included, dom["lean"], -1)
    hi = lean.max(2)
    lo = np.where(lean >= 0, lean, np.iinfo(lean.dtype).max).min(2)
    split = (hi >= 0) & (lo != hi)
    Y = slots.shape[0]
    return np.concatenate([a.reshape(nd, Y, -1),
                           np.stack([dom[k] for k in ("tilt", "tn", "disp", "eq", "hed", "ent", "kuik")], -1).reshape(nd, Y, -1),
                           agg_a, np.stack([agg[k] for k in ("tilt", "tn", "disp", "eq", "hed", "ent", "kuik")], -1),
                           spread[..., None], split[..., None]], axis=2).reshape(nd, -1)


def main():
    draws = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    np_draws = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    repeats = 3
    net = kzsec.datasets.kazakhstan()
    # kzsec first (median of three runs per configuration), so that neither side runs while
    # the other's worker threads are still spinning down.
    # "same computation as numpy": no sensitivity co-moments (numpy computes none); the second
    # configuration adds the default sensitivity ranking (2 targets x 58 relations).
    cpp = {}
    for label, extra in (("same computation as numpy", dict(sensitivity=[])),
                         ("plus the default sensitivity ranking", dict())):
        for threads in (1, 2):
            times = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                r = sc.monte_carlo(net, FOCAL, RIVALS, YEARS, draws=draws, seed=1, threads=threads, progress=False, **extra)
                times.append(time.perf_counter() - t0)
            cpp[label, r.threads] = (sorted(times)[repeats // 2], r.sampled_relations)

    slots, values, sds, included = plan(net)
    w = np.ones(slots.shape[1])
    rng = np.random.default_rng(1)
    first = numpy_draw(rng, slots, values, sds, included, w)
    out = np.empty((np_draws, first.size))
    t0 = time.perf_counter()
    for i in range(np_draws):
        out[i] = numpy_draw(rng, slots, values, sds, included, w)
    out.mean(0), out.std(0, ddof=1), np.quantile(out, [0.05, 0.25, 0.5, 0.75, 0.95], axis=0)
    t_np = (time.perf_counter() - t0) / np_draws
    print(f"numpy, a Python loop over draws: {np_draws} draws, {t_np * 1e6:.1f} us/draw ({len(values)} sampled relations, "
          f"{first.size} cells/draw) -> {t_np * draws:.1f} s for {draws} draws (extrapolated)")
    # The same computation batched over draws too (chunks of 1,000 draws; all draws stored).
    nb = max(np_draws, 1000) * 5
    t0 = time.perf_counter()
    outb = np.concatenate([numpy_batch(rng, 1000, slots, values, sds, included, w) for _ in range(nb // 1000)])
    outb.mean(0), outb.std(0, ddof=1), np.quantile(outb, [0.05, 0.25, 0.5, 0.75, 0.95], axis=0)
    t_nb = (time.perf_counter() - t0) / nb
    assert outb.shape[1] == first.size
    print(f"numpy, batched over draws: {nb} draws, {t_nb * 1e6:.1f} us/draw -> {t_nb * draws:.1f} s for {draws} draws")
    for (label, threads), (t_cpp, sampled) in cpp.items():
        print(f"kzsec C++ ({label}): {draws} draws, {threads} threads: {t_cpp:.3f} s (median of {repeats}; "
              f"{t_cpp / draws * 1e6:.2f} us/draw), {sampled} sampled relations; "
              f"speed-up over numpy {t_np * draws / t_cpp:.0f}x, over batched numpy {t_nb * draws / t_cpp:.1f}x")


if __name__ == "__main__":
    main()
