"""`medialit analyze`: run the analysis on an article and print JSON, CSV or a table."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import sys

from ..errors import MedialitError

NAME = "analyze"
HELP = "analyse an article (the bundled one by default)"
DESCRIPTION = "Find hedges, attributions, claims and denials, figures and dates in a news article."
EPILOG = """examples:
  medialit analyze                              # the bundled article, everything, as JSON
  medialit analyze story.html --what hedges --format table
  medialit analyze story.txt --what figures --format csv > figures.csv
  medialit analyze story.txt --what dates --published 2019-01-21 --format table
  medialit analyze https://example.org/news/story.html   # fetch a page by its address
"""
FORMATS = ("json", "csv", "table")


def what_choices() -> list[str]:
    """``--what``: every registered finder's name (analysis/registry.py), then "all"."""
    from ..analysis.registry import FINDERS

    return [*FINDERS, "all"]


def reader_columns(name: str) -> tuple[str, ...]:
    """The columns `--format table` shows unless `--all-columns`: what a reader needs to check each row."""
    from ..analysis.registry import FINDERS

    return FINDERS[name].reader_columns


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        nargs="?",
        help="a .txt, .md, .html or .htm file, or an http(s):// address (default: the bundled article)",
    )
    parser.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
    parser.add_argument("--what", choices=what_choices(), default="all", help="which analysis to print (default: all)")
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="the publication date, to turn relative dates ('last month') into calendar dates",
    )
    parser.add_argument(
        "--all-columns", action="store_true", help="with --format table: every column, not only the ones a reader needs"
    )


def run(args: argparse.Namespace) -> int:
    return analyze_command(
        args.path, fmt=args.format, what=args.what, published=args.published, all_columns=args.all_columns
    )


def parse_published(value: str) -> dt.date:
    """`value` as a calendar date, or a `MedialitError` that says what was expected."""
    text = value.strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise MedialitError(f"--published {value!r} is not a date: give it as YYYY-MM-DD, e.g. 2019-01-21") from None


def analyze_command(
    path: str | None,
    *,
    fmt: str = "json",
    what: str = "all",
    published: str | None = None,
    all_columns: bool = False,
    out=None,
) -> int:
    """Print the analysis of `path` to `out` (stdout); returns the exit code."""
    from ..analysis import analyze, find_dates
    from ..article import load_article

    day = parse_published(published) if published is not None else None  # before any work
    out = out or sys.stdout
    article = load_article(path)
    result = analyze(article)
    if day is not None:
        result = result.replace(dates=find_dates(article, published=day))
    frames = result.frames() if what == "all" else {what: result.frames()[what]}
    if fmt == "json":
        if what == "all":
            out.write(result.to_json(indent=2) + "\n")
        else:
            import json

            out.write(json.dumps(result.to_dict()[what], indent=2, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        for i, (name, frame) in enumerate(frames.items()):
            if len(frames) > 1:
                out.write(("" if i == 0 else "\n") + f"# {name}\n")
            frame.to_csv(out, index=False, lineterminator="\n")
    else:
        from ..render import fit_table_text

        width = shutil.get_terminal_size((100, 24)).columns
        for name, frame in frames.items():
            out.write(f"== {name} ({len(frame)}) ==\n")
            if all_columns:
                cols = list(frame.columns)
            else:
                cols = [c for c in (reader_columns(name) or frame.columns) if c in frame.columns]
            out.write(fit_table_text(frame[cols], width) + "\n")
    return 0
