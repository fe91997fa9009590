"""Page extraction: is the story kept as body and the furniture not, on web pages written for this (page_set.py)?

Each page of `page_set.pages()` is saved to a temporary folder and loaded with `load_article`. A passage
is *kept* when it lies inside a ``headline`` or ``body`` paragraph. Scored by characters: precision is the
share of kept text that is story, recall the share of the story kept; F1 as usual. Baselines measured in
the same run: the naive visible text (every character outside tags, scripts and styles: recall 1) and
trafilatura alone (its extracted text). A page `load_article` refuses keeps nothing and is counted.

Usage: `.venv/bin/python benchmarks/bench_pages.py [--details]`. Not the issue's held-out set: these pages
are invented (see page_set.py), so the figures are a guide to what the loader does on common layouts.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from page_set import pages  # noqa: E402

_TOKEN = re.compile(r"\w+")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")


def _norm(text: str) -> str:
    return " " + " ".join(_TOKEN.findall(text.casefold())) + " "


def naive_text(data: bytes) -> str:
    """Every character outside tags, scripts, styles and comments (what 'select all, copy' roughly gives)."""
    import html

    markup = data.decode("utf-8", "replace")
    return html.unescape(_TAG.sub("\n", _SCRIPT.sub(" ", markup)))


def trafilatura_text(data: bytes) -> str:
    from trafilatura import extract

    return extract(data, include_comments=False, include_tables=True) or ""


def medialit_text(path: Path) -> str | None:
    """The headline and body paragraphs, one per line; None when the page is refused."""
    from medialit import load_article
    from medialit.errors import MedialitError

    try:
        article = load_article(path)
    except MedialitError:
        return None
    kept = article.paragraphs[article.paragraphs["role"].isin(["headline", "body"])]
    return "\n".join(kept["text"])


def score(kept: str | None, story: list[str], furniture: list[str]) -> tuple[int, int, int]:
    """(story characters kept, story characters, furniture characters kept)."""
    text = _norm(kept or "")
    found = sum(len(p) for p in story if _norm(p) in text)
    leaked = sum(len(p) for p in furniture if _norm(p) in text)
    return found, sum(len(p) for p in story), leaked


def _f1(found: int, total: int, leaked: int) -> tuple[float, float, float]:
    p = found / (found + leaked) if found + leaked else 0.0
    r = found / total if total else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(details: bool = False) -> list[tuple]:
    sums = {name: [0, 0, 0] for name in ("medialit", "naive", "trafilatura")}
    refused = []
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, data, story, furniture in pages():
            n += 1
            path = Path(tmp) / f"{name}.html"
            path.write_bytes(data)
            mine = medialit_text(path)
            if mine is None:
                refused.append(name)
            for method, kept in (
                ("medialit", mine),
                ("naive", naive_text(data)),
                ("trafilatura", trafilatura_text(data)),
            ):
                got = score(kept, story, furniture)
                for i in range(3):
                    sums[method][i] += got[i]
                if details and method == "medialit":
                    p, r, f = _f1(*got)
                    print(f"{name:28} P {p:.2f} R {r:.2f} F1 {f:.2f}", file=sys.stderr)
    rows = []
    scores = {m: _f1(*v) for m, v in sums.items()}
    for method, (p, r, f) in scores.items():
        goal = ">= 0.93" if method == "medialit" else "-"
        rows.append(
            (
                f"pages: story kept vs furniture dropped, F1 ({method})",
                f"{f:.2f}",
                goal,
                f"P {p:.2f} R {r:.2f} on {n} written pages (page_set.py), by characters",
            )
        )
    rows.append(
        (
            "pages: medialit F1 / trafilatura alone F1",
            f"{scores['medialit'][2] / scores['trafilatura'][2]:.2f}",
            ">= 1.00",
            "the same pages, the same scoring",
        )
    )
    rows.append(("pages refused", f"{len(refused)}", "0", ", ".join(refused) or f"none of {n}"))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="per-page scores of medialit on stderr")
    args = parser.parse_args(argv)
    from _common import table

    print(table(run(details=args.details), ("measure", "ratio", "goal", "detail")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
