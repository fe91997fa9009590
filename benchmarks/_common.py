"""Shared helpers for benchmarks: medians of repeated runs and a news-like text generator."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from importlib import resources


def median_seconds(fn: Callable[[], object], *, repeat: int = 5, warmup: int = 1) -> float:
    """Median wall time of `fn()` over `repeat` runs after `warmup` runs."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def article_text() -> str:
    return resources.files("medialit").joinpath("data/article.txt").read_text(encoding="utf-8")


def news_like_text(size: int) -> str:
    """About `size` characters of news-like prose: the article's body paragraphs, repeated and numbered.

    Numbering each copy's paragraphs keeps sentences distinct, so nothing can be cached away.
    """
    body = article_text().split("\n\n")[2:-1]
    out: list[str] = []
    total = 0
    n = 0
    while total < size:
        for para in body:
            chunk = f"{para} (Part {n}.)"
            out.append(chunk)
            total += len(chunk) + 2
            n += 1
            if total >= size:
                break
    return "\n\n".join(out)[:size]


def table(rows: list[tuple], headers: tuple) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
