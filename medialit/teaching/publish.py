"""After grading: the answers file beside the gradebook, the students' feedback pages and the class report.

For a gradebook ``grades.csv`` this writes:

- ``grades.answers.json`` — what the gradebook does not hold: each question's prompt and each
  student's answer as written, so the pages can be rebuilt later from the CSV alone
  (``{"format": 1, "prompts": {notebook: {question: markdown}},
  "answers": {student: {notebook: {question: text}}},
  "cells": {student: {notebook: [[kind, source, question or null], ...]}}}``, the last for the
  student's own notebook shown with the feedback beside each answer; no outputs are kept);
- ``feedback/<student>.html`` — one page per student (`feedback.feedback_page`);
- ``grades-report/index.html`` (the course) and ``grades-report/<notebook>.html`` (one per set).

Every page is rendered in memory first and each file is written atomically, so bad input
stops before anything is written. `rebuild` is ``medialit report``: the same pages from an
existing gradebook, with a note when the answers file is missing or unreadable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..answers import atomic_write_text, load_answers
from ..errors import MedialitError
from .feedback import feedback_page
from .gradebook import TOTAL, Row, read_gradebook
from .handed_in import answers_of, cells_of, prompts_of
from .report import course_report, set_report

FORMAT = 1


def answers_path(gradebook: Path) -> Path:
    """``grades.csv`` -> ``grades.answers.json`` (beside it)."""
    return gradebook.with_name(f"{gradebook.stem}.answers.json")


def report_dir(gradebook: Path) -> Path:
    """``grades.csv`` -> ``grades-report/`` (beside it)."""
    return gradebook.with_name(f"{gradebook.stem}-report")


def safe_file_name(name: str) -> str:
    """A name usable as a file name: anything but letters, digits, '.', '-' and '_' becomes '_'."""
    return re.sub(r"[^\w.-]", "_", name).lstrip(".") or "_"


def collect(solutions: Mapping[str, Any], submissions: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The answers file's content: prompts from the solutions, answers from each submission as handed in.

    Args:
        solutions: {notebook name: object with `.nb` (the solution notebook) and `.questions`
            (each with `.grade_id` and `.answer_ids`)}, as `grade.Solution`.
        submissions: {student: {notebook name: object with `.path` and `.sidecar`}}, as `grade.Submission`.
    """
    prompts = {name: prompts_of(s.nb) for name, s in solutions.items()}
    answers: dict[str, dict[str, dict[str, str]]] = {}
    cells: dict[str, dict[str, list[list[Any]]]] = {}
    for student, notebooks in submissions.items():
        for name, sub in notebooks.items():
            if sub.path is None or name not in solutions:
                continue
            try:
                nb = json.loads(Path(sub.path).read_bytes().decode("utf-8"))
            except (OSError, UnicodeDecodeError, ValueError):
                nb = None  # graded as "not a valid notebook file"; there is no answer to show
            try:
                saved = load_answers(sub.sidecar) if sub.sidecar is not None else {}
            except (MedialitError, OSError):
                saved = {}
            questions = {q.grade_id: q.answer_ids for q in solutions[name].questions}
            answers.setdefault(student, {})[name] = answers_of(nb, saved, questions)
            cells.setdefault(student, {})[name] = cells_of(nb, questions)
    return {"format": FORMAT, "prompts": prompts, "answers": answers, "cells": cells}


def read_answers_file(path: Path) -> tuple[dict[str, Any], str]:
    """(content, note): the answers file, or empty content and a note saying why it is not used."""
    empty = {"format": FORMAT, "prompts": {}, "answers": {}}
    if not path.exists():
        return empty, (
            f"No answers file ({path.name}) beside the gradebook, so the questions' text, the students' "
            "answers and the commonest wrong answers cannot be shown. Grade again with medialit grade to create it."
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not (
            isinstance(data, dict)
            and data.get("format") == FORMAT
            and isinstance(data.get("prompts"), dict)
            and isinstance(data.get("answers"), dict)
        ):
            raise ValueError("not an answers file of format 1")
    except (OSError, UnicodeDecodeError, ValueError) as err:
        return empty, (
            f"The answers file {path.name} could not be read ({type(err).__name__}), so answers and "
            "wrong answers are not shown. Grade again with medialit grade to rewrite it."
        )
    return data, ""


def records_from(rows: Iterable[Any], data: Mapping[str, Any]) -> list[Row]:
    """Records for the pages: gradebook rows (TOTAL rows skipped) with the answers file's prompts and answers."""
    prompts, answers = data.get("prompts", {}), data.get("answers", {})
    out = []
    for r in rows:
        if r.question == TOTAL:
            continue
        answer = answers.get(r.student, {}).get(r.notebook, {}).get(r.question, "")
        prompt = prompts.get(r.notebook, {}).get(r.question, "")
        out.append(
            Row(
                r.student,
                r.notebook,
                r.question,
                float(r.points),
                float(r.max_points),
                r.status,
                r.reason,
                answer if isinstance(answer, str) else "",
                prompt if isinstance(prompt, str) else "",
            )
        )
    return out


def report_pages(records: list[Row], *, answers_note: str = "") -> dict[str, str]:
    """{file name: HTML} of the class report: ``index.html`` and one page per notebook."""
    names = sorted({r.notebook for r in records})
    stems = {nb: safe_file_name(Path(nb).stem) for nb in names}
    # A set named like the course page ("index") gets another name rather than overwriting it.
    set_pages = {nb: ("index-set" if stem == "index" else stem) + ".html" for nb, stem in stems.items()}
    pages = {
        set_pages[nb]: set_report(nb, [r for r in records if r.notebook == nb], answers_note=answers_note)
        for nb in names
    }
    pages["index.html"] = course_report(records, set_pages, answers_note=answers_note)
    return pages


def feedback_pages(records: list[Row], cells: Mapping[str, Any] | None = None) -> dict[str, str]:
    """{file name: HTML}: one feedback page per student (with their notebooks when `cells` has them)."""
    students = sorted({r.student for r in records})
    cells = cells if isinstance(cells, Mapping) else {}
    return {
        f"{safe_file_name(s)}.html": feedback_page(s, [r for r in records if r.student == s], _cells_for(cells, s))
        for s in students
    }


def _cells_for(cells: Mapping[str, Any], student: str) -> dict[str, list[list[Any]]]:
    """A student's notebooks from the answers file, keeping only well-formed [kind, source, question] cells."""
    mine = cells.get(student, {})
    if not isinstance(mine, Mapping):
        return {}
    return {
        nb: [
            c
            for c in cs
            if isinstance(c, list)
            and len(c) == 3
            and c[0] in ("markdown", "code", "raw")
            and isinstance(c[1], str)
            and (c[2] is None or isinstance(c[2], str))
        ]
        for nb, cs in mine.items()
        if isinstance(cs, list)
    }


def _write(folder: Path, pages: Mapping[str, str]) -> None:
    for name, text in pages.items():
        atomic_write_text(folder / name, text)


def publish(
    rows: list[Any],
    gradebook: Path,
    feedback_dir: Path,
    *,
    solutions: Mapping[str, Any],
    submissions: Mapping[str, Mapping[str, Any]],
) -> None:
    """Write the answers file, the feedback pages and the class report for a freshly written gradebook."""
    data = collect(solutions, submissions)
    records = records_from(rows, data)
    feedback, report = feedback_pages(records, data["cells"]), report_pages(records)
    atomic_write_text(answers_path(gradebook), json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    _write(feedback_dir, feedback)
    _write(report_dir(gradebook), report)


def rebuild(gradebook: Path, *, output: Path | None = None, feedback_dir: Path | None = None) -> tuple[Path, int]:
    """``medialit report``: the class report (and, with `feedback_dir`, the feedback pages) from a gradebook.

    Returns (the report folder, the number of students).

    Raises:
        MedialitError: the gradebook is missing, empty, not a medialit gradebook, or has no grades.
    """
    if not gradebook.is_file():
        raise MedialitError(f"{gradebook}: no such gradebook")
    rows = read_gradebook(gradebook)
    if not any(r.question != TOTAL for r in rows):
        raise MedialitError(f"{gradebook}: the gradebook has no grades in it")
    data, note = read_answers_file(answers_path(gradebook))
    records = records_from(rows, data)
    report = report_pages(records, answers_note=note)
    feedback = feedback_pages(records, data.get("cells")) if feedback_dir is not None else {}
    folder = output if output is not None else report_dir(gradebook)
    _write(folder, report)
    if feedback_dir is not None:
        _write(feedback_dir, feedback)
    return folder, len({r.student for r in records})
