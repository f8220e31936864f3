#!/usr/bin/env python3
"""Compile time of the library, the command line and the Python extension, file by file.

Runs each compile command of a configured build tree (compile_commands.json) once more with
ccache off (CCACHE_DISABLE=1), one at a time, writing the object to a temporary file, and
reports the CPU time (user + system of the compiler) and the wall time of each translation
unit, the heaviest first, with the totals per group. CPU time is the number to compare on a
shared machine: it hardly depends on how many other jobs run, wall time does.

Usage: scripts/measure-compile.py [BUILD_DIR] [--filter REGEX] [--json OUT.json]
       (default BUILD_DIR build/dev; the tree must be configured; nothing in it changes)
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GROUPS = [("library", re.compile(r"/src/[^/]+\.cpp$|/generated/[^/]+\.cpp$")),
          ("command line", re.compile(r"/src/cli/[^/]+\.cpp$")),
          ("Python extension", re.compile(r"/bindings/python/src/[^/]+\.cpp$"))]


def group_of(path: str) -> str | None:
    for name, rx in GROUPS:
        if rx.search(path):
            return name
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build_dir", nargs="?", default="build/dev")
    ap.add_argument("--filter", default="", help="only files whose path matches this regex")
    ap.add_argument("--json", default="", help="also write the measurements to this file")
    a = ap.parse_args()
    db_path = Path(a.build_dir) / "compile_commands.json"
    if not db_path.exists():
        print(f"[kzsec] measure-compile: {db_path} not found (configure the build first)", file=sys.stderr)
        return 2
    entries = [e for e in json.loads(db_path.read_text()) if group_of(e["file"])
               and (not a.filter or re.search(a.filter, e["file"]))]
    env = dict(os.environ, CCACHE_DISABLE="1")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for e in entries:
            args = e["arguments"] if "arguments" in e else shlex.split(e["command"])
            if Path(args[0]).name == "ccache":
                args = args[1:]
            out = os.path.join(tmp, "o.o")
            args = [out if (i > 0 and args[i - 1] == "-o") else x for i, x in enumerate(args)]
            # no dependency file: it would overwrite the build tree's
            args = [x for i, x in enumerate(args) if x not in ("-MD", "-MMD")
                    and not (x in ("-MF", "-MT", "-MQ") or (i > 0 and args[i - 1] in ("-MF", "-MT", "-MQ")))]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(args, cwd=e["directory"], env=env, check=True)
            wall = time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            rows.append({"file": os.path.relpath(e["file"], Path(a.build_dir).resolve().parents[1]),
                         "group": group_of(e["file"]), "cpu_s": round(cpu, 2), "wall_s": round(wall, 2)})
            print(f"{cpu:7.1f} s cpu {wall:7.1f} s wall  {rows[-1]['file']}", flush=True)
    print()
    for name, _ in GROUPS:
        g = [r for r in rows if r["group"] == name]
        if g:
            print(f"{name:17s} {len(g):3d} files  {sum(r['cpu_s'] for r in g):8.1f} s cpu  "
                  f"{sum(r['wall_s'] for r in g):8.1f} s wall")
    print(f"{'total':17s} {len(rows):3d} files  {sum(r['cpu_s'] for r in rows):8.1f} s cpu  "
          f"{sum(r['wall_s'] for r in rows):8.1f} s wall")
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
