"""One small pure function per notebook transformation, composed into `ASSIGN` and `GRADE`.

Each step is ``step(nb, ctx) -> nb``: it never changes its input and returns a
new notebook (a plain dict in nbformat 4 layout). `ctx` carries the file name for
error messages and, when grading, the instructor's solution notebook.
Modelled on nbgrader's preprocessors, without traitlets or a database.
"""

from __future__ import annotations

import ast
import copy
import json
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .markers import (
    find_regions,
    is_answer_cell,
    is_grade_cell,
    is_locked_cell,
    nbgrader_meta,
    source_of,
    validate_notebook,
)

Notebook = dict[str, Any]
#: What an answer region in a markdown cell becomes.
MARKDOWN_STUB = "YOUR ANSWER HERE"


@dataclass(frozen=True)
class StepContext:
    """What steps may need besides the notebook: its `name` (for errors) and the `solution` (grading)."""

    name: str
    solution: Mapping[str, Any] | None = None


Step = Callable[[Notebook, StepContext], Notebook]


def verify_ids(nb: Notebook, ctx: StepContext) -> Notebook:
    """Refuse a notebook with broken markers, missing or duplicate grade_ids, or bad nbgrader metadata."""
    validate_notebook(nb, name=ctx.name)
    return nb


def stub_for(code: str) -> str:
    """What an answer region becomes: ``name = ...`` for plain assignments, else ``...``.

    Stubs must run, so an untouched exercise still executes top to bottom (otter
    style); nbgrader's ``raise NotImplementedError()`` would halt it.
    """
    indent = next((line[: len(line) - len(line.lstrip())] for line in code.splitlines() if line.strip()), "")
    try:
        tree = ast.parse(textwrap.dedent(code))
    except SyntaxError:
        return f"{indent}..."
    names: list[str] = []
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and all(isinstance(t, ast.Name) for t in statement.targets):
            targets = [t.id for t in statement.targets]  # type: ignore[attr-defined]
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            targets = [statement.target.id]
        else:
            return f"{indent}..."
        names.extend(t for t in targets if t not in names)
    if not names:
        return f"{indent}..."
    return "\n".join(f"{indent}{name} = ..." for name in names)


def _cut(source: str, kind: str, replace: Callable[[list[str], str], list[str]], where: str) -> str:
    lines = source.splitlines()
    out: list[str] = []
    position = 0
    for region in find_regions(source, where=where):
        if region.kind != kind:
            continue
        out.extend(lines[position : region.begin])
        out.extend(replace(lines[region.begin + 1 : region.end], region.indent))
        position = region.end + 1
    out.extend(lines[position:])
    return "\n".join(out)


def replace_solutions(nb: Notebook, ctx: StepContext) -> Notebook:
    """Replace every answer region (or a whole unmarked answer cell) by a stub that runs."""
    nb = copy.deepcopy(nb)
    for index, cell in enumerate(nb["cells"]):
        if not is_answer_cell(cell):
            continue
        source = source_of(cell)
        markdown = cell.get("cell_type") != "code"
        regions = [r for r in find_regions(source, where=f"{ctx.name}, cell {index}") if r.kind == "solution"]
        if not regions:  # nbgrader: an answer cell without markers is all answer
            cell["source"] = MARKDOWN_STUB if markdown else stub_for(source)
            continue
        if markdown:
            cell["source"] = _cut(source, "solution", lambda _body, _indent: [MARKDOWN_STUB], ctx.name)
        else:
            cell["source"] = _cut(
                source, "solution", lambda body, _indent: stub_for("\n".join(body)).split("\n"), ctx.name
            )
    return nb


def drop_hidden_tests(nb: Notebook, ctx: StepContext) -> Notebook:
    """Remove every hidden-test region, markers included; trailing blank lines go too."""
    nb = copy.deepcopy(nb)
    for index, cell in enumerate(nb["cells"]):
        source = source_of(cell)
        if "HIDDEN TESTS" in source:
            cut = _cut(source, "hidden", lambda _body, _indent: [], f"{ctx.name}, cell {index}")
            cell["source"] = cut.rstrip("\n")
    return nb


def clear_outputs(nb: Notebook, ctx: StepContext) -> Notebook:
    """Empty outputs and execution counts; drop per-run cell metadata (timings, scroll state)."""
    nb = copy.deepcopy(nb)
    for cell in nb["cells"]:
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        meta = cell.setdefault("metadata", {})
        for key in ("execution", "collapsed", "scrolled", "ExecuteTime"):
            meta.pop(key, None)
    return nb


def restore_locked_cells(nb: Notebook, ctx: StepContext) -> Notebook:
    """Rebuild the student's notebook on the solution's skeleton (grading).

    Locked and test cells come from the solution by `grade_id`, full source
    (hidden tests included), so a student who edits or deletes one gains nothing.
    Answer cells are the student's (matched by `grade_id`; a deleted one stays
    absent, which scoring reports). The student's own extra cells keep their place
    after the nearest cell that carries a known `grade_id`. The solution's
    unmarked cells are not copied: in nbgrader they are the student's to edit.
    """
    assert ctx.solution is not None, "restore_locked_cells needs the solution notebook"
    solution_cells = ctx.solution["cells"]
    by_id = {nbgrader_meta(c)["grade_id"]: c for c in solution_cells if nbgrader_meta(c).get("grade_id")}
    answers: dict[str, dict[str, Any]] = {}
    free: dict[str | None, list[dict[str, Any]]] = {}
    anchor: str | None = None
    for cell in nb.get("cells", []):
        grade_id = nbgrader_meta(cell).get("grade_id")
        if grade_id in by_id and grade_id not in answers and not _is_restored(by_id[grade_id]):
            if cell.get("cell_type") == by_id[grade_id].get("cell_type"):
                answers[grade_id] = copy.deepcopy(cell)
                anchor = grade_id
                continue
        if grade_id in by_id and _is_restored(by_id[grade_id]):
            anchor = grade_id  # the student's copy of a locked cell is dropped; the original comes back
            continue
        student_cell = copy.deepcopy(cell)
        student_cell.get("metadata", {}).pop("nbgrader", None)  # a pasted duplicate must not pose as a test
        free.setdefault(anchor, []).append(student_cell)
    cells: list[dict[str, Any]] = list(free.get(None, []))
    for cell in solution_cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if not grade_id:
            continue
        if _is_restored(cell):
            cells.append(copy.deepcopy(cell))
        elif grade_id in answers:
            restored = answers[grade_id]
            restored.setdefault("metadata", {})["nbgrader"] = copy.deepcopy(nbgrader_meta(cell))
            cells.append(restored)
        cells.extend(free.get(grade_id, []))
    return {**copy.deepcopy({k: v for k, v in ctx.solution.items() if k != "cells"}), "cells": cells}


#: Put in front of every test cell at grading time. Test cells run in the student's kernel
#: after the student's code; there, `check` only records the answer (`capture.record_check`)
#: and the grader scores it outside the sandbox, against keys the kernel never sees. So an
#: answer cell that redefines or patches `check` can only change which answer is recorded
#: (or record none, which scores 0), never the verdict: see docs/grading-safety.md.
GRADER_PRELUDE = "from medialit.teaching.capture import record_check as check  # added by the grader\n"


def rebind_check(nb: Notebook, ctx: StepContext) -> Notebook:
    """Prefix every test cell with `GRADER_PRELUDE`, so its `check()` calls send their answers to the grader."""
    nb = copy.deepcopy(nb)  # like every step: the input stays as it was
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code" and is_grade_cell(cell):
            src = cell.get("source", "")
            src = "".join(src) if isinstance(src, list) else src
            cell["source"] = GRADER_PRELUDE + src
    return nb


def _is_restored(cell: Mapping[str, Any]) -> bool:
    return is_locked_cell(cell) and not is_answer_cell(cell)


#: Assign: solutions -> exercises. Ordering constraints:
#:   verify_ids first, so a broken marker is reported against the author's own cells
#:   before anything is cut; replace_solutions and drop_hidden_tests both need the
#:   markers intact and do not depend on each other; clear_outputs last, as it only
#:   tidies. Grading needs no checksums recorded here: it re-derives the released
#:   stubs by running this same pipeline on the solution (see `released_stubs`).
ASSIGN: tuple[Step, ...] = (verify_ids, replace_solutions, drop_hidden_tests, clear_outputs)

#: Grade: a student's notebook -> the notebook that is executed. Ordering constraints:
#:   restore_locked_cells first (it needs the student's grade_ids and brings back the
#:   solution's full test cells, hidden tests included); clear_outputs after it, so
#:   nothing the student saved (outputs, counts) reaches the run; rebind_check after
#:   restore_locked_cells, so it prefixes the solution's test cells, never a student's.
#:   The solution was verified (verify_ids) when grading started; a student's copy is
#:   never refused.
GRADE: tuple[Step, ...] = (restore_locked_cells, clear_outputs, rebind_check)


def run_steps(nb: Mapping[str, Any], steps: tuple[Step, ...], ctx: StepContext) -> Notebook:
    """Apply `steps` in order; the input is not changed."""
    result: Notebook = copy.deepcopy(dict(nb))
    for step in steps:
        result = step(result, ctx)
    return result


def released_stubs(solution: Mapping[str, Any], *, name: str = "solution") -> dict[str, str]:
    """{answer cell grade_id: its source in the released exercise}, for "no response" detection."""
    released = run_steps(solution, ASSIGN, StepContext(name))
    return {nbgrader_meta(c)["grade_id"]: source_of(c) for c in released["cells"] if is_answer_cell(c)}


def same_source(a: str, b: str) -> bool:
    """Equal up to trailing whitespace on lines and at the end (what saving in an editor may change)."""
    return [line.rstrip() for line in a.rstrip().splitlines()] == [line.rstrip() for line in b.rstrip().splitlines()]


def dumps_notebook(nb: Mapping[str, Any]) -> str:
    """Deterministic notebook text: sources as lists of lines (as Jupyter saves), sorted keys,
    one-space indent, non-ASCII kept, newline at the end."""
    nb = copy.deepcopy(dict(nb))
    for cell in nb.get("cells", []):
        cell["source"] = source_of(cell).splitlines(keepends=True)
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
