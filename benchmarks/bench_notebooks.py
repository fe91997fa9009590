"""Executing each lesson notebook vs its floor: a fresh kernel that imports pandas, matplotlib.pyplot and ipywidgets.

That floor is issue 11's: what any lesson pays before it does its own work. The older floor (a bare kernel running
an empty cell) is printed too, so earlier rows in RESULTS.md stay comparable.

The kernels import this tree's `medialit` (its folder goes first on PYTHONPATH, whatever package is installed), and
its bytecode is compiled first, as an installed package's is (pip compiles it; a first import writes it): pandas,
matplotlib and ipywidgets load from bytecode in the floor, so a lesson should not pay for compiling medialit's source
when the environment turns bytecode writing off.
"""

from __future__ import annotations

import compileall
import os
import statistics
import time
from contextlib import contextmanager
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
FLOOR_CELL = "import pandas\nimport matplotlib.pyplot\nimport ipywidgets"


def _execute_seconds(nb, cwd: Path) -> float:
    t0 = time.perf_counter()
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}).execute()
    return time.perf_counter() - t0


def _one_cell(source: str):
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])


@contextmanager
def _this_tree():
    """Kernels started inside import this tree's package, compiled to bytecode."""
    compileall.compile_dir(ROOT / "medialit", quiet=1)
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + ([old] if old else []))
    try:
        yield
    finally:
        if old is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = old


def run(repeat: int = 3) -> list[tuple]:
    with _this_tree():
        return _rows(repeat)


def _rows(repeat: int) -> list[tuple]:
    """Medians of `repeat` rounds; each round runs both floors and every lesson, so a change in the machine's
    load falls on floors and lessons alike."""
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    runs: dict[str, list[float]] = {"bare": [], "floor": [], **{p.name: [] for p in notebooks}}
    for _ in range(repeat):
        runs["bare"].append(_execute_seconds(_one_cell(""), ROOT / "notebooks"))
        runs["floor"].append(_execute_seconds(_one_cell(FLOOR_CELL), ROOT / "notebooks"))
        for path in notebooks:
            runs[path.name].append(_execute_seconds(nbformat.read(path, as_version=4), path.parent))
    median = {name: statistics.median(times) for name, times in runs.items()}
    bare, floor = median["bare"], median["floor"]
    rows = [
        ("bare kernel + empty cell (old floor)", f"{bare / floor:.2f}", "-", f"{bare:.2f} s"),
        ("kernel importing pandas, matplotlib.pyplot, ipywidgets (floor)", "1.00", "-", f"{floor:.2f} s"),
    ]
    for path in notebooks:
        t = median[path.name]
        rows.append((f"{path.name} / floor", f"{t / floor:.2f}", "-", f"{t:.2f} s ({t / bare:.2f}x the old floor)"))
    if notebooks:
        total = sum(median[p.name] for p in notebooks)
        rows.append(
            (
                "all lessons / sum of floors",
                f"{total / (floor * len(notebooks)):.2f}",
                "<= 1.3",
                f"{total:.1f} s for {len(notebooks)} notebooks ({total / (bare * len(notebooks)):.2f}x the old floor; "
                f"median of {repeat} rounds)",
            )
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")
