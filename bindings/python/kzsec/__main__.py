"""``kzsec`` (the command pip installs) and ``python -m kzsec``: the kzsec command line.

    kzsec report [--data FILE] [--focal KAZ] [--rivals RUS,CHN] [--west] [--years 1992-2024] ...
    kzsec report --calibration [--data FILE] [--years 1992-2024] [--format ...]
    kzsec rank --rivals USA,CHN --year 2014 [--sort tilt|hedging|robustness|strategy|actor] ...
    kzsec validate FILE...
    kzsec export [--data FILE] --year Y [--domain D] [--format graphml|dot] [--output FILE]
    kzsec datasets
    kzsec plot-report REPORT.json OUT.png      (Python only: draw a saved report)
    kzsec plot-rank RANK.json OUT.png          (Python only: draw a saved ranking)

Every subcommand but the two plot-* ones is the C++ command line itself (src/cli/main.cpp,
bound as ``kzsec._core.cli.run``): the same options, defaults, help text and numbers as the
C++ program ``kzsec``. ``kzsec <subcommand> --help`` lists the options.
"""
from __future__ import annotations

import sys
from typing import List, Optional

_PLOT_COMMANDS = {
    "plot-report": "draw a report saved as JSON (kzsec report --format json) to a PNG",
    "plot-rank": "draw a ranking saved as JSON (kzsec rank --format json) to a PNG",
}


def _draw(command: str, json_text: str, png: str) -> None:
    """Draw a report (``plot-report``) or a ranking (``plot-rank``) given as JSON text to ``png``."""
    import matplotlib

    matplotlib.use("Agg")
    if command == "plot-report":
        from .report import plot_report

        plot_report(json_text, png)
    elif command == "plot-rank":
        import json

        from .plot import plot_rank

        ax = plot_rank(json.loads(json_text))
        ax.figure.tight_layout()
        ax.figure.savefig(png, dpi=150)
    else:  # pragma: no cover - the C++ side only asks for the two
        raise ValueError(f"[kzsec] unknown plot command '{command}'")


def _plot_command(args: List[str]) -> int:
    """``kzsec plot-report|plot-rank JSON PNG``."""
    command, rest = args[0], args[1:]
    if len(rest) != 2 or any(a in ("-h", "--help") for a in rest):
        out = sys.stdout if any(a in ("-h", "--help") for a in rest) else sys.stderr
        print(f"{_PLOT_COMMANDS[command]}\nUsage: kzsec {command} JSON PNG", file=out)
        return 0 if out is sys.stdout else 2
    try:
        with open(rest[0], encoding="utf-8") as f:
            text = f.read()
        _draw(command, text, rest[1])
    except (OSError, ValueError, KeyError) as e:
        print(f"kzsec: {command}: {e}", file=sys.stderr)
        return 2
    return 0


def _write(stream, data: bytes) -> None:
    stream.flush()
    buf = getattr(stream, "buffer", None)
    if buf is not None:
        buf.write(data)
        buf.flush()
    else:  # a text-only stream (e.g. redirected in a notebook or a test)
        stream.write(data.decode("utf-8", errors="replace"))


def main(argv: Optional[List[str]] = None) -> int:
    """Run the kzsec command line on ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in _PLOT_COMMANDS:
        return _plot_command(args)
    from ._core import cli

    rc, out, err = cli.run(args, plot=_draw)
    _write(sys.stdout, out)
    _write(sys.stderr, err)
    return rc


def main_deprecated() -> int:
    """``kzsec-py``: the former name of the ``kzsec`` command (deprecated; removed in the next release)."""
    print("kzsec-py is deprecated and will be removed in the next release: use `kzsec` (same subcommands)",
          file=sys.stderr)
    return main()


if __name__ == "__main__":
    sys.exit(main())
