"""Grading one submitted notebook, question by question (nbgrader's autograde, made light).

Parse it (not JSON -> zero with the reason), rebuild it on the solution's skeleton (`GRADE`: locked and
test cells restored by grade_id, hidden tests included, outputs cleared), run it in a fresh kernel with
``MEDIALIT_STRICT=1`` and a cell timeout, in a sandbox of its own (`sandbox`: bubblewrap; ``--unsafe``
runs it unsandboxed where there is none), then score each question. In the sandbox a test cell's
``check(id, answer)`` only records the answer (`capture`); the grader, outside, scores it against the
grading keys (`GradingKeys`) with the same function `check()` uses (`keys.score_answer`). A question
earns its points when every answer its test cell recorded passes *and* the cell ran without error (the
hidden tests); an answer that does not pass earns the partial points `check()` shows, its message the
reason; no answer at all earns 0 with the error's last line. An answer cell still equal to the released
stub, with no answer saved by a widget either, is "no response"; a deleted answer cell is "answer cell
missing"; no notebook at all is "not submitted".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..answers import SIDECAR_NAME
from ..errors import MedialitError
from .assign import read_notebook
from .check import CheckResult
from .execute import CellRun
from .gradebook import Row
from .markers import is_answer_cell, is_grade_cell, nbgrader_meta, source_of, validate_notebook
from .notebook_steps import GRADE, StepContext, released_stubs, run_steps, same_source
from .submissions import Submission


@dataclass(frozen=True)
class Question:
    """A test cell of a solution notebook and the answer cells it grades (those since the previous test cell).

    `checked`: the test cell calls ``check(``, so an answer must reach the grader for the points.
    """

    grade_id: str
    points: float
    answer_ids: tuple[str, ...]
    checked: bool = False


@dataclass(frozen=True)
class Solution:
    """A parsed, verified solution notebook with what grading needs to know about it."""

    name: str
    nb: Mapping[str, Any]
    questions: tuple[Question, ...]
    stubs: Mapping[str, str]

    @classmethod
    def load(cls, path: Path) -> Solution:
        nb = read_notebook(path)
        validate_notebook(nb, name=path.name)
        questions: list[Question] = []
        pending: list[str] = []
        for cell in nb["cells"]:
            meta = nbgrader_meta(cell)
            if is_answer_cell(cell):
                pending.append(meta["grade_id"])
            if is_grade_cell(cell):
                questions.append(
                    Question(
                        meta["grade_id"], float(meta.get("points", 0)), tuple(pending), "check(" in source_of(cell)
                    )
                )
                pending = []
        if not questions:
            raise MedialitError(f"{path}: no test (grade) cells, nothing to grade")
        return cls(path.name, nb, tuple(questions), released_stubs(nb, name=path.name))


def _all(solution: Solution, sub: Submission, status: str, reason: str) -> list[Row]:
    return [Row(sub.student, sub.notebook, q.grade_id, 0.0, q.points, status, reason) for q in solution.questions]


@dataclass(frozen=True)
class GradingKeys:
    """Where the grader's keys come from: `folder`/NN.json when it exists (private), else the kit's bundled keys."""

    folder: Path | None = None

    def source(self, set_id: str) -> Path | None:
        if self.folder is not None and (self.folder / f"{set_id}.json").is_file():
            return self.folder
        return None


def score_recorded(question: str, recorded: Any, keys: GradingKeys) -> CheckResult:
    """What `check()` says of one recorded answer (same `keys.score_answer`, same text); never raises."""
    from .capture import decode
    from .keys import score_answer, set_of

    try:
        answer = decode(recorded)
    except (ValueError, TypeError, RecursionError) as err:
        return CheckResult(question, False, 0.0, 1.0, f"the recorded answer could not be read ({err})")
    try:
        verdict = score_answer(question, answer, key_dir=keys.source(set_of(question)))
    except MedialitError as err:
        return CheckResult(question, False, 0.0, 1.0, str(err))
    return CheckResult(question, verdict.passed, verdict.score, verdict.max_score, verdict.message, verdict.hint)


def _is_cell(cell: Any) -> bool:
    """A dict with a known cell type, dict metadata and a source that is text or a list of lines."""
    if not isinstance(cell, dict):
        return False
    source = cell.get("source", "")
    return (
        cell.get("cell_type") in ("code", "markdown", "raw")
        and isinstance(cell.get("metadata", {}), dict)
        and (isinstance(source, str) or (isinstance(source, list) and all(isinstance(x, str) for x in source)))
    )


def _read_submitted(path: Path) -> dict[str, Any]:
    """The handed-in notebook; ValueError (OSError, UnicodeDecodeError) when it is not one."""
    student_nb = json.loads(path.read_bytes().decode("utf-8"))
    if not isinstance(student_nb, dict) or not isinstance(student_nb.get("cells"), list):
        raise ValueError("no list of cells")
    for number, cell in enumerate(student_nb["cells"]):
        if not _is_cell(cell):
            raise ValueError(f"cell {number} is not a notebook cell")
    return student_nb


def grade_notebook(
    solution: Solution,
    sub: Submission,
    *,
    timeout: float = 30,
    data: Mapping[str, bytes] | None = None,
    sandboxed: bool = True,
    limits: Any = None,
    keys: GradingKeys = GradingKeys(),
) -> list[Row]:
    """Score one submission, question by question. Never raises for anything a student did.

    `data`: the files beside the solutions (as `assign` gives them to the solutions), copied
    into the run folder with the student's answers sidecar. `sandboxed`: run it in bubblewrap
    (see `sandbox`); `limits`: a `sandbox.Limits`; `keys`: where the grading keys come from.
    """
    from .sandbox import Limits, run_worker

    if sub.path is None:
        return _all(solution, sub, "not submitted", "not submitted")
    try:
        student_nb = _read_submitted(sub.path)
    except (OSError, UnicodeDecodeError, ValueError) as err:
        reason = f"not a valid notebook file ({type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''})"
        return _all(solution, sub, "failed", reason)

    graded = run_steps(student_nb, GRADE, StepContext(sub.notebook, solution.nb))
    answers = {nbgrader_meta(c)["grade_id"]: source_of(c) for c in graded["cells"] if is_answer_cell(c)}
    files = dict(data or {})
    if sub.sidecar is not None:
        files[SIDECAR_NAME] = sub.sidecar.read_bytes()
    try:
        outcome = run_worker(graded, files=files, timeout=timeout, sandboxed=sandboxed, limits=limits or Limits())
    except Exception as err:  # e.g. the worker would not start: this notebook scores 0, the class goes on
        return _all(solution, sub, "failed", f"could not run the notebook ({type(err).__name__}: {err})")
    runs = outcome.runs
    index_of = {nbgrader_meta(c).get("grade_id"): i for i, c in enumerate(graded["cells"]) if nbgrader_meta(c)}

    rows = []
    for q in solution.questions:
        rows.append(_score_question(q, solution, sub, answers, runs, index_of, outcome.problem, keys))
    return rows


def _score_question(
    q: Question,
    solution: Solution,
    sub: Submission,
    answers: Mapping[str, str],
    runs: Mapping[int, CellRun],
    index_of: Mapping[str, int],
    problem: str,
    keys: GradingKeys,
) -> Row:
    """One question's row. Points: the recorded answers' score in `check()`'s terms (the worst of them,
    partial credit included); full points only when all pass and the test cell ran cleanly."""
    row = Row(sub.student, sub.notebook, q.grade_id, 0.0, q.points, "failed")
    missing = [a for a in q.answer_ids if a not in answers]
    if missing:
        return Row(**{**row.__dict__, "reason": "answer cell missing"})
    run = runs.get(index_of[q.grade_id]) or CellRun(index_of[q.grade_id], "not run", evalue=problem)
    recorded = [a["answer"] for a in run.answers if a["question"] == q.grade_id]
    stub = bool(q.answer_ids) and all(same_source(answers[a], solution.stubs.get(a, "")) for a in q.answer_ids)
    if stub and all(r == {"$ellipsis": 1} for r in recorded):  # an answer saved by a widget is an answer
        return Row(**{**row.__dict__, "status": "no response", "reason": "answer left as released"})
    row = Row(**{**row.__dict__, "answer": json.dumps(recorded[0], ensure_ascii=False) if recorded else ""})
    results = [score_recorded(q.grade_id, r, keys) for r in recorded]
    worst = min(results, key=lambda r: (r.passed, r.score / r.max_score if r.max_score else 0.0), default=None)
    if worst is not None and not worst.passed:
        share = worst.score / worst.max_score if worst.max_score else 0.0
        return Row(**{**row.__dict__, "points": round(q.points * share, 2), "reason": str(worst)})
    if run.status == "ok":
        if worst is None and q.checked:
            return Row(
                **{**row.__dict__, "reason": "no answer reached the grader (the test cell's check() did not run)"}
            )
        return Row(**{**row.__dict__, "points": q.points, "status": "passed"})
    reason = run.reason or "not run"
    for a in q.answer_ids:  # a broken answer cell explains the test's failure better than the test does
        answer_run = runs.get(index_of[a])
        if answer_run is not None and answer_run.status in ("timeout", "dead", "error"):
            reason = f"answer cell: {answer_run.reason}"
            break
    return Row(**{**row.__dict__, "reason": reason})
