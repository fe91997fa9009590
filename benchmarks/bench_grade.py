"""`medialit grade` on a class of identical submissions: --jobs 1 vs --jobs 2, and sandboxed vs unsandboxed.

Each submission is the demo exercise (tests/fixtures/teaching) answered correctly,
so every notebook starts a kernel and runs all its tests. The first ratio is the
wall time with one job over the time with two; on two free cores it approaches 2.
The second is the time in the bubblewrap sandbox over the time unsandboxed (the same
worker process, without bwrap; what ``--unsafe`` does where there is no sandbox), both
with two jobs, in the same run: the sandbox's cost (goal: at most 15 % more). The last
rows time one notebook, alternating, run the way grading ran before the sandbox (a kernel
started from the grader process itself) and in a worker process with and without bwrap.
Usage: `.venv/bin/python benchmarks/bench_grade.py [--copies 30] [--repeat 1]`.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "teaching"
RIGHT = {
    "answer_1 = ...": 'answer_1 = [\\"Bas News\\", \\"Voice of America\\", \\"Reuters\\", \\"Washington Post\\"]',
    "answer_2 = ...": "answer_2 = 30",
    "answer_3 = ...": 'answer_3 = \\"the war media cell\\"',
}


def build(root: Path, copies: int) -> tuple[Path, Path]:
    """A solutions folder and `copies` student folders holding the same right submission."""
    shutil.copytree(FIXTURES / "solutions", root / "solutions")
    text = (FIXTURES / "exercises" / "99_demo.ipynb").read_text(encoding="utf-8")
    for stub, answer in RIGHT.items():
        text = text.replace(stub, answer)
    for i in range(copies):
        folder = root / "subs" / f"student{i:03d}"
        folder.mkdir(parents=True)
        (folder / "99_demo.ipynb").write_text(text, encoding="utf-8")
    return root / "subs", root / "solutions"


def seconds(subs: Path, solutions: Path, out: Path, jobs: int, sandbox: str = "auto") -> float:
    from medialit.teaching.grade import grade

    t0 = time.perf_counter()
    grade(subs, solutions, out, jobs=jobs, timeout=30, err=io.StringIO(), sandbox=sandbox, unsafe=sandbox == "off")
    elapsed = time.perf_counter() - t0
    rows = out.read_text(encoding="utf-8").splitlines()
    assert all(",passed," in r for r in rows if ",99." in r), "a right submission did not pass"
    return elapsed


def per_notebook(subs: Path, solutions: Path, times: int) -> dict[str, float]:
    """Median seconds for one graded notebook: in-process kernel, worker, worker in bwrap (alternating)."""
    from medialit.teaching.execute import run_notebook
    from medialit.teaching.grade import Solution
    from medialit.teaching.notebook_steps import GRADE, StepContext, run_steps
    from medialit.teaching.sandbox import run_worker

    solution = Solution.load(solutions / "99_demo.ipynb")
    student = json.loads((subs / "student000" / "99_demo.ipynb").read_text(encoding="utf-8"))
    graded = run_steps(student, GRADE, StepContext("99_demo.ipynb", solution.nb))
    ways = {
        "in-process": lambda: run_notebook(graded, timeout=30, strict=True),
        "worker": lambda: run_worker(graded, files={}, timeout=30, sandboxed=False).runs,
        "bwrap": lambda: run_worker(graded, files={}, timeout=30, sandboxed=True).runs,
    }
    seen: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(times):
        for name, way in ways.items():
            t0 = time.perf_counter()
            runs = way()
            seen[name].append(time.perf_counter() - t0)
            assert all(r.status == "ok" for r in runs.values()), (name, runs)
    return {name: statistics.median(values) for name, values in seen.items()}


def run(copies: int = 30, repeat: int = 1, times: int = 8) -> list[tuple]:
    with tempfile.TemporaryDirectory(prefix="medialit-bench-grade-") as tmp:
        subs, solutions = build(Path(tmp), copies)
        warm_subs, _ = build(Path(tmp) / "warm", 1)  # first kernel start and imports are slow: keep them out
        seconds(warm_subs, solutions, Path(tmp) / "warm.csv", 1)
        one = statistics.median(seconds(subs, solutions, Path(tmp) / "one.csv", 1) for _ in range(repeat))
        seconds(warm_subs, solutions, Path(tmp) / "warm-off.csv", 1, "off")
        two, off = [], []
        for _ in range(repeat):  # alternate, so a busy spell on the machine hits both
            two.append(seconds(subs, solutions, Path(tmp) / "two.csv", 2))
            off.append(seconds(subs, solutions, Path(tmp) / "off.csv", 2, "off"))
        two_s, off_s = statistics.median(two), statistics.median(off)
        assert (
            (Path(tmp) / "one.csv").read_bytes()
            == (Path(tmp) / "two.csv").read_bytes()
            == (Path(tmp) / "off.csv").read_bytes()
        )
        single = per_notebook(subs, solutions, times)
    return [
        (
            f"grade {copies} notebooks, --jobs 1 / --jobs 2",
            f"{one / two_s:.2f}",
            "> 1.5 on 2 free cores",
            f"{one:.1f} s vs {two_s:.1f} s ({one / copies:.2f} s per notebook serial; median of {repeat})",
        ),
        (
            f"grade {copies} notebooks, sandboxed / unsandboxed (--jobs 2)",
            f"{two_s / off_s:.2f}",
            "<= 1.15",
            f"{two_s:.1f} s in bubblewrap vs {off_s:.1f} s without (median of {repeat})",
        ),
        (
            "one notebook: worker in bwrap / kernel from the grader (before the sandbox)",
            f"{single['bwrap'] / single['in-process']:.2f}",
            "<= 1.15",
            f"{single['bwrap']:.2f} s vs {single['in-process']:.2f} s; worker without bwrap {single['worker']:.2f} s "
            f"(median of {times}, alternating)",
        ),
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--times", type=int, default=8, help="runs of one notebook per way")
    args = parser.parse_args(argv)
    for row in run(args.copies, args.repeat, args.times):
        print(" | ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
