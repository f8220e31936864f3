#!/usr/bin/env python3
"""Compile time of the library, the command line, the Python extension and the tests, file by file.

Runs each compile command of a configured build tree (compile_commands.json) once more with
ccache off (CCACHE_DISABLE=1), one at a time, writing the object to a temporary file, and
reports the CPU time (user + system of the compiler) and the wall time of each translation
unit, the heaviest first, with the totals per group. CPU time is the number to compare on a
shared machine: it hardly depends on how many other jobs run, wall time does.

With --consumer N it also compiles, N times each, what a user's program pays for the umbrella
header: the README's C++ example (`#include <kzsec/kzsec.hpp>`, one snapshot, triangle_index)
with the flags of an example of the tree (the library's include directories, -O3 -std=c++20),
once with -fsyntax-only (the front end: parsing the headers) and once with -c (with the code
generation), and reports the CPU time of each run.

Usage: scripts/measure-compile.py [BUILD_DIR] [--filter REGEX] [--json OUT.json] [--consumer N]
       (default BUILD_DIR build/dev; the tree must be configured, and built if it uses
       precompiled headers (KZSEC_PCH): the precompiled headers are not rebuilt, their own
       compile is measured as the file cmake_pch.hxx.cxx of each target; nothing in it changes)
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

# the first pattern that matches names the group (bindings/python/src/ before the library's src/)
GROUPS = [("command line", re.compile(r"/src/cli/[^/]+\.cpp$")),
          ("Python extension", re.compile(r"/bindings/python/src/[^/]+\.cpp$")),
          ("tests", re.compile(r"/tests/cpp/[^/]+\.cpp$")),
          # the precompiled header of a target (KZSEC_PCH), compiled once per target
          ("precompiled headers", re.compile(r"/CMakeFiles/(kzsec|kzsec_cli_core|_core|kzsec_tests)\.dir/cmake_pch\.hxx\.cxx$")),
          ("library", re.compile(r"/src/[^/]+\.cpp$|/generated/[^/]+\.cpp$"))]

CONSUMER = """#include <kzsec/kzsec.hpp>
#include <iostream>

int main() {
    kzsec::network net = kzsec::datasets::kazakhstan();
    kzsec::signed_graph g = net.snapshot(2022, "security");
    auto t = kzsec::triangle_index(g);
    std::cout << g.num_edges() << " ties, balance " << t.index << "\\n";
}
"""


def group_of(path: str) -> str | None:
    for name, rx in GROUPS:
        if rx.search(path):
            return name
    return None


def cpu_of(args: list[str], cwd: str, env: dict) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, cwd=cwd, env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure_consumer(db: list[dict], runs: int, env: dict) -> dict:
    ex = next((e for e in db if "/examples/cpp/" in e["file"]), None)
    if ex is None:
        raise SystemExit("[kzsec] measure-compile: --consumer needs the examples in the tree (KZSEC_BUILD_EXAMPLES)")
    args = ex["arguments"] if "arguments" in ex else shlex.split(ex["command"])
    if Path(args[0]).name == "ccache":
        args = args[1:]
    res = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "consumer.cpp")
        Path(src).write_text(CONSUMER)
        base = []
        skip = False
        for x in args:  # the example's flags without its -o, -c, dependency-file options
            if skip:
                skip = False
            elif x in ("-o", "-c", "-MF", "-MT", "-MQ"):
                skip = True
            elif x not in ("-MD", "-MMD"):
                base.append(x)
        for mode, extra in (("syntax_only", ["-fsyntax-only", src]),
                            ("compile", ["-o", os.path.join(tmp, "consumer.o"), "-c", src])):
            res[mode] = [round(cpu_of(base + extra, ex["directory"], env), 2) for _ in range(runs)]
            print(f"consumer of kzsec.hpp, {mode:11s}: " + ", ".join(f"{t:.2f} s" for t in res[mode])
                  + f" cpu (best {min(res[mode]):.2f} s)", flush=True)
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build_dir", nargs="?", default="build/dev")
    ap.add_argument("--filter", default="", help="only files whose path matches this regex")
    ap.add_argument("--json", default="", help="also write the measurements to this file")
    ap.add_argument("--consumer", type=int, default=0, metavar="N",
                    help="also compile the README's C++ example (kzsec.hpp) N times, -fsyntax-only and -c")
    a = ap.parse_args()
    db_path = Path(a.build_dir) / "compile_commands.json"
    if not db_path.exists():
        print(f"[kzsec] measure-compile: {db_path} not found (configure the build first)", file=sys.stderr)
        return 2
    db = json.loads(db_path.read_text())
    entries = [e for e in db if group_of(e["file"])
               and (not a.filter or re.search(a.filter, e["file"]))]
    env = dict(os.environ, CCACHE_DISABLE="1")
    load0 = os.getloadavg()
    print(f"load average {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f}", flush=True)
    consumer = measure_consumer(db, a.consumer, env) if a.consumer > 0 else None
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for e in entries:
            if not Path(e["directory"], e["file"]).exists():  # generated by the build
                print(f"[kzsec] measure-compile: {e['file']} does not exist yet (build the tree), skipped",
                      file=sys.stderr)
                continue
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
        out = {"files": rows, "load_average_start": load0, "load_average_end": os.getloadavg(), "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        if consumer is not None:
            out["consumer"] = consumer
        Path(a.json).write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
