"""Day-level accuracy of `find_dates` on a small dev set of news sentences with gold calendar days.

Usage: `.venv/bin/python benchmarks/eval_dates.py [--details]`. Each item of `benchmarks/eval/dates.jsonl`
is one invented news sentence, its publication date and the day each date expression in it means
(see `benchmarks/eval/README.md`). A gold date counts as right when a `find_dates` row overlaps its words
and is that single day (``date_low == date_high == day``). This is a development set, written to look like
news; it is not a held-out corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import pandas as pd

from medialit.analysis.timeline import find_dates
from medialit.article import Article

EVAL = Path(__file__).resolve().parent / "eval" / "dates.jsonl"
HEADLINE = "Evening news summary\n\n"  # so the item is body text, not the headline


def score(path: Path = EVAL) -> tuple[int, int, list[str]]:
    """(right, total, one line per miss)."""
    right, total, misses = 0, 0, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        article = Article.from_text(HEADLINE + item["text"])
        frame = find_dates(article, published=dt.date.fromisoformat(item["published"]))
        for gold in item["dates"]:
            total += 1
            start = len(HEADLINE) + item["text"].index(gold["text"])
            end = start + len(gold["text"])
            rows = frame[(frame["start"] < end) & (frame["end"] > start)]
            day = pd.Timestamp(gold["day"])
            if any(r.date_low == day and r.date_high == day for r in rows.itertuples()):
                right += 1
            else:
                got = (
                    "; ".join(
                        f"{r.text!r} {r.date_low.date() if not pd.isna(r.date_low) else 'NaT'}"
                        f"..{r.date_high.date() if not pd.isna(r.date_high) else 'NaT'}"
                        for r in rows.itertuples()
                    )
                    or "not found"
                )
                misses.append(f"{item['id']} {gold['text']!r} want {gold['day']}, got {got} | {item['text']}")
    return right, total, misses


def run() -> list[tuple]:
    right, total, _ = score()
    return [
        (
            "eval dates: day-level accuracy",
            f"{right / total:.2f}",
            ">= 0.90",
            f"{right}/{total} gold days (benchmarks/eval/dates.jsonl, a dev set)",
        )
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss")
    args = parser.parse_args()
    for row in run():
        print(*row, sep="\t")
    if args.details:
        print("\n".join(score()[2]))
