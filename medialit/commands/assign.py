"""`medialit assign`: generate exercises from solutions, or check them for drift (CI)."""

from __future__ import annotations

import argparse

NAME = "assign"
HELP = "generate student exercises from solution notebooks"
DESCRIPTION = (
    "Turn each solutions/*.ipynb into exercises/*.ipynb: answers between ### BEGIN SOLUTION and\n"
    "### END SOLUTION become runnable `...` stubs, hidden tests are removed, outputs cleared.\n"
    "Each solution is first run in strict mode and must pass all its tests, and each blank\n"
    "exercise must fail them; otherwise nothing is written. Files are written only when changed."
)
EPILOG = """examples:
  medialit assign solutions/ exercises/              # run the solutions, then write the exercises
  medialit assign --check solutions/ exercises/      # CI: exit 1 if exercises/ is out of date
  medialit assign --no-verify solutions/ exercises/  # skip running the notebooks (fast)
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("solutions", help="folder of solution notebooks (with answers and hidden tests)")
    parser.add_argument("exercises", help="folder to write the student notebooks into")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 and list files that differ")
    parser.add_argument("--no-verify", dest="verify", action="store_false", help="do not execute the notebooks first")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per cell when verifying (default: 60)")


def run(args: argparse.Namespace) -> int:
    from ..teaching.assign import assign

    return assign(args.solutions, args.exercises, check=args.check, verify=args.verify, timeout=args.timeout)
