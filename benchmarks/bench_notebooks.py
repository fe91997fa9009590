"""Executing each lesson notebook vs its floor: a fresh kernel that imports pandas, matplotlib.pyplot and ipywidgets.

That floor is issue 11's: what any lesson pays before it does its own work. The older floor (a bare kernel running
an empty cell) is printed too, so earlier rows in RESULTS.md stay comparable.
"""

from __future__ import annotations

import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
FLOOR_CELL = "import pandas\nimport matplotlib.pyplot\nimport ipywidgets"


def _execute_seconds(nb, cwd: Path) -> float:
    t0 = time.perf_counter()
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}).execute()
    return time.perf_counter() - t0


def _median_floor(source: str, repeat: int) -> float:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])
    times = sorted(_execute_seconds(nbformat.from_dict(nb), ROOT / "notebooks") for _ in range(repeat))
    return times[len(times) // 2]


def run(repeat: int = 3) -> list[tuple]:
    bare = _median_floor("", repeat)
    floor = _median_floor(FLOOR_CELL, repeat)
    rows = [
        ("bare kernel + empty cell (old floor)", f"{bare / floor:.2f}", "-", f"{bare:.2f} s"),
        ("kernel importing pandas, matplotlib.pyplot, ipywidgets (floor)", "1.00", "-", f"{floor:.2f} s"),
    ]
    total = 0.0
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    for path in notebooks:
        times = sorted(_execute_seconds(nbformat.read(path, as_version=4), path.parent) for _ in range(repeat))
        t = times[len(times) // 2]
        total += t
        rows.append((f"{path.name} / floor", f"{t / floor:.2f}", "-", f"{t:.2f} s ({t / bare:.2f}x the old floor)"))
    if notebooks:
        rows.append(
            (
                "all lessons / sum of floors",
                f"{total / (floor * len(notebooks)):.2f}",
                "<= 1.3",
                f"{total:.1f} s for {len(notebooks)} notebooks ({total / (bare * len(notebooks)):.2f}x the old floor)",
            )
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")
