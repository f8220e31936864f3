"""``python -m kzsec``: the kzsec command line from Python.

    python -m kzsec report [--data FILE] [--focal KAZ] [--rivals RUS,CHN] [--west] [--years 1992-2024]
                           [--domains ...] [--format text|markdown|csv|json] [--output FILE] [--plot out.png]
    python -m kzsec report --calibration [--data FILE] [--years 1992-2024] [--format ...]
    python -m kzsec plot-report REPORT.json OUT.png

The numbers are computed by the same C++ code as the ``kzsec`` program.
"""
from __future__ import annotations

import argparse
import sys
from typing import List, Optional


def _years(text: str) -> List[int]:
    out: List[int] = []
    for part in filter(None, text.split(",")):
        if "-" in part[1:]:
            a, b = part.split("-", 1) if not part.startswith("-") else (part, part)
            lo, hi = int(a), int(b)
            if lo > hi:
                raise ValueError(f"[kzsec] --years: range '{part}' is reversed")
            out.extend(range(lo, hi + 1))
        else:
            out.append(int(part))
    return out


def main(argv: Optional[List[str]] = None) -> int:
    import kzsec

    parser = argparse.ArgumentParser(prog="python -m kzsec", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="yearly hedging, strategy and balance report for a focal actor")
    rep.add_argument("--data", default="", help="network JSON file or embedded dataset name (default: kazakhstan)")
    rep.add_argument("--focal", default="KAZ")
    rep.add_argument("--rivals", default="RUS,CHN", help="comma-separated; the first is the reference power")
    rep.add_argument("--west", action="store_true", help="add the United States (USA) to the rivals")
    rep.add_argument("--years", default="", help="1992-2024, 2014,2022 or a mix (default: all)")
    rep.add_argument("--domains", default="")
    rep.add_argument("--balance-domain", default="security")
    rep.add_argument("--format", default="text", choices=["text", "markdown", "csv", "json"])
    rep.add_argument("--output", "-o", default="")
    rep.add_argument("--plot", default="", help="also draw the indicators to this PNG")
    rep.add_argument("--frustration-time-limit", type=float, default=10.0)
    rep.add_argument("--scenario", default="", help="apply this scenario (kzsec-scenario JSON) to the data first")
    rep.add_argument("--draws", type=int, default=0, help="Monte Carlo draws for uncertainty bands (0 = none)")
    rep.add_argument("--seed", type=int, default=1)
    rep.add_argument("--robustness-draws", type=int, default=200,
                     help="draws behind the robustness of the strategy label (0 = none)")
    rep.add_argument("--world", action="store_true",
                     help="use the world network from public data (docs/world.md); years 1992-2024 unless --years")
    rep.add_argument("--calibration", action="store_true",
                     help="instead of the report: the codings beside the world network's values, with the Spearman "
                          "rank correlation per domain and the largest disagreements (docs/dataset.md)")
    rk = sub.add_parser("rank", help="every state's tilt, hedging score, strategy and robustness for one frame and year")
    rk.add_argument("--data", default="world", help="network JSON file or embedded dataset name (default: world)")
    rk.add_argument("--rivals", default="USA,CHN", help="comma-separated; the first is the reference of the tilt")
    rk.add_argument("--year", type=int, required=True)
    rk.add_argument("--domains", default="", help="default: the four domains of the world network")
    rk.add_argument("--sort", default="tilt", choices=["tilt", "hedging", "robustness", "strategy", "actor"])
    rk.add_argument("--min-observed-domains", type=int, default=2)
    rk.add_argument("--robustness-draws", type=int, default=200)
    rk.add_argument("--seed", type=int, default=1)
    rk.add_argument("--format", default="text", choices=["text", "markdown", "csv", "json"])
    rk.add_argument("--output", "-o", default="")
    rk.add_argument("--plot", default="", help="also draw the ranking to this PNG")
    pl = sub.add_parser("plot-report", help="draw a report saved as JSON")
    pl.add_argument("report_json")
    pl.add_argument("output_png")
    pr = sub.add_parser("plot-rank", help="draw a ranking saved as JSON (kzsec rank --format json)")
    pr.add_argument("rank_json")
    pr.add_argument("output_png")
    args = parser.parse_args(argv)

    try:
        if args.command == "plot-rank":
            import json

            import matplotlib

            matplotlib.use("Agg")
            from .plot import plot_rank

            with open(args.rank_json, encoding="utf-8") as f:
                ax = plot_rank(json.load(f))
            ax.figure.tight_layout()
            ax.figure.savefig(args.output_png, dpi=150)
            return 0
        if args.command == "plot-report":
            from .report import plot_report

            with open(args.report_json, encoding="utf-8") as f:
                plot_report(f.read(), args.output_png)
            return 0
        if args.command == "rank":
            return _rank(kzsec, args)
        if args.calibration:
            return _calibration(kzsec, args)
        if args.world:
            if args.data not in ("", "world"):
                raise ValueError(f"[kzsec] report: --world and --data {args.data} exclude each other")
            args.data = "world"
            args.years = args.years or "1992-2024"
        if args.data in ("", "kazakhstan"):
            net = kzsec.datasets.kazakhstan()
        elif args.data == "world":
            net = kzsec.datasets.world()
        elif args.data == "toy_world":
            net = kzsec.datasets.toy_world()
        else:
            net = kzsec.load(args.data)
        if args.scenario:
            net = kzsec.scenario.apply(net, kzsec.scenario.read_scenario(args.scenario))
        rivals = [r for r in args.rivals.split(",") if r]
        if args.west:
            rivals.append("USA")
        r = kzsec.report.make_report(
            net, focal=args.focal, rivals=rivals, years=_years(args.years) if args.years else None,
            domains=[d for d in args.domains.split(",") if d] or None, balance_domain=args.balance_domain,
            frustration_time_limit=args.frustration_time_limit, draws=args.draws, seed=args.seed,
            robustness_draws=args.robustness_draws, world=args.world)
        text = {"text": r.to_text, "markdown": r.to_markdown, "csv": r.to_csv,
                "json": lambda: r.to_json() + "\n"}[args.format]()
        if args.output and args.output != "-":
            with open(args.output, "w", encoding="utf-8") as f:
                f.write(text)
        else:
            sys.stdout.write(text)
        if args.plot:
            from .report import plot_report

            plot_report(r, args.plot)
    except (KeyError, ValueError, FileNotFoundError) as e:
        msg = e.args[0] if isinstance(e, KeyError) and e.args else str(e)
        print(f"kzsec: {msg}", file=sys.stderr)
        return 2
    return 0


def _calibration(kzsec, args) -> int:
    """``python -m kzsec report --calibration``: the same computation as ``kzsec report --calibration``."""
    if args.world:
        raise ValueError("[kzsec] report: --calibration and --world exclude each other")
    judgement = None if args.data in ("", "kazakhstan") else (
        kzsec.datasets.toy_world() if args.data == "toy_world" else kzsec.load(args.data))
    years = _years(args.years) if args.years else [1992, 2024]
    kw = {"first_year": min(years), "last_year": max(years)}
    domains = [d for d in args.domains.split(",") if d]
    if domains:
        kw["domains"] = domains
    res = kzsec.report.calibration(judgement, as_frame=False, **kw)
    text = {"text": res.to_text, "markdown": res.to_markdown, "csv": res.to_csv,
            "json": lambda: res.to_json() + "\n"}[args.format]()
    if args.output and args.output != "-":
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


def _rank(kzsec, args) -> int:
    """``python -m kzsec rank``: the same computation as ``kzsec rank`` (hedging::rank in C++)."""
    net = kzsec.datasets.world() if args.data == "world" else (
        kzsec.datasets.kazakhstan() if args.data == "kazakhstan" else kzsec.load(args.data))
    domains = [d for d in args.domains.split(",") if d] or (
        ["security", "political", "economic", "institutional"] if args.data == "world" else [])
    res = kzsec.hedging.rank(net, [r for r in args.rivals.split(",") if r], args.year, as_frame=False,
                             min_observed_domains=args.min_observed_domains, sort=args.sort, domains=domains,
                             robustness_draws=args.robustness_draws, robustness_seed=args.seed)
    text = {"text": res.to_text, "markdown": res.to_markdown, "csv": res.to_csv, "json": res.to_json}[args.format]()
    if args.output and args.output != "-":
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        from .plot import plot_rank

        ax = plot_rank(res)
        ax.figure.tight_layout()
        ax.figure.savefig(args.plot, dpi=150)
    return 0


if __name__ == "__main__":
    sys.exit(main())
