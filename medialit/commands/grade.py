"""`medialit grade`: run submitted notebooks with the hidden tests; write a gradebook CSV and feedback."""

from __future__ import annotations

import argparse

NAME = "grade"
HELP = "grade a class's submitted notebooks"
DESCRIPTION = (
    "Run each submitted notebook in a fresh kernel with the instructor's test cells (hidden\n"
    "tests included) restored from solutions/, and score each question. Each notebook runs in a\n"
    "sandbox (bubblewrap, Linux): it sees only its own files, no network, no home folder, with\n"
    "limits on memory, processes and CPU; its answers are scored outside it, against the grading\n"
    "keys (SOLUTIONS/keys/NN.json when present, else the kit's). Where no sandbox works (macOS,\n"
    "Windows, Linux without user namespaces) it stops unless --unsafe: grade in the container\n"
    "instead (docs/grading-safety.md). Submissions: one folder per student\n"
    "(SUBMISSIONS/<student>/<NN_name>.ipynb and its medialit-answers.json) or files\n"
    "SUBMISSIONS/<student>_<NN_name>.ipynb. Writes the gradebook (student, notebook, question,\n"
    "points, max_points, status, reason; a TOTAL row per student) atomically, then one feedback\n"
    "page per student, the class report (GRADES-report/) and the questions' text and students'\n"
    "answers (GRADES.answers.json) beside it; `medialit report GRADES.csv` rebuilds the report."
)
EPILOG = """examples:
  medialit grade submissions/ --solutions solutions/ -o grades.csv
  medialit grade submissions/ --solutions solutions/ -o grades.csv --jobs 4 --timeout 60
  medialit grade submissions/ --solutions solutions/ -o grades.csv --resume   # only what is missing
  medialit grade submissions/ --solutions solutions/03_claims_and_denials.ipynb -o grades-03.csv
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("submissions", metavar="SUBMISSIONS_DIR", help="folder of student submissions")
    parser.add_argument(
        "--solutions",
        required=True,
        help="folder of solution notebooks (with hidden tests), or one solution notebook to grade one set; "
        "other files in its folder (e.g. an article) are copied into each run",
    )
    parser.add_argument("-o", "--output", required=True, help="gradebook CSV to write")
    parser.add_argument(
        "--feedback", metavar="DIR", help="folder for per-student feedback pages (default: feedback/ next to the CSV)"
    )
    parser.add_argument(
        "--jobs", type=_positive_int, default=None, help="notebooks graded at once (default: number of CPUs)"
    )
    parser.add_argument("--timeout", type=float, default=30, help="seconds per cell (default: 30)")
    parser.add_argument(
        "--resume", action="store_true", help="keep pairs already in the gradebook; grade only the rest"
    )
    parser.add_argument(
        "--keys",
        metavar="DIR",
        help="folder of private grading keys NN.json (default: keys/ in the solutions folder; "
        "a set without one there is scored with the kit's own keys)",
    )
    parser.add_argument(
        "--memory",
        type=_positive_int,
        metavar="MB",
        default=4096,
        help="memory (address space) per process of a notebook, in MB (default: 4096)",
    )
    parser.add_argument(
        "--unsafe",
        action="store_true",
        help="where no sandbox works, run submissions unsandboxed, with your permissions",
    )


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    from ..teaching.grade import grade
    from ..teaching.sandbox import Limits

    return grade(
        args.submissions,
        args.solutions,
        args.output,
        feedback_dir=args.feedback,
        jobs=args.jobs,
        timeout=args.timeout,
        resume=args.resume,
        unsafe=args.unsafe,
        keys_dir=args.keys,
        limits=Limits(memory=args.memory * 2**20),
    )
