"""The `medialit` command: one subcommand per module in `medialit/commands/`.

`main(argv) -> int` never raises for user errors: a `MedialitError` becomes one
line on stderr and exit status 1; Ctrl-C is 130; anything else is a bug (3).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module

from . import __version__
from .errors import MedialitError

#: Subcommand modules, in the order `--help` lists them.
COMMANDS = ("analyze", "assign", "keys", "grade", "essays", "reflections", "report", "link")


def _command_modules():
    for name in COMMANDS:
        try:
            yield import_module(f"medialit.commands.{name}")
        except ModuleNotFoundError as err:
            if err.name != f"medialit.commands.{name}":
                raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medialit",
        description="Media-literacy teaching kit: analyse an article, assign and grade problem sets.",
    )
    parser.add_argument("--version", action="version", version=f"medialit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _command_modules():
        p = sub.add_parser(
            module.NAME,
            help=module.HELP,
            description=module.DESCRIPTION,
            epilog=getattr(module, "EPILOG", None),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except MedialitError as err:
        print(f"medialit {args.command}: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"medialit {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug, not a user error: say so in one line, keep the detail for reports
        print(
            f"medialit {args.command}: internal error ({type(err).__name__}: {err}); "
            "please report it with the command you ran (set MEDIALIT_DEBUG=1 for a traceback)",
            file=sys.stderr,
        )
        import os

        if os.environ.get("MEDIALIT_DEBUG"):
            raise
        return 3
