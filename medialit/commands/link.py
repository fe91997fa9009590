"""`medialit link`: print the link that opens the kit for a class (nbgitpuller on a JupyterHub, or Binder)."""

from __future__ import annotations

import argparse
import sys

NAME = "link"
HELP = "print an nbgitpuller link for a JupyterHub (or a Binder link)"
DESCRIPTION = (
    "Print a link that, when a student clicks it, clones or updates the kit in their hub account\n"
    "and opens JupyterLab at a notebook (nbgitpuller must be installed on the hub)."
)
EPILOG = """examples:
  medialit link --hub https://hub.example.edu --repo https://github.com/org/medialit
  medialit link --hub https://hub.example.edu --repo https://github.com/org/medialit \\
      --branch spring --notebook notebooks/03_claims_and_denials.ipynb
  medialit link --binder --repo org/medialit
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--hub", metavar="URL", help="the JupyterHub's address")
    where.add_argument("--binder", action="store_true", help="make a Binder link instead (GitHub repositories)")
    parser.add_argument(
        "--repo", required=True, metavar="URL", help="the kit's git repository (URL, or owner/name for --binder)"
    )
    parser.add_argument("--branch", default="main", help="branch to pull (default: main)")
    parser.add_argument(
        "--notebook",
        default=None,
        metavar="PATH",
        help="notebook to open, relative to the repository (default: notebooks/00_start_here.ipynb)",
    )
    parser.add_argument(
        "--target", default=None, metavar="DIR", help="folder to clone into on the hub (default: the repository's name)"
    )


def run(args: argparse.Namespace) -> int:
    from ..links import DEFAULT_NOTEBOOK, binder_link, nbgitpuller_link

    notebook = args.notebook or DEFAULT_NOTEBOOK
    if args.binder:
        print(binder_link(args.repo, branch=args.branch, notebook=notebook), file=sys.stdout)
    else:
        print(nbgitpuller_link(args.hub, args.repo, branch=args.branch, notebook=notebook, target=args.target))
    return 0
