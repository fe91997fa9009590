"""`medialit report`: rebuild the class report (and, if asked, the feedback pages) from an existing gradebook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "report"
HELP = "rebuild the class report from a gradebook"
DESCRIPTION = (
    "Read a gradebook written by `medialit grade` (and the answers file beside it,\n"
    "GRADES.answers.json, for the questions' text and the students' answers) and write the\n"
    "class report: GRADES-report/index.html for the course and one page per problem set, with\n"
    "the distribution of totals, each question's share right, the commonest wrong answers\n"
    "(counted, without names) and the students whose notebooks timed out or failed to run.\n"
    "Without the answers file the report is still written, with a note saying what is missing."
)
EPILOG = """examples:
  medialit report grades.csv                       # writes grades-report/
  medialit report grades.csv -o class-report/      # somewhere else
  medialit report grades.csv --feedback feedback/  # the students' pages too
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gradebook", metavar="GRADES.csv", help="a gradebook written by medialit grade")
    parser.add_argument(
        "-o", "--output", metavar="DIR", help="folder for the report pages (default: GRADES-report/ beside the CSV)"
    )
    parser.add_argument("--feedback", metavar="DIR", help="also rebuild the students' feedback pages in DIR")


def run(args: argparse.Namespace) -> int:
    from ..teaching.publish import rebuild

    folder, students = rebuild(
        Path(args.gradebook),
        output=Path(args.output) if args.output else None,
        feedback_dir=Path(args.feedback) if args.feedback else None,
    )
    print(f"report: {students} students -> {folder / 'index.html'}", file=sys.stderr)
    return 0
