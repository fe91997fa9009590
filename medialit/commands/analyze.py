"""`medialit analyze`: run the analysis on an article and print JSON, CSV or a table."""

from __future__ import annotations

import argparse
import sys

NAME = "analyze"
HELP = "analyse an article (the bundled one by default)"
DESCRIPTION = "Find hedges, attributions, claims and denials, figures and dates in a news article."
EPILOG = """examples:
  medialit analyze                              # the bundled article, everything, as JSON
  medialit analyze story.html --what hedges --format table
  medialit analyze story.txt --what figures --format csv > figures.csv
  medialit analyze https://example.org/news/story.html   # fetch a page by its address
"""
WHAT = ("hedges", "attributions", "claims", "figures", "dates", "all")
FORMATS = ("json", "csv", "table")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", help="a .txt, .md, .html or .htm file, or an http(s):// address (default: the bundled article)")
    parser.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
    parser.add_argument("--what", choices=WHAT, default="all", help="which analysis to print (default: all)")


def run(args: argparse.Namespace) -> int:
    return analyze_command(args.path, fmt=args.format, what=args.what)


def analyze_command(path: str | None, *, fmt: str = "json", what: str = "all", out=None) -> int:
    """Print the analysis of `path` to `out` (stdout); returns the exit code."""
    from ..analysis import analyze
    from ..article import load_article

    out = out or sys.stdout
    result = analyze(load_article(path))
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
        import pandas as pd

        with pd.option_context("display.max_colwidth", 60, "display.width", 200):
            for name, frame in frames.items():
                out.write(f"== {name} ({len(frame)}) ==\n")
                cols = [c for c in frame.columns if not c.endswith(("_start", "_end"))]
                out.write((frame[cols].to_string(index=False) if len(frame) else "(none)") + "\n")
    return 0
