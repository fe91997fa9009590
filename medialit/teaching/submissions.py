"""Finding a class's submissions: one folder per student, or flat ``<student>_<notebook>.ipynb`` files.

Submissions are one folder per student (``subs/<student>/<NN_name>.ipynb`` plus that
folder's ``medialit-answers.json``), or flat files ``subs/<student>_<NN_name>.ipynb``
(sidecar ``subs/<student>_medialit-answers.json``). Notebooks are matched to
``solutions/`` by file name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..answers import SIDECAR_NAME
from ..errors import MedialitError


@dataclass(frozen=True)
class Submission:
    """One student's copy of one notebook: `path` None when not submitted."""

    student: str
    notebook: str
    path: Path | None
    sidecar: Path | None = None


def _in_folder(entry: Path, names: list[str], found: dict[str, dict[str, Submission]], err: TextIO) -> None:
    """The notebooks of one student's folder (`entry`), added to `found`."""
    student = entry.name
    found.setdefault(student, {})
    for path in sorted(entry.rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        if path.name not in names:
            print(f"grade: ignored {path} (no solution notebook of that name)", file=err)
            continue
        if path.name in found[student]:
            print(f"grade: ignored {path} ({student} has another {path.name})", file=err)
            continue
        sidecar = next((p for p in (path.parent / SIDECAR_NAME, entry / SIDECAR_NAME) if p.is_file()), None)
        found[student][path.name] = Submission(student, path.name, path, sidecar)


def _flat_file(entry: Path, by_length: list[str], found: dict[str, dict[str, Submission]], err: TextIO) -> None:
    """One ``<student>_<notebook>.ipynb`` file (`entry`), added to `found`."""
    name = next((n for n in by_length if entry.name.endswith("_" + n) and len(entry.name) > len(n) + 1), None)
    if name is None:
        print(f"grade: ignored {entry} (expected <student>_<notebook>.ipynb)", file=err)
        return
    student = entry.name[: -len(name) - 1]
    if name in found.get(student, {}):
        print(f"grade: ignored {entry} ({student} has a folder copy of {name})", file=err)
        return
    sidecar = entry.parent / f"{student}_{SIDECAR_NAME}"
    found.setdefault(student, {})[name] = Submission(student, name, entry, sidecar if sidecar.is_file() else None)


def find_submissions(submissions_dir: Path, names: list[str], *, err: TextIO) -> dict[str, dict[str, Submission]]:
    """{student: {notebook name: Submission}} for every student found, every solution notebook listed."""
    if not submissions_dir.is_dir():
        raise MedialitError(f"{submissions_dir}: not a folder of submissions")
    found: dict[str, dict[str, Submission]] = {}
    by_length = sorted(names, key=len, reverse=True)
    for entry in sorted(submissions_dir.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            _in_folder(entry, names, found, err)
        elif entry.suffix == ".ipynb":
            _flat_file(entry, by_length, found, err)
    return {
        student: {name: notebooks.get(name, Submission(student, name, None)) for name in names}
        for student, notebooks in sorted(found.items())
    }
