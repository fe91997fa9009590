"""Run every benchmark, print one table, and append it to benchmarks/RESULTS.md with the date and machine.

Usage: `.venv/bin/python benchmarks/run.py [--quick] [--no-record]`. Every figure is a ratio to a baseline
measured in the same run (machines are noisy); medians of several repetitions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import table  # noqa: E402

SUITES = [
    "bench_import",
    "bench_analyze",
    "bench_memory",
    "bench_notebooks",
    "bench_widgets",
    "bench_grade",
    "bench_report",
    "bench_binder",
    "bench_sentences",
    "eval_rules",
    "eval_dates",
    "eval_realtext",
    "bench_student_env",
    "bench_pages",
    "eval_general",
    "bench_polnear",
]


def _machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB memory"
    except OSError:
        pass
    return f"{os.cpu_count()} cores{mem}, {platform.system()} {platform.machine()}, Python {platform.python_version()}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer repetitions")
    parser.add_argument("--no-record", action="store_true", help="print only; do not append to RESULTS.md")
    parser.add_argument("--only", nargs="*", help="run only these suites (e.g. bench_import)")
    args = parser.parse_args(argv)
    rows = []
    for name in args.only or SUITES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        kwargs = {}
        if args.quick and name == "bench_analyze":
            kwargs = {"sizes": (10_000, 100_000, 1_000_000), "repeat": 2}
        if args.quick and name == "bench_memory":
            kwargs = {"size": 1_000_000}
        rows.extend(module.run(**kwargs))
    text = table(rows, ("measure", "ratio", "goal", "detail"))
    print(text)
    if not args.no_record:
        stamp = dt.date.today().isoformat()
        with open(HERE / "RESULTS.md", "a", encoding="utf-8") as fh:
            fh.write(f"\n## {stamp} — {_machine()}\n\n{text}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
