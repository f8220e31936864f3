"""``python -m kzsec``: the kzsec command line from Python.

    python -m kzsec report [--data FILE] [--focal KAZ] [--rivals RUS,CHN] [--west] [--years 1992-2024]
                           [--domains ...] [--format text|markdown|csv|json] [--output FILE] [--plot out.png]
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
    pl = sub.add_parser("plot-report", help="draw a report saved as JSON")
    pl.add_argument("report_json")
    pl.add_argument("output_png")
    args = parser.parse_args(argv)

    try:
        if args.command == "plot-report":
            from .report import plot_report

            with open(args.report_json, encoding="utf-8") as f:
                plot_report(f.read(), args.output_png)
            return 0
        if args.data in ("", "kazakhstan"):
            net = kzsec.datasets.kazakhstan()
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
            robustness_draws=args.robustness_draws)
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


if __name__ == "__main__":
    sys.exit(main())
