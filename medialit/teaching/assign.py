"""`medialit assign`: generate the student notebooks (`exercises/`) from the answer notebooks (`solutions/`).

Each ``solutions/*.ipynb`` goes through `ASSIGN` (verify markers and ids, answers
become runnable ``...`` stubs, hidden tests cut, outputs cleared) and is written
deterministically to ``exercises/`` with the same name, only when its bytes change.
Before writing, each solution is executed in strict mode and must pass all its
tests, and each generated exercise must fail every test (a test that passes on a
blank answer cannot tell right from wrong), as otter and nbgrader's
``validate --invert`` do. ``check=True`` writes nothing and reports drift.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from ..answers import atomic_write_text
from ..errors import MedialitError
from .markers import find_leaks, is_grade_cell, nbgrader_meta
from .notebook_steps import ASSIGN, StepContext, dumps_notebook, run_steps


def read_notebook(path: Path) -> dict[str, Any]:
    """Parse a notebook file; `MedialitError` naming the file when it is not a notebook."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise MedialitError(f"{path}: not a readable notebook ({err})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        raise MedialitError(f"{path}: not a notebook (no list of cells)")
    return data


def solution_notebooks(solutions_dir: Path) -> list[Path]:
    """The solution notebooks, sorted by name (checkpoints and hidden files skipped)."""
    if not solutions_dir.is_dir():
        raise MedialitError(f"{solutions_dir}: not a folder of solution notebooks")
    paths = sorted(p for p in solutions_dir.glob("*.ipynb") if not p.name.startswith("."))
    if not paths:
        raise MedialitError(f"{solutions_dir}: no .ipynb files")
    return paths


def data_files(folder: Path) -> dict[str, bytes]:
    """Files beside the solution notebooks that a notebook may read (an article, a CSV), by name.

    Notebooks, hidden files and an answers sidecar left by running a solution are not data:
    a sidecar with the solution's answers would make a blank exercise pass.
    """
    from ..answers import SIDECAR_NAME

    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix != ".ipynb" and not p.name.startswith(".") and p.name != SIDECAR_NAME
    }


def generate(solution: dict[str, Any], *, name: str) -> str:
    """The exercise text for one solution notebook (deterministic), after checking it leaks nothing."""
    exercise = run_steps(solution, ASSIGN, StepContext(name))
    leaks = find_leaks(exercise, solution)
    if leaks:  # a bug in the steps, or a marker spelled so the parser missed it: never ship it
        raise MedialitError(f"{name}: the generated exercise still contains answers ({leaks[0]})")
    return dumps_notebook(exercise)


def verify_solution(
    solution: dict[str, Any],
    exercise_text: str,
    *,
    name: str,
    timeout: float = 60,
    files: dict[str, bytes] | None = None,
) -> list[str]:
    """Problems found by running: a test failing on the solution, or passing on the blank exercise.

    `files` are data files copied beside the notebook for the run (the solutions folder's non-notebook files).
    """
    from .execute import run_notebook

    problems: list[str] = []
    runs = run_notebook(solution, timeout=timeout, strict=True, files=files)
    for index, cell in enumerate(solution["cells"]):
        run = runs.get(index)
        if run is not None and run.status != "ok":
            what = (
                f"question {nbgrader_meta(cell)['grade_id']!r}"
                if nbgrader_meta(cell).get("grade_id")
                else f"cell {index}"
            )
            problems.append(f"{name}: {what} fails on the solution: {run.reason}")
    if problems:
        return problems
    exercise = json.loads(exercise_text)
    runs = run_notebook(exercise, timeout=timeout, strict=True, files=files)
    for index, cell in enumerate(exercise["cells"]):
        run = runs.get(index)
        if is_grade_cell(cell) and run is not None and run.status == "ok":
            problems.append(f"{name}: question {nbgrader_meta(cell)['grade_id']!r} passes on the blank exercise")
    return problems


def assign(
    solutions_dir: str | Path,
    exercises_dir: str | Path,
    *,
    check: bool = False,
    verify: bool = True,
    timeout: float = 60,
    err: TextIO | None = None,
) -> int:
    """Generate (or with `check`, compare) the exercises; returns the exit code (0 ok, 1 drift or failure).

    Raises:
        MedialitError: a solution notebook is unreadable or has malformed markers or ids.
    """
    err = err or sys.stderr
    solutions_dir, exercises_dir = Path(solutions_dir), Path(exercises_dir)
    generated: dict[str, tuple[dict[str, Any], str]] = {}
    for path in solution_notebooks(solutions_dir):
        solution = read_notebook(path)
        generated[path.name] = (solution, generate(solution, name=path.name))

    if check:
        drift = []
        for name, (_, text) in generated.items():
            target = exercises_dir / name
            if not target.exists():
                drift.append(f"{target}: missing (run medialit assign {solutions_dir} {exercises_dir})")
            elif target.read_bytes() != text.encode("utf-8"):
                drift.append(f"{target}: differs from what assign generates from {solutions_dir / name}")
        if exercises_dir.is_dir():
            for extra in sorted(exercises_dir.glob("*.ipynb")):
                if extra.name not in generated:
                    drift.append(f"{extra}: has no solution notebook in {solutions_dir}")
        for line in drift:
            print(line, file=err)
        return 1 if drift else 0

    if verify:
        problems = []
        data = data_files(solutions_dir)
        for name, (solution, text) in generated.items():
            problems.extend(verify_solution(solution, text, name=name, timeout=timeout, files=data))
        if problems:
            for line in problems:
                print(line, file=err)
            print("assign: nothing written; fix the solutions (or pass --no-verify to skip running them)", file=err)
            return 1

    written = 0
    for name, (_, text) in generated.items():
        target = exercises_dir / name
        if target.exists() and target.read_bytes() == text.encode("utf-8"):
            continue  # unchanged: leave the file (and its timestamp) alone
        atomic_write_text(target, text)
        written += 1
    print(f"assign: {written} written, {len(generated) - written} unchanged in {exercises_dir}", file=err)
    return 0
