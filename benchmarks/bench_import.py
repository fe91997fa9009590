"""`import medialit` vs `import pandas`, each in a fresh interpreter (goal: ratio <= 1.15)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def _fresh_import_seconds(module: str, repeat: int) -> float:
    times = []
    for _ in range(repeat + 1):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times[1:])  # the first run warms the disk cache


def run(repeat: int = 7) -> list[tuple]:
    python = _fresh_import_seconds("sys", repeat)
    pandas = _fresh_import_seconds("pandas", repeat)
    medialit = _fresh_import_seconds("medialit", repeat)
    article = _fresh_import_seconds("medialit; medialit.load_article()", repeat)
    return [
        (
            "import medialit / import pandas",
            f"{medialit / pandas:.2f}",
            "<= 1.15",
            f"{medialit * 1000:.0f} ms vs {pandas * 1000:.0f} ms (bare python {python * 1000:.0f} ms)",
        ),
        ("import + load_article() / import pandas", f"{article / pandas:.2f}", "-", f"{article * 1000:.0f} ms"),
    ]


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")
