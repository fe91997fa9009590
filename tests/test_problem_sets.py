"""The problem sets as shipped: every `solutions/NN_*.ipynb`, its exercise, its key file and its answers file.

Generic over the sets present, so a new set is checked as soon as its solution
notebook lands. What is checked, per set:

- at least three graded questions with nbgrader metadata, each test cell calling
  ``check("NN.M", ...)`` with its own grade_id, after at least one answer cell;
- a key file ``medialit/data/keys/NN.json`` that validates and covers every
  question id the notebook checks, and an answers file (``solutions/keys/NN.answers.json``)
  that `medialit keys build` turns into it;
- one H1, a "Time needed" line, a locked setup cell, no stored outputs;
- ``medialit assign --check`` is clean (and notices a changed exercise);
- no exercise leaks an answer line, a marker or a hidden test;
- (slow) every solution runs in strict mode with all its tests passing; every
  exercise runs without error and, in strict mode, fails every test.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from medialit.cli import main
from medialit.teaching.execute import run_notebook
from medialit.teaching.keys import validate_key_file
from medialit.teaching.markers import (
    BEGIN_SOLUTION,
    find_leaks,
    is_answer_cell,
    is_grade_cell,
    is_locked_cell,
    nbgrader_meta,
    source_of,
)

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = ROOT / "solutions"
EXERCISES = ROOT / "exercises"
KEYS = ROOT / "medialit" / "data" / "keys"
SOURCES = SOLUTIONS / "keys"
LESSONS = ROOT / "notebooks"

SETS = sorted(SOLUTIONS.glob("[0-9][0-9]_*.ipynb"))
IDS = [p.stem for p in SETS]
# A check() call with a literal question id; the id must be the set's own ("05.2" in 05_figures).
CHECK_CALL = re.compile(r"""\bcheck\(\s*["'](\d{2}\.\d+)["']""")
H1 = re.compile(r"^# \S", re.MULTILINE)
TIME_NEEDED = re.compile(r"\*\*Time needed:\*\* about \d+(?:[-\u2013]\d+)? minutes")


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _set_id(path: Path) -> str:
    return path.name[:2]


def _grade_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if is_grade_cell(c)]


def _data_files() -> dict[str, bytes]:
    """The solutions folder's non-notebook files, copied beside each run (as `medialit assign` does)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(SOLUTIONS.iterdir())
        if p.is_file() and p.suffix != ".ipynb" and not p.name.startswith(".")
    }


sets = pytest.mark.parametrize("solution", SETS, ids=IDS)


def test_every_lesson_has_a_problem_set():
    lessons = sorted(p.name for p in LESSONS.glob("[0-9][0-9]_*.ipynb") if not p.name.startswith("00_"))
    assert lessons, "no lesson notebooks found"
    missing = [name for name in lessons if not (SOLUTIONS / name).exists()]
    assert not missing, f"lessons without a problem set in solutions/: {missing}"


@sets
def test_graded_questions_have_metadata_and_answers(solution: Path):
    nb = _read(solution)
    set_id = _set_id(solution)
    graded = _grade_cells(nb)
    assert len(graded) >= 3, f"{solution.name}: {len(graded)} graded questions, at least 3 wanted"
    answers_since_last_test = 0
    for cell in nb["cells"]:
        meta = nbgrader_meta(cell)
        if is_answer_cell(cell):
            assert BEGIN_SOLUTION in source_of(cell), f"{meta['grade_id']}: answer cell without ### BEGIN SOLUTION"
            answers_since_last_test += 1
        if not is_grade_cell(cell):
            continue
        qid = meta["grade_id"]
        assert re.fullmatch(rf"{set_id}\.\d+", qid), (
            f"{solution.name}: grade_id {qid!r} is not a question of set {set_id}"
        )
        assert meta.get("schema_version") == 3 and meta.get("locked") is True, f"{qid}: nbgrader metadata"
        assert isinstance(meta.get("points"), (int, float)) and meta["points"] > 0, f"{qid}: points"
        assert CHECK_CALL.findall(source_of(cell)) == [qid], (
            f"{qid}: the test cell should call check({qid!r}, ...) once"
        )
        assert answers_since_last_test >= 1, f"{qid}: no answer cell since the previous test cell"
        answers_since_last_test = 0


@sets
def test_key_file_covers_every_checked_question(solution: Path):
    set_id = _set_id(solution)
    path = KEYS / f"{set_id}.json"
    assert path.exists(), f"no key file {path.relative_to(ROOT)} for {solution.name}"
    keys = validate_key_file(_read(path), source=path.name)
    assert keys.set == set_id
    used = {q for c in _read(solution)["cells"] for q in CHECK_CALL.findall(source_of(c))}
    assert used, f"{solution.name}: no check() calls"
    assert {q[:2] for q in used} == {set_id}, f"{solution.name}: checks questions of another set: {sorted(used)}"
    missing = sorted(used - set(keys.questions))
    assert not missing, f"{path.name} has no key for {missing}"


@sets
def test_notebook_layout(solution: Path):
    nb = _read(solution)
    markdown = "\n".join(source_of(c) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert len(H1.findall(markdown)) == 1, f"{solution.name}: exactly one H1 title wanted"
    assert TIME_NEEDED.search(markdown), f"{solution.name}: no '**Time needed:** about N minutes' line"
    setup = [c for c in nb["cells"] if c["cell_type"] == "code" and is_locked_cell(c) and not is_grade_cell(c)]
    # A set may work on a story of its own (Article.from_text) rather than the bundled article.
    assert setup and "from medialit import" in source_of(setup[0]), (
        f"{solution.name}: no locked setup cell importing medialit"
    )
    with_outputs = [i for i, c in enumerate(nb["cells"]) if c.get("outputs") or c.get("execution_count")]
    assert not with_outputs, f"{solution.name}: stored outputs in cells {with_outputs}"


def _assign_check(solutions: Path, exercises: Path) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stderr(err):
        code = main(["assign", "--check", str(solutions), str(exercises)])
    return code, err.getvalue()


@pytest.mark.skipif(not SETS, reason="no problem sets yet")
def test_exercises_are_up_to_date():
    code, err = _assign_check(SOLUTIONS, EXERCISES)
    assert code == 0, err


@pytest.mark.skipif(not SETS, reason="no problem sets yet")
@pytest.mark.parametrize("change", ["edit", "delete"])
def test_assign_check_notices_drift(tmp_path: Path, change: str):
    solutions, exercises = tmp_path / "solutions", tmp_path / "exercises"
    solutions.mkdir()
    for path in SETS:
        shutil.copy(path, solutions / path.name)
    shutil.copytree(EXERCISES, exercises)
    victim = exercises / SETS[-1].name
    if change == "edit":
        nb = _read(victim)
        nb["cells"][0]["source"] = ["# A title someone edited by hand\n"]
        victim.write_text(json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        victim.unlink()
    code, err = _assign_check(solutions, exercises)
    assert code == 1
    assert victim.name in err


@sets
def test_exercise_leaks_nothing(solution: Path):
    exercise = EXERCISES / solution.name
    assert exercise.exists(), f"no exercise for {solution.name}"
    assert find_leaks(_read(exercise), _read(solution)) == []
    # the same check on the solution itself must object, or it could not catch a leak in these notebooks
    assert find_leaks(_read(solution), _read(solution))


@sets
def test_answers_file_reproduces_key_file(solution: Path, tmp_path: Path):
    """`medialit keys build` on the set's answers file, into a scratch folder, writes the shipped key file byte for byte."""
    set_id = _set_id(solution)
    source = SOURCES / f"{set_id}.answers.json"
    assert source.exists(), f"no answers file {source.relative_to(ROOT)}"
    (tmp_path / "keys").mkdir()
    shutil.copy(source, tmp_path / "keys" / source.name)
    with redirect_stderr(io.StringIO()):
        assert main(["keys", "build", str(tmp_path), "--out", str(tmp_path)]) == 0
    written = tmp_path / f"{set_id}.json"
    assert written.read_bytes() == (KEYS / f"{set_id}.json").read_bytes(), (
        f"{set_id}.json is not what {source.name} builds"
    )


@pytest.mark.slow
@sets
def test_solution_passes_in_strict_mode(solution: Path):
    nb = _read(solution)
    runs = run_notebook(nb, files=_data_files(), timeout=60, strict=True)
    failed = {i: run.reason for i, run in runs.items() if run.status != "ok"}
    assert not failed, f"{solution.name}: cells failing on the solution: {failed}"
    graded = {i for i, c in enumerate(nb["cells"]) if is_grade_cell(c)}
    assert graded <= set(runs), "every test cell ran"


@pytest.mark.slow
@sets
def test_exercise_runs_and_every_test_fails_in_strict_mode(solution: Path):
    nb = _read(EXERCISES / solution.name)
    relaxed = run_notebook(nb, files=_data_files(), timeout=60, strict=False)
    broken = {i: run.reason for i, run in relaxed.items() if run.status != "ok"}
    assert not broken, f"{solution.name}: the blank exercise does not run: {broken}"
    strict = run_notebook(nb, files=_data_files(), timeout=60, strict=True)
    for index, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code":
            continue
        run = strict[index]
        if is_grade_cell(cell):
            # an AssertionError is check() saying "not attempted"; a NameError would be a broken exercise
            assert run.status == "error" and run.ename == "AssertionError", (
                f"{nbgrader_meta(cell)['grade_id']}: passes (or breaks: {run.reason!r}) on the blank exercise"
            )
        else:
            assert run.status == "ok", f"{solution.name}, cell {index}: {run.reason}"
