"""Tiny nbgrader-style cell and notebook factories for the teaching tests (as in nbgrader's tests/__init__.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from medialit.teaching.notebook_steps import dumps_notebook


def _cell_id(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", text)[:60]


def _meta(
    grade_id: str, *, grade: bool = False, solution: bool = False, locked: bool = False, points: float | None = None
) -> dict:
    meta: dict[str, Any] = {
        "grade": grade,
        "grade_id": grade_id,
        "locked": locked,
        "schema_version": 3,
        "solution": solution,
    }
    if grade:
        meta["points"] = points if points is not None else 1
    return {"nbgrader": meta}


def markdown_cell(source: str, cell_id: str = "md") -> dict:
    return {"cell_type": "markdown", "id": _cell_id(cell_id), "metadata": {}, "source": source}


def code_cell(source: str, cell_id: str = "code", metadata: dict | None = None) -> dict:
    return {
        "cell_type": "code",
        "execution_count": None,
        "id": _cell_id(cell_id),
        "metadata": metadata or {},
        "outputs": [],
        "source": source,
    }


def locked_cell(source: str, grade_id: str) -> dict:
    return code_cell(source, grade_id, _meta(grade_id, locked=True))


def answer_cell(source: str, grade_id: str) -> dict:
    return code_cell(source, grade_id, _meta(grade_id, solution=True))


def grade_cell(source: str, grade_id: str, points: float = 1) -> dict:
    return code_cell(source, grade_id, _meta(grade_id, grade=True, locked=True, points=points))


def notebook(*cells: dict) -> dict:
    return {
        "cells": list(cells),
        "metadata": {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def solution(answer: str) -> str:
    return f"### BEGIN SOLUTION\n{answer}\n### END SOLUTION"


def demo_solution() -> dict:
    """Set 99, three questions (2 + 1 + 1 points): the notebook the grading tests and the benchmark use."""
    return notebook(
        markdown_cell(
            "# Demo set 99\n\nThree questions on the bundled article, to exercise assign and grade.", "intro"
        ),
        locked_cell("from medialit import check", "setup"),
        markdown_cell(
            "**99.1** Which outlets does the article cite as reporting, describing or acknowledging something? "
            "Use the names as first written.",
            "q1",
        ),
        answer_cell(
            solution('answer_1 = ["Bas News", "Voice of America", "Reuters", "Washington Post"]'), "99.1-answer"
        ),
        grade_cell(
            'check("99.1", answer_1)\n### BEGIN HIDDEN TESTS\nassert len(set(answer_1)) == 4, "four outlets, each once"\n'
            "### END HIDDEN TESTS",
            "99.1",
            points=2,
        ),
        markdown_cell("**99.2** At least how many fighters did the Iraqi channels say were killed?", "q2"),
        answer_cell(solution("answer_2 = 30"), "99.2-answer"),
        grade_cell('check("99.2", answer_2)', "99.2"),
        markdown_cell(
            '**99.3** Who said the reports were untrue: `"the war media cell"`, `"Bas News"` '
            'or `"the U.S.-led coalition"`?',
            "q3",
        ),
        answer_cell(solution('answer_3 = "the war media cell"'), "99.3-answer"),
        grade_cell(
            'check("99.3", answer_3)\n### BEGIN HIDDEN TESTS\nassert isinstance(answer_3, str)\n### END HIDDEN TESTS',
            "99.3",
        ),
    )


def write_notebook(path: Path, nb: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps_notebook(nb), encoding="utf-8")
    return path


def read_notebook(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def answer(nb: dict, grade_id: str, source: str) -> dict:
    """A copy of `nb` with the answer cell `grade_id` replaced by `source` (what a student types)."""
    nb = json.loads(json.dumps(nb))
    for cell in nb["cells"]:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == grade_id:
            cell["source"] = source
            return nb
    raise KeyError(grade_id)


def without(nb: dict, grade_id: str) -> dict:
    """A copy of `nb` without the cell `grade_id` (a student deleted it)."""
    nb = json.loads(json.dumps(nb))
    nb["cells"] = [c for c in nb["cells"] if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") != grade_id]
    return nb


def key_source(set_id: str) -> SimpleNamespace:
    """A set's answers file (``keys/<set_id>.answers.json`` beside its solutions) as a namespace: its texts
    by name (STORY, PAGE, HEADLINES, ...), CASES ({qid: {"key", "also", "wrong"}}), ANSWERS ({qid: the
    answer as a student gives it, i.e. its case key}) and render() (the key file's exact text)."""
    from medialit.teaching.keysource import read_source

    root = Path(__file__).resolve().parent
    folder = root / "fixtures" / "teaching" / "solutions" if set_id == "99" else root.parent / "solutions"
    source = read_source(folder / "keys" / f"{set_id}.answers.json")
    cases = source.cases()
    return SimpleNamespace(
        **source.texts, CASES=cases, ANSWERS={q: c["key"] for q, c in cases.items()}, render=source.render
    )
