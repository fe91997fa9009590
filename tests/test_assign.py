"""assign: nbgrader markers, malformed-marker errors, stubs that run, determinism, --check, verification."""

from __future__ import annotations

import copy
import json
import os
import shutil
from pathlib import Path

import pytest
from teaching_factories import (
    answer,
    answer_cell,
    code_cell,
    demo_solution,
    grade_cell,
    locked_cell,
    notebook,
    read_notebook,
    solution,
    write_notebook,
)

from medialit.cli import main
from medialit.errors import MedialitError
from medialit.teaching.assign import assign
from medialit.teaching.markers import find_leaks, find_regions, validate_notebook
from medialit.teaching.notebook_steps import ASSIGN, StepContext, dumps_notebook, run_steps, stub_for

FIXTURES = Path(__file__).parent / "fixtures" / "teaching"


def generate(nb: dict) -> dict:
    return run_steps(nb, ASSIGN, StepContext("t.ipynb"))


# --------------------------------------------------------------------------- markers


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x = 1", []),
        (solution("x = 1"), [("solution", 0, 2)]),
        ("a\n    ### BEGIN SOLUTION\n    x = 1\n    ### END SOLUTION\nb", [("solution", 1, 3)]),
        ("t\n### BEGIN HIDDEN TESTS\nassert x\n### END HIDDEN TESTS", [("hidden", 1, 3)]),
        (solution("x") + "\n" + solution("y"), [("solution", 0, 2), ("solution", 3, 5)]),
        ("# a comment that says BEGIN SOLUTION in passing", []),  # not a marker line: no '###' form
    ],
)
def test_find_regions(source, expected):
    """Are marked regions found with their line spans?"""
    assert [(r.kind, r.begin, r.end) for r in find_regions(source)] == expected


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("### BEGIN SOLUTION\nx = 1", "has no END SOLUTION"),
        ("x = 1\n### END SOLUTION", "without a BEGIN"),
        ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION\n### END SOLUTION", "cannot nest"),
        ("### BEGIN SOLUTION\n### BEGIN HIDDEN TESTS\n### END HIDDEN TESTS\n### END SOLUTION", "cannot nest"),
        ("### BEGIN SOLUTION\nx\n### END HIDDEN TESTS", "another kind"),
    ],
)
def test_malformed_markers(source, message):
    """Is each malformed marker an error naming where it is?"""
    with pytest.raises(MedialitError, match=message) as info:
        find_regions(source, where="t.ipynb, cell 3")
    assert str(info.value).startswith("t.ipynb, cell 3")


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ([code_cell(solution("x = 1"))], "not solution = true"),
        ([locked_cell(solution("x = 1"), "setup")], "not solution = true"),
        ([answer_cell("x = 1\n### BEGIN HIDDEN TESTS\nassert x\n### END HIDDEN TESTS", "q-a")], "not a test"),
        ([answer_cell(solution("x"), "q"), grade_cell("check()", "q")], "already used by cell 0"),
        ([code_cell("x", metadata={"nbgrader": {"solution": True, "schema_version": 3}})], "without a grade_id"),
        (
            [code_cell("x", metadata={"nbgrader": {"grade": True, "grade_id": "g", "schema_version": 3}})],
            "needs points",
        ),
        ([code_cell("x", metadata={"nbgrader": {"grade_id": "g", "schema_version": 2}})], "schema_version must be 3"),
    ],
)
def test_malformed_notebooks(cells, message):
    """Are markers in the wrong kind of cell, duplicate ids and bad metadata errors naming file and cell?"""
    with pytest.raises(MedialitError, match=message) as info:
        validate_notebook(notebook(*cells), name="01_demo.ipynb")
    assert str(info.value).startswith("01_demo.ipynb, cell ")


def test_cli_reports_a_malformed_marker_in_one_line(tmp_path, capsys):
    """Does `medialit assign` print one line naming file and cell, exit 1 and write nothing?"""
    write_notebook(tmp_path / "sol" / "01_x.ipynb", notebook(answer_cell("### BEGIN SOLUTION\nx = 1", "q1-answer")))
    assert main(["assign", "--no-verify", str(tmp_path / "sol"), str(tmp_path / "ex")]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "01_x.ipynb, cell 0 ('q1-answer')" in err and "no END SOLUTION" in err
    assert not (tmp_path / "ex").exists()


# --------------------------------------------------------------------------- the steps


@pytest.mark.parametrize(
    ("code", "stub"),
    [
        ('answer = ["a", "b"]', "answer = ..."),
        ("answer: list[str] = []", "answer = ..."),
        ("a = 1\nb = a + 1", "a = ...\nb = ..."),
        ("a = b = 2", "a = ...\nb = ..."),
        ("df = load()\ndf = df[df.x > 1]", "df = ..."),
        ("print(1)", "..."),
        ("a, b = 1, 2", "..."),  # tuple targets: not a plain name
        ("for x in y:\n    z = x", "..."),
        ("    answer = 1", "    answer = ..."),  # indentation kept
        ("def f(:", "..."),  # a syntax error in the answer still gives a runnable stub
    ],
)
def test_stub_for(code, stub):
    """Does an answer become `name = ...` when it is plain assignments, else `...`?"""
    assert stub_for(code) == stub


def test_exercise_has_no_answers_no_hidden_tests_no_outputs():
    """Does the generated exercise keep checks and prose but lose answers, hidden tests and outputs?"""
    sol = demo_solution()
    sol["cells"][1]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "hi"}]
    sol["cells"][1]["execution_count"] = 7
    ex = generate(sol)
    sources = ["".join(c["source"]) for c in ex["cells"]]
    assert find_leaks(ex, sol) == []
    assert "answer_1 = ..." in sources and "answer_2 = ..." in sources
    assert 'check("99.1", answer_1)' in sources  # the visible check stays
    assert not any("assert" in s or "Reuters" in s for s in sources)
    assert all(
        c.get("outputs", []) == [] and c.get("execution_count") is None for c in ex["cells"] if c["cell_type"] == "code"
    )
    assert [c["metadata"] for c in ex["cells"]] == [
        c["metadata"] for c in demo_solution()["cells"]
    ]  # nbgrader metadata kept


def test_markdown_answer_becomes_a_prompt():
    """Does a written (markdown) answer region become nbgrader's YOUR ANSWER HERE?"""
    cell = answer_cell("Intro\n" + solution("The war media cell said so."), "q-a")
    cell["cell_type"] = "markdown"
    del cell["outputs"], cell["execution_count"]
    ex = generate(notebook(cell))
    assert "".join(ex["cells"][0]["source"]) == "Intro\nYOUR ANSWER HERE"


def test_steps_do_not_change_their_input():
    """Are the steps pure (the solution dict is untouched)?"""
    sol = demo_solution()
    before = copy.deepcopy(sol)
    generate(sol)
    assert sol == before


@pytest.mark.parametrize(
    ("exercise", "expected"),
    [
        (notebook(code_cell("### BEGIN SOLUTION")), "marker"),
        (
            notebook(
                code_cell("x", metadata={})
                | {"outputs": [{"output_type": "stream", "name": "stdout", "text": "### END HIDDEN TESTS"}]}
            ),
            "marker",
        ),
        (
            answer(
                demo_solution(),
                "99.1-answer",
                'answer_1 = ["Bas News", "Voice of America", "Reuters", "Washington Post"]',
            ),
            "solution or hidden-test line",
        ),
    ],
)
def test_find_leaks_catches(exercise, expected):
    """Does the leak check catch a marker in source or output and a solution line left in?"""
    leaks = find_leaks(exercise, demo_solution())
    assert leaks and expected in leaks[0]


def test_find_leaks_clean_on_generated():
    """Is a freshly generated exercise clean for the leak check (no false alarm)?"""
    assert find_leaks(generate(demo_solution()), demo_solution()) == []


# --------------------------------------------------------------------------- files, determinism, --check


def test_golden_exercise():
    """Does assign turn the fixture solution into exactly the committed exercise (golden file)?"""
    sol = read_notebook(FIXTURES / "solutions" / "99_demo.ipynb")
    assert sol == json.loads(dumps_notebook(demo_solution()))  # the fixture is what the factory builds
    assert dumps_notebook(generate(sol)) == (FIXTURES / "exercises" / "99_demo.ipynb").read_text(encoding="utf-8")


def _copy_solutions(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "solutions", tmp_path / "solutions")
    return tmp_path / "solutions"


def test_assign_twice_gives_identical_bytes_and_leaves_unchanged_files_alone(tmp_path):
    """Is assign byte-deterministic, with sorted keys and a final newline, rewriting nothing unchanged?"""
    sol = _copy_solutions(tmp_path)
    assert assign(sol, tmp_path / "ex", verify=False) == 0
    target = tmp_path / "ex" / "99_demo.ipynb"
    first = target.read_bytes()
    os.utime(target, ns=(1, 1))
    assert assign(sol, tmp_path / "ex", verify=False) == 0
    assert target.read_bytes() == first and first.endswith(b"}\n")
    assert target.stat().st_mtime_ns == 1  # not rewritten
    assert list(json.loads(first)) == sorted(json.loads(first))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda ex: None, []),
        (
            lambda ex: (ex / "99_demo.ipynb").write_text(
                (ex / "99_demo.ipynb").read_text().replace("answer_2 = ...", "answer_2 = 30")
            ),
            ["99_demo.ipynb: differs"],
        ),
        (lambda ex: (ex / "99_demo.ipynb").unlink(), ["99_demo.ipynb: missing"]),
        (lambda ex: (ex / "05_old.ipynb").write_text("{}"), ["05_old.ipynb: has no solution notebook"]),
    ],
)
def test_check_mode_reports_drift_and_writes_nothing(tmp_path, capsys, change, expected):
    """Does --check exit 1 with one stderr line per drifting file, and never write?"""
    sol = _copy_solutions(tmp_path)
    ex = tmp_path / "ex"
    assign(sol, ex, verify=False)
    change(ex)
    capsys.readouterr()
    before = _snapshot(ex)
    code = main(["assign", "--check", str(sol), str(ex)])
    lines = capsys.readouterr().err.splitlines()
    assert code == (1 if expected else 0)
    assert len(lines) == len(expected)
    for line, fragment in zip(lines, expected):
        assert fragment in line
    assert _snapshot(ex) == before


# --------------------------------------------------------------------------- running notebooks


@pytest.mark.slow  # starts a kernel
def test_blank_exercise_runs_top_to_bottom():
    """Do the `...` stubs execute (no cell errors when not in strict mode)?"""
    from medialit.teaching.execute import run_notebook

    runs = run_notebook(generate(demo_solution()), strict=False, timeout=60)
    assert {r.status for r in runs.values()} == {"ok"}


@pytest.mark.slow
def test_assign_verifies_solutions_and_refuses_a_failing_one(tmp_path, capsys):
    """Does assign run the solution first, and refuse (exit 1, naming notebook and question, writing nothing)
    when a check fails on it?"""
    sol = tmp_path / "solutions"
    write_notebook(sol / "99_demo.ipynb", answer(demo_solution(), "99.2-answer", solution("answer_2 = 31")))
    assert main(["assign", str(sol), str(tmp_path / "ex")]) == 1
    err = capsys.readouterr().err
    assert "99_demo.ipynb: question '99.2' fails on the solution: 99.2: not yet" in err
    assert not (tmp_path / "ex").exists()


@pytest.mark.slow
def test_assign_verifies_and_writes(tmp_path, capsys):
    """With verification on, does a correct solution pass, its blank exercise fail every test, and the file get written?"""
    sol = _copy_solutions(tmp_path)
    assert main(["assign", str(sol), str(tmp_path / "ex")]) == 0
    assert (tmp_path / "ex" / "99_demo.ipynb").read_bytes() == (FIXTURES / "exercises" / "99_demo.ipynb").read_bytes()


def test_verification_catches_a_check_that_passes_when_blank(tmp_path, monkeypatch):
    """Is a test that passes on the blank exercise reported (it cannot tell right from wrong)?"""
    from medialit.teaching import assign as assign_module
    from medialit.teaching.execute import CellRun

    monkeypatch.setattr(
        "medialit.teaching.execute.run_notebook",
        lambda nb, **kw: {i: CellRun(i, "ok") for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"},
    )
    sol = demo_solution()
    problems = assign_module.verify_solution(sol, dumps_notebook(generate(sol)), name="99_demo.ipynb")
    assert problems == [f"99_demo.ipynb: question '{q}' passes on the blank exercise" for q in ("99.1", "99.2", "99.3")]
