"""`medialit grade`: run submitted notebooks with the hidden tests; write a gradebook CSV and feedback."""

from __future__ import annotations

import argparse

NAME = "grade"
HELP = "grade a class's submitted notebooks"
DESCRIPTION = (
    "Run each submitted notebook in a fresh kernel, in its own temporary folder, with the\n"
    "instructor's test cells (hidden tests included) restored from solutions/, and score each\n"
    "test cell. Submissions: one folder per student (SUBMISSIONS/<student>/<NN_name>.ipynb and\n"
    "its medialit-answers.json) or files SUBMISSIONS/<student>_<NN_name>.ipynb.\n"
    "Writes the gradebook (student, notebook, question, points, max_points, status, reason;\n"
    "a TOTAL row per student) atomically, then one feedback page per student, the class report\n"
    "(GRADES-report/) and the questions' text and students' answers (GRADES.answers.json) beside it;\n"
    "`medialit report GRADES.csv` rebuilds the report."
)
EPILOG = """examples:
  medialit grade submissions/ --solutions solutions/ -o grades.csv
  medialit grade submissions/ --solutions solutions/ -o grades.csv --jobs 4 --timeout 60
  medialit grade submissions/ --solutions solutions/ -o grades.csv --resume   # only what is missing
  medialit grade submissions/ --solutions solutions/03_claims_and_denials.ipynb -o grades-03.csv
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("submissions", metavar="SUBMISSIONS_DIR", help="folder of student submissions")
    parser.add_argument("--solutions", required=True,
                        help="folder of solution notebooks (with hidden tests), or one solution notebook to grade one set; "
                             "other files in its folder (e.g. an article) are copied into each run")
    parser.add_argument("-o", "--output", required=True, help="gradebook CSV to write")
    parser.add_argument("--feedback", metavar="DIR", help="folder for per-student feedback pages (default: feedback/ next to the CSV)")
    parser.add_argument("--jobs", type=_positive_int, default=None, help="notebooks graded at once (default: number of CPUs)")
    parser.add_argument("--timeout", type=float, default=30, help="seconds per cell (default: 30)")
    parser.add_argument("--resume", action="store_true", help="keep pairs already in the gradebook; grade only the rest")


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    from ..teaching.grade import grade

    return grade(
        args.submissions,
        args.solutions,
        args.output,
        feedback_dir=args.feedback,
        jobs=args.jobs,
        timeout=args.timeout,
        resume=args.resume,
    )
