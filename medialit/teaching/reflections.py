"""Reflections for the teacher: what each student wrote under the lessons' "Reflect" headings, collected.

    medialit reflections SUBMISSIONS_DIR -o reflections.html     # one page for the class, by notebook
    medialit reflections SUBMISSIONS_DIR -o reflections.csv      # one row per student, notebook and cell

Read-only: submitted notebooks (lessons or sets, in the layouts `medialit grade` reads) are parsed,
never run. A student's writing is every cell under a heading that starts with "Reflect" (up to the
next heading), and every cell tagged ``reflection`` (a write-in cell elsewhere in a lesson). The cell
that holds the heading holds the questions; it is shown once per notebook. With `released`, a folder
of the notebooks as handed out, a write-in cell still as released is reported as not written.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ..answers import atomic_write_text
from ..errors import MedialitError
from .markers import source_of
from .submissions import find_submissions

TAG = "reflection"
#: A markdown heading line whose text starts with "Reflect" (Reflect, Reflection, Reflections...).
_REFLECT = re.compile(r"^#{1,6}\s*Reflect", re.I | re.M)
_HEADING = re.compile(r"^#{1,6}\s", re.M)
#: A flat submission: <student>_<NN_name>.ipynb.
_FLAT = re.compile(r"^.+?_(\d\d_.+\.ipynb)$")
NOT_WRITTEN = "(not written: the cell is as it was handed out)"


@dataclass(frozen=True)
class Reflection:
    """One write-in cell of one student's notebook: the questions above it, and the student's text."""

    student: str
    notebook: str
    questions: str
    text: str
    written: bool


def reflection_cells(nb: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(questions, text) for each write-in cell of a notebook: under a "Reflect" heading or tagged `reflection`."""
    found: list[tuple[str, str]] = []
    questions = ""
    under = False
    for cell in nb.get("cells", []) if isinstance(nb, Mapping) else []:
        if not isinstance(cell, Mapping):
            continue
        source = source_of(cell)
        tagged = TAG in ((cell.get("metadata") or {}).get("tags") or [])
        if cell.get("cell_type") == "markdown" and _HEADING.search(source) and not tagged:
            heading = _REFLECT.search(source)
            under = heading is not None
            questions = source[heading.start() :].strip() if heading else source.strip().splitlines()[0]
            continue
        if tagged or (under and cell.get("cell_type") == "markdown"):
            found.append((questions, source.strip()))
    return found


def _read(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return nb if isinstance(nb, dict) else {}


def _notebook_names(submissions: Path) -> list[str]:
    """The names of every notebook in a submissions folder (student folders and flat <student>_NN_name.ipynb)."""
    names = {p.name for p in submissions.glob("*/**/*.ipynb") if ".ipynb_checkpoints" not in p.parts}
    names |= {m.group(1) for p in submissions.glob("*.ipynb") for m in [_FLAT.match(p.name)] if m}
    return sorted(names)


def collect_reflections(
    submissions: str | Path, *, released: str | Path | None = None, err: TextIO = sys.stderr
) -> list[Reflection]:
    """Every student's reflections in a submissions folder, by student, then notebook, then cell order."""
    submissions = Path(submissions)
    if not submissions.is_dir():
        raise MedialitError(f"{submissions}: not a folder of submissions")
    if released is not None and not Path(released).is_dir():
        raise MedialitError(f"{released}: not a folder of the notebooks as handed out")
    names = _notebook_names(submissions)
    blank: dict[str, set[str]] = {
        name: {text for _, text in reflection_cells(_read(Path(released) / name))} if released else set()
        for name in names
    }
    out: list[Reflection] = []
    for student, subs in find_submissions(submissions, names, err=io.StringIO()).items():
        for name, sub in subs.items():
            for questions, text in reflection_cells(_read(sub.path)):
                out.append(Reflection(student, name, questions, text, text not in blank[name]))
    print(
        f"reflections: {len(out)} cell(s) from {len({r.student for r in out})} student(s) "
        f"in {len({r.notebook for r in out})} notebook(s)",
        file=err,
    )
    return out


def reflections_csv(reflections: Iterable[Reflection]) -> str:
    """One row per student, notebook and write-in cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["student", "notebook", "written", "questions", "reflection"])
    for r in reflections:
        writer.writerow([r.student, r.notebook, "yes" if r.written else "no", r.questions, r.text])
    return buffer.getvalue()


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n") if p.strip())


def reflections_html(reflections: list[Reflection]) -> str:
    """One page for the class: per notebook, the questions once, then each student's writing (all escaped)."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Reflections</title><style>body{font-family:sans-serif;max-width:48em;margin:auto;padding:1em}"
        "section.student{border-left:3px solid #888;padding-left:.8em;margin:1em 0}"
        ".blank{color:#555;font-style:italic}</style></head>",
        "<body>",
        "<h1>Reflections</h1>",
    ]
    if not reflections:
        parts.append("<p>No reflection cells were found in these submissions.</p>")
    for notebook in sorted({r.notebook for r in reflections}):
        mine = [r for r in reflections if r.notebook == notebook]
        parts.append(f"<h2>{e(notebook)}</h2>")
        for questions in dict.fromkeys(r.questions for r in mine):
            parts.append(f"<details open><summary>The questions</summary>{_paragraphs(questions)}</details>")
            for r in (r for r in mine if r.questions == questions):
                body = _paragraphs(r.text) if r.written else f'<p class="blank">{e(NOT_WRITTEN)}</p>'
                parts.append(f'<section class="student"><h3>{e(r.student)}</h3>{body}</section>')
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def export_reflections(
    submissions: str | Path, output: str | Path, *, released: str | Path | None = None, err: TextIO = sys.stderr
) -> int:
    """Write the class's reflections to `output` (.csv or .html), atomically; returns 0."""
    output = Path(output)
    if output.suffix not in (".csv", ".html"):
        raise MedialitError(f"{output}: the output must end in .csv or .html")
    found = collect_reflections(submissions, released=released, err=err)
    atomic_write_text(output, reflections_csv(found) if output.suffix == ".csv" else reflections_html(found))
    print(f"reflections: wrote {output}", file=err)
    return 0
