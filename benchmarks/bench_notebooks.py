"""Executing each lesson notebook vs a bare kernel running one empty cell (the floor)."""

from __future__ import annotations

import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]


def _execute_seconds(nb, cwd: Path) -> float:
    t0 = time.perf_counter()
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}).execute()
    return time.perf_counter() - t0


def run(repeat: int = 3) -> list[tuple]:
    empty = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("")])
    floors = sorted(_execute_seconds(nbformat.from_dict(empty), ROOT) for _ in range(repeat))
    floor = floors[len(floors) // 2]
    rows = [("bare kernel + empty cell (floor)", "1.00", "-", f"{floor:.2f} s")]
    total = 0.0
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    for path in notebooks:
        times = sorted(_execute_seconds(nbformat.read(path, as_version=4), path.parent) for _ in range(repeat))
        t = times[len(times) // 2]
        total += t
        rows.append((f"{path.name} / floor", f"{t / floor:.2f}", "-", f"{t:.2f} s"))
    if notebooks:
        rows.append(
            (
                "all lessons / sum of floors",
                f"{total / (floor * len(notebooks)):.2f}",
                "<= 1.3",
                f"{total:.1f} s for {len(notebooks)} notebooks",
            )
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")
