"""Essays for the teacher: export the capstone essays with the rubric, merge the teacher's marks into the gradebook.

    medialit essays export SUBMISSIONS_DIR -o essays.csv     # or essays.html: one page for the class
    medialit essays merge grades.csv marks.csv               # marks: student + one level per criterion

An essay is read from a submitted notebook without running it: the string assigned
in the question's answer cell (any name) (the typed route) or, when that is still the stub,
the answers sidecar (the widget route). The article it is about comes from the
sidecar (`<set>.article`, saved by the paste box) or the notebook's `PASTED` text.
Marks are merged as one row per student (question ``<id>-rubric``, status
``teacher-marked``) and the TOTAL rows recomputed; the gradebook is written once,
atomically, after every mark has been checked.
"""

from __future__ import annotations

import ast
import csv
import html
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..answers import atomic_write_text, load_answers
from ..errors import MedialitError
from .gradebook import TOTAL, Row, gradebook_csv, read_gradebook, with_totals
from .markers import is_answer_cell, nbgrader_meta, source_of
from .rubric import Rubric, exact_quotes, load_rubric, suggest_levels
from .submissions import find_submissions

NOTEBOOK = "08_capstone.ipynb"
ARTICLE_NAME = "PASTED"
MARKED = "teacher-marked"


@dataclass(frozen=True)
class Essay:
    """One student's essay, the article it is about (may be empty), and where each came from."""

    student: str
    text: str
    article: str
    origin: str


def _string_assigned(source: str, name: str | None = None) -> str | None:
    """The string literal assigned to `name` (any name when None) in a cell's source; None if there is none."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and name in (None, t.id) for t in node.targets):
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                return node.value.value
    return None


def read_essay(student: str, notebook: Path | None, sidecar: Path | None, question: str) -> Essay:
    """The essay for `question` in one submission; empty text when none was written."""
    cells = []
    if notebook is not None:
        try:
            cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError):
            return Essay(student, "", "", "notebook unreadable")
    typed = next(
        (
            t
            for c in cells
            if is_answer_cell(c) and nbgrader_meta(c).get("grade_id") == f"{question}-answer"
            for t in [_string_assigned(source_of(c))]
            if t
        ),
        None,
    )
    pasted = next((t for c in cells for t in [_string_assigned(source_of(c), ARTICLE_NAME)] if t), None)
    try:
        saved = load_answers(sidecar) if sidecar is not None else {}
    except MedialitError:
        saved = {}
    widget = saved.get(question) if isinstance(saved.get(question), str) else None
    article = saved.get(f"{question.split('.')[0]}.article")
    article = article if isinstance(article, str) else (pasted or "")
    text, origin = (typed, "typed") if typed and typed.strip() else ((widget, "widget") if widget else ("", "no essay"))
    return Essay(student, text, article, origin)


def collect_essays(
    submissions: str | Path, *, notebook: str = NOTEBOOK, question: str | None = None, err: TextIO = sys.stderr
) -> list[Essay]:
    """Every student's essay in a submissions folder (the layouts `medialit grade` reads)."""
    question = question or load_rubric().question
    found = find_submissions(Path(submissions), [notebook], err=err)
    return [
        read_essay(student, subs[notebook].path, subs[notebook].sidecar, question) for student, subs in found.items()
    ]


def essays_csv(essays: list[Essay], rubric: Rubric) -> str:
    """One row per student: the essay, its checkable facts, the suggested levels, and empty columns for the marks."""
    ids = [c["id"] for c in rubric.criteria]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["student", "words", "exact_quotes", *(f"suggested_{i}" for i in ids), *ids, "comment", "essay"])
    for e in essays:
        suggested = suggest_levels(e.text, e.article, rubric=rubric) if e.text else dict.fromkeys(ids, 0)
        quotes = len(exact_quotes(e.text, e.article)) if e.article else 0
        writer.writerow(
            [e.student, len(e.text.split()), quotes, *(suggested[i] for i in ids), *([""] * len(ids)), "", e.text]
        )
    return buffer.getvalue()


def rubric_html(rubric: Rubric) -> str:
    """The rubric as an HTML table: one row per criterion, one column per level (descriptor, then exemplar)."""
    e = html.escape
    head = "".join(f'<th scope="col">{e(lv["name"])} ({lv["points"]})</th>' for lv in rubric.levels)
    rows = []
    for c in rubric.criteria:
        cells = "".join(f"<td>{e(d)}<br><em>e.g. {e(x)}</em></td>" for d, x in zip(c["descriptors"], c["exemplars"]))
        rows.append(f'<tr><th scope="row">{e(c["name"])}<br><small>{e(c["question"])}</small></th>{cells}</tr>')
    return f"<table><caption>{e(rubric.title)}</caption><tr><th>criterion</th>{head}</tr>{''.join(rows)}</table>"


def essays_html(essays: list[Essay], rubric: Rubric) -> str:
    """One page for the class: the rubric, then each essay (escaped) with its suggested levels."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        f'<head><meta charset="utf-8"><title>{e(rubric.title)}</title></head>',
        "<body>",
        f"<h1>{e(rubric.title)}</h1>",
        rubric_html(rubric),
        "<p>Suggested levels stop at Developing and count only what can be checked against the student's "
        "article (exact quotations, names and figures it contains); read the essay and decide.</p>",
    ]
    for essay in essays:
        suggested = suggest_levels(essay.text, essay.article, rubric=rubric) if essay.text else {}
        lines = "".join(f"<li>{e(c['name'])}: suggested {suggested.get(c['id'], 0)}</li>" for c in rubric.criteria)
        body = (
            "".join(f"<p>{e(p)}</p>" for p in essay.text.split("\n\n")) if essay.text else "<p><em>No essay.</em></p>"
        )
        parts.append(
            f"<section><h2>{e(essay.student)}</h2>{body}<ul>{lines}</ul>"
            f"<p><small>{len(essay.text.split())} words; from: {e(essay.origin)}; "
            f"article {'given' if essay.article else 'not found'}</small></p></section>"
        )
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def export_essays(
    submissions: str | Path, output: str | Path, *, notebook: str = NOTEBOOK, err: TextIO = sys.stderr
) -> int:
    """Write the class's essays with the rubric to `output` (.csv for marking, .html to read); returns 0."""
    output = Path(output)
    if output.suffix not in (".csv", ".html"):
        raise MedialitError(f"{output}: the output must end in .csv (to mark) or .html (to read)")
    rubric = load_rubric()
    essays = collect_essays(submissions, notebook=notebook, question=rubric.question, err=err)
    text = essays_csv(essays, rubric) if output.suffix == ".csv" else essays_html(essays, rubric)
    atomic_write_text(output, text)
    print(f"essays: wrote {len(essays)} essay(s) to {output}", file=err)
    return 0


def read_marks(path: str | Path, rubric: Rubric) -> dict[str, tuple[dict[str, int], str]]:
    """{student: ({criterion id: level}, comment)} from a marks CSV (student, one column per criterion, optional
    comment); rows whose levels are all blank are skipped."""
    path = Path(path)
    ids = [c["id"] for c in rubric.criteria]
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
            fields = set(rows[0]) if rows else set()
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise MedialitError(f"{path}: cannot read the marks ({err})") from None
    missing = [c for c in ["student", *ids] if c not in fields]
    if missing:
        raise MedialitError(
            f"{path}: a marks file needs the columns student, {', '.join(ids)}; missing: {', '.join(missing)}"
        )
    marks: dict[str, tuple[dict[str, int], str]] = {}
    for n, row in enumerate(rows, start=2):
        given = {i: (row.get(i) or "").strip() for i in ids}
        if not any(given.values()):
            continue
        try:
            levels = {i: int(v) for i, v in given.items()}
        except ValueError:
            raise MedialitError(
                f"{path}: line {n} ({row['student']}): every criterion needs a whole-number level"
            ) from None
        rubric.points(levels)  # raises on a level the rubric does not have
        if row["student"] in marks:
            raise MedialitError(f"{path}: line {n}: {row['student']} is marked twice")
        marks[row["student"]] = (levels, " ".join((row.get("comment") or "").split()))
    return marks


def merge_marks(
    gradebook: str | Path,
    marks_csv: str | Path,
    *,
    output: str | Path | None = None,
    notebook: str = NOTEBOOK,
    err: TextIO = sys.stderr,
) -> int:
    """Put the teacher's rubric marks into the gradebook (one row per student), recompute totals, write atomically."""
    gradebook = Path(gradebook)
    rubric = load_rubric()
    rows = [r for r in read_gradebook(gradebook) if r.question != TOTAL]
    marks = read_marks(marks_csv, rubric)
    known = {r.student for r in rows}
    unknown = sorted(set(marks) - known)
    if unknown:
        raise MedialitError(f"{marks_csv}: not in the gradebook: {', '.join(unknown)}")
    question = f"{rubric.question}-rubric"
    kept = [r for r in rows if not (r.question == question and r.student in marks)]
    names = {lv["level"]: lv["name"] for lv in rubric.levels}
    for student, (levels, comment) in sorted(marks.items()):
        # "rubric:" tells the feedback page this reason is the teacher's marks and comment, shown to the student as such.
        reason = "rubric: " + "; ".join(f"{c['name']}: {names[levels[c['id']]]}" for c in rubric.criteria)
        if comment:
            reason += f"\n{comment}"
        kept.append(Row(student, notebook, question, rubric.points(levels), rubric.max_points, MARKED, reason))
    atomic_write_text(Path(output) if output else gradebook, gradebook_csv(with_totals(kept)))
    print(f"essays: merged marks for {len(marks)} student(s) into {output or gradebook}", file=err)
    return 0
