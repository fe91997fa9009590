"""`medialit keys build`: hash each set's answers file into its key file, or check the key files for drift (CI)."""

from __future__ import annotations

import argparse

NAME = "keys"
HELP = "build the answer key files from the sets' answers files"
DESCRIPTION = (
    "Each problem set's answers are written once, in the clear, in keys/NN.answers.json inside the\n"
    "solutions folder (kind, answer, points, hints, and the typical answers the tests try).\n"
    "`keys build` hashes them into the key files check() reads (medialit/data/keys/NN.json),\n"
    "deterministically; a bad answers file is named with its line or question and nothing is written."
)
EPILOG = """examples:
  medialit keys build solutions/                     # write medialit/data/keys/NN.json where changed
  medialit keys build --check solutions/             # CI: exit 1 naming each key file out of date
  medialit keys build solutions/ --private          # private grading keys: solutions/keys/NN.json,
                                                     # where `medialit grade --solutions solutions/` reads them
  medialit keys build solutions/ --out private-keys/ # the same keys into another folder (grade --keys DIR)
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = sub.add_parser(
        "build",
        help="write (or --check) the key files",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument("solutions", help="solutions folder (its keys/NN.answers.json), or a folder of answers files")
    build.add_argument("--out", metavar="DIR", help="folder of key files to write (default: the package's data/keys)")
    build.add_argument(
        "--private",
        action="store_true",
        help="write the private grading keys beside the answers files (solutions/keys/NN.json), "
        "where medialit grade reads them",
    )
    build.add_argument("--check", action="store_true", help="write nothing; exit 1 and name each key file out of date")


def run(args: argparse.Namespace) -> int:
    from ..teaching.keysource import build_keys

    return build_keys(args.solutions, args.out, check=args.check, private=args.private)
