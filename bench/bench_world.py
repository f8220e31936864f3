"""Benchmark of the world network (issue #11; docs/world.md).

(a) All-pairs UN General Assembly agreement for every year of the 870,109
    votes of data/world/ (1946-2019, plus the one roll call of 2020-01-14):
    kzsec.world.un_agreement_by_year (C++, dense products per year, one year
    per thread) against the pandas groupby formulation of the same numbers —
    per calendar year, a self-merge of the votes on rcid, agreement
    1 - |v1 - v2| / 2 with yes 1 / abstain 0 / no -1, groupby (year,
    country1, country2) mean and count for country1 < country2. pandas runs
    year by year (the whole self-merge at once would hold ~120 M rows; year by
    year is what a user would write). Both give the same numbers (checked
    before timing). Runs are interleaved (kzsec, pandas, kzsec, ...); min and
    median are reported.
(b) kzsec.datasets.world() for every state and year (wall time and peak RSS,
    each in a fresh interpreter: the first call parses the embedded data, the
    second only builds), and hedging.profile of every state for
    ["USA", "CHN"] in 2014 on one hedging.NetworkIndex.

OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed from the environment before
numpy is imported (docs/benchmarks.md: the numpy/pandas baseline runs with
OpenBLAS's own kernel choice); the BLAS in use is recorded with threadpoolctl.

Run:  PYTHONPATH=<build>/python python bench/bench_world.py [--repeat 3] [--part a|b|all]
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
    os.environ.pop(_var, None)

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

import kzsec  # noqa: E402
from kzsec import world  # noqa: E402

RIVALS, PROFILE_YEAR = ["USA", "CHN"], 2014


def load() -> str:
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def blas() -> str:
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return "threadpoolctl not installed"
    out = []
    for i in threadpool_info():
        if i.get("user_api") == "blas":
            out.append(f"{i.get('internal_api')} {i.get('version')} kernel {i.get('architecture')}, "
                       f"{i.get('num_threads')} threads")
    return "; ".join(out) or "no BLAS loaded"


# ------------------------------------------------------------------ (a)
def pandas_agreement(votes, roll_calls):
    """The pandas formulation, year by year: (year, country1, country2, agreement, joint)."""
    import pandas as pd

    year = roll_calls["date"].str[:4].astype(int)
    v = votes[["rcid", "country", "vote"]].merge(pd.DataFrame({"rcid": roll_calls["rcid"], "year": year}), on="rcid")
    v["v"] = v["vote"].map({"yes": 1, "abstain": 0, "no": -1}).astype(np.int8)
    parts = []
    for y, g in v.groupby("year", sort=True):
        g = g[["rcid", "country", "v"]]
        m = g.merge(g, on="rcid", suffixes=("1", "2"))
        m = m[m["country1"] < m["country2"]]
        m["agreement"] = 1.0 - (m["v1"] - m["v2"]).abs() / 2.0
        r = m.groupby(["country1", "country2"], sort=True)["agreement"].agg(["mean", "count"]).reset_index()
        r.insert(0, "year", y)
        parts.append(r)
    out = pd.concat(parts, ignore_index=True)
    return out.rename(columns={"mean": "agreement", "count": "joint"})


def check_same(kz_frame, pd_frame) -> tuple[float, int]:
    m = kz_frame.merge(pd_frame, on=["year", "country1", "country2"], how="outer", suffixes=("", "_pd"),
                       indicator=True)
    if not (m["_merge"] == "both").all():
        raise AssertionError(f"pairs differ: {m['_merge'].value_counts().to_dict()}")
    if not (m["joint"] == m["joint_pd"]).all():
        raise AssertionError("joint counts differ")
    return float(np.max(np.abs(m["agreement"] - m["agreement_pd"]))), len(m)


def part_a(repeat: int) -> dict:
    import pandas as pd

    src = world.embedded_sources()
    votes = pd.DataFrame(src.votes)
    roll_calls = pd.DataFrame(src.roll_calls)
    res: dict = {"votes": len(votes), "load_before": load()}

    ref = pandas_agreement(votes, roll_calls)
    mine = world.agreement_frame(src)
    res["max_diff"], res["pairs"] = check_same(mine, ref)
    res["years"] = f"{int(ref['year'].min())}-{int(ref['year'].max())}"
    res["n_years"] = int(ref["year"].nunique())
    del ref, mine

    runs = {"kzsec_sources": [], "kzsec_sources_1t": [], "kzsec_frame": [], "pandas": []}
    for _ in range(repeat):
        for key, f in (("kzsec_sources", lambda: world.un_agreement_by_year(src)),
                       ("kzsec_sources_1t", lambda: world.un_agreement_by_year(src, threads=1)),
                       ("kzsec_frame", lambda: world.un_agreement_by_year(votes, roll_calls)),
                       ("pandas", lambda: pandas_agreement(votes, roll_calls))):
            t0 = time.perf_counter()
            f()
            runs[key].append(time.perf_counter() - t0)
    res["runs"] = runs
    res["load_after"] = load()
    return res


# ------------------------------------------------------------------ (b)
def profile_all(net) -> tuple[float, float, int, int]:
    """hedging.profile of every state but the rivals, on one NetworkIndex: (index s, profiles s, ok, failed)."""
    t0 = time.perf_counter()
    index = kzsec.hedging.NetworkIndex(net)
    t_index = time.perf_counter() - t0
    ok = failed = 0
    t0 = time.perf_counter()
    for a in [a.id for a in net.actors if a.id not in RIVALS]:
        try:
            kzsec.hedging.profile(index, a, RIVALS, PROFILE_YEAR)
            ok += 1
        except (KeyError, ValueError):
            failed += 1
    return t_index, time.perf_counter() - t0, ok, failed


def vm_rss_kb() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))


def part_b_child() -> dict:
    """One fresh interpreter: datasets.world() twice, then the 2014 profiles (printed as JSON).

    ru_maxrss survives fork + exec on Linux, so the parent's size can show in it; the child's
    own size after import is read from /proc/self/status (VmRSS), and the peak is valid when
    it exceeds the parent's.
    """
    rss0 = vm_rss_kb()
    t0 = time.perf_counter()
    net = kzsec.datasets.world(progress=False)
    first = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    del net
    t0 = time.perf_counter()
    net = kzsec.datasets.world(progress=False)
    second = time.perf_counter() - t0
    rss2 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t_index, t_prof, ok, failed = profile_all(net)
    t_rank = None
    if hasattr(kzsec.hedging, "rank"):  # hedging::rank (every state in one C++ call), where the build has it
        index = kzsec.hedging.NetworkIndex(net)
        t0 = time.perf_counter()
        kzsec._core.hedging.rank(index, RIVALS, PROFILE_YEAR)
        t_rank = time.perf_counter() - t0
    res = dict(rank=t_rank, parent_rss_kb=None, first=first, second=second, rss_import_kb=rss0, rss_first_kb=rss1, rss_peak_kb=rss2,
               actors=len(net.actors), relations=len(net.relations), metrics=len(net.metrics),
               index=t_index, profiles=t_prof, profiled=ok, failed=failed)
    del net
    t0 = time.perf_counter()
    net = kzsec.datasets.world(years=PROFILE_YEAR, progress=False)
    res["year_build"] = time.perf_counter() - t0
    res["year_index"], res["year_profiles"], res["year_profiled"], _ = profile_all(net)
    return res


def part_b(repeat: int) -> dict:
    res: dict = {"load_before": load(), "runs": [], "parent_rss_kb": vm_rss_kb()}
    for _ in range(repeat):
        out = subprocess.run([sys.executable, __file__, "--part", "b-child"], check=True, capture_output=True,
                             text=True, env=os.environ.copy())
        res["runs"].append(json.loads(out.stdout.strip().splitlines()[-1]))
    res["load_after"] = load()
    return res


# ------------------------------------------------------------------ report
def fmt_s(xs) -> str:
    return f"{min(xs):.3f} s / {statistics.median(xs):.3f} s"


def markdown(a: dict | None, b: dict | None) -> str:
    import pandas as pd

    lines = [f"`bench/bench_world.py`; {platform.machine()}, {os.cpu_count()} cores, Python "
             f"{platform.python_version()}, numpy {np.__version__}, pandas {pd.__version__}; BLAS: {blas()}; "
             f"OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset.", ""]
    if a:
        r = a["runs"]
        pd_med = statistics.median(r["pandas"])
        lines += [
            f"(a) All-pairs UN agreement, {a['votes']:,} votes, every year {a['years']} ({a['n_years']} years, "
            f"{a['pairs']:,} country pairs x years); {len(r['pandas'])} interleaved runs, min / median; load average "
            f"{a['load_before']} before, {a['load_after']} after.",
            "",
            "| computation | min / median | pandas / this (median) |",
            "|---|---:|---:|",
            f"| kzsec `un_agreement_by_year(sources)`, 2 threads | {fmt_s(r['kzsec_sources'])} | "
            f"**{pd_med / statistics.median(r['kzsec_sources']):.0f}x** |",
            f"| kzsec, 1 thread | {fmt_s(r['kzsec_sources_1t'])} | "
            f"{pd_med / statistics.median(r['kzsec_sources_1t']):.0f}x |",
            f"| kzsec from the pandas DataFrames (factorize + C++) | {fmt_s(r['kzsec_frame'])} | "
            f"{pd_med / statistics.median(r['kzsec_frame']):.0f}x |",
            f"| pandas self-merge + groupby, year by year | {fmt_s(r['pandas'])} | 1x |",
            "",
            f"Largest |difference| of the agreement between kzsec and pandas: {a['max_diff']:.1e}; joint counts and "
            f"pairs identical.",
            "",
        ]
    if b:
        runs = b["runs"]
        g = lambda k: [x[k] for x in runs]  # noqa: E731
        mb = lambda kb: f"{kb / 1024:.0f} MB"  # noqa: E731
        x = runs[0]
        lines += [
            f"(b) `kzsec.datasets.world()`, every state 1946-2024 ({x['actors']} actors, {x['relations']:,} relations, "
            f"{x['metrics']:,} metrics); {len(runs)} fresh interpreters, min / median; load average "
            f"{b['load_before']} before, {b['load_after']} after.",
            "",
            "| step | min / median |",
            "|---|---:|",
            f"| first call (parses the embedded data, then builds) | {fmt_s(g('first'))} |",
            f"| second call (builds only) | {fmt_s(g('second'))} |",
            f"| peak RSS of the process (after import: {mb(min(g('rss_import_kb')))}; one network at a time; "
            f"parent {mb(b['parent_rss_kb'])}) | "
            f"{mb(min(g('rss_peak_kb')))} / {mb(statistics.median(g('rss_peak_kb')))} |",
            f"| `hedging.NetworkIndex(net)` on the full network | {fmt_s(g('index'))} |",
            f"| `hedging.profile(index, a, {RIVALS}, {PROFILE_YEAR})` for every state ({x['profiled']} profiled, "
            f"{x['failed']} raised), full network | {fmt_s(g('profiles'))} |",
            *([f"| `hedging.rank(index, {RIVALS}, {PROFILE_YEAR})` (every state, one C++ call), full network | "
               f"{fmt_s(g('rank'))} |"] if x.get("rank") is not None else []),
            f"| the same profiles on `datasets.world(years={PROFILE_YEAR})` ({x['year_profiled']} states; build "
            f"{statistics.median(g('year_build')):.2f} s, index {statistics.median(g('year_index')):.3f} s) | "
            f"{fmt_s(g('year_profiles'))} |",
            "",
        ]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--part", choices=["a", "b", "all", "b-child"], default="all")
    args = ap.parse_args()
    if args.part == "b-child":
        print(json.dumps(part_b_child()))
        return
    print(f"load average at start: {load()}; BLAS: {blas()}", flush=True)
    a = part_a(args.repeat) if args.part in ("a", "all") else None
    if a:
        print(json.dumps(a), flush=True)
    b = part_b(args.repeat) if args.part in ("b", "all") else None
    if b:
        print(json.dumps(b), flush=True)
    print(markdown(a, b))


if __name__ == "__main__":
    main()
