"""`medialit reflections`: collect what students wrote under the lessons' "Reflect" headings, for the teacher."""

from __future__ import annotations

import argparse

NAME = "reflections"
HELP = "collect the students' written reflections into one page (.html) or a spreadsheet (.csv)"
DESCRIPTION = (
    "Read each submitted notebook (lessons or problem sets, in the layouts `medialit grade` reads) without\n"
    'running anything, and gather every cell a student wrote under a "Reflect" heading (and every cell\n'
    "tagged `reflection`): one HTML page for the class, grouped by notebook with the questions once, or a\n"
    "CSV with one row per student, notebook and cell. Everything a student wrote is escaped."
)
EPILOG = """examples:
  medialit reflections submissions/lessons -o reflections.html
  medialit reflections submissions/lessons -o reflections.csv --released notebooks/
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("submissions", metavar="SUBMISSIONS_DIR", help="folder of student submissions")
    parser.add_argument("-o", "--output", required=True, help="reflections.html (to read) or reflections.csv")
    parser.add_argument(
        "--released",
        metavar="DIR",
        default=None,
        help="folder of the notebooks as handed out (e.g. notebooks/): a write-in cell still as "
        "handed out is reported as not written",
    )


def run(args: argparse.Namespace) -> int:
    from ..teaching.reflections import export_reflections

    return export_reflections(args.submissions, args.output, released=args.released)
