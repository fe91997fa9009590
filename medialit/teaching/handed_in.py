"""What grading reads from notebooks besides the scores: each question's prompt (from the solution), and the
student's answers and cells as handed in (for the feedback pages and the answers file).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .markers import is_answer_cell, is_grade_cell, nbgrader_meta, source_of


def prompts_of(nb: Mapping[str, Any]) -> dict[str, str]:
    """{question (test cell grade id): its prompt}: the markdown since the previous question, before its answer.

    A markdown cell that starts with a level-2 heading begins a new question's text; one with the
    notebook's title (a level-1 heading) is left out.
    """
    prompts: dict[str, str] = {}
    pending: list[str] = []
    answered = False
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown" and not answered:
            text = source_of(cell).strip()
            if text.startswith("## "):
                pending = []
            if text and not re.match(r"^# ", text):
                pending.append(text)
        elif is_answer_cell(cell):
            answered = True
        if is_grade_cell(cell):
            prompts[nbgrader_meta(cell)["grade_id"]] = "\n\n".join(pending)
            pending, answered = [], False
    return prompts


def answers_of(
    nb: Mapping[str, Any] | None, saved: Mapping[str, Any], questions: Mapping[str, Iterable[str]]
) -> dict[str, str]:
    """{question: the student's answer as written}: answer cells' source, then a widget's saved value.

    Args:
        nb: the student's notebook as handed in (None when missing or unreadable).
        saved: the student's answers sidecar ({question id: value}).
        questions: {question: its answer cells' grade ids}.
    """
    cells = {}
    for cell in (nb or {}).get("cells", []) if isinstance(nb, Mapping) else []:
        if isinstance(cell, Mapping) and is_answer_cell(cell):
            cells[nbgrader_meta(cell)["grade_id"]] = source_of(cell).strip()
    out = {}
    for question, answer_ids in questions.items():
        parts = [cells[a] for a in answer_ids if cells.get(a)]
        if question in saved:
            parts.append("Saved from the widget: " + json.dumps(saved[question], ensure_ascii=False, sort_keys=True))
        out[question] = "\n\n".join(parts)
    return out


def cells_of(nb: Mapping[str, Any] | None, questions: Mapping[str, Iterable[str]]) -> list[list[Any]]:
    """The handed-in notebook as [kind, source, question or None] per cell (no outputs), for `notebook_html`.

    `question` is set on the last answer cell of each question, where its feedback goes.
    """
    last = {list(ids)[-1]: q for q, ids in questions.items() if list(ids)}
    out: list[list[Any]] = []
    for cell in (nb or {}).get("cells", []) if isinstance(nb, Mapping) else []:
        if not isinstance(cell, Mapping) or cell.get("cell_type") not in ("markdown", "code", "raw"):
            continue
        grade_id = nbgrader_meta(cell).get("grade_id") if is_answer_cell(cell) else None
        out.append([cell["cell_type"], source_of(cell), last.get(grade_id)])
    return out
