"""What the feedback pages and the class report add to `medialit grade` for a class of 30.

The class hands in the demo exercise (tests/fixtures/teaching) answered in four ways
(right, a wrong number, a wrong choice, left empty), so the pages have misses to explain
and the report wrong answers to count. Grading runs for real (`--jobs 2`); the step that
writes the answers file, the 30 feedback pages and the report (`publish`) is timed inside
that run (cold: the article and keys are loaded there for the first time), and again on its
own (warm, median of `repeat`). The ratio is the in-run publish time over the rest of
grading: the share by which `medialit grade` gets slower. `medialit report` (rebuilding the report
from the CSV and the answers file) is timed the same way.
Usage: `.venv/bin/python benchmarks/bench_report.py [--copies 30] [--repeat 5]`.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench_grade import FIXTURES, RIGHT

#: Four ways a student answers: (stub -> answer) replacements on the exercise's text.
WAYS = [
    RIGHT,
    {**RIGHT, "answer_2 = ...": "answer_2 = 31"},
    {**RIGHT, "answer_3 = ...": 'answer_3 = \\"Bas News\\"'},
    {},
]


def build(root: Path, copies: int) -> tuple[Path, Path]:
    shutil.copytree(FIXTURES / "solutions", root / "solutions")
    stub = (FIXTURES / "exercises" / "99_demo.ipynb").read_text(encoding="utf-8")
    for i in range(copies):
        text = stub
        for old, new in WAYS[i % len(WAYS)].items():
            text = text.replace(old, new)
        folder = root / "subs" / f"student{i:03d}"
        folder.mkdir(parents=True)
        (folder / "99_demo.ipynb").write_text(text, encoding="utf-8")
    return root / "subs", root / "solutions"


def run(copies: int = 30, repeat: int = 5) -> list[tuple]:
    from medialit.teaching import grade as grade_module
    from medialit.teaching import publish as publish_module

    calls: list[tuple[tuple, dict, float]] = []
    real_publish = publish_module.publish

    def timed_publish(*args, **kwargs):
        t0 = time.perf_counter()
        real_publish(*args, **kwargs)
        calls.append((args, kwargs, time.perf_counter() - t0))

    with tempfile.TemporaryDirectory(prefix="medialit-bench-report-") as tmp:
        subs, solutions = build(Path(tmp), copies)
        out = Path(tmp) / "grades.csv"
        publish_module.publish = timed_publish
        try:
            t0 = time.perf_counter()
            grade_module.grade(subs, solutions, out, jobs=2, timeout=30, err=io.StringIO())
            total = time.perf_counter() - t0
        finally:
            publish_module.publish = real_publish
        args, kwargs, first = calls[0]
        grading = total - first
        again = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            real_publish(*args, **kwargs)
            again.append(time.perf_counter() - t0)
        rebuild = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            publish_module.rebuild(out, feedback_dir=Path(tmp) / "feedback-again")
            rebuild.append(time.perf_counter() - t0)
    pages, report = statistics.median(again), statistics.median(rebuild)
    return [
        (
            f"feedback pages + class report / rest of grading ({copies} students)",
            f"{first / grading:.3f}",
            "< 0.05",
            f"{first * 1000:.0f} ms inside the grade run (article and keys loaded cold) vs {grading:.1f} s grading "
            f"with --jobs 2; warm repeat {pages * 1000:.0f} ms, median of {repeat}",
        ),
        (
            f"medialit report (rebuild, {copies} students) / grading",
            f"{report / grading:.3f}",
            "< 0.05",
            f"{report * 1000:.0f} ms; median of {repeat}",
        ),
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    for row in run(args.copies, args.repeat):
        print(" | ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
