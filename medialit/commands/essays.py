"""`medialit essays`: export the capstone essays with the rubric, and merge the teacher's marks into the gradebook."""

from __future__ import annotations

import argparse

NAME = "essays"
HELP = "export capstone essays for marking; merge the marks into the gradebook"
DESCRIPTION = (
    "export: read each student's capstone essay from a submissions folder (the layouts `medialit grade`\n"
    "reads), without running anything, and write them with the rubric: a CSV to mark (suggested levels,\n"
    "empty columns for your levels) or one HTML page for the class.\n"
    "merge: add your marks (a CSV with student and one level per criterion) to the gradebook as one row\n"
    "per student, recompute the TOTAL rows and write the gradebook atomically."
)
EPILOG = """examples:
  medialit essays export submissions/ -o essays.csv
  medialit essays export submissions/ -o essays.html
  medialit essays merge grades.csv essays.csv            # essays.csv with your levels filled in
  medialit essays merge grades.csv marks.csv -o grades-marked.csv
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="write the essays with the rubric (.csv or .html)")
    export.add_argument("submissions", metavar="SUBMISSIONS_DIR", help="folder of student submissions")
    export.add_argument("-o", "--output", required=True, help="essays.csv (to mark) or essays.html (to read)")
    export.add_argument("--notebook", default=None, help="capstone notebook name (default: 08_capstone.ipynb)")
    merge = sub.add_parser("merge", help="merge rubric marks into a gradebook")
    merge.add_argument("gradebook", metavar="GRADES_CSV", help="gradebook written by medialit grade")
    merge.add_argument(
        "marks", metavar="MARKS_CSV", help="student + one level per criterion (the export CSV, filled in)"
    )
    merge.add_argument("-o", "--output", default=None, help="write here instead of updating GRADES_CSV")


def run(args: argparse.Namespace) -> int:
    from ..teaching import essays

    notebook = getattr(args, "notebook", None) or essays.NOTEBOOK
    if args.action == "export":
        return essays.export_essays(args.submissions, args.output, notebook=notebook)
    return essays.merge_marks(args.gradebook, args.marks, output=args.output)
